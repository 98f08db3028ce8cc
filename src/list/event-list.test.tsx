import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { TimelineEvent } from '../dataset/schema';
import { getVocab } from '../dataset/vocab';
import { smallDataset } from '../test/fixtures/small-dataset';
import { EventList } from './event-list';

const LIST_PAGE = 5;

const dataset = smallDataset();
const vocab = getVocab(dataset);
/** `n` events, one a day from 2020. */
const many = (n: number, prefix = 'e'): TimelineEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    ...dataset.events[0]!,
    id: `${prefix}${i}`,
    title: `Event number ${i}`,
    date: new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10),
  }));
const listed = () =>
  within(screen.getByRole('region', { name: 'Events by year' })).getAllByRole('listitem', { hidden: true });

describe('EventList with many events', () => {
  it('lists a page at a time, then all of them on request', async () => {
    const user = userEvent.setup();
    const events = many(LIST_PAGE * 2 + 2);
    render(
      <EventList events={events} vocab={vocab} selectedId={null} onSelect={vi.fn()} pageSize={LIST_PAGE} />,
    );
    expect(listed()).toHaveLength(LIST_PAGE);
    expect(screen.getByText(`Listed ${LIST_PAGE} of ${events.length} events.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Show ${LIST_PAGE} more` }));
    expect(listed()).toHaveLength(LIST_PAGE * 2);
    // Focus moves on to the first event just listed.
    expect(screen.getByText(`Event number ${LIST_PAGE}`).closest('button')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Show 2 more' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(listed()).toHaveLength(events.length);
    expect(screen.getByText(`Event number ${LIST_PAGE * 2}`).closest('button')).toHaveFocus();
    expect(screen.queryByRole('button', { name: /more$/ })).not.toBeInTheDocument();
  });

  it('always lists the selected event, however far down it is', () => {
    const events = many(LIST_PAGE * 3);
    const last = events.at(-1)!;
    render(
      <EventList
        events={events}
        vocab={vocab}
        selectedId={last.id}
        onSelect={vi.fn()}
        pageSize={LIST_PAGE}
      />,
    );
    expect(screen.getByText(last.title).closest('button')).toHaveAttribute('aria-current', 'true');
  });

  it('keeps listing as far as a selection took it when the selection is closed', () => {
    const events = many(LIST_PAGE * 3);
    const props = { events, vocab, onSelect: vi.fn(), pageSize: LIST_PAGE };
    const { rerender } = render(<EventList {...props} selectedId={events[12]!.id} />);
    expect(listed()).toHaveLength(13);
    rerender(<EventList {...props} selectedId={null} />);
    expect(listed()).toHaveLength(13);
  });

  it('starts again from one page when the events change', async () => {
    const user = userEvent.setup();
    const props = { vocab, selectedId: null, onSelect: vi.fn(), pageSize: LIST_PAGE };
    const { rerender } = render(<EventList events={many(LIST_PAGE * 3)} {...props} />);
    await user.click(screen.getByRole('button', { name: `Show ${LIST_PAGE} more` }));
    expect(listed()).toHaveLength(LIST_PAGE * 2);
    rerender(<EventList events={many(LIST_PAGE * 3, 'f')} {...props} />);
    expect(listed()).toHaveLength(LIST_PAGE);
  });

  it('shows no paging controls when every event fits on one page', () => {
    render(
      <EventList events={many(4)} vocab={vocab} selectedId={null} onSelect={vi.fn()} pageSize={LIST_PAGE} />,
    );
    expect(listed()).toHaveLength(4);
    expect(screen.queryByRole('button', { name: 'Show all' })).not.toBeInTheDocument();
  });
});
