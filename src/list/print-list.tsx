import { Fragment, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { ACTOR_ROLES } from '../dataset/fields';
import { actorLabel, dateLabel } from '../dataset/vocab';
import { SourceLinks } from '../event-parts/source-links';
import { useVisibleEvents } from '../filters/use-visible-events';
import { formatDate, fromLocalDate } from '../lib/dates';
import { humanize } from '../lib/format';
import { Isolated } from '../lib/isolated';

/**
 * The filtered events in full, with their sources, for paper. It is built only while printing
 * (beforeprint renders it synchronously), so a large dataset costs nothing on screen.
 */
export function PrintList() {
  const visible = useVisibleEvents();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  if (!printing || !visible) return null;
  const { events, vocab, dataset } = visible;
  return (
    <section className="hidden print:block" aria-label="Printable list">
      <p className="mb-4 text-sm">
        {events.length} of {dataset.events.length} events · printed {formatDate(fromLocalDate(new Date()))}
      </p>
      {events.map((event) => (
        <article key={event.id} className="mb-5 break-inside-avoid border-b border-slate-300 pb-3">
          <h2 className="text-base font-semibold">
            <bdi>{event.title}</bdi>
          </h2>
          <p className="text-sm">
            {dateLabel(event)} · <bdi>{vocab.typeById.get(event.type)?.type.label}</bdi>
            {event.reportedDate &&
              event.reportedDate !== event.date &&
              ` · first reported ${formatDate(event.reportedDate)}`}
          </p>
          <p className="mt-1 text-sm">
            <bdi>{event.summary}</bdi>
          </p>
          <p className="mt-1 text-xs">
            {ACTOR_ROLES.map((role) => ({
              role,
              names: event.actors
                .filter((a) => a.role === role)
                .map((a) => actorLabel(vocab.actorById.get(a.actor), a.actor)),
            }))
              .filter(({ names }) => names.length > 0)
              .map(({ role, names }, i) => (
                <Fragment key={role}>
                  {i > 0 && ' · '}
                  {humanize(role)}: <Isolated texts={names} separator=", " />
                </Fragment>
              ))}
          </p>
          <div className="mt-2">
            <SourceLinks sources={event.sources} />
          </div>
        </article>
      ))}
    </section>
  );
}
