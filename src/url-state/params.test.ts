import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseUrlState, serializeUrlState, type UrlState } from './params';

const state = (over: Partial<UrlState>): UrlState => ({ ...DEFAULT_STATE, ...over });

describe('URL state', () => {
  it.each<[string, UrlState]>([
    ['', DEFAULT_STATE],
    ['?actors=iran,us', state({ actors: ['iran', 'us'] })],
    ['?types=cyberattack', state({ types: ['cyberattack'] })],
    ['?from=2019-06&to=2020-01-03', state({ from: '2019-06', to: '2020-01-03' })],
    ['?q=Charming+Kitten', state({ q: 'Charming Kitten' })],
    ['?group=type&view=list&event=global-hawk', state({ group: 'type', view: 'list', event: 'global-hawk' })],
    ['?data=https%3A%2F%2Fexample.org%2Fd.json', state({ data: 'https://example.org/d.json' })],
    [
      '?types=sanction&embed=1&controls=0&theme=dark',
      state({ types: ['sanction'], embed: true, controls: false, theme: 'dark' }),
    ],
  ])('%s parses and serializes back to itself', (search, expected) => {
    expect(parseUrlState(search).state).toEqual(expected);
    expect(serializeUrlState(expected)).toBe(search);
  });

  it('writes parameters in a fixed order and sorts lists, so equal states give equal links', () => {
    const a = serializeUrlState(state({ event: 'x', actors: ['us', 'iran'], q: 'a' }));
    expect(a).toBe('?actors=iran,us&q=a&event=x');
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeUrlState(state({ group: 'actor', q: '' }))).toBe('');
  });

  it('names unknown parameters and values it cannot use', () => {
    const parsed = parseUrlState('?foo=1&group=planet&from=2019-02-30&actors=iran');
    expect(parsed.unknown).toEqual(['foo']);
    expect(parsed.invalid).toEqual(['from=2019-02-30', 'group=planet']);
    expect(parsed.state).toEqual(state({ actors: ['iran'] }));
  });

  it('survives hostile text in q and lists', () => {
    const q = '<img src=x onerror=alert(1)>&x=1';
    const parsed = parseUrlState(serializeUrlState(state({ q })));
    expect(parsed.state.q).toBe(q);
    expect(parsed.unknown).toEqual([]);
  });

  it('does not throw on a lone surrogate in the URL or in a value', () => {
    expect(() => parseUrlState('?q=%ED%A0%80&actors=%ED%A0%80')).not.toThrow();
    expect(() => serializeUrlState(state({ q: 'a\ud800b' }))).not.toThrow();
  });

  it('round-trips any valid state', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9._:-]{0,12}$/);
    const ids = fc.uniqueArray(id, { maxLength: 4 }).map((a) => [...a].sort());
    const date = fc
      .date({
        min: new Date('1990-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .chain((d) => fc.constantFrom(d.toISOString().slice(0, 10), d.toISOString().slice(0, 7)));
    const arbitrary = fc.record(
      {
        actors: ids,
        types: ids,
        from: date,
        to: date,
        q: fc.string({ maxLength: 20 }),
        event: id,
        chain: id,
        group: fc.constantFrom('actor' as const, 'type' as const),
        view: fc.constantFrom('timeline' as const, 'list' as const),
        data: fc.webUrl(),
        embed: fc.constant(true),
        controls: fc.constant(false),
        theme: fc.constantFrom('dark' as const, 'auto' as const),
      },
      { requiredKeys: ['actors', 'types', 'q', 'group'] },
    );
    fc.assert(
      fc.property(arbitrary, (s) => {
        expect(parseUrlState(serializeUrlState(s)).state).toEqual(s);
      }),
    );
  });
});
