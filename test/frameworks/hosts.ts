/** What the React and Vue host tests share: the FAQ's content as an app keeps it in state, and what a visitor sees. */
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import type { DkFaqItem } from '../../src/faq/faq-item.js';
import { headingOf, part } from '../faq/harness.js';
import { meter } from '../gauge/harness.js';

export { buttonOf } from '../faq/harness.js';

export interface Question {
  id: string;
  question: string;
  answer: string;
  open?: boolean;
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'duration',
    question: 'How long does collagen production last?',
    answer: 'Up to six months after a treatment.',
  },
  {
    id: 'skin',
    question: 'Is microneedling safe for all skin types?',
    answer: 'Yes, with proper depth settings.',
    open: true,
  },
  { id: 'sessions', question: 'How many treatments are needed?', answer: 'Most people benefit from three to six.' },
];

/** The FAQ's items in page order, each as its question and whether its answer shows. */
export const faqState = (root: ParentNode) =>
  [...root.querySelectorAll<DkFaqItem>('dk-faq-item')].map(
    (item) => `${item.questionText}: ${answerShows(item) ? 'open' : 'closed'}`,
  );

export const headingLevel = (item: DkFaqItem) => headingOf(item).getAttribute('aria-level');
export const itemAsking = (root: ParentNode, question: string) =>
  [...root.querySelectorAll<DkFaqItem>('dk-faq-item')].find((item) => item.questionText === question)!;

/** Whether a visitor sees the answer: the panel is not hidden and has height. */
export function answerShows(item: DkFaqItem): boolean {
  const panel = item.shadowRoot ? part(item, 'panel') : null;
  return !!panel && !panel.hidden && panel.getBoundingClientRect().height > 0;
}

export const meterValue = (gauge: DkCollagenGauge) => meter(gauge).getAttribute('aria-valuenow');
export const typesShown = (gauge: DkCollagenGauge) => part(gauge, 'types') !== null;
/** The percentage the gauge shows ("75%"). */
export const valueShown = (gauge: DkCollagenGauge) => part(gauge, 'value')!.textContent;

/** Waits (frames and timers, at most 3 s) until `check` passes, then lets the elements finish their updates. */
export async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = performance.now() + 3000;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const elements = document.querySelectorAll<Element & { updateComplete?: Promise<unknown> }>(
    'dk-faq, dk-faq-item, dk-collagen-gauge',
  );
  await Promise.all([...elements].map((element) => element.updateComplete));
}

/** A container in the page with animations off (as under reduced motion), so answers show once an update is done. */
export function mountPoint(): HTMLElement {
  const container = document.createElement('div');
  container.style.setProperty('--dk-duration', '0s');
  document.body.append(container);
  return container;
}
