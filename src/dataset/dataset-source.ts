/** Where the dataset comes from: ours, or the `data` URL parameter. */
export type DatasetSource =
  | { ok: true; url: string; isDefault: boolean; isForeign: boolean; host: string }
  | { ok: false; given: string; message: string };

/** The dataset this build ships, beside index.html. */
export function defaultDatasetUrl(
  base: string = import.meta.env.BASE_URL,
  page: string = location.href,
): string {
  return new URL(`${base.replace(/\/?$/, '/')}data/events.json`, page).href;
}

/**
 * Accepts an absolute http(s) URL or a path on this site; refuses everything else (javascript:,
 * data:, file:) before any request is made.
 */
export function resolveDatasetSource(param: string | undefined, page: string = location.href): DatasetSource {
  if (param === undefined || param === '') {
    const url = defaultDatasetUrl(undefined, page);
    return { ok: true, url, isDefault: true, isForeign: false, host: new URL(url).host };
  }
  let url: URL;
  try {
    url = new URL(param, page);
  } catch {
    return { ok: false, given: param, message: 'The data address is not a valid URL.' };
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(param.trim());
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    (hasScheme && !/^https?:\/\//i.test(param))
  ) {
    return {
      ok: false,
      given: param,
      message: 'Only http(s) addresses or paths on this site can be loaded as data.',
    };
  }
  const pageOrigin = new URL(page).origin;
  return { ok: true, url: url.href, isDefault: false, isForeign: url.origin !== pageOrigin, host: url.host };
}

/**
 * The source as it turned out: the host shown is the one the data came from, since an address on
 * this site may redirect to another.
 */
export function redirectedSource(
  source: DatasetSource,
  finalUrl: string | undefined,
  page: string = location.href,
): DatasetSource {
  if (!source.ok || !finalUrl || finalUrl === source.url) return source;
  const url = new URL(finalUrl);
  return { ...source, isForeign: url.origin !== new URL(page).origin, host: url.host };
}
