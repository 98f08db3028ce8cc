import { afterEach, describe, expect, it, vi } from 'vitest';
import { smallDataset } from '../test/fixtures/small-dataset';
import { isCsvAddress } from './csv-format';
import { datasetToCsv } from './dataset-to-csv';
import { loadDataset, MAX_DATASET_BYTES } from './load-dataset';
import { readDatasetFile } from './read-dataset-file';

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

describe('reading a file from this computer', () => {
  it('refuses a file over the size cap before reading it', async () => {
    const read = vi.fn();
    const huge = {
      name: 'huge.csv',
      type: 'text/csv',
      size: MAX_DATASET_BYTES + 1,
      arrayBuffer: read,
    } as unknown as File;
    await expect(readDatasetFile(huge)).rejects.toMatchObject({ kind: 'too-large' });
    expect(read).not.toHaveBeenCalled();
  });

  it('tells JSON from CSV by name, type or first character', async () => {
    const csv = datasetToCsv(smallDataset());
    const json = JSON.stringify(smallDataset());
    for (const file of [
      new File([csv], 'a.csv'),
      new File([csv], 'no-extension', { type: 'text/csv' }),
      new File([csv], 'no-extension'),
      new File([json], 'a.json'),
      new File([`\uFEFF ${json}`], 'no-extension'),
    ]) {
      await expect(readDatasetFile(file)).resolves.toEqual(smallDataset());
    }
    await expect(readDatasetFile(new File(['{"title": '], 'broken.json'))).rejects.toMatchObject({
      kind: 'not-json',
    });
  });
});
