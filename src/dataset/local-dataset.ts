import { useSyncExternalStore } from 'react';
import type { DatasetSource } from './dataset-source';
import type { Dataset } from './schema';

/** A dataset opened from a file on this computer: shown instead of the URL's until closed. */
export interface LocalDataset {
  /** The file's name, shown where a dataset's host is shown. */
  name: string;
  dataset: Dataset;
  /** Where the page reads it from: a query key no address can have. */
  source: Extract<DatasetSource, { ok: true }>;
}

let current: LocalDataset | null = null;
let opened = 0;
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function set(next: LocalDataset | null) {
  current = next;
  for (const listener of listeners) listener();
}

/**
 * Shows a dataset read from a file. It lives in this page only: it is not in the URL (a link cannot
 * carry a file), so reloading the page closes it.
 */
export function openLocalDataset(name: string, dataset: Dataset): void {
  opened += 1;
  set({
    name,
    dataset,
    source: { ok: true, url: `local:${opened}:${name}`, isDefault: false, isForeign: true, host: name },
  });
}

/** Back to the dataset the URL names. */
export function closeLocalDataset(): void {
  set(null);
}

export function useLocalDataset(): LocalDataset | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
