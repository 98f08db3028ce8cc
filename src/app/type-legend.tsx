import type { CSSProperties } from 'react';
import type { EventType } from '../dataset/schema';

/** Each event type's colour and name, as the timeline and the month strip draw them. */
export function TypeLegend({ eventTypes, compact }: { eventTypes: readonly EventType[]; compact: boolean }) {
  return (
    <ul
      aria-label="Legend: event types"
      className={`flex flex-wrap text-xs text-slate-800 ${compact ? 'gap-x-3 gap-y-0.5' : 'gap-x-4 gap-y-1'}`}
    >
      {eventTypes.map((t) => (
        <li key={t.id} className="flex min-w-0 items-center gap-1.5 wrap-anywhere" title={t.description}>
          <span className="swatch" aria-hidden="true" style={{ '--et-color': t.color } as CSSProperties} />
          {t.label}
        </li>
      ))}
    </ul>
  );
}
