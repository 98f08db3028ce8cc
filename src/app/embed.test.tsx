import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { renderApp, serve } from '../test/render-app';

const DATA = '/data/events.json';

describe('embed mode', () => {
  it('shows a compact page whose "Open full timeline" keeps the filters and opens a new tab', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?embed=1&view=list&actors=israel');
    expect(await screen.findByText('Showing 2 of 6 events')).toBeInTheDocument();
    const full = screen.getByRole('link', { name: 'Open full timeline' });
    expect(full).toHaveAttribute('href', 'http://localhost:3000/?actors=israel&view=list');
    expect(full).toHaveAttribute('target', '_blank');
    expect(full).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Data: Test escalation · CC BY 4.0');
    expect(screen.queryByRole('checkbox', { name: /Israel/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters (1)' }));
    expect(screen.getByRole('checkbox', { name: 'Israel (2 events)' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Embed' })).not.toBeInTheDocument();
  });

  it('counts on the Filters button only the filters the dataset knows, as the filter panel does', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?embed=1&view=list&actors=israel,nobody&types=unknown&q=%20');
    expect(await screen.findByText('Showing 2 of 6 events')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters (1)' }));
    expect(screen.getByRole('button', { name: 'Clear all filters' })).toBeEnabled();
    expect(within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('button')).toHaveLength(
      1,
    );
  });

  it('with controls=0 offers no filters but still applies the URL filters', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?embed=1&controls=0&view=list&types=sanction');
    expect(await screen.findByText('Showing 1 of 6 events')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Filters/ })).not.toBeInTheDocument();
  });

  it('names the host of another dataset in the attribution', async () => {
    serve({ 'https://data.example.net/d.json': { body: smallDataset() } });
    renderApp('/?embed=1&view=list&data=https://data.example.net/d.json');
    const footer = await screen.findByRole('contentinfo');
    expect(footer).toHaveTextContent(/from data\.example\.net/);
  });

  it('opens source links in a new tab from the details overlay', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?embed=1&view=list&event=water-attack');
    const dialog = await screen.findByRole('dialog', { name: 'Attack on Israeli water systems' });
    const link = within(dialog).getByRole('link', { name: 'Source page 5 (opens in a new tab)' });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });
});

describe('sharing from the full page', () => {
  it('the Embed dialog writes iframe code for the current filters', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&types=sanction');
    await user.click(await screen.findByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this timeline' });
    const code = within(dialog).getByRole('textbox', { name: 'Code to paste into your page' });
    expect((code as HTMLTextAreaElement).value).toContain(
      'src="http://localhost:3000/?types=sanction&amp;view=list&amp;embed=1"',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: 'Show filter controls' }));
    expect((code as HTMLTextAreaElement).value).toContain('embed=1&amp;controls=0');
    expect(within(dialog).getByTitle('Preview of the embedded timeline')).toHaveAttribute(
      'src',
      'http://localhost:3000/?types=sanction&view=list&embed=1&controls=0',
    );
  });

  it('Copy link falls back to a selected field when the clipboard is refused', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&q=drone');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('denied')) },
    });
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText(/Copying was refused/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Link to this view' })).toHaveValue(
      'http://localhost:3000/?q=drone&view=list',
    );
  });
});

describe('themes', () => {
  it.each([
    ['/?view=list&theme=dark', true],
    ['/?view=list&theme=light', false],
    ['/?view=list&theme=auto', false],
    ['/?view=list', false],
  ])('%s makes the page dark: %s', async (url, dark) => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp(url);
    await screen.findByText('Showing 6 of 6 events');
    expect(document.documentElement.classList.contains('dark')).toBe(dark);
  });
});

it('theme=auto follows a system set to dark', async () => {
  const original = window.matchMedia;
  window.matchMedia = ((query: string) => ({
    ...original(query),
    matches: query === '(prefers-color-scheme: dark)',
  })) as typeof window.matchMedia;
  try {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?view=list&theme=auto');
    await screen.findByText('Showing 6 of 6 events');
    expect(document.documentElement.classList.contains('dark')).toBe(true);
  } finally {
    window.matchMedia = original;
  }
});
