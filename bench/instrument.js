// Injected into every benchmark page before its own scripts (Playwright addInitScript), so it is not
// subject to the page's CSP. Everything is timed in the page with performance.now(), whose zero is
// the navigation start. `kind` is 'vis' (the app and the bare page) or 'timelinejs'.
//
// "Until the next frame": after the condition holds in an animation frame, we wait for animation
// frames until two intervals in a row are short (< 50 ms): the frame that showed the change has been
// painted and no long task followed it. With no follow-up work this is exactly "condition, then two
// requestAnimationFrames".
export function instrument({ kind, quietMs, maxSettleMs }) {
  const SHORT_FRAME = 50;
  const B = {
    kind,
    changes: [],
    frames: [],
    longTasks: [],
    lastInput: null,
    sampling: true,
    readyAt: null,
  };
  window.__bench = B;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  addEventListener('pointerup', () => (B.lastInput = performance.now()), { capture: true });
  addEventListener('keydown', () => (B.lastInput = performance.now()), { capture: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long task timing in this browser
  }

  const translateX = (el) => {
    const m = /translate(?:X)?\(\s*(-?[\d.]+)px/.exec(el?.style.transform ?? '');
    return m ? Number(m[1]) : null;
  };

  if (kind === 'timelinejs') {
    B.ready = () => window.__tlReady === true && document.querySelector('.tl-timemarker') !== null;
    B.signature = () =>
      [
        document.querySelector('.tl-timemarker') ? 'markers' : '-',
        document.querySelector('.tl-timenav-slider')?.style.left,
        document.querySelector('.tl-slider-container')?.style.left,
        document.querySelector('.tl-timemarker')?.style.left,
      ].join('|');
    B.axisYears = () => null;
  } else {
    B.ready = () => {
      const root = document.querySelector('.vis-timeline');
      return !!root && root.style.visibility === 'visible' && root.querySelector('.vis-item') !== null;
    };
    // What a reader sees change: visibility, panel size, the axis, the first item's position.
    B.signature = () => {
      const root = document.querySelector('.vis-timeline');
      if (!root) return '';
      const center = root.querySelector('.vis-panel.vis-center');
      const labels = root.querySelectorAll('.vis-time-axis .vis-text.vis-minor');
      const item = root.querySelector('.vis-item.vis-box, .vis-item.vis-range');
      return [
        root.style.visibility,
        center?.style.width,
        center?.style.height,
        labels.length,
        labels[1]?.textContent,
        labels[1]?.style.transform,
        item?.style.transform,
        item?.style.left,
      ].join('|');
    };
    /** The years labelled on the visible part of the axis, or null when it is not in years. */
    B.axisYears = () => {
      const center = document.querySelector('.vis-timeline .vis-panel.vis-center');
      const width = center ? center.offsetWidth : 0;
      const years = [];
      for (const label of document.querySelectorAll('.vis-timeline .vis-time-axis .vis-text.vis-minor')) {
        const x = translateX(label);
        if (/^\d{4}$/.test(label.textContent.trim()) && x !== null && x >= -5 && x <= width)
          years.push(Number(label.textContent));
      }
      return years.length ? [Math.min(...years), Math.max(...years)] : null;
    };
  }

  /** The time the change seen at `seenAt` was on screen with the main thread free (see above). */
  B.afterPaint = async (seenAt) => {
    let previous = seenAt;
    let short = 0;
    for (;;) {
      await frame();
      const t = performance.now();
      short = t - previous < SHORT_FRAME ? short + 1 : 0;
      previous = t;
      if (short >= 2) return t;
    }
  };

  // Load: sample from the first frame; `loaded` resolves once nothing changed for quietMs.
  B.loaded = new Promise((resolve) => {
    let last = null;
    let lastChange = 0;
    let firstItems = null;
    const tick = async () => {
      const now = performance.now();
      const sig = B.signature();
      if (sig !== last) {
        B.changes.push([now, sig]);
        last = sig;
        lastChange = now;
      }
      if (B.readyAt === null && B.ready()) {
        B.readyAt = now;
        B.afterPaint(now).then((t) => (firstItems = t));
      }
      if (B.readyAt !== null) B.frames.push(now);
      const settled = now - lastChange >= quietMs || now - B.readyAt >= maxSettleMs;
      if (B.readyAt !== null && firstItems !== null && B.ready() && settled) {
        B.sampling = false;
        // The fitted view: the first frame showing the final state, then painted.
        const finalSeen = B.changes.at(-1)[0];
        let fitted = null;
        let short = 0;
        let previous = finalSeen;
        for (const t of B.frames) {
          if (t <= finalSeen) continue;
          short = t - previous < SHORT_FRAME ? short + 1 : 0;
          previous = t;
          if (short >= 2) {
            fitted = t;
            break;
          }
        }
        resolve({
          firstItems,
          fitted: Math.max(fitted ?? firstItems, firstItems),
          readyAt: B.readyAt,
          finalSeen,
          changes: B.changes.length,
          axisYears: B.axisYears(),
        });
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });

  /**
   * Arms a watcher: once an input (or B.start()) happened and cond() holds in a frame, resolves
   * with the milliseconds from the input to the painted frame. Await B.pending afterwards.
   */
  B.arm = (cond, timeoutMs) => {
    B.lastInput = null;
    const armedAt = performance.now();
    B.pending = new Promise((resolve) => {
      const tick = async () => {
        const now = performance.now();
        if (now - armedAt > timeoutMs) return resolve({ timeout: true });
        if (B.lastInput !== null && cond()) {
          const t0 = B.lastInput;
          const end = await B.afterPaint(now);
          return resolve({ ms: end - t0 });
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    return true;
  };
  /** For operations called through a page's API rather than input. */
  B.start = () => (B.lastInput = performance.now());
}
