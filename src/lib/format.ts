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
