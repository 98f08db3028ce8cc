import { useCallback, useSyncExternalStore } from 'react';
import { parseUrlState, serializeUrlState, type ParsedUrl, type UrlState } from './params';

/** Fired on our own history writes; the browser fires popstate for Back and Forward. */
const CHANGE = 'escalation:urlchange';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onPopState);
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onPopState);
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

/**
 * A query the browser refused to write (Safari throws SecurityError past 100 history calls in 30 s).
 * The page reads it instead of the address until a later write succeeds, so the app keeps working.
 */
let refused: { query: string; url: string; push: boolean } | null = null;
let retry: ReturnType<typeof setTimeout> | null = null;
const RETRY_MS = 1000;

const getSearch = () => refused?.query ?? window.location.search;

function writeHistory(url: string, query: string, push: boolean): void {
  if (retry !== null) clearTimeout(retry);
  retry = null;
  try {
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    refused = null;
  } catch {
    refused = { query, url, push };
    retry = setTimeout(() => {
      if (refused) writeHistory(refused.url, refused.query, refused.push);
      window.dispatchEvent(new Event(CHANGE));
    }, RETRY_MS);
  }
}

function onPopState() {
  // Back or Forward moved the address on: it is the truth again.
  refused = null;
}

let lastSearch: string | null = null;
let lastParsed: ParsedUrl | null = null;
function parsed(search: string): ParsedUrl {
  if (search !== lastSearch || !lastParsed) {
    lastSearch = search;
    lastParsed = parseUrlState(search);
  }
  return lastParsed;
}

export interface SetOptions {
  /** Push a history entry (Back undoes it) instead of replacing the current one. */
  push?: boolean;
}
export type SetUrlState = (
  update: Partial<UrlState> | ((state: UrlState) => Partial<UrlState>),
  options?: SetOptions,
) => void;

/** The only reader and writer of `location` and `history`. */
export function useUrlState(): [UrlState, SetUrlState, ParsedUrl] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const result = parsed(search);
  const set = useCallback<SetUrlState>((update, options = {}) => {
    const current = parsed(getSearch()).state;
    const next = { ...current, ...(typeof update === 'function' ? update(current) : update) };
    const query = serializeUrlState(next);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (query === getSearch()) return;
    writeHistory(url, query, options.push === true);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return [result.state, set, result];
}

/** An absolute link to this page with the given state (for "Copy link" and "Open full timeline"). */
export function linkTo(state: UrlState): string {
  return `${window.location.origin}${window.location.pathname}${serializeUrlState(state)}`;
}

/** The full page for a state: the same view without the embed-only parameters. */
export function fullPageLink(state: UrlState): string {
  return linkTo({ ...state, embed: undefined, controls: undefined });
}

/** The state the page was opened with, for what is decided once per page load (embed mode). */
export function initialUrlState(): UrlState {
  return parsed(getSearch()).state;
}
