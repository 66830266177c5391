/**
 * The kit's events, written once: their names and details in `DkEventMap`, which `emit()` is checked against and
 * which joins `GlobalEventHandlersEventMap`, so a host's `el.addEventListener('dk-toggle', (e) => e.detail.open)`
 * is typed. Each element's `@fires` JSDoc (README, the manifest, the framework types) says the same: keep them in step.
 */
import type { Phase } from './phases.js';

export interface DkEventMap {
  /** `<dk-before-after>`: the visitor moved the divider; `position` is 0–100. */
  'dk-change': CustomEvent<{ position: number }>;
  /** `<dk-treatment-plan>`: the visitor downloaded the calendar file. */
  'dk-download': CustomEvent<{ filename: string; events: number }>;
  /** `<dk-healing-timeline>`: the phases it shows changed (and on first render). */
  'dk-phases-change': CustomEvent<{ phases: readonly Phase[] }>;
  /** `<dk-recovery>`: a visitor picked a date or moved the scrubber. */
  'dk-recovery-change': CustomEvent<{ treatmentDate?: string; day?: number }>;
  /** `<dk-faq-item>`: the visitor opened or closed this item. */
  'dk-toggle': CustomEvent<{ open: boolean }>;
}

declare global {
  // Merged into the DOM's map: addEventListener on any element, document or window knows the kit's events.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the body is DkEventMap's
  interface GlobalEventHandlersEventMap extends DkEventMap {}
}

/** Events leave the shadow root and bubble, so a page can listen on any ancestor (or `document`). */
export function emit<K extends keyof DkEventMap>(
  target: EventTarget,
  name: K,
  detail: DkEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false }));
}
