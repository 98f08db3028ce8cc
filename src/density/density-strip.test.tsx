import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { DensityStrip } from './density-strip';

const dataset = smallDataset();
const vocab = getVocab(dataset);

describe('DensityStrip', () => {
  it('names each month with events in a tooltip, and only those', () => {
    render(<DensityStrip events={dataset.events} vocab={vocab} onRange={() => {}} />);
    const strip = screen.getByRole('img', { name: /^Events per month from June 2019 to September 2020/ });
    // SVG tooltips: the <title> of the month's target.
    const tooltips = [...strip.querySelectorAll('title')].map((t) => t.textContent);
    expect(tooltips).toEqual([
      'June 2019: 2 events',
      'August 2019: 1 event',
      'April 2020: 1 event',
      'May 2020: 1 event',
      'September 2020: 1 event',
    ]);
  });

  it('builds its table when opened, with a row per month that has events', async () => {
    const user = userEvent.setup();
    render(<DensityStrip events={dataset.events} vocab={vocab} onRange={() => {}} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    await user.click(screen.getByText(/^Events per month as a table/));
    const table = screen.getByRole('table', { name: /Events per month and type/ });
    const june = within(table).getByRole('row', { name: /^June 2019/ });
    expect(within(june).getAllByRole('cell').at(-1)).toHaveTextContent('2');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 5);
  });

  it('keeps its table for screen readers in an embed', () => {
    render(<DensityStrip events={dataset.events} vocab={vocab} onRange={() => {}} compact />);
    expect(screen.getByRole('table', { name: /Events per month and type/ })).toBeInTheDocument();
  });
});
