/** One item the reader can move to with the keyboard: where it is in time and in which row. */
export interface KeyStop {
  id: string;
  start: number;
  /** The row's place from the top. */
  row: number;
}

/** The keys that move between items, as the list's arrow keys do between events. */
export const MOVE_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type MoveKey = (typeof MOVE_KEYS)[number];

export const isMoveKey = (key: string): key is MoveKey => (MOVE_KEYS as readonly string[]).includes(key);

const inTime = (a: KeyStop, b: KeyStop) => a.start - b.start || a.row - b.row || (a.id < b.id ? -1 : 1);

/**
 * Where a key moves from `current`: ←/→ the previous/next item in time whatever its row,
 * ↑/↓ the item nearest in time in the nearest row above/below that has one, Home/End the first
 * and last. Null when there is nowhere to go; the first item when nothing had focus yet.
 */
export function nextStop(stops: readonly KeyStop[], current: string | null, key: MoveKey): string | null {
  if (!stops.length) return null;
  const sorted = [...stops].sort(inTime);
  const at = sorted.findIndex((s) => s.id === current);
  if (key === 'Home') return sorted[0]!.id;
  if (key === 'End') return sorted[sorted.length - 1]!.id;
  if (at < 0) return sorted[0]!.id;
  if (key === 'ArrowLeft') return sorted[at - 1]?.id ?? null;
  if (key === 'ArrowRight') return sorted[at + 1]?.id ?? null;
  const here = sorted[at]!;
  const down = key === 'ArrowDown';
  const rows = sorted.filter((s) => (down ? s.row > here.row : s.row < here.row));
  if (!rows.length) return null;
  const row = rows.reduce((best, s) => (down ? Math.min(best, s.row) : Math.max(best, s.row)), rows[0]!.row);
  let nearest: KeyStop | null = null;
  for (const s of rows) {
    if (s.row !== row) continue;
    if (!nearest || Math.abs(s.start - here.start) < Math.abs(nearest.start - here.start)) nearest = s;
  }
  return nearest?.id ?? null;
}
