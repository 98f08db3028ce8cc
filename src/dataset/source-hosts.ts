/**
 * Hosts a published dataset may not cite, each with the reason. A source on one of these hosts (or
 * on a subdomain of it) is refused by the editorial checks: cite the original instead.
 */
export const REFUSED_SOURCE_HOSTS: Readonly<Record<string, string>> = {
  // Staging, development and embedding hosts: not the publisher's public page.
  'digital-stage.thehill.com': 'a staging host of The Hill; cite thehill.com',
  'digital-staging.thehill.com': 'a staging host of The Hill; cite thehill.com',
  'digital-release.thehill.com': 'a release host of The Hill; cite thehill.com',
  'img2-azcdn.newser.com': 'a content-delivery host, not a page',
  'iframe.standard.co.uk': 'an embedding host of the Evening Standard, not its public page',
  // Content farms, aggregators and reprint sites without reporting of their own.
  'urdupoint.com': 'a content farm republishing wire copy',
  'devdiscourse.com': 'an aggregator republishing wire copy',
  'netzender.com': 'an aggregator',
  'news18.com': 'a reprint of wire copy without its own reporting',
  'nwaonline.com': 'a reprint of wire copy',
  'hathalyoum.net': 'an aggregator',
  'eir.news': 'EIR News, a partisan newsletter',
  'zephtech.net': 'a content farm',
  'hubwisetech.com': 'a vendor blog summarising an advisory',
  'sprysquared.com': 'a vendor blog summarising an advisory',
  'securitycurated.com': 'an aggregator',
  'vumetric.com': 'an aggregator',
  'tuttoinformatico.com': 'a content farm',
  'washingtonnewsday.com': 'a content farm',
  'vfinews.com': 'a content farm',
  'chicagomorningstar.com': 'a content farm',
  'newsrnd.com': 'a machine-translated aggregator',
  'theatlasnews.co': 'an aggregator',
  'getfirst.news': 'an aggregator',
  'icaromediagroup.com': 'a content farm',
  'longisland-ny.com': 'a content farm',
  'oodaloop.com': 'an aggregator of other outlets',
  'inkl.com': 'an aggregator of other outlets',
  'newser.com': 'an aggregator summarising other outlets',
  'miragenews.com': 'a press-release aggregator',
  'mondovisione.com': 'a press-release aggregator',
  'dailyalert.org': 'a digest of other outlets',
  'democracyinaction.us': 'a personal archive of statements',
  'news.hitb.org': 'an aggregator of other outlets',
  'cybersecurity-help.cz': 'an aggregator of other outlets',
  'cybermagazine.com': 'content marketing',
  'stiriinternationale.ro': 'an aggregator',
  'iraqnewsgazette.com': 'an aggregator',
  // Encyclopedias: cite what they cite.
  'wikipedia.org': 'an encyclopedia; cite its sources',
};

/** Why a source URL is refused, or undefined when its host is acceptable. */
export function refusedHostReason(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const reason = REFUSED_SOURCE_HOSTS[h];
    if (reason) return reason;
  }
  return undefined;
}
