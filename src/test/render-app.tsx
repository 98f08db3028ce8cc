import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../app/app';
import { Providers } from '../app/providers';
import { createQueryClient } from '../app/query-client';
import { resetEmbedMode } from '../embed/embed-mode';

/** What the network answers for a URL, in order per call (the last one repeats). */
export type Reply =
  { status?: number; body: unknown } | { networkError: true } | { raw: string; status?: number };

/** Serves replies at the network boundary: `fetch` is the only thing replaced. */
export function serve(routes: Record<string, Reply | Reply[]>) {
  const calls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const path = new URL(url).pathname;
    const entry = routes[url] ?? routes[path];
    if (!entry) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const list = Array.isArray(entry) ? entry : [entry];
    const reply = list[Math.min(calls.filter((c) => c === url).length - 1, list.length - 1)]!;
    if ('networkError' in reply) throw new TypeError('Failed to fetch');
    const body = 'raw' in reply ? reply.raw : JSON.stringify(reply.body);
    return new Response(body, {
      status: reply.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls };
}

/** Renders the whole app at a starting URL with a fresh query client. */
export function renderApp(url = '/') {
  window.history.replaceState(null, '', url);
  resetEmbedMode();
  const user = userEvent.setup();
  const result = render(
    <Providers client={createQueryClient()}>
      <App />
    </Providers>,
  );
  return { user, ...result };
}
