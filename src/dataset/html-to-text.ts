/** A link found in HTML: its address and its text. */
export interface HtmlLink {
  url: string;
  text: string;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

const BLOCK_END = /<\/(p|div|li|h[1-6]|blockquote|tr|ul|ol)\s*>/gi;
const TAG = /<\/?[a-z][^>]*>|<!--[\s\S]*?-->/gi;

/**
 * Plain text from an HTML fragment, without ever rendering it: scripts and styles are dropped with
 * their content, tags are removed, paragraphs become blank lines, entities are decoded.
 */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|template)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(BLOCK_END, '\n\n')
      .replace(TAG, ''),
  )
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The `<a href>` links of an HTML fragment, in order. */
export function htmlLinks(html: string): HtmlLink[] {
  const links: HtmlLink[] = [];
  const anchor = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
  for (const match of html.matchAll(anchor)) {
    links.push({
      url: decodeEntities(match[1] ?? match[2] ?? match[3] ?? '').trim(),
      text: htmlToText(match[4] ?? ''),
    });
  }
  return links;
}
