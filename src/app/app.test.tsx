import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { renderApp, serve } from '../test/render-app';

const DATA = '/data/events.json';

describe('loading the dataset', () => {
  it('shows a loading state, then the dataset title and the count', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test escalation' })).toBeInTheDocument();
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
    // The timeline is its own chunk: the first import of it can take a while on a busy machine.
    expect(
      await screen.findByRole('region', { name: 'Timeline of 6 events' }, { timeout: 4000 }),
    ).toBeInTheDocument();
  }, 10_000);

  it('says what failed on a 500 and loads the data when Retry is pressed', async () => {
    serve({ [DATA]: [{ status: 500, body: 'error' }, { body: smallDataset() }] });
    const { user } = renderApp('/?view=list');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('The server answered 500');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Test escalation' })).toBeInTheDocument();
  });

  it('explains a network failure and offers Retry', async () => {
    serve({ [DATA]: { networkError: true } });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be reached');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('lists the problems of an invalid dataset with their paths', async () => {
    const data = smallDataset();
    data.events[1]!.sources[0]!.url = 'javascript:alert(1)';
    data.events[2]!.date = '2019-02-30';
    serve({ [DATA]: { body: data } });
    renderApp('/');
    const problems = await screen.findByRole('list', { name: 'Problems in the dataset' });
    expect(
      within(problems).getByText('events[1].sources[0].url: must be an http(s) URL'),
    ).toBeInTheDocument();
    expect(within(problems).getByText('events[2].date: is not a real calendar date')).toBeInTheDocument();
  });

  it('shows the first 20 problems and the total', async () => {
    const data = smallDataset();
    data.events = Array.from({ length: 25 }, (_, i) => ({
      ...data.events[0]!,
      id: `e${i}`,
      date: '2019-13-01',
    }));
    serve({ [DATA]: { body: data } });
    renderApp('/');
    expect(await screen.findByText('The first 20 of 25 problems:')).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Problems in the dataset' })).getAllByRole('listitem'),
    ).toHaveLength(20);
  });

  it('refuses a javascript: data URL before making any request', async () => {
    const { calls } = serve({});
    renderApp('/?data=javascript:alert(1)');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Only http(s) addresses or paths on this site can be loaded as data.',
    );
    expect(calls).toEqual([]);
  });

  it('loads another dataset from ?data= and names its host beside the title', async () => {
    serve({ 'https://data.example.net/other.json': { body: { ...smallDataset(), title: 'Other data' } } });
    renderApp('/?data=https://data.example.net/other.json&view=list');
    expect(await screen.findByRole('heading', { level: 1, name: 'Other data' })).toBeInTheDocument();
    expect(screen.getByText(/^Data from/)).toHaveTextContent('Data from data.example.net');
  });
});

describe('filters', () => {
  it('unchecking and checking an actor changes the list, the count and the URL', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    const israel = await screen.findByRole('checkbox', { name: 'Israel (2 events)' });
    await user.click(israel);
    expect(screen.getByText('Showing 2 of 6 events')).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', {
        name: /Attack on Israeli water systems|Disruption at Shahid Rajaee port/,
      }),
    ).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /Iran shoots down a US drone/ })).not.toBeInTheDocument();
    expect(window.location.search).toBe('?actors=israel&view=list');
    await user.click(israel);
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toBe('?view=list');
  });

  it('filters by event type and shows the counts beside each type', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    const types = await screen.findByRole('group', { name: 'Event types' });
    expect(within(types).getByRole('checkbox', { name: 'Cyberattack (4 events)' })).toBeInTheDocument();
    await user.click(within(types).getByRole('checkbox', { name: /Sanction/ }));
    expect(screen.getByText('Showing 1 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toContain('types=sanction');
  });

  it('shows the filters in force as chips that remove them', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&actors=israel&types=cyberattack');
    const chips = await screen.findByRole('list', { name: 'Active filters' });
    expect(screen.getByText('Showing 2 of 6 events')).toBeInTheDocument();
    await user.click(within(chips).getByRole('button', { name: 'Remove filter Actor: Israel' }));
    expect(screen.getByText('Showing 4 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toBe('?types=cyberattack&view=list');
    expect(screen.getByRole('checkbox', { name: /^Israel/ })).not.toBeChecked();
  });

  it('says when nothing matches and Clear filters brings the events back', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&types=sanction&actors=israel');
    expect(await screen.findByText('No events match these filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toBe('?view=list');
  });

  it('finds actors by alias in the type-ahead', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    await user.type(await screen.findByRole('searchbox', { name: 'Find actors' }), 'phosph');
    const actors = screen.getByRole('group', { name: 'Actors' });
    expect(within(actors).getAllByRole('checkbox')).toHaveLength(1);
    expect(within(actors).getByRole('checkbox', { name: 'APT35 (2 events)' })).toBeInTheDocument();
  });

  it('searches text without regard to case or accents', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    await user.type(await screen.findByRole('searchbox', { name: 'Search events' }), 'zurich');
    expect(await screen.findByText('Showing 1 of 6 events')).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /Sanctions on a front company in Zürich/ }),
    ).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?q=zurich&view=list'));
  });

  it('filters by date range', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?view=list&from=2020-01-01');
    expect(await screen.findByText('Showing 3 of 6 events')).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2020-01-01');
  });

  it('clears every filter at once', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&actors=israel&types=cyberattack&q=port');
    expect(await screen.findByText('Showing 1 of 6 events')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toBe('?view=list');
  });

  it('names unknown parameters and ids in a dismissible notice and still renders', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&colour=red&actors=iran,atlantis&event=nope');
    const notice = await screen.findByText(/Ignored/);
    expect(notice).toHaveTextContent('unknown parameter "colour"');
    expect(notice).toHaveTextContent('actor "atlantis"');
    expect(notice).toHaveTextContent('event "nope"');
    expect(screen.getByText('Showing 4 of 6 events')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Ignored/)).not.toBeInTheDocument();
  });
});

describe('details', () => {
  it('opens an event from the list with its sources as safe new-tab links, and Back closes it', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    await user.click(
      await screen.findByRole('button', { name: /US cyber operation against Iranian systems/ }),
    );
    const dialog = screen.getByRole('dialog', { name: 'US cyber operation against Iranian systems' });
    expect(within(dialog).getByText('First reported June 22, 2019')).toBeInTheDocument();
    expect(within(dialog).getByText('Alleged')).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: 'Source page 3 (opens in a new tab)' });
    expect(link).toHaveAttribute('href', 'https://example.org/source-3');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(window.location.search).toBe('?view=list&event=cyber-response');
    window.history.back();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('opens ?event= directly, follows a related event, and closes with Escape', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&event=cyber-response');
    const dialog = await screen.findByRole('dialog', { name: 'US cyber operation against Iranian systems' });
    await user.click(within(dialog).getByRole('button', { name: 'Iran shoots down a US drone' }));
    expect(await screen.findByRole('dialog', { name: 'Iran shoots down a US drone' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(window.location.search).toBe('?view=list');
  });

  it('returns focus to the list item that opened it', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list');
    const opener = await screen.findByRole('button', { name: /Attack on Israeli water systems/ });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: /Attack on Israeli water systems/ })).toHaveFocus(),
    );
  });
});

describe('response chains', () => {
  it('lists responses both ways, narrows to the chain, and clearing it restores the filters', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    const { user } = renderApp('/?view=list&types=sanction&event=drone-shootdown');
    const dialog = await screen.findByRole('dialog', { name: 'Iran shoots down a US drone' });
    expect(within(dialog).getByText('Responses')).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'US cyber operation against Iranian systems' }),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Show chain' }));
    expect(screen.getByText('Showing 2 of 6 events')).toBeInTheDocument();
    expect(window.location.search).toContain('chain=drone-shootdown');
    const list = screen.getByRole('region', { name: 'Events by year' });
    const listed = within(list).getAllByRole('button');
    expect(listed).toHaveLength(2);
    expect(listed[0]).toHaveAccessibleName(/Iran shoots down a US drone/);
    expect(listed[1]).toHaveAccessibleName(/US cyber operation against Iranian systems/);
    await user.click(screen.getByRole('button', { name: 'Clear chain' }));
    expect(screen.getByText('Showing 1 of 6 events')).toBeInTheDocument();
    expect(window.location.search).not.toContain('chain=');
  });

  it('an unknown chain id is named in the notice and ignored', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?view=list&chain=atlantis');
    expect(await screen.findByText(/Ignored/)).toHaveTextContent('chain "atlantis"');
    expect(screen.getByText('Showing 6 of 6 events')).toBeInTheDocument();
  });
});

describe('printing', () => {
  it('builds a full list of the shown events with their sources when the page is printed', async () => {
    serve({ [DATA]: { body: smallDataset() } });
    renderApp('/?view=list&actors=israel');
    await screen.findByText('Showing 2 of 6 events');
    expect(screen.queryByRole('region', { name: 'Printable list' })).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const printable = screen.getByRole('region', { name: 'Printable list' });
    expect(within(printable).getAllByRole('article')).toHaveLength(2);
    expect(within(printable).getByText('Israeli officials said an attack was stopped.')).toBeInTheDocument();
    expect(within(printable).getByText('https://example.org/source-5')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByRole('region', { name: 'Printable list' })).not.toBeInTheDocument();
  });
});
