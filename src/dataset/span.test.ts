import { describe, expect, it } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { eventSpan } from './span';

describe('eventSpan', () => {
  it('is null for no events', () => expect(eventSpan([])).toBeNull());

  it('runs from the earliest date to the latest end, whatever the order', () => {
    const [a, b] = smallDataset().events as [never, never];
    const early = { ...(a as object), date: '2019-03-01', endDate: undefined } as never;
    const long = { ...(b as object), date: '2019-02-01', endDate: '2020-05-31' } as never;
    const late = { ...(a as object), date: '2020-01-15', endDate: undefined } as never;
    expect(eventSpan([late, early, long])).toEqual({ first: '2019-02-01', last: '2020-05-31' });
  });
});
