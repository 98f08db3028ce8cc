import Papa from 'papaparse';
import { firstDayOf, isRealDate, lastDayOf } from '../lib/dates';
import type { CellProblem } from './csv-format';

/** The delimiter is whichever of `,` `;` or tab the header row uses most (column names hold none). */
function headerDelimiter(text: string): string {
  const line = text.slice(0, text.search(/[\r\n]|$/));
  const count = (c: string) => line.split(c).length - 1;
  return ([';', '\t'] as const).reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/** `2019-06-20`, `2019-06` or `2019`; partial dates fall on the first day, or the last for an end. */
export function readPartialDate(
  value: string,
  end = false,
): { date: string; precision: 'day' | 'month' | 'year' } | null {
  const precision = /^\d{4}$/.test(value)
    ? 'year'
    : /^\d{4}-\d{2}$/.test(value)
      ? 'month'
      : /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? 'day'
        : null;
  if (!precision) return null;
  // Checked on its first day, so a month such as 2019-13 or a year 0000 is refused like a bad day.
  if (!isRealDate(firstDayOf(value, precision))) return null;
  return { date: (end ? lastDayOf : firstDayOf)(value, precision), precision };
}

/**
 * The rows of a CSV file as text cells: a byte-order mark dropped, the delimiter taken from the
 * header row, line ends of any kind, quoted cells with line breaks. A quote never closed is a problem.
 */
export function readCsvRows(text: string): {
  header: string[];
  records: string[][];
  problems: CellProblem[];
} {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(body, { delimiter: headerDelimiter(body), skipEmptyLines: false });
  const problems: CellProblem[] = parsed.errors
    .filter((error) => error.type === 'Quotes')
    .map((error) => ({
      row: (error.row ?? 0) + 1,
      message: 'a quoted cell is never closed (a " is missing)',
    }));
  const [header = [], ...records] = parsed.data;
  return { header, records, problems };
}
