/**
 * The recovery harness: what a visitor meets in a `<dk-recovery>` (its date field, its scrubber and the day it
 * shows), what the widgets inside show, and how to wait for the provider and the widgets it notifies. Built on
 * test/harness.ts (and the timeline's harness); tests read the recovery's shadow root only through here.
 */
import type { DkRecovery } from '../../src/recovery/recovery.js';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import { type Renders, allInShadow, inShadow, part, settle } from '../harness.js';
import { status } from '../timeline/harness.js';

export { inShadow, part, settleAll } from '../harness.js';

export const slider = (el: DkRecovery) => inShadow<HTMLInputElement>(el, 'input[type="range"]')!;
export const dateField = (el: DkRecovery) => inShadow<HTMLInputElement>(el, 'input[type="date"]')!;
export const labelOf = (input: HTMLInputElement) => input.labels?.[0]?.textContent?.trim();
/** The scrubber's bar: its label, the range and the day it shows. */
export const scrubberBar = (el: DkRecovery) => part(el, 'scrubber')!;
export const shownValue = (el: DkRecovery) => part(el, 'value')?.textContent?.trim();
/** The visible text of the controls: their labels and the day the scrubber shows. */
export const controlTexts = (el: DkRecovery) => allInShadow(el, 'label, [part~="value"]');

/** The timeline's current phase and marker, as a visitor reads them ("Proliferative · Day 12"), or its status line. */
export function timelineSays(timeline: DkHealingTimeline): string {
  const current = inShadow(timeline, '[aria-current="step"]');
  if (current) return `${part(current, 'name')!.textContent} · ${part(current, 'marker')!.textContent}`;
  return status(timeline) ?? '(no day)';
}

/** Waits for the provider and then every widget it notified. */
export async function settled(recovery: DkRecovery, ...widgets: Renders[]): Promise<void> {
  await settle(recovery, ...widgets);
}
