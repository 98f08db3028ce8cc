/*
 * Escalation Timeline: auto-height for embedded timelines.
 *
 * Add data-escalation-timeline to each <iframe> that shows the timeline, and load this script
 * once on the page. Each timeline tells its page how tall its content is; this script sets that
 * height on the iframe it came from. It has no dependencies and changes nothing else.
 *
 *   <iframe src="https://example.org/timeline/?embed=1" title="…" width="100%" height="600"
 *           style="border:0" loading="lazy" data-escalation-timeline
 *           sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>
 *   <script src="https://example.org/timeline/embed.js" async></script>
 *
 * Only messages of type "escalation-timeline:height" with a finite number are used, only from a
 * window that is one of the marked iframes, and the height is clamped to 150–10000 pixels and
 * never taller than the reader's window: longer content scrolls inside the frame. Optional per
 * iframe: data-min-height and data-max-height (pixels) narrow that range.
 */
(function () {
  'use strict';
  if (window.__escalationTimelineEmbed) return;
  window.__escalationTimelineEmbed = true;

  var TYPE = 'escalation-timeline:height';
  var FLOOR = 150;
  var CEILING = 10000;

  function limit(frame, name, fallback) {
    var value = Number(frame.getAttribute(name));
    return isFinite(value) && value > 0 ? value : fallback;
  }

  // The height each frame asked for last, to fit it again when the window is resized.
  var wanted = typeof WeakMap === 'function' ? new WeakMap() : null;

  function fit(frame, height) {
    var min = Math.max(FLOOR, limit(frame, 'data-min-height', FLOOR));
    var max = Math.min(CEILING, limit(frame, 'data-max-height', CEILING), window.innerHeight || CEILING);
    var clamped = Math.round(Math.min(Math.max(min, max), Math.max(min, height)));
    frame.style.height = clamped + 'px';
    frame.setAttribute('height', String(clamped));
  }

  window.addEventListener('resize', function () {
    if (!wanted) return;
    var frames = document.querySelectorAll('iframe[data-escalation-timeline]');
    for (var i = 0; i < frames.length; i++) {
      if (wanted.has(frames[i])) fit(frames[i], wanted.get(frames[i]));
    }
  });

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-escalation-timeline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      if (wanted) wanted.set(frame, height);
      fit(frame, height);
      return;
    }
  });
})();
