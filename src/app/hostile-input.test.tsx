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

describe('ids named like built-in object members or like internal ids', () => {
  const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', 'count:x', 'isPrototypeOf'];

  /** The small dataset with every id (events, actors, types) renamed to one of `names`. */
  function renamed() {
    const data = smallDataset();
    const rename = (i: number) => `${names[i % names.length]!}${i >= names.length ? `-${i}` : ''}`;
    const actors = new Map(data.actors.map((a, i) => [a.id, rename(i)]));
    const types = new Map(data.eventTypes.map((t, i) => [t.id, rename(i)]));
    const events = new Map(data.events.map((e, i) => [e.id, rename(i)]));
    data.actors.forEach((a) => (a.id = actors.get(a.id)!));
    data.eventTypes.forEach((t) => (t.id = types.get(t.id)!));
    for (const e of data.events) {
      e.id = events.get(e.id)!;
      e.type = types.get(e.type)!;
      e.actors.forEach((a) => (a.actor = actors.get(a.actor)!));
      if (e.attribution) e.attribution.by = e.attribution.by.map((id) => actors.get(id)!);
      e.related.forEach((r) => (r.event = events.get(r.event)!));
    }
    return data;
  }

  it.each(names)('an event named %s is listed, opens from the list and is named in the URL', async (name) => {
    const data = renamed();
    const event = data.events.find((e) => e.id === name)!;
    serve({ [DATA]: { body: data } });
    const { user } = renderApp('/?view=list');
    expect(await screen.findByText('Showing 6 of 6 events')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: new RegExp(event.title) }));
    expect(await screen.findByRole('dialog')).toHaveTextContent(event.title);
    expect(new URLSearchParams(window.location.search).get('event')).toBe(name);
  });

  it('filters by actors and types named like built-in members, and knows no others', async () => {
    serve({ [DATA]: { body: renamed() } });
    renderApp('/?view=list&actors=constructor&types=toString,__proto__&event=hasOwnProperty-9');
    expect(await screen.findByText(/^Showing \d of 6 events$/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Iran/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /^Cyberattack/ })).toBeChecked();
    expect(screen.getByText(/Ignored/)).toHaveTextContent(
      'Ignored event type "__proto__"; event "hasOwnProperty-9".',
    );
  });
});

describe('a refused data address of any length', () => {
  it('is shown cut to 500 characters', async () => {
    serve({});
    renderApp(`/?data=javascript:${'a'.repeat(5000)}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Address: javascript:${'a'.repeat(500 - 'javascript:'.length - 1)}…`);
  });
});
