import { serializeUrlState, type Theme, type UrlState } from '../url-state/params';

export interface EmbedOptions {
  height: number;
  theme: Theme;
  controls: boolean;
  /** Keep the current filters (actors, types, dates, search, grouping, view). */
  keepFilters: boolean;
  /** Keep the open event. */
  keepEvent: boolean;
  /** Add the auto-height script. */
  autoHeight: boolean;
}

/** The sandbox we recommend: scripts and same-origin for the app, popups for source links. */
export const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The embed URL for the current state and options. */
export function embedUrl(page: string, state: UrlState, options: EmbedOptions): string {
  const embedState: UrlState = {
    actors: options.keepFilters ? state.actors : [],
    types: options.keepFilters ? state.types : [],
    from: options.keepFilters ? state.from : undefined,
    to: options.keepFilters ? state.to : undefined,
    q: options.keepFilters ? state.q : '',
    group: options.keepFilters ? state.group : 'actor',
    view: options.keepFilters ? state.view : undefined,
    event: options.keepEvent ? state.event : undefined,
    data: state.data,
    embed: true,
    controls: options.controls ? undefined : false,
    theme: options.theme,
  };
  const url = new URL(page);
  return `${url.origin}${url.pathname}${serializeUrlState(embedState)}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a host page pastes in. Every value is escaped: the title comes from the dataset. */
export function embedCode(src: string, title: string, options: EmbedOptions, scriptUrl: string): string {
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`${title} (interactive timeline)`)}" ` +
    `width="100%" height="${Math.round(options.height)}" style="border:0" loading="lazy" ` +
    `sandbox="${SANDBOX}" data-escalation-timeline></iframe>`;
  return options.autoHeight
    ? `${iframe}\n<script src="${escapeAttribute(scriptUrl)}" async></script>`
    : iframe;
}
