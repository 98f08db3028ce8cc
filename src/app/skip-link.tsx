import type { MouseEvent } from 'react';
import { EVENTS_ID } from './events-view';

/** The timeline's own container, when the timeline is shown: focus lands on its events. */
const TIMELINE_EVENTS_ID = 'timeline-events';

/** The first Tab stop: hidden until focused, it takes the reader past the header and the filters. */
export function SkipLink() {
  const skip = (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(TIMELINE_EVENTS_ID) ?? document.getElementById(EVENTS_ID);
    if (!target) return;
    // Focus, not a fragment: the address stays the view's link.
    e.preventDefault();
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a
      href={`#${EVENTS_ID}`}
      onClick={skip}
      className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:border focus:border-slate-900 focus:bg-white focus:px-4 focus:py-2 focus:text-sm focus:font-semibold focus:text-slate-900 focus:shadow-lg"
    >
      Skip to events
    </a>
  );
}
