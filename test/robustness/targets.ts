/**
 * The eight elements as a clinic page holds them (with their items, phases, images, and a `<dk-recovery>` around
 * the consumers), and for each: which attributes it observes, what "still renders" means (renders.ts), and one
 * thing a visitor does afterwards that must still work.
 */
import { expect } from '@open-wc/testing';
import '../../src/dermakit.js';
import { renewalAt } from '../../src/gauge/collagen-model.js';
import { deepElements, settle } from './harness.js';
import {
  currentPhase,
  faqItemRenders,
  faqRenders,
  gaugeRenders,
  one,
  planRenders,
  recoveryRenders,
  shadow,
  sliderRenders,
  timelineRenders,
} from './renders.js';

const svg = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="${color}"/></svg>`)}`;

export const IMAGES = `<img slot="before" src="${svg('#c0392b')}" alt="Redness before treatment" width="40" height="30">
  <img slot="after" src="${svg('#e8c4a8')}" alt="The same cheek after three sessions" width="40" height="30">`;

export const PHASES = `<dk-phase name="Inflammatory" start="0" end="3">Redness and warmth are normal.</dk-phase>
  <dk-phase name="Proliferative" start="3" end="21">Fibroblasts lay down new type III collagen.</dk-phase>
  <dk-phase name="Remodeling" start="21" end="180">Type III collagen matures into type I.</dk-phase>`;

export const FAQ_ITEMS = `<dk-faq-item question="How long does collagen production last?"><p>Up to six months.</p></dk-faq-item>
  <dk-faq-item><span slot="question">Is microneedling safe for all skin types?</span><p>Yes, with proper depth.</p></dk-faq-item>
  <dk-faq-item question="How many treatments are needed?"><p>Three to six sessions.</p></dk-faq-item>`;

export const RECOVERY = (inner: string, attributes = 'treatment-date="2026-11-01" today="2026-11-13"') =>
  `<dk-recovery ${attributes}><h2 slot="intro">Your recovery</h2>${inner}</dk-recovery>`;

export const TIMELINE = `<dk-healing-timeline>${PHASES}</dk-healing-timeline>`;
export const GAUGE = '<dk-collagen-gauge show-types>Collagen renewal after your session</dk-collagen-gauge>';
export const PLAN =
  '<dk-treatment-plan sessions="3" interval-weeks="4"><p>Three sessions, four weeks apart.</p></dk-treatment-plan>';

export interface FuzzTarget {
  readonly tag: string;
  /** The page around the element (one container per run). */
  readonly markup: string;
  /** The element whose attributes are fuzzed. */
  select(container: HTMLElement): HTMLElement;
  /** Its observed attributes (from the class; `<dk-phase>` is read by its timeline). */
  readonly attributes: readonly string[];
  /** A warning from `tag` about `attribute` is one this run caused (beyond the element's own written attributes). */
  alsoAllowed?(tag: string, attribute: string): boolean;
  /** Asserts what a visitor meets is there and sane. */
  renders(element: HTMLElement): void;
  /** Something a visitor (or the page) does afterwards, and what must follow. */
  use(element: HTMLElement): Promise<void>;
}

const observed = (tag: string) => [
  ...((customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes ?? []),
];

/** Every element reads `lang` (numbers, dates) up its ancestors; `dir` flips layouts. */
const withGlobals = (tag: string, own = observed(tag)) => [...own, 'lang', 'dir'];

const keydown = (target: Element, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

export const TARGETS: readonly FuzzTarget[] = [
  {
    tag: 'dk-faq',
    markup: `<dk-faq>${FAQ_ITEMS}</dk-faq>`,
    select: (c) => c.querySelector('dk-faq')!,
    attributes: withGlobals('dk-faq'),
    renders: faqRenders,
    async use(faq) {
      const items = [...faq.querySelectorAll<HTMLElement>('dk-faq-item')];
      const closed = items.find((item) => !item.hasAttribute('open'))!;
      const button = one<HTMLButtonElement>(shadow(closed), 'button');
      button.click();
      await settle(faq);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      if (!faq.hasAttribute('multiple'))
        expect(items.filter((item) => item.hasAttribute('open'))).to.deep.equal([closed]);
      button.focus();
      keydown(button, 'End');
      expect(document.activeElement, 'End moves to the last question').to.equal(items[2]);
    },
  },
  {
    tag: 'dk-faq-item',
    markup: `<dk-faq>${FAQ_ITEMS}</dk-faq>`,
    select: (c) => c.querySelector('dk-faq-item')!,
    attributes: withGlobals('dk-faq-item'),
    renders: faqItemRenders,
    async use(item) {
      item.setAttribute('question', 'Is it safe?');
      item.removeAttribute('open');
      await settle(item.parentElement!);
      expect(item.id, 'the generated id follows the question').to.equal('is-it-safe');
      one<HTMLButtonElement>(shadow(item), 'button').click();
      await settle(item.parentElement!);
      expect(item.hasAttribute('open')).to.equal(true);
      expect(one(shadow(item), 'button').getAttribute('aria-expanded')).to.equal('true');
    },
  },
  {
    tag: 'dk-recovery',
    markup: RECOVERY(TIMELINE + GAUGE + PLAN, 'treatment-date="2026-11-01" today="2026-11-13" scrubber date-picker'),
    select: (c) => c.querySelector('dk-recovery')!,
    attributes: withGlobals('dk-recovery'),
    renders: recoveryRenders,
    async use(recovery) {
      recovery.setAttribute('scrubber', '');
      await settle(recovery);
      const range = one<HTMLInputElement>(shadow(recovery), 'input[type="range"]');
      range.value = '10';
      range.dispatchEvent(new Event('input', { bubbles: true }));
      await settle(recovery);
      expect(currentPhase(recovery.querySelector('dk-healing-timeline')!)).to.equal('Proliferative');
      const meter = one(shadow(recovery.querySelector('dk-collagen-gauge')!), '[role="meter"]');
      expect(meter.getAttribute('aria-valuenow')).to.equal(String(Math.round(renewalAt(10))));
    },
  },
  {
    tag: 'dk-healing-timeline',
    markup: `<dk-healing-timeline treatment-date="2026-11-01" today="2026-11-13">${PHASES}</dk-healing-timeline>`,
    select: (c) => c.querySelector('dk-healing-timeline')!,
    attributes: withGlobals('dk-healing-timeline'),
    renders: (timeline) => timelineRenders(timeline, 3),
    async use(timeline) {
      timeline.setAttribute('day', '10');
      await settle(timeline);
      expect(currentPhase(timeline)).to.equal('Proliferative');
      timeline.setAttribute('day', '-3');
      await settle(timeline);
      expect(currentPhase(timeline)).to.equal(null);
    },
  },
  {
    tag: 'dk-phase',
    markup: `<dk-healing-timeline day="10">${PHASES}</dk-healing-timeline>`,
    select: (c) => c.querySelectorAll<HTMLElement>('dk-phase')[1]!,
    attributes: ['name', 'start', 'end', 'span', 'lang', 'dir'],
    // Moving the second phase's end past the third's start makes the third overlap: its own start/end warn.
    alsoAllowed: (tag, attribute) => tag === 'dk-phase' && (attribute === 'start' || attribute === 'end'),
    renders: (phase) => timelineRenders(phase.parentElement!),
    async use(phase) {
      for (const name of phase.getAttributeNames()) phase.removeAttribute(name);
      Object.entries({ name: 'Proliferative', start: '3', end: '21' }).forEach(([name, value]) =>
        phase.setAttribute(name, value),
      );
      const timeline = phase.parentElement!;
      await settle(timeline);
      timelineRenders(timeline, 3);
      expect(currentPhase(timeline)).to.equal('Proliferative');
      expect(one(shadow(timeline), '[aria-current] [part="span"]').textContent).to.not.equal('');
    },
  },
  {
    tag: 'dk-collagen-gauge',
    markup: RECOVERY(GAUGE),
    select: (c) => c.querySelector('dk-collagen-gauge')!,
    attributes: withGlobals('dk-collagen-gauge'),
    renders: gaugeRenders,
    async use(gauge) {
      gauge.setAttribute('value', '42');
      await settle(gauge);
      expect(one(shadow(gauge), '[role="meter"]').getAttribute('aria-valuenow')).to.equal('42');
    },
  },
  {
    tag: 'dk-treatment-plan',
    markup: RECOVERY(PLAN),
    select: (c) => c.querySelector('dk-treatment-plan')!,
    attributes: withGlobals('dk-treatment-plan'),
    renders: planRenders,
    async use(plan) {
      if (shadow(plan).querySelector('[part="button"]')) await expectCalendarFile(plan);
      for (const name of ['interval-days', 'interval-weeks', 'start-date', 'today']) plan.removeAttribute(name);
      plan.setAttribute('sessions', '4');
      plan.setAttribute('completed', '1');
      await settle(plan);
      const steps = [...shadow(plan).querySelectorAll('li')];
      expect(steps.map((step) => step.getAttribute('part'))).to.deep.equal([
        'step step-done',
        'step step-next',
        'step step-upcoming',
        'step step-upcoming',
      ]);
      expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
    },
  },
  {
    tag: 'dk-before-after',
    markup: `<dk-before-after>${IMAGES}</dk-before-after>`,
    select: (c) => c.querySelector('dk-before-after')!,
    attributes: withGlobals('dk-before-after'),
    renders: sliderRenders,
    async use(el) {
      const handle = one(shadow(el), '[role="slider"]');
      keydown(handle, 'End');
      await settle(el);
      expect(handle.getAttribute('aria-valuenow')).to.equal('100');
      keydown(handle, 'Home');
      await settle(el);
      expect(handle.getAttribute('aria-valuenow')).to.equal('0');
    },
  },
];

/**
 * Presses "Add to calendar" with the download caught (no file is saved) and checks the file is still a well-formed
 * calendar whatever the texts were: CRLF lines of at most 75 octets, one event per pending session.
 */
async function expectCalendarFile(plan: HTMLElement): Promise<void> {
  const blobs: Blob[] = [];
  const original = { create: URL.createObjectURL, click: HTMLAnchorElement.prototype.click };
  URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:robustness');
  HTMLAnchorElement.prototype.click = () => {};
  let detail: { filename: string; events: number } | undefined;
  plan.addEventListener('dk-download', (event) => (detail = (event as CustomEvent).detail), { once: true });
  try {
    shadow(plan).querySelector<HTMLButtonElement>('[part="button"]')!.click();
  } finally {
    URL.createObjectURL = original.create;
    HTMLAnchorElement.prototype.click = original.click;
  }
  expect(detail?.filename).to.match(/^[a-z0-9-]+\.ics$/);
  expect(blobs).to.have.length(1);
  const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
  const lines = new TextDecoder().decode(bytes).split('\r\n');
  expect(lines[0]).to.equal('BEGIN:VCALENDAR');
  for (const line of lines) expect(new TextEncoder().encode(line).length, 'folded at 75 octets').to.be.at.most(75);
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(detail!.events);
}

/** Tags in the container that may warn about `lang`: the fuzzed element and everything inside it. */
export const dermakitTags = (element: Element) =>
  new Set(
    deepElements(element)
      .map((el) => el.localName)
      .filter((tag) => tag.startsWith('dk-')),
  );
