/**
 * What "still renders" means for each widget, as a visitor and assistive technology meet it: roles, names, states
 * and numbers inside their ranges. Shared by the fuzz, content and lifecycle tests.
 */
import { expect } from '@open-wc/testing';
import { expectNumberIn } from './harness.js';

export const shadow = (element: Element) => element.shadowRoot!;

/** The element `selector` finds under `root`, asserted present. */
export const one = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector<T>(selector);
  expect(found, selector).to.not.equal(null);
  return found!;
};

/** An item's question as the visitor reads it: its `slot="question"` child, else its attribute, whitespace collapsed. */
const questionText = (item: Element) =>
  (item.querySelector(':scope > [slot="question"]')?.textContent ?? item.getAttribute('question') ?? '')
    .replace(/\s+/g, ' ')
    .trim();

export function faqItemRenders(item: HTMLElement): void {
  const root = shadow(item);
  const panel = one(root, '[part="panel"]');
  const button = root.querySelector('button');
  const question = questionText(item);
  if (question) {
    expect(button, 'a question is a button').to.not.equal(null);
    expect(button!.getAttribute('aria-expanded')).to.equal(String(item.hasAttribute('open')));
    expectNumberIn(one(root, '[role="heading"]'), 'aria-level', 2, 6);
    // (A closing answer animates before it hides: only an open one is asserted.)
    if (item.hasAttribute('open')) expect(panel.hasAttribute('hidden'), 'an open answer shows').to.equal(false);
  } else {
    expect(button, 'no question, no button').to.equal(null);
    expect(panel.hasAttribute('hidden'), 'an answer without question shows').to.equal(false);
  }
  // A deep link needs an id, and only one element may carry it.
  expect(item.id, 'item id').to.not.equal('');
  expect((item.getRootNode() as Document).querySelectorAll(`[id="${CSS.escape(item.id)}"]`)).to.have.length(1);
}

export function faqRenders(faq: HTMLElement): void {
  one(shadow(faq), '[part="list"] slot');
  const items = [...faq.querySelectorAll<HTMLElement>('dk-faq-item')];
  items.forEach(faqItemRenders);
  if (!faq.hasAttribute('multiple')) expect(items.filter((item) => item.hasAttribute('open')).length).to.be.at.most(1);
  if (faq.hasAttribute('searchable')) {
    const input = one<HTMLInputElement>(shadow(faq), 'input[type="search"]');
    expect(input.labels?.length, 'search field labelled').to.equal(1);
  }
  const schemas = [...document.querySelectorAll('script[type="application/ld+json"]')];
  expect(schemas, 'one FAQPage per schema FAQ').to.have.length(faq.hasAttribute('schema') ? 1 : 0);
  for (const script of schemas) {
    const data = JSON.parse(script.textContent!);
    expect(data['@type']).to.equal('FAQPage');
    expect(data.mainEntity, 'one entry per item with a question').to.have.length(
      items.filter((item) => questionText(item) !== '').length,
    );
  }
}

export function timelineRenders(timeline: HTMLElement, count?: number): void {
  const list = one(shadow(timeline), 'ol[role="list"]');
  const phases = (timeline as unknown as { phases: { name: string }[] }).phases;
  const items = [...list.querySelectorAll(':scope > li')];
  expect(items.length, 'phases shown').to.equal(count ?? phases.length);
  expect(items.length).to.be.at.least(1);
  expect(items.map((li) => li.querySelector('[part="name"]')!.textContent)).to.deep.equal(
    phases.map((phase) => phase.name),
  );
  expect(list.querySelectorAll('[aria-current]').length).to.be.at.most(1);
  // Each phase's own light-DOM text is slotted into its item.
  const slots = [...list.querySelectorAll('slot')];
  for (const slot of slots) expect(slot.assignedElements().map((el) => el.localName)).to.deep.equal(['dk-phase']);
}

export function gaugeRenders(gauge: HTMLElement): void {
  const meter = one(shadow(gauge), '[role="meter"]');
  expectNumberIn(meter, 'aria-valuenow', 0, 100);
  expectNumberIn(one(shadow(gauge), '[part="fill"]'), 'stroke-dashoffset', 0, 100);
  expect(one(shadow(gauge), '[part="value"]').textContent!.trim()).to.not.equal('');
  const before = shadow(gauge).querySelector('[part="status"]') !== null;
  expect(
    shadow(gauge).querySelector('[part="types"]') !== null,
    'types with show-types, none before treatment',
  ).to.equal(gauge.hasAttribute('show-types') && !before);
}

export function planRenders(plan: HTMLElement): void {
  const steps = shadow(plan).querySelectorAll('ol[role="list"] > li');
  expect(steps.length).to.be.within(1, 12);
  expect(shadow(plan).querySelectorAll('[aria-current="step"]').length).to.be.at.most(1);
  one(shadow(plan), '[part="progress"]');
}

export function sliderRenders(el: HTMLElement): void {
  const handle = one(shadow(el), '[role="slider"]');
  const now = expectNumberIn(handle, 'aria-valuenow', 0, 100);
  expect(Number.isInteger(now)).to.equal(true);
  const vertical = (el.getAttribute('orientation') ?? '').trim().toLowerCase() === 'vertical';
  expect(handle.getAttribute('aria-orientation')).to.equal(vertical ? 'vertical' : 'horizontal');
  expect(handle.tabIndex).to.equal(0);
}

export function recoveryRenders(recovery: HTMLElement): void {
  one(shadow(recovery), 'slot:not([name])');
  const range = shadow(recovery).querySelector<HTMLInputElement>('input[type="range"]');
  expect(range !== null, 'scrubber').to.equal(recovery.hasAttribute('scrubber'));
  if (range) {
    expect(Number(range.value)).to.be.within(0, Number(range.max));
    expect(range.labels?.length).to.equal(1);
  }
  expect(shadow(recovery).querySelector('input[type="date"]') !== null, 'date picker').to.equal(
    recovery.hasAttribute('date-picker'),
  );
  timelineRenders(recovery.querySelector('dk-healing-timeline')!, 3);
  gaugeRenders(recovery.querySelector('dk-collagen-gauge')!);
  planRenders(recovery.querySelector('dk-treatment-plan')!);
}

/** The name of the phase a timeline marks as current, or null. */
export const currentPhase = (timeline: Element) =>
  shadow(timeline).querySelector('[aria-current="step"] [part="name"]')?.textContent ?? null;
