/** What a visitor meets in a `<dk-healing-timeline>`: the list, its items, their text, the current one. */
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';

export const list = (el: DkHealingTimeline) => el.shadowRoot!.querySelector('ol')!;
export const items = (el: DkHealingTimeline) => [...el.shadowRoot!.querySelectorAll('li')];
export const current = (el: DkHealingTimeline) => items(el).filter((li) => li.getAttribute('aria-current') === 'step');
export const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
export const status = (el: DkHealingTimeline) => part(el.shadowRoot!, 'status')?.textContent?.trim();
export const names = (el: DkHealingTimeline) => items(el).map((li) => part(li, 'name')!.textContent!.trim());
export const spans = (el: DkHealingTimeline) => items(el).map((li) => part(li, 'span')?.textContent?.trim());
export const marker = (el: DkHealingTimeline) => part(el.shadowRoot!, 'marker')?.textContent?.trim();

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
