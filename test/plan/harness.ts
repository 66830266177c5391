/**
 * The plan's harness: what a visitor reads in a rendered `<dk-treatment-plan>` (its steps, labels, statuses,
 * progress line and calendar button), dates formatted independently of the element, and a plan inside a recovery
 * context. Built on test/harness.ts; tests read the plan's shadow root only through here.
 */
import { ContextProvider } from '@lit/context';
import { fixtureSync, html } from '@open-wc/testing';
import { parseIsoDate } from '../../src/core/days.js';
import { type RecoveryState, recoveryContext } from '../../src/core/recovery-context.js';
import type { DkTreatmentPlan } from '../../src/plan/index.js';
import { inShadow, part, parts, textOf } from '../harness.js';

export { allInShadow, focusedIn, inShadow, parts, settleAll } from '../harness.js';

export const d = (text: string) => parseIsoDate(text)!;

/** The text of every part named `name` ("label", "status"), in order. */
export const texts = (el: DkTreatmentPlan, name: string) => parts(el, name).map(textOf);
export const progress = (el: DkTreatmentPlan) => textOf(part(el, 'progress'));
export const button = (el: DkTreatmentPlan) => part<HTMLButtonElement>(el, 'button');
export const stepList = (el: DkTreatmentPlan) => inShadow(el, 'ol')!;
export const current = (el: DkTreatmentPlan) => parts(el, 'step').map((step) => step.getAttribute('aria-current'));

/** The date as a visitor in `lang` reads it, formatted independently of the element. */
export function shown(lang: string, iso: string): string {
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, day)));
}

/**
 * A plain wrapper providing the recovery context exactly as `<dk-recovery>` will, with a plan inside.
 * Returns the provider so a test can change the value (a visitor picking a date or scrubbing a day).
 */
export async function inRecovery(value: RecoveryState, attributes: Record<string, string> = {}) {
  // fixtureSync: fixture() would wait for an animation frame on a plain div, which a background tab may never give.
  const wrapper = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const provider = new ContextProvider(wrapper, { context: recoveryContext, initialValue: value });
  const el = document.createElement('dk-treatment-plan');
  for (const [name, text] of Object.entries({ lang: 'en-GB', ...attributes })) el.setAttribute(name, text);
  wrapper.append(el);
  await el.updateComplete;
  return { el, provider, wrapper };
}
