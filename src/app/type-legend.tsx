import type { CSSProperties } from 'react';
import type { Dataset, EventType } from '../dataset/schema';
import { formatDateRange } from '../lib/dates';

/**
 * Each event type's colour and name, as the timeline and the month strip draw them, and the named
 * periods (eras) a dataset declares.
 */
export function TypeLegend({
  eventTypes,
  eras,
  compact,
}: {
  eventTypes: readonly EventType[];
  eras?: Dataset['eras'];
  compact: boolean;
}) {
  const types = (
    <ul
      aria-label="Legend: event types"
      className={`flex flex-wrap text-xs text-slate-800 ${compact ? 'gap-x-3 gap-y-0.5' : 'gap-x-4 gap-y-1'}`}
    >
      {eventTypes.map((t) => (
        <li key={t.id} className="flex min-w-0 items-center gap-1.5 wrap-anywhere" title={t.description}>
          <span className="swatch" aria-hidden="true" style={{ '--et-color': t.color } as CSSProperties} />
          <bdi>{t.label}</bdi>
        </li>
      ))}
    </ul>
  );
  if (!eras?.length) return types;
  return (
    <>
      {types}
      <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-slate-800">
        <span className="text-slate-700">Periods:</span>
        <ul aria-label="Legend: periods" className="flex flex-wrap gap-x-4 gap-y-1">
          {eras.map((era, i) => (
            <li key={i} className="min-w-0 wrap-anywhere">
              <bdi className="font-medium">{era.label}</bdi>{' '}
              <span className="text-slate-600">({formatDateRange(era.start, era.end, 'day')})</span>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
