import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toCsv, toIcs } from '../export/formats';
import lyingUrls from '../test/fixtures/lying-urls.json';
import { smallDataset } from '../test/fixtures/small-dataset';
import { parseDataset } from './validate-dataset';
import { problemsOf } from '../test/problems-of';

describe('source URLs whose text reads as another host', () => {
  it.each(lyingUrls.lying)('refuses %j, saying its text reads as another host', (url) => {
    const data = smallDataset();
    data.events[2]!.sources[0]!.url = url;
    data.events[2]!.sources[0]!.archiveUrl = url;
    const problems = problemsOf(data);
    expect(problems).toContain(
      'events[2].sources[0].url: must be written with the host it leads to (the text reads as another host)',
    );
    expect(problems).toContain(
      'events[2].sources[0].archiveUrl: must be written with the host it leads to (the text reads as another host)',
    );
  });

  it.each(lyingUrls.normalised)('stores %j as the parser writes it, %j, and exports that', (given, href) => {
    const data = smallDataset();
    data.events[2]!.sources[0]!.url = given;
    const dataset = parseDataset(data);
    const event = dataset.events[2]!;
    expect(event.sources[0]!.url).toBe(href);
    const [row] = Papa.parse<Record<string, string>>(toCsv(dataset, [event]).replace(/^\uFEFF/, ''), {
      header: true,
    }).data;
    expect(row!.source_1_url).toBe(href);
    // Folded at 75 octets: unfold before reading.
    const ics = toIcs(dataset, [event]).replace(/\r\n /g, '');
    expect(ics).toContain(`URL;VALUE=URI:${href}`);
    if (!href.startsWith(given)) expect(ics).not.toContain(given);
  });
});
