import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import xssPayloads from '../test/fixtures/xss-payloads.json';
import { smallDataset } from '../test/fixtures/small-dataset';
import { csvToDataset } from './csv-to-dataset';
import { datasetToCsv } from './dataset-to-csv';
import { parseDataset } from './validate-dataset';
import type { Dataset } from './schema';

/** Strings a spreadsheet or our list cells could mangle, beside the security payloads. */
const awkward = [
  '=1+2',
  "'=1+2",
  "''@SUM(A1)",
  '-5 degrees',
  '+44 20',
  '@user',
  '\tstarts with a tab',
  'a;b\\c\\;d\\',
  ' leading and trailing ',
  'line\r\nbreak\rcarriage\nfeed',
  '"quoted", with comma',
  "'Twas",
  'semi; colon (perpetrator)',
];

/** Every text field of the small dataset filled with hostile and awkward strings. */
function hostileDataset(): Dataset {
  const texts = [...xssPayloads.text, ...awkward];
  const pick = (n: number) => texts[n % texts.length]!;
  const base = smallDataset();
  const template = base.events[1]!;
  return parseDataset({
    ...base,
    title: pick(0),
    description: pick(1),
    license: pick(2),
    importedFrom: 'timelinejs',
    eras: texts.slice(0, 5).map((label, i) => ({ label, start: `201${i}-01-01`, end: `201${i}-06-30` })),
    actors: base.actors.map((a, i) => ({
      ...a,
      name: pick(i * 3),
      shortName: pick(i * 3 + 1),
      aliases: [pick(i * 3 + 2), pick(i + 40)],
    })),
    eventTypes: base.eventTypes.map((t, i) => ({ ...t, label: pick(i + 20), description: pick(i + 30) })),
    events: [
      ...base.events,
      ...texts.map((text, k) => ({
        ...template,
        id: `hostile-${k}`,
        title: text,
        summary: pick(k + 1),
        displayDate: pick(k + 8),
        tags: [text, pick(k + 2), pick(k + 3)],
        attribution: { status: 'alleged', by: ['apt35'], note: pick(k + 4) },
        related: [{ event: 'drone-shootdown', relation: 'response-to' }],
        sources: [
          { ...template.sources[0]!, publisher: text, title: pick(k + 5) },
          {
            url: 'https://example.org/b',
            publisher: pick(k + 6),
            title: pick(k + 7),
            kind: 'ngo',
            archiveUrl: 'https://web.archive.org/x',
          },
        ],
      })),
    ],
  });
}

function withoutSchemaRef(dataset: Dataset): Dataset {
  const rest = { ...dataset };
  delete rest.$schema;
  return rest;
}

describe('the spreadsheet export reads back as the same dataset', () => {
  it('for the whole published dataset, every field', () => {
    const published = withoutSchemaRef(parseDataset(JSON.parse(readFileSync('data/events.json', 'utf8'))));
    expect(csvToDataset(datasetToCsv(published), 'events.csv')).toStrictEqual(published);
  });

  it('for hostile and formula-looking text in every field', () => {
    const hostile = hostileDataset();
    expect(csvToDataset(datasetToCsv(hostile), 'hostile.csv')).toStrictEqual(hostile);
  });

  it('keeps a spreadsheet from running cells as formulas', () => {
    const hostile = hostileDataset();
    const rows = Papa.parse<string[]>(datasetToCsv(hostile).replace(/^\uFEFF/, '')).data;
    const cells = rows.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain("'=1+2");
    expect(cells).toContain("'''@SUM(A1)");
    expect(cells).toContain("'Twas");
  });

  it('for some events: links to events left out are dropped', () => {
    const dataset = smallDataset();
    const some = dataset.events.filter((e) => e.id !== 'drone-shootdown');
    const back = csvToDataset(datasetToCsv(dataset, some), 'some.csv');
    expect(back.events.map((e) => e.id)).toEqual(some.map((e) => e.id));
    expect(back.events.find((e) => e.id === 'cyber-response')!.related).toEqual([]);
    expect(back.actors).toEqual(dataset.actors);
  });
});
