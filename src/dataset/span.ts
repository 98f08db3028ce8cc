import type { IsoDate } from '../lib/dates';

/** The first day any of the events happens and the last day any of them lasts to. */
export interface DateSpan {
  first: IsoDate;
  last: IsoDate;
}

/** The one rule for the span of a set of events: from the earliest `date` to the latest `endDate ?? date`. */
export function eventSpan(events: readonly { date: IsoDate; endDate?: IsoDate }[]): DateSpan | null {
  const start = events[0];
  if (!start) return null;
  let first = start.date;
  let last = start.endDate ?? start.date;
  for (const e of events) {
    if (e.date < first) first = e.date;
    const end = e.endDate ?? e.date;
    if (end > last) last = end;
  }
  return { first, last };
}
