// The fixed lists and the URL rule the schema checks, kept free of zod: the page uses them before
// the validator's chunk has loaded. schema.ts builds on them and re-exports them.

/**
 * Only absolute http(s) URLs, written as such: anything else could run script when followed. URLs
 * with credentials or punycode (look-alike) host names are refused too: a reader could be misled
 * about where a link goes.
 */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/[^\s/]/i.test(value)) return false;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (url.username || url.password) return false;
    return !url.hostname.split('.').some((label) => label.startsWith('xn--'));
  } catch {
    return false;
  }
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
