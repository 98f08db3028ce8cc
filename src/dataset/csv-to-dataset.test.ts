import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TYPE_PALETTE } from './csv-format';
import { csvToDataset } from './csv-to-dataset';
import { DatasetError } from './load-dataset';

const HEADER = 'id,date,type,title,summary,actors,tags,related,source_1_url,source_1_publisher';

function problemsOf(text: string): string[] {
  try {
    csvToDataset(text, 'sheet.csv');
  } catch (error) {
    if (error instanceof DatasetError) return error.problems;
    throw error;
  }
  return [];
}

describe('reading a hand-made spreadsheet', () => {
  it('reads the template we ship, with every column', () => {
    const template = readFileSync('public/template.csv', 'utf8');
    const dataset = csvToDataset(template, 'template.csv');
    expect(dataset.title).toBe('My timeline');
    expect(dataset.events.map((e) => [e.id, e.datePrecision])).toEqual([
      ['example-cyberattack', 'day'],
      ['example-sanctions-on-a-front-company', 'month'],
      ['example-a-year-only-event', 'year'],
    ]);
    expect(dataset.events[1]!.related).toEqual([{ event: 'example-cyberattack', relation: 'response-to' }]);
  });

  const sheet = [
    'date,type,title,summary,actors,source_1_url',
    '2019-06-20,Strike,Drone shot down,Iran said it shot down a drone.,Iran (perpetrator); United States (target),https://www.example.org/a',
    '2019-06,Cyberattack,Drone shot down,A month-precision event.,United States,https://example.org/b',
    '2020,strike,A year,Only the year is known.,iran (responder),https://example.org/c',
  ].join('\n');

  it('creates the actors and types it names, with palette colours, and ids from the titles', () => {
    const dataset = csvToDataset(sheet, 'my-timeline.csv');
    expect(dataset.title).toBe('my-timeline');
    expect(dataset.updated).toBe('2020-01-01');
    expect(dataset.actors).toEqual([
      { id: 'iran', name: 'Iran', kind: 'other', aliases: [] },
      { id: 'united-states', name: 'United States', kind: 'other', aliases: [] },
    ]);
    expect(dataset.eventTypes).toEqual([
      { id: 'strike', label: 'Strike', description: 'Strike', color: TYPE_PALETTE[0] },
      { id: 'cyberattack', label: 'Cyberattack', description: 'Cyberattack', color: TYPE_PALETTE[1] },
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['drone-shot-down', 'drone-shot-down-2', 'a-year']);
    expect(dataset.events[2]!.type).toBe('strike');
    expect(dataset.events[1]!.actors).toEqual([{ actor: 'united-states', role: 'other' }]);
    expect(dataset.events[0]!.sources).toEqual([
      {
        url: 'https://www.example.org/a',
        publisher: 'example.org',
        title: 'https://www.example.org/a',
        kind: 'other',
      },
    ]);
  });

  it('reads partial dates with their precision; a partial end date is the end of its period', () => {
    const dataset = csvToDataset(
      `${sheet.split('\n')[0]},end_date\n2019-08,Op,Campaign,Text.,Iran,https://example.org/a,2019-09`,
      's.csv',
    );
    expect(dataset.events[0]).toMatchObject({
      date: '2019-08-01',
      endDate: '2019-09-30',
      datePrecision: 'month',
    });
    expect(csvToDataset(sheet, 's.csv').events[2]).toMatchObject({
      date: '2020-01-01',
      datePrecision: 'year',
    });
  });

  it.each([
    [
      'a byte-order mark, ; separators and CRLF line ends',
      `\uFEFF${sheet.replaceAll(',', ';').replace('Iran (perpetrator); United States (target)', '"Iran (perpetrator); United States (target)"').replaceAll('\n', '\r\n')}`,
    ],
    ['tab separators', sheet.replaceAll(',', '\t')],
    ['column names typed loosely', sheet.replace('date,type', 'Date , Type')],
  ])('loads a file with %s', (_, text) => {
    const dataset = csvToDataset(text, 's.csv');
    expect(dataset.events.map((e) => e.title)).toEqual(['Drone shot down', 'Drone shot down', 'A year']);
    expect(dataset.events[0]!.actors).toHaveLength(2);
  });

  it('keeps line breaks inside quoted cells', () => {
    const dataset = csvToDataset(
      `${HEADER}\r\nx,2019-01-01,T,"Two\r\nlines","A ""quoted""\nsummary",Iran,,,https://example.org/a,P\r\n`,
      's.csv',
    );
    expect(dataset.events[0]).toMatchObject({ title: 'Two\r\nlines', summary: 'A "quoted"\nsummary' });
  });

  it('reads formula-looking cells as plain text', () => {
    const dataset = csvToDataset(
      `${HEADER}\nx,2019-01-01,T,=HYPERLINK("http://x"),+1 -1 @a,Iran,-tag; @tag,,https://example.org/a,=1+2`,
      's.csv',
    );
    expect(dataset.events[0]).toMatchObject({
      title: '=HYPERLINK("http://x")',
      summary: '+1 -1 @a',
      tags: ['-tag', '@tag'],
      sources: [expect.objectContaining({ publisher: '=1+2' })],
    });
  });
});

describe('a bad spreadsheet names each problem by row and column, all at once', () => {
  it('lists every bad cell', () => {
    const text = [
      HEADER + ',end_date,source_2_url',
      'a,2019-13-45,T,Title,Summary,Iran,,,https://example.org/a,P,,',
      'b,2019-01-01,T,,Summary,Iran (boss),,a (caused),javascript:alert(1),P,2018,',
      'c,2019-01-01,T,Title,Summary,,,nowhere (follows),https://example.org/c,P,,',
      'd,2019/01/01,T,Title,Summary,Iran,,,,,,https://example.org/d',
    ].join('\n');
    expect(problemsOf(text)).toEqual([
      'row 2, column "date": "2019-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
      'row 3, column "actors": "Iran (boss)": the role in brackets must be one of: perpetrator, target, responder, attributor, other',
      'row 3, column "related": "a (caused)": write the relation in brackets, one of: response-to, follows, same-campaign, disclosed-in',
      'row 3, column "title": must not be empty',
      'row 3, column "source_1_url": "javascript:alert(1)" must be an http(s) URL',
      'row 3, column "end_date": "2018-12-31" is before the start date 2019-01-01',
      'row 4, column "actors": names no actor',
      'row 4, column "related": unknown event "nowhere"',
      'row 5, column "date": "2019/01/01" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)',
    ]);
  });

  it('names missing, unknown and repeated columns', () => {
    expect(problemsOf('date,title,summry,title\n2019,x,y,z')).toEqual([
      'row 1, column "summry": is not a column of this format',
      'row 1, column "title": appears twice',
      'row 1, column "type": is missing',
      'row 1, column "summary": is missing',
      'row 1, column "actors": is missing',
      'row 1, column "source_1_url": is missing',
    ]);
  });

  it.each([
    ['an empty file', '', 'row 1: the file is empty: the first row must name the columns'],
    ['a header and no events', `${HEADER}\n,,,,,,,,,\n`, 'row 2: the file has no events'],
    [
      'a quote never closed',
      `${HEADER}\nx,2019,T,"Title,S,Iran,,,https://example.org/a,P`,
      'row 2: a quoted cell is never closed (a " is missing)',
    ],
    [
      'a row longer than the header',
      `${HEADER}\nx,2019,T,Title,S,Iran,,,https://example.org/a,P,extra`,
      'row 2: has 11 cells but the first row names 10 columns',
    ],
    [
      'an unknown declared value',
      `${HEADER},actor_name,actor_kind\nx,2019,T,Title,S,Iran,,,https://example.org/a,P,Iran,empire`,
      'row 2, column "actor_kind": "empire" must be one of: state, government-agency, military, intelligence, apt-group, hacktivist, company, international-org, other',
    ],
  ])('%s', (_, text, problem) => {
    expect(problemsOf(text)).toContain(problem);
  });
});
