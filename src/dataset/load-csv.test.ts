import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { isCsvAddress } from './csv-format';
import { datasetToCsv } from './dataset-to-csv';
import { loadDataset, MAX_DATASET_BYTES } from './load-dataset';

const reply = (body: BodyInit, init?: ResponseInit) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(body, init)),
  );

afterEach(() => void vi.unstubAllGlobals());

describe('loading a spreadsheet with ?data=', () => {
  it.each([
    [
      'a .csv address, whatever the server calls it',
      'https://example.org/files/timeline.csv',
      'application/octet-stream',
    ],
    [
      'a spreadsheet published to the web as CSV',
      'https://docs.google.com/spreadsheets/d/e/2PACX-abc/pub?gid=0&single=true&output=csv',
      'text/csv; charset=utf-8',
    ],
    ['any address served as text/csv', 'https://example.org/export', 'text/csv'],
  ])('reads %s', async (_, url, type) => {
    reply(datasetToCsv(smallDataset()), { headers: { 'content-type': type } });
    await expect(loadDataset(url)).resolves.toEqual(smallDataset());
  });

  it('names row and column for a bad spreadsheet', async () => {
    reply('date,type,title,summary,actors,source_1_url\n2019-13-45,T,A,B,Iran,https://example.org/a\n');
    await expect(loadDataset('https://example.org/t.csv')).rejects.toMatchObject({
      kind: 'invalid',
      problems: ['row 2, column "date": "2019-13-45" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)'],
    });
  });

  it('refuses a spreadsheet over the size cap', async () => {
    reply('date', { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } });
    await expect(loadDataset('https://example.org/t.csv')).rejects.toMatchObject({ kind: 'too-large' });
  });

  it.each([
    ['https://example.org/events.json', 'application/json', false],
    ['https://example.org/events.JSON?x=.csv', null, false],
    ['/data/mine.CSV', null, true],
    ['https://example.org/q?format=csv', null, true],
    ['https://docs.google.com/spreadsheets/d/x/gviz/tq?tqx=out:csv', null, true],
  ])('%s (%s) is CSV: %s', (url, type, csv) => {
    expect(isCsvAddress(url, type)).toBe(csv);
  });
});
