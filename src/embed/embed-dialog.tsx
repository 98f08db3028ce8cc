import { useId, useRef, useState } from 'react';
import { useDataset } from '../dataset/dataset-query';
import { copyText } from '../lib/clipboard';
import { ModalDialog } from '../lib/modal-dialog';
import type { Theme } from '../url-state/params';
import { useUrlState } from '../url-state/use-url-state';
import { embedCode, embedUrl, SANDBOX, type EmbedOptions } from './embed-code';

/** Options, a live preview and the iframe code to paste, with a Copy button. */
export function EmbedDialog({ onClose }: { onClose: () => void }) {
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const [state] = useUrlState();
  const { data } = useDataset();
  const [options, setOptions] = useState<EmbedOptions>({
    height: 600,
    theme: state.theme ?? 'light',
    controls: true,
    keepFilters: true,
    keepEvent: false,
    autoHeight: true,
  });
  const [copyMessage, setCopyMessage] = useState('');
  const ids = { height: useId(), theme: useId(), code: useId() };

  const set = <K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
  const src = embedUrl(window.location.href, state, options);
  const script = new URL('embed.js', new URL(import.meta.env.BASE_URL, window.location.href)).href;
  const code = embedCode(src, data?.title ?? 'Escalation Timeline', options, script);

  const copy = async () => {
    const copied = await copyText(code, codeRef.current);
    setCopyMessage(copied ? 'Code copied' : 'Copying was refused: the code is selected, press Ctrl+C (⌘C)');
  };

  return (
    <ModalDialog
      title="Embed this timeline"
      onClose={onClose}
      className="w-[min(64rem,calc(100vw-2rem))]"
      headerClassName="p-4"
    >
      <div className="grid gap-4 p-4 md:grid-cols-[18rem_minmax(0,1fr)]">
        <form className="flex flex-col gap-3 text-sm" onSubmit={(e) => e.preventDefault()}>
          <div>
            <label htmlFor={ids.height} className="font-medium">
              Height (pixels)
            </label>
            <input
              id={ids.height}
              type="number"
              min={200}
              max={3000}
              step={50}
              className="input mt-1"
              value={options.height}
              onChange={(e) => set('height', Math.min(3000, Math.max(200, Number(e.target.value) || 600)))}
            />
          </div>
          <div>
            <label htmlFor={ids.theme} className="font-medium">
              Theme
            </label>
            <select
              id={ids.theme}
              className="input mt-1"
              value={options.theme}
              onChange={(e) => set('theme', e.target.value as Theme)}
            >
              <option value="light">Light</option>
              <option value="dark">Dark</option>
              <option value="auto">Follow the reader's system</option>
            </select>
          </div>
          {(
            [
              ['controls', 'Show filter controls'],
              ['keepFilters', 'Keep the current filters'],
              ['keepEvent', 'Keep the open event'],
              ['autoHeight', 'Grow to fit its content (adds a small script)'],
            ] as const
          ).map(([key, label]) => (
            <label key={key} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-4 accent-blue-700"
                checked={options[key]}
                onChange={(e) => set(key, e.target.checked)}
              />
              {label}
            </label>
          ))}
          <p className="text-xs text-slate-700">
            The code uses the sandbox <code className="wrap-anywhere">{SANDBOX}</code>: enough for the
            timeline and its source links, nothing more.
          </p>
        </form>
        <div className="flex min-w-0 flex-col gap-3">
          <label htmlFor={ids.code} className="text-sm font-medium">
            Code to paste into your page
          </label>
          <textarea
            id={ids.code}
            ref={codeRef}
            readOnly
            rows={5}
            className="input font-mono text-xs"
            value={code}
          />
          <div className="flex items-center gap-3">
            <button type="button" className="btn btn-primary" onClick={() => void copy()}>
              Copy code
            </button>
            <span role="status" className="text-sm text-slate-700">
              {copyMessage}
            </span>
          </div>
          <p className="text-sm font-medium">Preview</p>
          <iframe
            src={src}
            title="Preview of the embedded timeline"
            sandbox={SANDBOX}
            className="w-full rounded-md border border-slate-300"
            style={{ height: Math.min(options.height, 480) }}
          />
        </div>
      </div>
    </ModalDialog>
  );
}
