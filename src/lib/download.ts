/** Saves text as a file through the browser's download, without a server round trip. */
export function download(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Media types of the files the app writes. */
export const FILE_TYPES = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  ics: 'text/calendar;charset=utf-8',
} as const;
