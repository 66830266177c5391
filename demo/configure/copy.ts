/** Handing text to the marketer: the clipboard (or a selected box to copy by hand), and `.html` file downloads. */
import { downloadText } from '../../src/core/download.js';

/** Copies text: the Clipboard API, else the selected text box and `execCommand('copy')`. */
export async function copyText(
  text: string,
  box: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // Not allowed here (no secure context, no permission): fall back to the selection.
  }
  if (!box) return 'selected';
  const focused = document.activeElement as HTMLElement | null;
  box.focus();
  box.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) {
    focused?.focus();
    return 'copied';
  }
  return 'selected';
}

/** Saves an export as an `.html` file. */
export function download(filename: string, text: string): void {
  downloadText(document.body, filename, text, 'text/html;charset=utf-8');
}
