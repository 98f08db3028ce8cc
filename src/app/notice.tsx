import { useState } from 'react';

/** A dismissible note about what the page ignored; the page itself carries on. */
export function Notice({ items }: { items: string[] }) {
  const message = items.length ? `Ignored ${items.join('; ')}.` : '';
  const [dismissed, setDismissed] = useState('');
  if (!message || dismissed === message) return null;
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-md border border-amber-400 bg-amber-50 px-4 py-2 text-sm text-amber-950"
    >
      <p className="min-w-0 flex-1 wrap-anywhere">{message}</p>
      <button type="button" className="font-medium underline" onClick={() => setDismissed(message)}>
        Dismiss
      </button>
    </div>
  );
}
