import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveDatasetSource } from '../dataset/dataset-source';
import { loadDataset } from '../dataset/load-dataset';
import { smallDataset } from '../test/fixtures/small-dataset';
import { serve } from '../test/render-app';
import { startFirstRequests, type FirstRequestsPlan } from './first-requests';

const plan: FirstRequestsPlan = {
  dataset: './data/events.json',
  request: { headers: { Accept: 'application/json' }, credentials: 'omit' },
  narrow: '(max-width: 639px)',
  timeline: ['./assets/timeline-view-1.js', './assets/timeline-view-2.css'],
  validator: ['./assets/validate-dataset-3.js'],
};
const page = (search = '') => ({ search, href: `http://localhost/timeline/${search}` }) as Location;
const preloads = () =>
  [...document.head.querySelectorAll('link')].map((l) => [
    l.rel,
    l.getAttribute('href'),
    l.getAttribute('as'),
  ]);

afterEach(() => {
  document.head.replaceChildren();
  delete window.earlyDatasetRequest;
  vi.unstubAllGlobals();
});

describe('the page’s first requests', () => {
  it('preload the timeline’s code and styles and the validator when the timeline is the first view', () => {
    serve({});
    startFirstRequests(plan, page());
    expect(preloads()).toEqual([
      ['modulepreload', './assets/timeline-view-1.js', null],
      ['preload', './assets/timeline-view-2.css', 'style'],
      ['modulepreload', './assets/validate-dataset-3.js', null],
    ]);
  });

  it('leave the timeline’s code alone when the list is the first view', () => {
    serve({});
    startFirstRequests(plan, page('?view=list'));
    expect(preloads().map(([, href]) => href)).toEqual(['./assets/validate-dataset-3.js']);
  });

  it('request our own dataset once: the loader takes the request over', async () => {
    const { calls } = serve({ '/timeline/data/events.json': { body: smallDataset() } });
    startFirstRequests(plan, page());
    expect(calls).toHaveLength(1);
    const dataset = await loadDataset('http://localhost/timeline/data/events.json');
    expect(dataset.title).toBe(smallDataset().title);
    expect(calls).toHaveLength(1);
    // Taken once: a Retry makes a request of its own.
    await loadDataset('http://localhost/timeline/data/events.json');
    expect(calls).toHaveLength(2);
  });

  it.each([
    ['?data=javascript:alert(1)'],
    ['?data=https://elsewhere.example/data.json'],
    ['?data=//elsewhere.example/data.json'],
    ['?data=/a.json&data=/b.json'],
  ])('leave %s to the app, which checks it before any request', (search) => {
    const { calls } = serve({});
    startFirstRequests(plan, page(search));
    expect(calls).toEqual([]);
    expect(window.earlyDatasetRequest).toBeUndefined();
  });

  it('request a dataset at a path on this site, as the app would', async () => {
    const { calls } = serve({ '/other/set.json': { body: smallDataset() } });
    startFirstRequests(plan, page('?data=/other/set.json'));
    expect(calls).toEqual(['http://localhost/other/set.json']);
    await loadDataset('http://localhost/other/set.json');
    expect(calls).toHaveLength(1);
  });

  it.each([
    '/other/set.json',
    'set.json',
    '../up.json',
    ' /spaced.json',
    '/a%20b.csv',
    'https://elsewhere.example/d.json',
    '//elsewhere.example/d.json',
    'javascript:alert(1)',
    'http:/x.json',
    'data:application/json,{}',
  ])('request ?data=%s only where the app takes that same address as one on this site', (given) => {
    const search = `?data=${encodeURIComponent(given)}`;
    const { calls } = serve({});
    startFirstRequests(plan, page(search));
    const source = resolveDatasetSource(given, page(search).href);
    for (const url of calls) expect(source).toMatchObject({ ok: true, url, isForeign: false });
  });

  it('stop the request when the loader is cancelled', async () => {
    let aborted: unknown;
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init.signal?.addEventListener('abort', () => {
              aborted = init.signal?.reason;
              reject(new DOMException('aborted', 'AbortError'));
            }),
          ),
      ),
    );
    startFirstRequests(plan, page());
    const controller = new AbortController();
    const loading = loadDataset('http://localhost/timeline/data/events.json', controller.signal);
    controller.abort('left the page');
    await expect(loading).rejects.toBeDefined();
    expect(aborted).toBe('left the page');
  });
});
