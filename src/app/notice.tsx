import { Fragment, useState } from 'react';
import { clip } from '../lib/format';
import type { Ignored } from '../url-state/params';

/**
 * A dismissible note about what the page ignored; the page itself carries on. The URL's own text is
 * cut short and isolated, so neither its length nor its direction marks can swallow our words.
 */
export function Notice({ items }: { items: Ignored[] }) {
  const key = JSON.stringify(items);
  const [dismissed, setDismissed] = useState('');
  if (!items.length || dismissed === key) return null;
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-md border border-amber-400 bg-amber-50 px-4 py-2 text-sm text-amber-950"
    >
      <p className="min-w-0 flex-1 wrap-anywhere">
        Ignored{' '}
        {items.map(({ what, value }, i) => (
          <Fragment key={i}>
            {i > 0 && '; '}
            {what} "<bdi>{clip(value)}</bdi>"
          </Fragment>
        ))}
        .
      </p>
      <button type="button" className="font-medium underline" onClick={() => setDismissed(key)}>
        Dismiss
      </button>
    </div>
  );
}
