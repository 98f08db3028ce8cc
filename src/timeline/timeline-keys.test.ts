import { describe, expect, it } from 'vitest';
import { nextStop, type KeyStop, type MoveKey } from './timeline-keys';

// Two rows: a (row 0) at days 1 and 10, b (row 1) at days 3 and 9, c (row 3) at day 2.
const stops: KeyStop[] = [
  { id: 'a10', start: 10, row: 0 },
  { id: 'a1', start: 1, row: 0 },
  { id: 'b3', start: 3, row: 1 },
  { id: 'b9', start: 9, row: 1 },
  { id: 'c2', start: 2, row: 3 },
];

describe('nextStop', () => {
  it.each<[string | null, MoveKey, string | null]>([
    [null, 'ArrowRight', 'a1'],
    ['a1', 'ArrowRight', 'c2'],
    ['c2', 'ArrowRight', 'b3'],
    ['b9', 'ArrowRight', 'a10'],
    ['a10', 'ArrowRight', null],
    ['b3', 'ArrowLeft', 'c2'],
    ['a1', 'ArrowLeft', null],
    ['a10', 'ArrowDown', 'b9'],
    ['a1', 'ArrowDown', 'b3'],
    ['b3', 'ArrowDown', 'c2'],
    ['c2', 'ArrowDown', null],
    ['c2', 'ArrowUp', 'b3'],
    ['b9', 'ArrowUp', 'a10'],
    ['a1', 'ArrowUp', null],
    ['b9', 'Home', 'a1'],
    ['b3', 'End', 'a10'],
    ['gone', 'ArrowLeft', 'a1'],
  ])('from %s, %s goes to %s', (from, key, to) => {
    expect(nextStop(stops, from, key)).toBe(to);
  });

  it('has nowhere to go without items', () => {
    expect(nextStop([], null, 'Home')).toBeNull();
  });
});
