import { useEffect, useRef, useState } from 'react';
import type { TimelineEvent } from '../dataset/schema';
import { actorLabel, dateLabel, type Vocab } from '../dataset/vocab';
import { plural } from '../lib/format';
import { Isolated } from '../lib/isolated';
import { TypeBadge } from '../event-parts/type-badge';

export interface EventListProps {
  events: TimelineEvent[];
  vocab: Vocab;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Events listed at first, and added by each "Show more". */
  pageSize?: number;
}

function byYear(events: readonly TimelineEvent[]): [string, TimelineEvent[]][] {
  const years = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const year = event.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(event);
    else years.set(year, [event]);
  }
  return [...years];
}

/** Events listed at first, and added by each "Show more": a large dataset stays quick to open. */
export const LIST_PAGE = 300;

/** The same filtered events as the timeline, in date order under year headings: the keyboard-first view. */
export function EventList({ events, vocab, selectedId, onSelect, pageSize = LIST_PAGE }: EventListProps) {
  // How many are listed; back to one page when the events change.
  const [page, setPage] = useState({ events, count: pageSize });
  if (page.events !== events) setPage({ events, count: pageSize });
  // The selected event is always listed, however far down it is.
  const selectedAt = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const count = Math.max(page.events === events ? page.count : pageSize, selectedAt + 1);
  // Kept when the selection is cleared, so the list does not shrink under the reader.
  if (page.events === events && count > page.count) setPage({ events, count });
  const hidden = events.length - count;
  // After "Show more" or "Show all", focus goes to the first newly listed event: the button that
  // was pressed may be gone, and a keyboard user carries on reading from there.
  const listRef = useRef<HTMLDivElement>(null);
  const focusAt = useRef<string | null>(null);
  useEffect(() => {
    const id = focusAt.current;
    if (!id) return;
    focusAt.current = null;
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-event-id]') ?? [];
    [...buttons].find((b) => b.dataset.eventId === id)?.focus();
  });
  const showUpTo = (next: number) => {
    focusAt.current = events[count]?.id ?? null;
    setPage({ events, count: next });
  };
  if (events.length === 0) {
    return (
      <p className="rounded-md border border-dashed border-slate-400 p-6 text-center text-slate-700">
        No events match these filters.
      </p>
    );
  }
  return (
    <div ref={listRef} className="flex flex-col gap-6" aria-label="Events by year" role="region">
      {byYear(hidden > 0 ? events.slice(0, count) : events).map(([year, items]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h3
            id={`year-${year}`}
            className="sticky top-0 z-10 bg-slate-50/95 py-1 text-lg font-semibold text-slate-900"
          >
            {year}
          </h3>
          <ol className="mt-1 divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
            {items.map((event) => {
              const type = vocab.typeById.get(event.type);
              const actors = [
                ...new Set(event.actors.map((a) => actorLabel(vocab.actorById.get(a.actor), a.actor))),
              ];
              const selected = event.id === selectedId;
              return (
                <li key={event.id}>
                  <button
                    type="button"
                    data-event-id={event.id}
                    aria-current={selected ? 'true' : undefined}
                    onClick={() => onSelect(event.id)}
                    className={`flex w-full flex-col gap-1 px-3 py-2.5 text-left hover:bg-slate-100 ${selected ? 'bg-blue-50 ring-2 ring-blue-700 ring-inset' : ''}`}
                  >
                    <span className="flex flex-wrap items-center gap-2 text-xs text-slate-700">
                      <time dateTime={event.date}>{dateLabel(event)}</time>
                      <TypeBadge type={type} />
                    </span>
                    <span className="font-medium wrap-anywhere text-slate-900 [unicode-bidi:isolate]">
                      {event.title}
                    </span>
                    <span className="text-xs wrap-anywhere text-slate-700">
                      <Isolated texts={actors} separator=" · " />
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
      {hidden > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-slate-700">
            Listed {count.toLocaleString('en-US')} of {plural(events.length, 'event')}.
          </p>
          <button type="button" className="btn" onClick={() => showUpTo(count + pageSize)}>
            Show {Math.min(pageSize, hidden).toLocaleString('en-US')} more
          </button>
          <button type="button" className="btn" onClick={() => showUpTo(events.length)}>
            Show all
          </button>
        </div>
      )}
    </div>
  );
}
