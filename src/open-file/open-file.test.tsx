import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetToCsv } from '../dataset/dataset-to-csv';
import { closeLocalDataset } from '../dataset/local-dataset';
import { smallDataset } from '../test/fixtures/small-dataset';
import { renderApp, serve } from '../test/render-app';

const DATA = '/data/events.json';

afterEach(() => closeLocalDataset());

async function openDialog(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Open a file' }));
  // The dialog loads on first use; the first load in a test run may be slow.
  return screen.findByRole('dialog', { name: 'Open a timeline file' }, { timeout: 5000 });
}

describe('opening a file from this computer', () => {
  it('shows a spreadsheet at once, named by its file, and goes back to the published data on Close', async () => {
    serve({ [DATA]: { body: { ...smallDataset(), title: 'Published data' } } });
    const { user } = renderApp('/?view=list&types=sanction');
    const dialog = await openDialog(user);
    expect(dialog).toHaveTextContent('is not uploaded anywhere');
    const sheet = datasetToCsv({ ...smallDataset(), title: 'Our own timeline' });
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      new File([sheet], 'ours.csv', { type: 'text/csv' }),
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Our own timeline' })).toBeInTheDocument();
    expect(screen.getByText('File:')).toHaveTextContent('File: ours.csv');
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toBe('?view=list');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Close the file' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Published data' })).toBeInTheDocument();
  });

  it('opens a JSON dataset too', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    const dialog = await openDialog(user);
    const json = JSON.stringify({ ...smallDataset(), title: 'From JSON' });
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      new File([json], 'mine.json', { type: 'application/json' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'From JSON' })).toBeInTheDocument();
    expect(screen.getByText('File:')).toHaveTextContent('File: mine.json');
  });

  it('lists the problems of a bad spreadsheet by row and column, and Back keeps the timeline', async () => {
    serve({ [DATA]: { body: { ...smallDataset(), title: 'Published data' } } });
    const { user } = renderApp('/?view=list');
    const dialog = await openDialog(user);
    const bad =
      'date,type,title,summary,actors,source_1_url\n2019-13-45,T,A,B,Iran,https://example.org/a\n2019,T,,B,Iran,ftp://x\n';
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      new File([bad], 'bad.csv', { type: 'text/csv' }),
    );

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The file has problems: bad.csv');
    expect(within(alert).getByRole('list', { name: 'Problems in the file' }).textContent).toContain(
      'row 2, column "date": "2019-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
    );
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'row 2, column "date": "2019-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
      'row 3, column "title": must not be empty',
      'row 3, column "source_1_url": "ftp://x" must be an http(s) URL',
    ]);
    await user.click(within(alert).getByRole('button', { name: 'Back to the timeline' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Published data' })).toBeInTheDocument();
  });

  it('says so when a file is not UTF-8 text', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    const dialog = await openDialog(user);
    const latin1 = new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x0a, 0xe9, 0x0a]);
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      new File([latin1], 'latin1.csv', { type: 'text/csv' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The file is not UTF-8 text.');
  });

  it('is offered beside the problems of a spreadsheet that failed to load from ?data=', async () => {
    serve({
      '/mine.csv': {
        raw: 'date,type,title,summary,actors,source_1_url\n2019-13-45,T,A,B,Iran,https://example.org/a\n',
      },
    });
    const { user } = renderApp('/?data=/mine.csv&view=list');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('list', { name: 'Problems in the dataset' })).toHaveTextContent(
      'row 2, column "date": "2019-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
    );
    await user.click(within(alert).getByRole('button', { name: 'Open a file' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a timeline file' }, { timeout: 5000 });
    await user.upload(
      within(dialog).getByLabelText('Choose a file'),
      new File([datasetToCsv(smallDataset())], 'fixed.csv'),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Test escalation' })).toBeInTheDocument();
  });
});
