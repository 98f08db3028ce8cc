import { useEffect, useRef, useState } from 'react';
import { ACTOR_ROLES } from '../dataset/fields';
import type { TimelineEvent } from '../dataset/schema';
import { actorLabel, dateLabel, type RelationKind, type Vocab } from '../dataset/vocab';
import { hasChain } from '../filters/response-chain';
import { copyText } from '../lib/clipboard';
import { formatDate } from '../lib/dates';
import { humanize } from '../lib/format';
import { Isolated } from '../lib/isolated';
import { TypeBadge } from '../event-parts/type-badge';
import { SourceLinks } from '../event-parts/source-links';

/** How a link reads from this event's side: outgoing (this → that) and incoming (that → this). */
const RELATION_LABELS: Record<RelationKind, { outgoing: string; incoming: string }> = {
  'response-to': { outgoing: 'Responds to', incoming: 'Responses' },
  follows: { outgoing: 'Follows', incoming: 'Followed by' },
  'same-campaign': { outgoing: 'Same campaign', incoming: 'Same campaign' },
  'disclosed-in': { outgoing: 'Disclosed in', incoming: 'Discloses' },
};

export interface DetailsPanelProps {
  event: TimelineEvent;
  vocab: Vocab;
  onClose: () => void;
  onSelect: (id: string) => void;
  /** Narrows the view to this event's response chain. */
  onShowChain?: () => void;
  /** The full-page link to this event, for "Copy link". */
  link: string;
}

/** One event in full, with its sources. Esc or Close closes it and focus goes back where it came from. */
export function DetailsPanel({ event, vocab, onClose, onSelect, onShowChain, link }: DetailsPanelProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (
      !returnTo.current &&
      document.activeElement instanceof HTMLElement &&
      document.activeElement !== document.body
    ) {
      returnTo.current = document.activeElement;
    }
    headingRef.current?.focus();
    // Another event opened here (a related one) is read from its top, not where the last was left.
    if (bodyRef.current) bodyRef.current.scrollTop = 0;
  }, [event.id]);

  const close = () => {
    const target = returnTo.current;
    onClose();
    // After the panel is gone, give focus back to the list item or timeline that opened it.
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) close();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // The message belongs to the event it was about: another event opened here shows none.
  const [copied, setCopied] = useState<{ id: string; message: string } | null>(null);
  const copyMessage = copied?.id === event.id ? copied.message : '';
  const copyLink = async () => {
    setCopied({ id: event.id, message: (await copyText(link)) ? 'Link copied' : `Copy this link: ${link}` });
  };

  const type = vocab.typeById.get(event.type);
  const byRole = ACTOR_ROLES.map((role) => ({
    role,
    names: event.actors
      .filter((a) => a.role === role)
      .map((a) => vocab.actorById.get(a.actor)?.name ?? a.actor),
  })).filter((r) => r.names.length > 0);
  const links = vocab.links.get(event.id) ?? { outgoing: [], incoming: [] };
  const groups = (Object.keys(RELATION_LABELS) as RelationKind[])
    .flatMap((relation) =>
      (['outgoing', 'incoming'] as const).map((direction) => ({
        label: RELATION_LABELS[relation][direction],
        key: `${relation}-${direction}`,
        events: links[direction]
          .filter((l) => l.relation === relation)
          .map((l) => vocab.eventById.get(l.event))
          .filter((e): e is TimelineEvent => e !== undefined),
      })),
    )
    .filter((g) => g.events.length > 0);
  const inChain = hasChain(event.id, vocab);

  return (
    <section
      role="dialog"
      aria-modal="false"
      aria-labelledby="details-title"
      className="flex min-h-0 flex-col overflow-hidden rounded-t-xl border border-slate-300 bg-white shadow-xl lg:rounded-xl"
    >
      <div className="flex items-start gap-3 border-b border-slate-200 p-4">
        <h2
          id="details-title"
          ref={headingRef}
          tabIndex={-1}
          className="min-w-0 flex-1 text-lg leading-snug font-semibold wrap-anywhere focus:outline-none"
        >
          <bdi>{event.title}</bdi>
        </h2>
        <button type="button" className="btn" onClick={close}>
          Close
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-4 py-2 print:hidden">
        {onShowChain && inChain && (
          <button type="button" className="btn" onClick={onShowChain}>
            Show chain
          </button>
        )}
        <button type="button" className="btn" onClick={() => void copyLink()}>
          Copy link
        </button>
        <span role="status" className="text-xs text-slate-700">
          {copyMessage}
        </span>
      </div>
      <div ref={bodyRef} className="flex flex-col gap-4 overflow-y-auto p-4 text-sm">
        <div className="flex flex-wrap items-center gap-2 text-slate-800">
          <time dateTime={event.date}>{dateLabel(event)}</time>
          {event.datePrecision !== 'day' && (
            <span className="text-xs text-slate-600">
              (exact {event.datePrecision === 'month' ? 'day' : 'date'} not known)
            </span>
          )}
          <TypeBadge type={type} />
        </div>
        {event.reportedDate && event.reportedDate !== event.date && (
          <p className="text-slate-700">First reported {formatDate(event.reportedDate)}</p>
        )}
        <p className="text-base leading-relaxed wrap-anywhere whitespace-pre-line text-slate-900">
          <bdi>{event.summary}</bdi>
        </p>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          {byRole.map(({ role, names }) => (
            <div key={role} className="contents">
              <dt className="font-medium text-slate-700">{humanize(role)}</dt>
              <dd className="wrap-anywhere">
                <Isolated texts={names} separator=", " />
              </dd>
            </div>
          ))}
          {event.attribution && (
            <div className="contents">
              <dt className="font-medium text-slate-700">Attribution</dt>
              <dd className="wrap-anywhere">
                {humanize(event.attribution.status)}
                {event.attribution.by.length > 0 && (
                  <>
                    {' by '}
                    <Isolated
                      texts={event.attribution.by.map((id) => actorLabel(vocab.actorById.get(id), id))}
                      separator=", "
                    />
                  </>
                )}
                {event.attribution.note && (
                  <bdi className="block text-slate-700">{event.attribution.note}</bdi>
                )}
              </dd>
            </div>
          )}
        </dl>
        {event.tags.length > 0 && (
          <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
            {event.tags.map((tag, i) => (
              <li key={i} className="badge bg-slate-100 text-slate-800">
                <bdi>{tag}</bdi>
              </li>
            ))}
          </ul>
        )}
        {groups.length > 0 && (
          <div>
            <h3 className="font-semibold text-slate-900">Related events</h3>
            <dl className="mt-1 space-y-2">
              {groups.map((group) => (
                <div key={group.key}>
                  <dt className="text-slate-700">{group.label}</dt>
                  {group.events.map((other) => (
                    <dd key={other.id} className="ml-3">
                      <button type="button" className="link text-left" onClick={() => onSelect(other.id)}>
                        <bdi>{other.title}</bdi>
                      </button>{' '}
                      <span className="text-xs text-slate-600">
                        {formatDate(other.date, other.datePrecision)}
                      </span>
                    </dd>
                  ))}
                </div>
              ))}
            </dl>
          </div>
        )}
        <div>
          <h3 className="font-semibold text-slate-900">Sources</h3>
          <div className="mt-1">
            <SourceLinks sources={event.sources} />
          </div>
        </div>
      </div>
    </section>
  );
}
