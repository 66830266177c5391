/** What a visitor meets in a `<dk-recovery>`: its slider and date field, and what the widgets inside show. */
import type { DkRecovery } from '../../src/recovery/recovery.js';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';

export const slider = (el: DkRecovery) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
export const dateField = (el: DkRecovery) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
export const labelOf = (input: HTMLInputElement) => input.labels?.[0]?.textContent?.trim();
export const shownValue = (el: DkRecovery) => el.shadowRoot!.querySelector('[part="value"]')?.textContent?.trim();

/** The timeline's current phase and marker, as a visitor reads them ("Proliferative · Day 12"), or its status line. */
export function timelineSays(timeline: DkHealingTimeline): string {
  const root = timeline.shadowRoot!;
  const current = root.querySelector('[aria-current="step"]');
  if (current)
    return `${current.querySelector('[part="name"]')!.textContent} · ${current.querySelector('[part="marker"]')!.textContent}`;
  return root.querySelector('[part="status"]')?.textContent?.trim() ?? '(no day)';
}

/** Waits for the provider and then every widget it notified. */
export async function settled(recovery: DkRecovery, ...widgets: { updateComplete: Promise<unknown> }[]): Promise<void> {
  await recovery.updateComplete;
  await Promise.all(widgets.map((widget) => widget.updateComplete));
}
