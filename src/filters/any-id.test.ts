import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../dataset/validate-dataset';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { DEFAULT_STATE, parseUrlState, serializeUrlState } from '../url-state/params';
import { filterEvents } from './apply-filters';
import { keepKnownValues } from './known-values';

/** Any id the schema accepts, with the names of built-in object members and internal-looking ids mixed in. */
const anyId = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,40}$/),
  fc.constantFrom('constructor', 'toString', 'valueOf', 'hasOwnProperty', 'count:x', 'bin:1', 'prototype'),
);

describe('any id the schema accepts', () => {
  it('goes into the URL, comes back, is known, filters and opens its event', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        const data = smallDataset();
        const event = data.events[0]!;
        const actor = event.actors[0]!.actor;
        const type = event.type;
        data.actors.find((a) => a.id === actor)!.id = id;
        data.eventTypes.find((t) => t.id === type)!.id = id;
        for (const e of data.events) {
          if (e.type === type) e.type = id;
          e.actors.forEach((a) => a.actor === actor && (a.actor = id));
          if (e.attribution) e.attribution.by = e.attribution.by.map((by) => (by === actor ? id : by));
          e.related.forEach((r) => r.event === event.id && (r.event = id));
        }
        event.id = id;
        const dataset = parseDataset(data);
        const search = serializeUrlState({ ...DEFAULT_STATE, actors: [id], types: [id], event: id });
        const known = keepKnownValues(parseUrlState(search).state, getVocab(dataset));
        expect(known.dropped).toEqual([]);
        expect(known.selectedId).toBe(id);
        const shown = filterEvents(dataset.events, known.filters, getVocab(dataset));
        expect(shown.map((e) => e.id)).toContain(id);
      }),
      { numRuns: 200 },
    );
  });
});
