// Stands in for the `keycharm` package inside vis-timeline (see vite.config.ts). vis-timeline uses it
// only in its Activator, which exists only with the `clickToUse` option: the timeline never sets it
// (timelineOptions; a unit test holds it to that), so the 2.4 kB of key handling are never run.

interface Keycharm {
  bind: () => void;
  unbind: () => void;
  reset: () => void;
  destroy: () => void;
}

export default function keycharm(): Keycharm {
  const nothing = () => {};
  return { bind: nothing, unbind: nothing, reset: nothing, destroy: nothing };
}
