// How a scenario talks to a page under measurement: arm a condition in bench/instrument.js, call the
// page's own benchmark hooks (window.bench, on the bare and TimelineJS pages), find an item to click.

/** Arms `window.__bench`: the next measurement ends when the condition holds and the frame is painted. */
export const arm = {
  always: (page, t) => page.evaluate((t) => window.__bench.arm(() => true, t), t),
  status: (page, text, t) =>
    page.evaluate(
      ({ text, t }) =>
        window.__bench.arm(
          () =>
            [...document.querySelectorAll('[role=status]')].some(
              (e) => e.textContent.replace(/\s+/g, ' ').trim() === text,
            ),
          t,
        ),
      { text, t },
    ),
  dialog: (page, title, t) =>
    page.evaluate(
      ({ title, t }) =>
        window.__bench.arm(() => {
          const dialog = document.querySelector('[role=dialog]');
          return dialog !== null && dialog.textContent.includes(title);
        }, t),
      { title, t },
    ),
  tlReady: (page, t) => page.evaluate((t) => window.__bench.arm(() => window.__bench.ready(), t), t),
  tlSlide: (page, id, t) =>
    page.evaluate(
      ({ id, t }) =>
        window.__bench.arm(() => {
          const text = document.getElementById(id);
          const box = document.querySelector('.tl-storyslider');
          if (!text || !box) return false;
          const r = text.getBoundingClientRect();
          const b = box.getBoundingClientRect();
          return r.width > 0 && r.left >= b.left - 1 && r.right <= b.right + 1;
        }, t),
      { id, t },
    ),
};

/** Calls window.bench[name](...args) right after marking the start time. */
export const callApi = (page, name, args = []) =>
  page.evaluate(
    ({ name, args }) => {
      window.__bench.start();
      window.bench[name](...args);
    },
    { name, args },
  );

/** An event (a marker or a box; or another kind) fully inside the timeline's centre panel and the viewport: where to click. */
export const findItemToClick = (
  page,
  selector = '.vis-item.vis-point:not(.vis-cluster), .vis-item.vis-box:not(.vis-cluster)',
  minWidth = 40,
) =>
  page.evaluate(
    ({ selector, minWidth }) => {
      window.scrollTo(0, 0);
      const center = document.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
      if (!center) return null;
      const bottom = Math.min(center.bottom, window.innerHeight);
      const candidates = [...document.querySelectorAll(selector)].filter((el) => {
        const r = el.getBoundingClientRect();
        return (
          r.width > minWidth &&
          r.left >= center.left &&
          r.right <= center.right &&
          r.top >= center.top &&
          r.bottom <= bottom
        );
      });
      const el = candidates[Math.floor(candidates.length / 2)];
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + Math.min(r.width / 2, 30), y: r.top + r.height / 2, title: el.textContent.trim() };
    },
    { selector, minWidth },
  );
