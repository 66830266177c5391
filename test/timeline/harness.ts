/**
 * The timeline's harness: what a visitor meets in a `<dk-healing-timeline>` (the list, its items, their text, the
 * current one, the day marker, the elapsed fill) and how to wait for it after its `<dk-phase>` children change.
 * Built on test/harness.ts; tests read the timeline's shadow root only through here.
 */
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import { allInShadow, inShadow, part } from '../harness.js';

export { inShadow, part, settleAll } from '../harness.js';

export const list = (el: DkHealingTimeline) => inShadow(el, 'ol')!;
export const items = (el: DkHealingTimeline) => allInShadow<HTMLLIElement>(el, 'li');
export const current = (el: DkHealingTimeline) => items(el).filter((li) => li.getAttribute('aria-current') === 'step');
export const status = (el: DkHealingTimeline) => part(el, 'status')?.textContent?.trim();
export const names = (el: DkHealingTimeline) => items(el).map((li) => part(li, 'name')!.textContent!.trim());
export const spans = (el: DkHealingTimeline) => items(el).map((li) => part(li, 'span')?.textContent?.trim());
/** The day chip's text ("Day 12"), if the timeline shows one. */
export const marker = (el: DkHealingTimeline) => part(el, 'marker')?.textContent?.trim();
/** The bar filled up to today (it has no part: clinics restyle it through `--dk-*` tokens). */
export const elapsedFill = (el: DkHealingTimeline) => inShadow(el, '.fill');

/** The text an item shows, its slotted light-DOM description included. */
export function itemText(li: HTMLElement): string {
  const slot = li.querySelector('slot');
  const description = slot
    ? slot
        .assignedElements()
        .map((e) => e.textContent)
        .join(' ')
    : part(li, 'text')?.textContent;
  return [...li.querySelectorAll('[part~="name"], [part~="span"], [part~="marker"]')]
    .map((e) => e.textContent)
    .concat(description ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Items side by side (one row) rather than stacked. */
export function isSideBySide(el: DkHealingTimeline): boolean {
  const [first, second] = items(el).map((li) => li.getBoundingClientRect());
  return Math.abs(first!.top - second!.top) < 1 && first!.left !== second!.left;
}

/**
 * Waits for the timeline after its `<dk-phase>` children changed: MutationObserver callbacks run as a microtask,
 * the re-render follows in the next one.
 */
export async function settle(el: DkHealingTimeline): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}
