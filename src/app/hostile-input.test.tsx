import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { renderApp, serve } from '../test/render-app';

const DATA = '/data/events.json';

describe('URLs at the ends of the calendar', () => {
  it.each([
    ['/?to=9999-12', 'Showing 6 of 6 events'],
    ['/?to=9999-12&embed=1', 'Showing 6 of 6 events'],
    ['/?from=0001-01&to=9999-12&view=list', 'Showing 6 of 6 events'],
    ['/?from=9999-12&view=list', 'Showing 0 of 6 events'],
  ])('%s shows the page, not a blank one', async (url, count) => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp(url);
    expect(await screen.findByText(count)).toBeInTheDocument();
  });

  it.each(['from=0000-01', 'to=0000-12-31', 'to=10000-01'])('?%s is ignored with a notice', async (pair) => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp(`/?view=list&${pair}`);
    expect(await screen.findByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(screen.getByText(/Ignored/)).toHaveTextContent(`invalid value "${pair}"`);
  });
});

describe('the notice about ignored parameters', () => {
  it('names a repeated parameter and applies every value of a repeated list', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?view=list&types=kinetic&types=sanction&group=type&group=actor');
    expect(await screen.findByText('Showing 2 of 6 events')).toBeInTheDocument();
    expect(screen.getByText(/Ignored/)).toHaveTextContent('Ignored all but the first value of "group".');
  });

  it('cuts long text from the URL to 80 characters', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const long = 'x'.repeat(5000);
    renderApp(`/?view=list&${long}=1&event=${'y'.repeat(5000)}`);
    const notice = await screen.findByText(/Ignored/);
    expect(notice).toHaveTextContent(
      `Ignored unknown parameter "${'x'.repeat(79)}…"; event "${'y'.repeat(79)}…".`,
    );
  });
});

/** A same-site address that the server redirects to another host. */
function redirectTo(finalUrl: string) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      const response = new Response(JSON.stringify(smallDataset()), {
        headers: { 'Content-Type': 'application/json' },
      });
      Object.defineProperties(response, { url: { value: finalUrl }, redirected: { value: true } });
      return response;
    }),
  );
}

describe('a data address that redirects to another host', () => {
  it('names the host the data came from beside the title', async () => {
    redirectTo('https://data.example:8443/events.json');
    renderApp('/?data=/some/redirect&view=list');
    expect(await screen.findByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(screen.getByText(/^Data from/)).toHaveTextContent('Data from data.example:8443');
  });

  it('names it in the embed footer too', async () => {
    redirectTo('https://data.example/events.json');
    renderApp('/?data=/some/redirect&view=list&embed=1');
    expect(await screen.findByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('from data.example');
  });

  it('shows no badge when the redirect stays on this site', async () => {
    redirectTo(`${window.location.origin}/data/other.json`);
    renderApp('/?data=/some/redirect&view=list');
    expect(await screen.findByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(screen.queryByText(/^Data from/)).not.toBeInTheDocument();
  });
});
