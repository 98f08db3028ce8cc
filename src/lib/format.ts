/** "1 event", "23 events". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

/** "perpetrator" → "Perpetrator", "apt-group" → "Apt group". */
export function humanize(value: string): string {
  const words = value.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
