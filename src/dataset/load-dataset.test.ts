import xssPayloads from '../test/fixtures/xss-payloads.json';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { DatasetError, loadDataset, MAX_DATASET_BYTES } from './load-dataset';
import { parseDataset } from './validate-dataset';
import { problemsOf } from '../test/problems-of';

type Mutation = (d: ReturnType<typeof smallDataset>) => void;

describe('dataset validation names each problem with its path', () => {
  it.each<[string, Mutation, string]>([
    [
      'a source URL that is not http(s)',
      (d) => void (d.events[1]!.sources[0]!.url = 'javascript:alert(1)'),
      'events[1].sources[0].url: must be an http(s) URL',
    ],
    [
      'a data: URL',
      (d) => void (d.events[0]!.sources[1]!.url = 'data:text/html;base64,PHNjcmlwdD4='),
      'events[0].sources[1].url: must be an http(s) URL',
    ],
    [
      'an impossible date',
      (d) => void (d.events[2]!.date = '2019-02-30'),
      'events[2].date: is not a real calendar date',
    ],
    [
      'a badly written date',
      (d) => void (d.events[2]!.date = '20/06/2019'),
      'events[2].date: must be a date written YYYY-MM-DD',
    ],
    [
      'an end before the start',
      (d) => void (d.events[2]!.endDate = '2019-07-01'),
      'events[2].endDate: is before the start date 2019-08-01',
    ],
    [
      'a duplicate event id',
      (d) => void (d.events[3]!.id = 'drone-shootdown'),
      'events[3].id: duplicate id "drone-shootdown"',
    ],
    [
      'an undeclared actor',
      (d) => void (d.events[0]!.actors[1]!.actor = 'mars'),
      'events[0].actors[1].actor: unknown actor "mars"',
    ],
    [
      'an undeclared type',
      (d) => void (d.events[4]!.type = 'rumour'),
      'events[4].type: unknown event type "rumour"',
    ],
    [
      'a related event that does not exist',
      (d) => void (d.events[1]!.related[0]!.event = 'nowhere'),
      'events[1].related[0].event: unknown event "nowhere"',
    ],
    [
      'a missing title',
      (d) => void delete (d.events[0] as Partial<(typeof d.events)[0]>).title,
      'events[0].title: is required',
    ],
    [
      'an unknown role',
      (d) => void ((d.events[0]!.actors[0] as { role: string }).role = 'villain'),
      'events[0].actors[0].role: must be one of: perpetrator, target, responder, attributor, other',
    ],
    [
      'a colour that is not #rrggbb',
      (d) => void (d.eventTypes[0]!.color = 'red; background: url(x)'),
      'eventTypes[0].color: must be a colour written #rrggbb',
    ],
  ])('%s', (_, mutate, expected) => {
    const data = smallDataset();
    mutate(data);
    expect(problemsOf(data)).toContain(expected);
  });

  it.each<[string, unknown, string]>([
    ['an array', [], 'dataset: must be an object, not an array'],
    ['null', null, 'dataset: must be an object, not null'],
    ['an empty object', {}, 'title: is required'],
  ])('refuses %s at the top level', (_, json, expected) => {
    expect(problemsOf(json)).toContain(expected);
  });

  it('accepts the fixture as it is', () => {
    expect(problemsOf(smallDataset())).toEqual([]);
  });

  it('lets no __proto__ key pollute objects', () => {
    const text = JSON.stringify(smallDataset()).replace(
      '"title":"Test escalation"',
      '"__proto__":{"polluted":true},"title":"Test escalation"',
    );
    const dataset = parseDataset(JSON.parse(text));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((dataset as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('turns any JSON value into a dataset or a validation error, never anything else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constant(smallDataset() as unknown)), (value) => {
        try {
          parseDataset(value);
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          expect((error as DatasetError).kind).toBe('invalid');
          expect((error as DatasetError).problems.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('source URLs', () => {
  const unsafe: string[] = xssPayloads.unsafeUrls;

  it.each(unsafe)('refuses %j with the field path', (url) => {
    const data = smallDataset();
    data.events[2]!.sources[0]!.url = url;
    expect(problemsOf(data)).toContain('events[2].sources[0].url: must be an http(s) URL');
  });

  it.each(['https://www.treasury.gov/press', 'http://example.org/a?b=c#d', 'HTTPS://EXAMPLE.ORG/'])(
    'accepts %s',
    (url) => {
      const data = smallDataset();
      data.events[2]!.sources[0]!.url = url;
      expect(problemsOf(data)).toEqual([]);
    },
  );
});

describe('loading a dataset', () => {
  const reply = (body: BodyInit, init?: ResponseInit) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, init)),
    );

  it('reads a file that starts with a byte-order mark', async () => {
    reply(`\uFEFF${JSON.stringify(smallDataset())}`);
    await expect(loadDataset('https://example.org/d.json')).resolves.toMatchObject({
      title: 'Test escalation',
    });
  });

  it.each<[string, () => void, Partial<DatasetError>]>([
    [
      'a 404',
      () => reply('nope', { status: 404, statusText: 'Not Found' }),
      { kind: 'http', status: 404, message: 'The server answered 404 Not Found.' },
    ],
    ['a 500', () => reply('oops', { status: 500 }), { kind: 'http', status: 500 }],
    [
      'an HTML page',
      () => reply('<!doctype html><html></html>'),
      { kind: 'not-json', message: 'The address returned a web page, not a JSON dataset.' },
    ],
    ['broken JSON', () => reply('{"title": '), { kind: 'not-json', message: 'The file is not valid JSON.' }],
    [
      'a network failure',
      () =>
        vi.stubGlobal(
          'fetch',
          vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
        ),
      { kind: 'network' },
    ],
    [
      'a declared size over the cap',
      () => reply('{}', { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }),
      { kind: 'too-large' },
    ],
  ])('reports %s as a typed error', async (_, arrange, expected) => {
    arrange();
    await expect(loadDataset('https://example.org/d.json')).rejects.toMatchObject(expected);
  });

  it('stops reading a body that grows past the cap', async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(32);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    reply(stream);
    await expect(loadDataset('https://example.org/big.json')).rejects.toMatchObject({ kind: 'too-large' });
    expect(sent).toBeLessThan(MAX_DATASET_BYTES + 3 * chunk.byteLength);
  });

  it('gives up on a response that never finishes, with a timeout message', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(
        (_url: string, init: RequestInit) =>
          new Promise((_, reject) =>
            init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          ),
      ),
    );
    const pending = expect(loadDataset('https://example.org/slow.json')).rejects.toMatchObject({
      kind: 'timeout',
    });
    await vi.advanceTimersByTimeAsync(21_000);
    await pending;
    vi.useRealTimers();
  });
});
