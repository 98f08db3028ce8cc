import { initialUrlState } from '../url-state/use-url-state';

export interface EmbedMode {
  /** The compact layout for iframes. */
  embed: boolean;
  /** Whether the filter controls are offered (the URL's filters apply either way). */
  controls: boolean;
}

let mode: EmbedMode | null = null;

/** Embed mode is decided once, when the page loads: a layout does not switch under the reader. */
export function getEmbedMode(): EmbedMode {
  if (!mode) {
    const state = initialUrlState();
    mode = { embed: state.embed === true, controls: state.controls !== false };
  }
  return mode;
}

/** Forget the decision (tests render several pages in one document). */
export function resetEmbedMode(): void {
  mode = null;
}

/** Link attributes for the current mode: in an embed every link opens a new tab. */
export function linkTarget(): { target?: '_blank'; rel?: string } {
  return getEmbedMode().embed ? { target: '_blank', rel: 'noopener noreferrer' } : {};
}
