import { describe, expect, it } from 'vitest';
import { readPartialDate } from './csv-table';

describe('dates written in a spreadsheet cell', () => {
  it.each([
    ['2019-06-20', false, { date: '2019-06-20', precision: 'day' }],
    ['2019-06', false, { date: '2019-06-01', precision: 'month' }],
    ['2020-02', true, { date: '2020-02-29', precision: 'month' }],
    ['0050-02', true, { date: '0050-02-28', precision: 'month' }],
    ['2019', false, { date: '2019-01-01', precision: 'year' }],
    ['2019', true, { date: '2019-12-31', precision: 'year' }],
  ])('%s (as an end: %s) reads as %j', (value, end, expected) => {
    expect(readPartialDate(value, end)).toEqual(expected);
  });

  it.each(['2019-13', '2019-02-30', '0000', '19-06-20', '2019/06/20', ''])('%j is not a date', (value) => {
    expect(readPartialDate(value)).toBeNull();
  });
});
