const numbers = new Intl.NumberFormat('en-US');

/** "1 event", "23 events", "1,234 events". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${numbers.format(count)} ${count === 1 ? one : many}`;
}

/** "perpetrator" → "Perpetrator", "apt-group" → "Apt group". */
export function humanize(value: string): string {
  const words = value.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Iran–US: a strike!" → "iran-us-a-strike": lower-case ASCII letters and digits joined by hyphens. */
export function slugify(value: string, max = 60): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, max)
    .replace(/-$/, '');
}

/** Text from outside (a URL, a dataset) cut to `max` characters with an ellipsis, whole characters only. */
export function clip(value: string, max = 80): string {
  const chars = [...value];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
