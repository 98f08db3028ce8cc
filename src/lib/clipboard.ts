/**
 * Copies text, first through the Clipboard API, then through a selected text field (older
 * browsers, or frames without clipboard permission). Resolves false when both are refused, so the
 * caller can ask the reader to copy by hand.
 */
export async function copyText(
  text: string,
  fallbackField?: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallbackField) return false;
    fallbackField.focus();
    fallbackField.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}
