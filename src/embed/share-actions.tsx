import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { copyText } from '../lib/clipboard';
import { fullPageLink, useUrlState } from '../url-state/use-url-state';

const EmbedDialog = lazy(() => import('./embed-dialog').then((m) => ({ default: m.EmbedDialog })));

/** "Copy link" (the full page, as it is now) and, in the full view, "Embed". */
export function ShareActions({ embedOffered = true }: { embedOffered?: boolean }) {
  const [state] = useUrlState();
  const [message, setMessage] = useState('');
  const [manual, setManual] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const link = fullPageLink(state);

  useEffect(() => {
    if (manual) field.current?.select();
  }, [manual]);

  const copyLink = async () => {
    const copied = await copyText(link);
    setManual(!copied);
    setMessage(copied ? 'Link copied' : 'Copying was refused: press Ctrl+C (⌘C) to copy the selected link');
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className="btn" onClick={() => void copyLink()}>
        Copy link
      </button>
      {embedOffered && (
        <button type="button" className="btn" onClick={() => setEmbedOpen(true)}>
          Embed
        </button>
      )}
      <span role="status" className="text-xs text-slate-700">
        {message}
      </span>
      {manual && (
        <input ref={field} readOnly value={link} aria-label="Link to this view" className="input w-72" />
      )}
      {embedOpen && (
        <Suspense fallback={<span role="status">Opening…</span>}>
          <EmbedDialog onClose={() => setEmbedOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
