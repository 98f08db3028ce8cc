import { useEffect } from 'react';

/** The one message this app sends to a page that embeds it. */
export const HEIGHT_MESSAGE = 'escalation-timeline:height';

/**
 * Tells the embedding page how tall the content is, once per animation frame at most and only
 * when it changed, so the host can size the iframe. Nothing is sent outside an iframe, and no
 * message sent to this page is ever read.
 */
export function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = -1;
    let frame = 0;
    const send = () => {
      frame = 0;
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(send);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(document.documentElement);
    observer.observe(document.body);
    schedule();
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [enabled]);
}
