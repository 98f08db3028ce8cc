import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, serve } from '../test/render-app';

const SAMPLE = readFileSync(
  'node_modules/@knight-lab/timelinejs/src/js/core/__tests__/women_in_computing.csv',
  'utf8',
);

describe('a TimelineJS timeline', () => {
  it('loads its sample sheet with ?data=, says where it came from, and shows its HTML as text', async () => {
    serve({ '/sheets/women_in_computing.csv': { raw: SAMPLE } });
    renderApp('/?data=/sheets/women_in_computing.csv&view=list');
    expect(await screen.findByRole('heading', { level: 1, name: 'Women in Computing' })).toBeInTheDocument();
    expect(screen.getByText(/^Imported from the TimelineJS format/)).toBeInTheDocument();
    expect(screen.getByText('Showing 10 of 10 events')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Grace Hopper invents the compiler/ })).toHaveTextContent(
      '1952',
    );
    expect(document.body.innerHTML).not.toContain('<p class="lead">');
  });

  it('names its eras in the legend and shows a display date as written', async () => {
    const json = {
      title: { text: { headline: 'Eras' } },
      events: [
        { start_date: { year: 1943, display_date: 'Wartime' }, text: { headline: 'ENIAC', text: 'x' } },
      ],
      eras: [
        { start_date: { year: 1939 }, end_date: { year: 1945 }, text: { headline: 'Second World War' } },
      ],
    };
    serve({ '/eras.json': { body: json } });
    renderApp('/?data=/eras.json&view=list');
    const periods = await screen.findByRole('list', { name: 'Legend: periods' });
    expect(within(periods).getByRole('listitem')).toHaveTextContent(
      'Second World War (January 1, 1939 – December 31, 1945)',
    );
    expect(screen.getByRole('button', { name: /ENIAC/ })).toHaveTextContent('Wartime');
  });
});
