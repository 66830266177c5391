/**
 * The FAQ's harness: the seed article's five questions as a clinic would paste them, and what a visitor meets in a
 * `<dk-faq>` and its `<dk-faq-item>`s (buttons, panels, the search field, the status line), and how to wait for
 * them. Built on test/harness.ts; tests read the FAQ's shadow roots only through here.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/faq/index.js';
import type { DkFaq } from '../../src/faq/faq.js';
import type { DkFaqItem } from '../../src/faq/faq-item.js';
import { type Renders, focusedIn, inShadow, part, settleAfterTask } from '../harness.js';

export { focusedIn, part, settleAll } from '../harness.js';

/** The seed FAQ as HTML text, the way it is pasted into a page builder; `attributes` go on `<dk-faq>`. */
export const seedFaq = (attributes = '') => `
  <dk-faq ${attributes}>
    <dk-faq-item question="How long does collagen production last after microneedling?">
      <p>Collagen production can continue for up to three to six months after a treatment, as fibroblasts remain active
        during the remodeling phase.</p>
    </dk-faq-item>
    <dk-faq-item>
      <span slot="question">Is microneedling safe for all skin types?</span>
      <p>Yes, for all skin tones and types when performed by a trained professional using proper depth settings.</p>
    </dk-faq-item>
    <dk-faq-item question="How many treatments are needed?">
      <p>Most people benefit from a series of three to six sessions spaced several weeks apart.</p>
    </dk-faq-item>
    <dk-faq-item question="Does microneedling damage the skin barrier?">
      <p>No: the controlled microchannels close within hours, and the barrier recovers quickly.</p>
    </dk-faq-item>
    <dk-faq-item question="Can it help with acne scars?">
      <p>Yes. Microneedling breaks down scar tissue and stimulates new collagen, which helps smooth the skin.</p>
    </dk-faq-item>
  </dk-faq>`;

/**
 * Renders a FAQ with animations off (`--dk-duration: 0s`, as under reduced motion), so that what a visitor sees is
 * there as soon as the update is done; the animation has its own test.
 */
export async function faqFixture(
  template: TemplateResult | string,
  { animate = false } = {},
): Promise<{ faq: DkFaq; items: DkFaqItem[] }> {
  const faq = await fixture<DkFaq>(template);
  if (!animate) faq.style.setProperty('--dk-duration', '0s');
  const items = itemsOf(faq);
  await Promise.all(items.map((item) => item.updateComplete));
  return { faq, items };
}

/** The items of a FAQ (or of any root), in page order. */
export const itemsOf = (root: ParentNode) => [...root.querySelectorAll('dk-faq-item')];

export const buttonOf = (item: DkFaqItem) => inShadow<HTMLButtonElement>(item, 'button')!;
export const panelOf = (item: DkFaqItem) => part(item, 'panel')!;
export const headingOf = (item: DkFaqItem) => inShadow(item, '[role="heading"]')!;
/** Whether a visitor sees the answer: the panel is not hidden and has height. */
export const answerShows = (item: DkFaqItem) =>
  !panelOf(item).hasAttribute('hidden') && panelOf(item).getBoundingClientRect().height > 0 && item.checkVisibility();
/** Waits for the FAQ's mutation observer (a task) and then the elements' pending renders. */
export const settle = (...elements: Renders[]) => settleAfterTask(...elements);

/** The FAQ's own controls, as a visitor meets them. */
export const searchField = (faq: DkFaq) => inShadow<HTMLInputElement>(faq, 'input')!;
export const clearButton = (faq: DkFaq) => part<HTMLButtonElement>(faq, 'clear')!;
export const expandAllButton = (faq: DkFaq) => part<HTMLButtonElement>(faq, 'expand-all');
export const noResults = (faq: DkFaq) => part(faq, 'no-results')!;
/** The live status line screen readers announce ("3 of 5 questions"). */
export const statusOf = (faq: DkFaq) => inShadow(faq, '[role="status"]')!.textContent!.trim();
/** Whether keyboard focus is somewhere inside the item (its button). */
export const itemHasFocus = (item: DkFaqItem) => focusedIn(item) !== null;
/** Whether a visitor sees `element` (rendered, not hidden, with a box). */
export const seen = (element: Element | null) =>
  element !== null && element.checkVisibility() && element.getBoundingClientRect().height > 0;

/** Puts `text` in the search field as typing would (one input event), without the keyboard. */
export async function searchFor(faq: DkFaq, text: string) {
  const field = searchField(faq);
  field.value = text;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(faq, ...faq.querySelectorAll('dk-faq-item'));
}
