// The fixed lists and the URL rule the schema checks, kept free of zod: the page uses them before
// the validator's chunk has loaded. schema.ts builds on them and re-exports them.

let last: { value: string; url: URL | null } | undefined;

/**
 * The value as an absolute http(s) URL written as such, or null: anything else could run script
 * when followed. URLs with credentials or punycode (look-alike) host names are refused too: a reader
 * could be misled about where a link goes. The last answer is kept: each source URL is checked
 * several ways in a row (see schema.ts), and parsing is most of the cost.
 */
export function webUrl(value: string): URL | null {
  if (last?.value === value) return last.url;
  let url: URL | null = null;
  if (/^https?:\/\/[^\s/]/i.test(value)) {
    try {
      const parsed = new URL(value);
      const ok =
        (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
        !parsed.username &&
        !parsed.password &&
        !parsed.hostname.split('.').some((label) => label.startsWith('xn--'));
      url = ok ? parsed : null;
    } catch {
      url = null;
    }
  }
  last = { value, url };
  return url;
}

export const isWebUrl = (value: string): boolean => webUrl(value) !== null;

/**
 * The host as written is the host the link leads to. In `https://evil.example\@www.reuters.com/`
 * the backslash ends the host, so the text reads as reuters.com while the link goes to
 * evil.example; encoded characters or a numeric host can disguise it too.
 */
export function hostAsWritten(value: string): boolean {
  const written = (/^https?:\/\/([^/?#]*)/i.exec(value)?.[1] ?? '').toLowerCase();
  const url = webUrl(value) ?? new URL(value);
  return written === url.host || written === `${url.host}:${url.protocol === 'https:' ? 443 : 80}`;
}

/** An http(s) URL that can be shown and followed as it reads. */
export function isHttpUrl(value: string): boolean {
  return isWebUrl(value) && hostAsWritten(value);
}

export const ACTOR_KINDS = [
  'state',
  'government-agency',
  'military',
  'intelligence',
  'apt-group',
  'hacktivist',
  'company',
  'international-org',
  'other',
] as const;
export const ACTOR_ROLES = ['perpetrator', 'target', 'responder', 'attributor', 'other'] as const;
export const ATTRIBUTION_STATUSES = [
  'acknowledged',
  'claimed',
  'attributed',
  'alleged',
  'disputed',
  'unattributed',
] as const;
export const RELATIONS = ['response-to', 'follows', 'same-campaign', 'disclosed-in'] as const;
export const SOURCE_KINDS = ['government', 'news', 'vendor', 'research', 'ngo', 'court', 'other'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
