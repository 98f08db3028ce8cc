import { useEffect, useRef, useState } from 'react';
import { prepareSearchText, type Vocab } from '../dataset/vocab';
import { useUrlState } from '../url-state/use-url-state';

/** How often typing may write the URL: browsers refuse bursts of history calls (Safari: 100 in 30 s). */
export const SEARCH_WRITE_MS = 300;

/**
 * The text search box. Typed text lives here and reaches the URL at most every SEARCH_WRITE_MS,
 * and at once on blur or Enter; the URL stays the home of the search that is applied.
 */
export function SearchBox({ id, vocab }: { id: string; vocab: Vocab }) {
  const [state, setState] = useUrlState();
  // What a search reads is built while the page is idle, so that the first key finds it ready.
  useEffect(() => prepareSearchText(vocab), [vocab]);
  const [text, setText] = useState(state.q);
  // The URL value this box last saw: when the URL changes from elsewhere (Clear all, Back), it wins.
  const [seen, setSeen] = useState(state.q);
  if (state.q !== seen) {
    setSeen(state.q);
    setText(state.q);
  }
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const typed = useRef(text);

  const cancel = () => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  };
  const write = (q: string) => {
    cancel();
    setState({ q });
  };
  // Text still waiting when the box goes away (the phone's filter sheet closes) is written, not lost.
  useEffect(
    () => () => {
      if (pending.current !== null) write(typed.current);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on unmount only; `write` reads refs
    [],
  );
  // A change of the URL's search, ours or not, settles what was pending.
  useEffect(() => cancel, [state.q]);

  return (
    <input
      id={id}
      type="search"
      className="input mt-1"
      placeholder="Title, actor, alias, tag, publisher…"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        typed.current = e.target.value;
        pending.current ??= setTimeout(() => write(typed.current), SEARCH_WRITE_MS);
      }}
      onBlur={() => pending.current !== null && write(text)}
      onKeyDown={(e) => e.key === 'Enter' && write(text)}
    />
  );
}
