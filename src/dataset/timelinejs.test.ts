import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset } from './csv-to-dataset';
import { htmlToText } from './html-to-text';
import type { DatasetError } from './load-dataset';
import { datasetFromText } from './read-dataset-file';

const SAMPLE = 'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv';
const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background';

describe('a TimelineJS spreadsheet', () => {
  const dataset = csvToDataset(readFileSync(SAMPLE, 'utf8'), 'women_in_computing.csv');
  const byTitle = (title: string) => dataset.events.find((e) => e.title === title)!;

  it('loads the sample sheet: its title row, ten events, their precision and ranges', () => {
    expect(dataset.title).toBe('Women in Computing');
    expect(dataset.description).toMatch(/^In this sample timeline/);
    expect(dataset.importedFrom).toBe('timelinejs');
    expect(dataset.events).toHaveLength(10);
    expect(byTitle('Ada Lovelace')).toMatchObject({
      date: '1815-12-10',
      endDate: '1852-11-27',
      datePrecision: 'day',
    });
    expect(byTitle('...And the women who made it work')).toMatchObject({
      date: '1943-07-01',
      endDate: '1946-12-31',
      datePrecision: 'month',
    });
    expect(byTitle('Grace Hopper invents the compiler')).toMatchObject({
      date: '1952-01-01',
      datePrecision: 'year',
    });
    expect(byTitle('Grace Hopper invents the compiler').endDate).toBeUndefined();
  });

  it('reads its HTML as text and its links and media as sources', () => {
    const ada = byTitle('Ada Lovelace');
    expect(ada.id).toBe('ada-lovelace');
    expect(ada.summary).toMatch(
      /^Women have been programming since before it was a thing\. Take Ada Lovelace: /,
    );
    expect(ada.summary).not.toContain('<');
    expect(ada.sources.map((s) => [s.url, s.title])).toEqual([
      ['https://en.wikipedia.org/wiki/Ada_Lovelace', 'Ada Lovelace'],
      ['https://en.wikipedia.org/wiki/Analytical_Engine', "Charles Babbage's Analytical Engine"],
      [expect.stringMatching(/^https:\/\/upload\.wikimedia\.org\//), 'Portrait by Alfred Edward Chalon'],
    ]);
    expect(ada.sources[2]!.publisher).toBe('Wikimedia Commons');
    const edith = byTitle('Edith Clarke: Bucking the Trend');
    expect(edith.sources).toEqual([]);
    expect(edith.summary).toMatch(/^There is no demand for women engineers/);
  });

  it('makes each Group a row, and keeps the Display Date', () => {
    const sheet = `${HEADER}\n2019,,,,,,,,Summer 2019,One,Text,,,,,,Navy,\n2019,6,,,,,,,,Two,Text,,,,,,Army,\n2020,,,,,,,,,Three,,,,,,,Navy,\n`;
    const data = csvToDataset(sheet, 'groups.csv');
    expect(data.actors.map((a) => a.name)).toEqual(['Navy', 'Army']);
    expect(data.events.map((e) => e.actors[0]!.actor)).toEqual(['navy', 'army', 'navy']);
    expect(data.events[0]!.displayDate).toBe('Summer 2019');
    expect(data.events[2]!.summary).toBe('No text given.');
  });

  it('turns hostile HTML into inert text and refuses unsafe links as sources', () => {
    const text =
      '"<p>Hi <script>alert(1)</script><img src=x onerror=alert(1)>there</p><p><a href=""javascript:alert(1)"">bad</a> <a href=\'https://example.org/ok\'>ok</a></p>"';
    const data = csvToDataset(
      `${HEADER}\n2019,,,,,,,,,<b>Bold</b> title,${text},javascript:alert(2),,,,,,\n`,
      'x.csv',
    );
    expect(data.events[0]!.title).toBe('Bold title');
    expect(data.events[0]!.summary).toBe('Hi there\n\nbad ok');
    expect(data.events[0]!.sources.map((s) => s.url)).toEqual(['https://example.org/ok']);
  });

  it('names the row and column of a date it cannot read', () => {
    let problems: string[] = [];
    try {
      csvToDataset(
        `${HEADER}\n19x3,,,,,,,,,A,,,,,,,,\n2019,13,,,,,,,,B,,,,,,,,\n2019,2,30,,,,,,,C,,,,,,,,\n`,
        'x.csv',
      );
    } catch (error) {
      problems = (error as DatasetError).problems;
    }
    expect(problems).toEqual([
      'row 2, column "Year": "19x3" is not a year from 1 to 9999',
      'row 3, column "Month": "13" is not a month from 1 to 12',
      'row 4, column "Day": "30" is not a day of that month',
    ]);
  });
});

describe('TimelineJS JSON', () => {
  const json = {
    title: { text: { headline: 'A <i>JSON</i> timeline', text: '<p>About it.</p>' } },
    events: [
      {
        start_date: { year: 1943, month: 7 },
        end_date: { year: '1946' },
        text: {
          headline: 'ENIAC',
          text: '<p>One.</p><p>Two, <a href="https://example.org/e">a link</a>.</p>',
        },
        media: { url: 'https://example.org/e.jpg', credit: 'A museum', caption: 'The machine' },
        group: 'Machines',
        unique_id: 'eniac',
      },
      { start_date: { year: '1952' }, text: { headline: 'Compiler' }, display_date: 'Early 1950s' },
    ],
    eras: [{ start_date: { year: 1939 }, end_date: { year: 1945 }, text: { headline: 'Second World War' } }],
  };

  it('maps events, ids, groups, media and eras', () => {
    const data = datasetFromText(JSON.stringify(json), 'timeline.json');
    expect(data.title).toBe('A JSON timeline');
    expect(data.eras).toEqual([{ label: 'Second World War', start: '1939-01-01', end: '1945-12-31' }]);
    expect(data.events[0]).toMatchObject({
      id: 'eniac',
      date: '1943-07-01',
      endDate: '1946-12-31',
      datePrecision: 'month',
      summary: 'One.\n\nTwo, a link.',
      actors: [{ actor: 'machines', role: 'other' }],
    });
    expect(data.events[0]!.sources).toEqual([
      { url: 'https://example.org/e', publisher: 'example.org', title: 'a link', kind: 'other' },
      { url: 'https://example.org/e.jpg', publisher: 'A museum', title: 'The machine', kind: 'other' },
    ]);
    expect(data.events[1]).toMatchObject({
      id: 'compiler',
      datePrecision: 'year',
      displayDate: 'Early 1950s',
    });
  });

  it('names the path of a bad date', () => {
    const bad = { events: [{ start_date: { year: 'soon' }, text: { headline: 'X' } }] };
    expect(() => datasetFromText(JSON.stringify(bad), 't.json')).toThrow(
      expect.objectContaining({
        problems: ['events[0].start_date.year: "soon" is not a year from 1 to 9999'],
      }),
    );
  });
});

describe('HTML to text', () => {
  it.each([
    ['<p>a</p><p>b</p>', 'a\n\nb'],
    ['a<br>b<br/>c', 'a\nb\nc'],
    ['&lt;script&gt; &amp; &#39;x&#x27; &rsquo;', "<script> & 'x' ’"],
    ['<style>p{}</style>text<!-- note -->', 'text'],
    ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});
