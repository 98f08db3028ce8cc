import fc from 'fast-check';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../dataset/csv-to-dataset';
import { parseDataset } from '../dataset/validate-dataset';
import type { TimelineEvent } from '../dataset/schema';
import { addDays, lastDayOf } from '../lib/dates';
import { anyRealDate } from '../test/arbitraries';
import { smallDataset } from '../test/fixtures/small-dataset';
import { fileName, toCsv, toIcs, toJson } from './formats';

const dataset = smallDataset();
const some = dataset.events.filter((e) => e.id !== 'drone-shootdown');

describe('exports of the events shown', () => {
  it('CSV: one row per event that reads back with the same text, formulas defused', () => {
    const hostile = { ...dataset.events[0]!, title: '=HYPERLINK("http://x") "quoted", comma\nnew line' };
    const text = toCsv(dataset, [hostile, ...some]);
    const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((row) => row.id);
    expect(rows).toHaveLength(some.length + 1);
    expect(rows[0]!.title).toBe(`'=HYPERLINK("http://x") "quoted", comma\nnew line`);
    const cyber = rows.find((r) => r.id === 'cyber-response')!;
    expect(cyber.actors).toBe('us (perpetrator); iran (target)');
    expect(cyber.source_1_url).toBe('https://example.org/source-3');
    expect(cyber.source_1_publisher).toBe('Example Ministry');
    expect(cyber.reported_date).toBe('2019-06-22');
    expect(cyber.type).toBe('cyberattack');
    expect(csvToDataset(text, 'x.csv').events[0]!.title).toBe(hostile.title);
  });

  it('JSON: loads again as a dataset with just these events, links outside them dropped', () => {
    const back = parseDataset(JSON.parse(toJson(dataset, some)));
    expect(back.events.map((e) => e.id)).toEqual(some.map((e) => e.id));
    expect(back.events.find((e) => e.id === 'cyber-response')!.related).toEqual([]);
    expect(back.events.find((e) => e.id === 'port-disruption')!.related).toEqual([
      { event: 'water-attack', relation: 'response-to' },
    ]);
  });

  it('iCalendar: all-day entries with the summary and the first source', () => {
    const component = new ICAL.Component(ICAL.parse(toIcs(dataset, dataset.events)));
    const entries = component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(entries).toHaveLength(dataset.events.length);
    const range = entries.find((e) => e.uid === 'phishing-campaign@escalation-timeline')!;
    expect(range.summary).toBe('Phosphorus phishing against a campaign');
    expect(range.startDate.isDate).toBe(true);
    expect(range.startDate.toString()).toBe('2019-08-01');
    expect(range.endDate.toString()).toBe('2019-10-01');
    const first = entries.find((e) => e.uid === 'drone-shootdown@escalation-timeline')!;
    expect(first.description).toContain('Iran said it shot down a US drone.');
    expect(first.description).toContain('Source: https://example.org/source-1');
    expect(first.endDate.toString()).toBe('2019-06-21');
  });

  it('names files after the dataset and the day', () => {
    expect(fileName('Iran–United States escalation, 2019–2024', new Date(2026, 10, 22), 'csv')).toBe(
      'iran-united-states-escalation-2019-2024-2026-11-22.csv',
    );
    expect(fileName('<script>', new Date(2026, 0, 2), 'ics')).toBe('script-2026-01-02.ics');
  });
});

function icsEntries(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}
/** `YYYY-MM-DD` of an iCalendar time (its own toString drops leading zeros of the year). */
const ymd = (t: ICAL.Time) =>
  `${String(t.year).padStart(4, '0')}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
const withDate = (over: Partial<TimelineEvent>): TimelineEvent => ({ ...dataset.events[0]!, ...over });

describe('exports at the ends of the calendar and of precision', () => {
  it('iCalendar: an event on 9999-12-31 lasts that one day, with no year 10000 written', () => {
    const text = toIcs(dataset, [withDate({ date: '9999-12-31' })]);
    expect(text).not.toMatch(/DTEND[^\r\n]*1000\d{5}/);
    expect(text).toContain('DTSTART;VALUE=DATE:99991231');
    const [entry] = icsEntries(text);
    expect(entry!.startDate.toString()).toBe('9999-12-31');
    expect(entry!.duration.toString()).toBe('P1D');
  });

  it('iCalendar: month and year precision span the whole month or year, not one day', () => {
    const entries = icsEntries(
      toIcs(dataset, [
        withDate({ id: 'm', date: '2019-06-01', datePrecision: 'month' }),
        withDate({ id: 'y', date: '2020-01-01', datePrecision: 'year' }),
        withDate({ id: 'm2', date: '2019-11-01', endDate: '2020-02-01', datePrecision: 'month' }),
        withDate({ id: 'last', date: '9999-12-01', datePrecision: 'month' }),
      ]),
    );
    const span = (e: (typeof entries)[number]) => [e.startDate.toString(), e.endDate.toString()];
    expect(entries.map(span)).toEqual([
      ['2019-06-01', '2019-07-01'],
      ['2020-01-01', '2021-01-01'],
      ['2019-11-01', '2020-03-01'],
      ['9999-12-01', '10000-01-01'],
    ]);
  });

  it('iCalendar: control characters in the text are left out', () => {
    const text = toIcs({ ...dataset, title: 'A\u0007B' }, [
      withDate({ title: 'Bell\u0007 escape\u001b[31m end\u0000', summary: 'Line\u000bbreak\u0085' }),
    ]);
    // eslint-disable-next-line no-control-regex -- the characters that must not be there
    expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
    const [entry] = icsEntries(text);
    expect(entry!.summary).toBe('Bell escape[31m end');
    expect(entry!.description).toContain('Linebreak');
  });

  it('any real date in the years 1 to 9999 comes back the same from CSV, JSON and iCalendar', () => {
    fc.assert(
      fc.property(anyRealDate, fc.constantFrom('day', 'month', 'year' as const), (date, precision) => {
        const event = withDate({
          date,
          endDate: undefined,
          reportedDate: undefined,
          datePrecision: precision,
        });
        expect(csvToDataset(toCsv(dataset, [event]), 'export.csv').events[0]!.date).toBe(date);
        expect(parseDataset(JSON.parse(toJson(dataset, [event]))).events[0]!.date).toBe(date);
        const [entry] = icsEntries(toIcs(dataset, [event]));
        const first =
          precision === 'day'
            ? date
            : precision === 'month'
              ? `${date.slice(0, 7)}-01`
              : `${date.slice(0, 4)}-01-01`;
        expect(ymd(entry!.startDate)).toBe(first);
        // The calendar's exclusive end is the day after the last day the event can mean. (Not read
        // back with ical.js's own date arithmetic: before 1752 it counts leap years the Julian way,
        // so 100-03-01 less a day is its 100-02-29.)
        const last = lastDayOf(date, precision);
        expect(ymd(entry!.endDate)).toBe(last === '9999-12-31' ? '10000-01-01' : addDays(last, 1));
      }),
      { numRuns: 300 },
    );
  });
});
