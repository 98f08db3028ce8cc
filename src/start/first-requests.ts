// The page's first requests, started by a small script of their own (early.ts) before the app's
// bundle is downloaded and evaluated: the dataset, and the code of the first view. The build writes
// what the script needs into index.html (scripts/first-requests-plugin.ts); in dev there is no such
// script, and the app makes the same requests itself.

/** What the build writes into index.html for the first script. */
export interface FirstRequestsPlan {
  /** The dataset this build ships (relative to the page), requested when no `data` is given. */
  dataset: string;
  /** The dataset request's options, as the app's loader makes it. */
  request: { headers: Record<string, string>; credentials: RequestCredentials };
  /** A media query: below it the list, not the timeline, is the first view. */
  narrow: string;
  /** The timeline view's code, and the validator's (module preloads). */
  timeline: string[];
  validator: string[];
}

/** The element of index.html holding the plan, as JSON. */
export const PLAN_ID = 'first-requests';

/** A dataset request already on its way, for the app's loader to take over. */
export interface EarlyDatasetRequest {
  /** Absolute. */
  url: string;
  response: Promise<Response>;
  abort: (reason?: unknown) => void;
}

declare global {
  interface Window {
    /** Left by startFirstRequests; taken (and removed) by loadDataset. */
    earlyDatasetRequest?: EarlyDatasetRequest;
  }
}

/**
 * Our dataset, or one at a path on this site given in `data`: addresses the app takes as they are.
 * Anything else (another site, a scheme, a repeated `data`) is left to the app, which checks it
 * before any request is made.
 */
function datasetAddress(params: URLSearchParams, page: Location, own: string): string | null {
  const given = [...new Set(params.getAll('data'))];
  if (given.length === 0 || (given.length === 1 && given[0] === '')) return new URL(own, page.href).href;
  if (given.length !== 1 || given[0]!.includes(':')) return null;
  try {
    const url = new URL(given[0]!, page.href);
    const here = new URL(page.href);
    return url.origin === here.origin && /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Preloads the first view's code (none for the timeline when the list comes first: `view=list`,
 * or a narrow screen) and the validator's, and requests the dataset (see datasetAddress).
 */
export function startFirstRequests(plan: FirstRequestsPlan, page: Location = location): void {
  const params = new URLSearchParams(page.search);
  const timeline = params.get('view') !== 'list' && !(window.matchMedia?.(plan.narrow).matches ?? false);
  for (const href of [...(timeline ? plan.timeline : []), ...plan.validator]) {
    const link = document.createElement('link');
    // Fetched as the app's own dynamic imports will ask for them, so that they find them.
    if (href.endsWith('.css')) {
      link.rel = 'preload';
      link.setAttribute('as', 'style');
    } else link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
  const url = datasetAddress(params, page, plan.dataset);
  if (!url) return;
  const controller = new AbortController();
  const response = fetch(url, { ...plan.request, signal: controller.signal });
  // Taken by the loader, which reports a failure; never an unhandled rejection here.
  response.catch(() => {});
  window.earlyDatasetRequest = { url, response, abort: (reason) => controller.abort(reason) };
}
