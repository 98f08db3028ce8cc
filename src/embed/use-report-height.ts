import { useEffect } from 'react';

/** The one message this app sends to a page that embeds it. */
export const HEIGHT_MESSAGE = 'escalation-timeline:height';

/** How long changes are gathered before one message is sent. */
const SETTLE_MS = 50;

/**
 * Tells the embedding page how tall the content is, at most every few frames and only when it
 * changed, so the host can size the iframe. Timers rather than animation frames: a frame below
 * the host's fold gets no animation frames (and may get no resize callbacks) until it is scrolled
 * to, yet its height is wanted before then; and once it comes into view it reports again.
 * Nothing is sent outside an iframe, and no message sent to this page is ever read.
 */
export function useReportHeight(enabled: boolean): void {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    let last = -1;
    let timer = 0;
    const send = () => {
      timer = 0;
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    };
    const schedule = () => {
      if (!timer) timer = window.setTimeout(send, SETTLE_MS);
    };
    const resize = new ResizeObserver(schedule);
    resize.observe(document.documentElement);
    resize.observe(document.body);
    // Resize callbacks wait for rendering, which an offscreen frame may not do: changes to the
    // page are noticed here too, so the data arriving is reported while the frame is out of view.
    const mutations = new MutationObserver(schedule);
    mutations.observe(document.body, { childList: true, subtree: true });
    const seen =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => {
            if (!entries.some((e) => e.isIntersecting)) return;
            last = -1;
            schedule();
          })
        : null;
    seen?.observe(document.documentElement);
    schedule();
    return () => {
      resize.disconnect();
      mutations.disconnect();
      seen?.disconnect();
      window.clearTimeout(timer);
    };
  }, [enabled]);
}
