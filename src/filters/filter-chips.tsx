import { useUrlState } from '../url-state/use-url-state';
import { activeFilters, CLEARED } from './active-filters';
import { useVisibleEvents } from './use-visible-events';

/** The filters in force, each a button that removes it; or the response chain that pauses them. */
export function FilterChips() {
  const visible = useVisibleEvents();
  const [, setState] = useUrlState();
  if (!visible) return null;
  const chainEvent = visible.chainId ? visible.vocab.eventById.get(visible.chainId) : undefined;
  const chips = chainEvent
    ? [
        {
          key: 'chain',
          kind: 'Response chain of',
          value: chainEvent.title,
          remove: () => ({ chain: undefined }),
        },
      ]
    : activeFilters(visible.filters, visible.vocab);
  if (chips.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex flex-wrap items-center gap-2">
        {chips.map((chip) => (
          <li key={chip.key} className="min-w-0">
            <button
              type="button"
              aria-label={`Remove filter ${chip.kind}: ${chip.value}`}
              className="inline-flex max-w-full min-h-8 items-center gap-1.5 rounded-full border border-blue-600 bg-blue-50 py-1 pr-2 pl-3 text-left text-xs text-slate-900 hover:bg-slate-100"
              onClick={() => setState(chip.remove)}
            >
              <span className="min-w-0 wrap-anywhere">
                {chip.kind}: <bdi className="font-medium">{chip.value}</bdi>
              </span>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button type="button" className="link text-xs" onClick={() => setState(CLEARED)}>
          Clear all
        </button>
      )}
    </div>
  );
}
