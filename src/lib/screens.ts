/** Below this width the list, not the timeline, is the view a reader gets by default. */
export const NARROW_SCREEN = '(max-width: 639px)';
