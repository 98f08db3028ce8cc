import { useMemo, useState } from 'react';
import type { TimelineEvent } from '../dataset/schema';
import type { Vocab } from '../dataset/vocab';
import { firstDayOf, formatDate, lastDayOf } from '../lib/dates';
import { plural } from '../lib/format';
import { countByMonth, monthPosition, monthsSpanned, type MonthBin } from './month-counts';
import { useBrush } from './use-brush';

export interface DensityStripProps {
  /** The filtered events, counted. */
  events: readonly TimelineEvent[];
  /** Every event, for a fixed axis. */
  vocab: Vocab;
  /** The timeline's visible window, outlined on the strip. */
  window?: { start: Date; end: Date } | null;
  /** The date filter, shaded on the strip. */
  from?: string;
  to?: string;
  /** Sets the date filter to whole months, `YYYY-MM`. */
  onRange: (from: string, to: string) => void;
  /** Shorter, for embeds. */
  compact?: boolean;
}

const HEIGHT = 48;

/**
 * The stacked bars as one path per type (a few elements however many months), and a transparent
 * target per month with events that carries its tooltip.
 */
function stackedBars(bins: readonly MonthBin[]) {
  const max = Math.max(1, ...bins.map((b) => b.total));
  const d = new Map<string, string[]>();
  const hits: { i: number; label: string }[] = [];
  bins.forEach((bin, i) => {
    // Only months with events are drawn: a span of centuries has more months than a page can
    // hold as elements, and an empty one has nothing to show.
    if (bin.total === 0) return;
    hits.push({
      i,
      label: `${formatDate(`${bin.month}-01`, 'month')}: ${plural(bin.total, 'event')}`,
    });
    let y = HEIGHT;
    for (const { type, count } of bin.byType) {
      const h = (count / max) * (HEIGHT - 4);
      y -= h;
      const parts = d.get(type) ?? [];
      parts.push(`M${i + 0.1} ${y}h0.8v${h}h-0.8z`);
      d.set(type, parts);
    }
  });
  return { hits, paths: [...d].map(([type, parts]) => ({ type, d: parts.join('') })) };
}

/** Events per month, stacked by type; drag across it to choose dates. A table gives the same counts. */
export function DensityStrip({
  events,
  vocab,
  window: view,
  from,
  to,
  onRange,
  compact = false,
}: DensityStripProps) {
  const months = useMemo(() => monthsSpanned(vocab.span), [vocab]);
  const typeOrder = useMemo(() => [...vocab.typeById.keys()], [vocab]);
  const bins = useMemo(() => countByMonth(events, months, typeOrder), [events, months, typeOrder]);
  const bars = useMemo(() => stackedBars(bins), [bins]);
  const [tableOpen, setTableOpen] = useState(false);
  const { drag, handlers } = useBrush(months.length, (a, b) => onRange(months[a]!, months[b]!));
  if (months.length < 2) return null;

  const fromIndex = from ? months.indexOf(firstDayOf(from).slice(0, 7)) : -1;
  const toIndex = to ? months.indexOf(lastDayOf(to).slice(0, 7)) : -1;
  const shaded = drag
    ? { a: Math.min(drag.start, drag.end), b: Math.max(drag.start, drag.end) + 1 }
    : from || to
      ? { a: fromIndex >= 0 ? fromIndex : 0, b: toIndex >= 0 ? toIndex + 1 : months.length }
      : null;
  // About a dozen year labels at most, so a span of centuries stays readable.
  const yearStep = Math.max(1, Math.ceil(months.length / 144));
  const years = months
    .map((m, i) => ({ m, i }))
    .filter(({ m, i }) => i === 0 || (m.endsWith('-01') && Number(m.slice(0, 4)) % yearStep === 0));

  const table = (
    <table className="w-full border-collapse text-left text-xs">
      <caption className="sr-only">
        Events per month and type, under the current filters; each event counts in the month it began
      </caption>
      <thead>
        <tr>
          <th scope="col" className="border-b border-slate-300 p-1">
            Month
          </th>
          {typeOrder.map((t) => (
            <th key={t} scope="col" className="border-b border-slate-300 p-1 wrap-anywhere">
              <bdi>{vocab.typeById.get(t)?.type.label ?? t}</bdi>
            </th>
          ))}
          <th scope="col" className="border-b border-slate-300 p-1">
            Total
          </th>
        </tr>
      </thead>
      <tbody>
        {bins
          .filter((b) => b.total > 0)
          .map((bin) => (
            <tr key={bin.month}>
              <th scope="row" className="border-b border-slate-200 p-1 font-normal whitespace-nowrap">
                {formatDate(`${bin.month}-01`, 'month')}
              </th>
              {typeOrder.map((t) => (
                <td key={t} className="border-b border-slate-200 p-1 tabular-nums">
                  {bin.byType.find((x) => x.type === t)?.count ?? 0}
                </td>
              ))}
              <td className="border-b border-slate-200 p-1 font-medium tabular-nums">{bin.total}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );

  return (
    <div className="flex flex-col gap-1">
      <svg
        role="img"
        aria-label={`Events per month from ${formatDate(`${months[0]}-01`, 'month')} to ${formatDate(`${months.at(-1)}-01`, 'month')}; drag across to choose dates (on a touch screen, drag sideways or press and hold). The table below gives the counts.`}
        viewBox={`0 0 ${months.length} ${HEIGHT}`}
        preserveAspectRatio="none"
        className={`${compact ? 'h-8' : 'h-12'} w-full cursor-crosshair touch-pan-y rounded border border-slate-300 bg-white select-none`}
        {...handlers}
      >
        {shaded && (
          <rect x={shaded.a} y={0} width={shaded.b - shaded.a} height={HEIGHT} className="fill-blue-600/15" />
        )}
        {bars.paths.map(({ type, d }) => (
          <path key={type} d={d} fill={vocab.typeById.get(type)?.color ?? '#64748b'} />
        ))}
        {bars.hits.map(({ i, label }) => (
          <rect key={i} x={i} y={0} width={1} height={HEIGHT} fill="transparent">
            <title>{label}</title>
          </rect>
        ))}
        {view && (
          <rect
            x={Math.max(0, monthPosition(view.start, months))}
            y={0.5}
            width={Math.max(
              0.2,
              Math.min(months.length, monthPosition(view.end, months)) -
                Math.max(0, monthPosition(view.start, months)),
            )}
            height={HEIGHT - 1}
            className="fill-none stroke-slate-900"
            strokeWidth={1}
            vectorEffect="non-scaling-stroke"
          />
        )}
      </svg>
      <div className="relative h-4 text-[0.6875rem] text-slate-700" aria-hidden="true">
        {years.map(({ m, i }) => (
          <span key={m} className="absolute" style={{ left: `${(i / months.length) * 100}%` }}>
            {m.slice(0, 4)}
          </span>
        ))}
      </div>
      {compact ? (
        // In an embed every line of chrome is room the timeline loses: the table is there for screen readers.
        <div className="sr-only">{table}</div>
      ) : (
        // Built when opened: a closed table is read by no one, and would be built on every filter.
        <details className="text-sm" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
          <summary className="cursor-pointer text-xs text-slate-700">
            Events per month as a table (each counted in the month it began)
          </summary>
          <div className="mt-2 max-h-64 overflow-auto">{tableOpen && table}</div>
        </details>
      )}
    </div>
  );
}
