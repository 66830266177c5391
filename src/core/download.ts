/**
 * Saves text as a file from a click: a Blob address on a temporary link. Used by the treatment plan's "Add to
 * calendar" and the configurator's exports, so both behave the same in every browser.
 */

/** Downloads `text` as `filename` (`type` its media type); the link is added to `parent` for the click only. */
export function downloadText(parent: ParentNode, filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  parent.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns: revoke once the download has surely started.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
