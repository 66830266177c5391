/** Events leave the shadow root and bubble, so a page can listen on any ancestor (or `document`). */
export function emit<T>(target: EventTarget, name: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
