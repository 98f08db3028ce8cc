import { useId, useState, type CSSProperties } from 'react';
import { foldText } from '../dataset/vocab';

export interface FacetOption {
  id: string;
  label: string;
  /** A second name shown in brackets after the label, e.g. an actor's short name. */
  aside?: string;
  /** Extra words the type-ahead matches, e.g. aliases. */
  keywords?: string;
  count: number;
  color?: string;
}

export interface FacetFilterProps {
  legend: string;
  options: FacetOption[];
  selected: string[];
  onChange: (selected: string[]) => void;
  /** Shows a type-ahead box above the options. */
  searchable?: boolean;
}

/** A group of checkboxes with counts; none checked means no filter. */
export function FacetFilter({ legend, options, selected, onChange, searchable }: FacetFilterProps) {
  const [find, setFind] = useState('');
  const findId = useId();
  const chosen = new Set(selected);
  const needle = foldText(find.trim());
  const shown = needle
    ? options.filter(
        (o) =>
          chosen.has(o.id) || foldText(`${o.label} ${o.aside ?? ''} ${o.keywords ?? ''}`).includes(needle),
      )
    : options;
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset className="min-w-0">
      <legend className="text-sm font-semibold text-slate-900">{legend}</legend>
      <p className="text-xs text-slate-600">
        {selected.length ? `${selected.length} selected` : 'All shown'}
      </p>
      {searchable && (
        <div className="mt-2">
          <label htmlFor={findId} className="sr-only">
            Find {legend.toLowerCase()}
          </label>
          <input
            id={findId}
            type="search"
            className="input"
            placeholder={`Find ${legend.toLowerCase()}…`}
            value={find}
            onChange={(e) => setFind(e.target.value)}
          />
        </div>
      )}
      <ul className={`relative mt-2 space-y-0.5 ${searchable ? 'max-h-64 overflow-y-auto pr-1' : ''}`}>
        {shown.map((option) => (
          <li key={option.id}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-slate-100">
              <input
                type="checkbox"
                className="size-4 accent-blue-700"
                checked={chosen.has(option.id)}
                onChange={(e) => toggle(option.id, e.target.checked)}
              />
              {option.color && (
                <span
                  className="swatch"
                  aria-hidden="true"
                  style={{ '--et-color': option.color } as CSSProperties}
                />
              )}
              <span className="min-w-0 flex-1 wrap-anywhere">
                <bdi>{option.label}</bdi>
                {option.aside && (
                  <>
                    {' ('}
                    <bdi>{option.aside}</bdi>)
                  </>
                )}
              </span>
              <span className="text-xs text-slate-600 tabular-nums" aria-hidden="true">
                {option.count}
              </span>{' '}
              <span className="sr-only">({option.count === 1 ? '1 event' : `${option.count} events`})</span>
            </label>
          </li>
        ))}
        {shown.length === 0 && <li className="text-sm text-slate-600">No match.</li>}
      </ul>
    </fieldset>
  );
}
