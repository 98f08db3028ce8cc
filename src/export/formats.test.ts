import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from '../dataset/csv-to-dataset';
import { parseDataset } from '../dataset/validate-dataset';
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
