// Old libraries on the page: clinic sites still carry MooTools (Joomla), Prototype (Magento 1, old Rails) and jQuery
// with its plugins. Each one, as a classic script in old-libraries/, changes the built-ins and globals the way that
// library does (see the head of each file); the built kit (dist/dermakit.js; `npm test` builds it first) must still
// render every widget as a visitor sees it, throw nothing, and write FAQPage data of the right shape, whether the
// library comes before the kit or after it (patched after the widgets upgraded, then used). In an iframe per page.
import { expect } from '@open-wc/testing';
import { renewalAt } from '../../src/gauge/collagen-model.js';
import { KIT_TAGS as TAGS } from '../harness.js';

const LIBRARIES = {
  'MooTools 1.3 with 1.2 compat': '/test/robustness/old-libraries/mootools.js',
  'Prototype 1.6.0': '/test/robustness/old-libraries/prototype.js',
  'jQuery 1.12 with plugins': '/test/robustness/old-libraries/jquery.js',
} as const;

const svg = (color: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="${color}"/></svg>`)}`;

const QUESTIONS = [
  'How long does collagen production last?',
  'Is microneedling safe for all skin types?',
  'How many treatments are needed?',
];
const ANSWERS = ['Up to six months.', 'Yes, with proper depth.', 'Three to six sessions.'];
const PHASE_NAMES = ['Inflammatory', 'Proliferative', 'Remodeling'];

/** Every element, as a clinic page holds them: day 12 after a treatment on 1 November. */
const BODY = `<dk-faq schema>
    <dk-faq-item question="${QUESTIONS[0]}"><p>${ANSWERS[0]}</p></dk-faq-item>
    <dk-faq-item><span slot="question">${QUESTIONS[1]}</span><p>${ANSWERS[1]}</p></dk-faq-item>
    <dk-faq-item question="${QUESTIONS[2]}"><p>${ANSWERS[2]}</p></dk-faq-item>
  </dk-faq>
  <dk-recovery treatment-date="2026-11-01" today="2026-11-13" scrubber>
    <h2 slot="intro">Your recovery</h2>
    <dk-healing-timeline>
      <dk-phase name="${PHASE_NAMES[0]}" start="0" end="3">Redness and warmth are normal.</dk-phase>
      <dk-phase name="${PHASE_NAMES[1]}" start="3" end="21">Fibroblasts lay down new type III collagen.</dk-phase>
      <dk-phase name="${PHASE_NAMES[2]}" start="21" end="180">Type III collagen matures into type I.</dk-phase>
    </dk-healing-timeline>
    <dk-collagen-gauge show-types>Collagen renewal after your session</dk-collagen-gauge>
    <dk-treatment-plan sessions="4" interval-weeks="4"><p>Four sessions, four weeks apart.</p></dk-treatment-plan>
  </dk-recovery>
  <dk-before-after>
    <img slot="before" src="${svg('#c0392b')}" alt="Redness before treatment" width="40" height="30">
    <img slot="after" src="${svg('#e8c4a8')}" alt="The same cheek after three sessions" width="40" height="30">
  </dk-before-after>
  <p><a href="#top">Back to top</a></p>`;

type Framed = Window & typeof globalThis & { seen: string[] };

interface Updating extends HTMLElement {
  updateComplete: Promise<unknown>;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A page with `library` (a classic script) before the kit, or none. Errors, unhandled rejections, warnings and
 * console errors inside it are collected in `seen`.
 */
async function framedPage(
  library?: string,
  scripts = '<script src="/dist/dermakit.js" defer></script>',
): Promise<{ win: Framed; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script>window.seen = []; addEventListener('error', (e) => seen.push('error: ' + e.message));
      addEventListener('unhandledrejection', (e) => seen.push('rejection: ' + (e.reason && e.reason.stack || e.reason)));
      console.warn = (...args) => seen.push('warn: ' + args.join(' '));
      console.error = (...args) => seen.push('console.error: ' + args.join(' '));</script>
    ${library ? `<script src="${library}"></script>` : ''}
    ${scripts}</head><body>${BODY}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Framed;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await updated(frame.contentDocument!);
  return { win, doc: frame.contentDocument! };
}

/** Runs `library` in the page now (after the kit upgraded the widgets). */
function loadLater(doc: Document, library: string): Promise<unknown> {
  const script = Object.assign(doc.createElement('script'), { src: library });
  const done = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  return done;
}

/** Every pending render done (twice: an update may request another), and observers and events delivered. */
async function updated(doc: Document): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await pause(0);
    await Promise.all(
      [...doc.querySelectorAll<Updating>(TAGS.filter((tag) => tag !== 'dk-phase').join(','))].map(
        (el) => el.updateComplete,
      ),
    );
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The text a visitor reads in `el`: slots replaced by what is assigned to them. */
function shownText(el: Element): string {
  const walk = (node: Node): string =>
    node.nodeType === Node.TEXT_NODE
      ? node.textContent!
      : node instanceof (node.ownerDocument!.defaultView as Framed).HTMLSlotElement
        ? (node as HTMLSlotElement).assignedNodes({ flatten: true }).map(walk).join('')
        : [...node.childNodes].map(walk).join('');
  return walk(el).replace(/\s+/g, ' ').trim();
}

/** The FAQPage data in the page's head, parsed by this (unpatched) page's JSON. */
function faqPageData(doc: Document): { '@type': string; mainEntity: unknown } {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, 'one FAQPage script').to.have.length(1);
  return JSON.parse(scripts[0]!.textContent!);
}

function expectFaqPage(doc: Document): void {
  const data = faqPageData(doc);
  expect(data['@type']).to.equal('FAQPage');
  expect(
    Array.isArray(data.mainEntity),
    `mainEntity is an array: ${JSON.stringify(data.mainEntity).slice(0, 80)}`,
  ).to.equal(true);
  expect(data.mainEntity).to.deep.equal(
    QUESTIONS.map((question, index) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: ANSWERS[index] },
    })),
  );
}

/** What a visitor sees of each widget at `day`, with the plan's `sessions` and `done` count. */
function expectRendered(
  doc: Document,
  { day, current, sessions, done }: { day: number; current: string; sessions: number; done: number },
): void {
  // FAQ: every question a button, closed until asked.
  const items = [...doc.querySelectorAll('dk-faq-item')];
  expect(items.map((item) => shownText(shadow(item).querySelector('button')!))).to.deep.equal(QUESTIONS);
  for (const item of items) {
    const button = shadow(item).querySelector('button')!;
    expect(button.getAttribute('aria-expanded'), 'aria-expanded says whether the answer shows').to.equal(
      String(item.hasAttribute('open')),
    );
  }
  expectFaqPage(doc);

  // Timeline: its three phases, the current one marked.
  const timeline = shadow(doc.querySelector('dk-healing-timeline')!);
  expect([...timeline.querySelectorAll('li [part="name"]')].map(text)).to.deep.equal(PHASE_NAMES);
  expect(text(timeline.querySelector('[aria-current="step"] [part="name"]')), 'current phase').to.equal(current);

  // Gauge: a percentage, the same number for the eye and for assistive technology.
  const gauge = shadow(doc.querySelector('dk-collagen-gauge')!);
  const value = Math.round(renewalAt(day));
  expect(gauge.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).to.equal(String(value));
  expect(text(gauge.querySelector('[part="value"]'))).to.match(new RegExp(`^${value}\\s?%$`));

  // Plan: one step per session and the progress line.
  const plan = shadow(doc.querySelector('dk-treatment-plan')!);
  expect(plan.querySelectorAll('ol > li'), 'a step per session').to.have.length(sessions);
  expect(plan.querySelectorAll('ol > li.done'), 'sessions done').to.have.length(done);
  expect(text(plan.querySelector('[part="progress"]'))).to.equal(`${done} of ${sessions} sessions complete`);

  // Recovery: the scrubber on the day.
  const range = shadow(doc.querySelector('dk-recovery')!).querySelector<HTMLInputElement>('input[type="range"]')!;
  expect(Number(range.value)).to.equal(day);

  // Before/after: both photos in their slots and the divider's handle.
  const compare = doc.querySelector('dk-before-after')!;
  const slots = [...shadow(compare).querySelectorAll<HTMLSlotElement>('slot[name]')];
  expect(slots.flatMap((slot) => slot.assignedElements()).map((img) => img.getAttribute('alt'))).to.have.members([
    'Redness before treatment',
    'The same cheek after three sessions',
  ]);
  expect(shadow(compare).querySelector('[role="slider"]')!.getAttribute('aria-valuenow')).to.equal('50');
}

function keydown(win: Framed, target: Element, key: string): void {
  target.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** A visitor and the page use every widget; each step shows what it should. */
async function interact(win: Framed, doc: Document): Promise<void> {
  // A visitor opens the second question, then the third (one open at a time).
  const items = [...doc.querySelectorAll<HTMLElement>('dk-faq-item')];
  const buttons = items.map((item) => shadow(item).querySelector('button')!);
  buttons[1]!.click();
  await updated(doc);
  expect(items.map((item) => item.hasAttribute('open'))).to.deep.equal([false, true, false]);
  expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
  expect(shadow(items[1]!).querySelector('[part="panel"]')!.hasAttribute('hidden'), 'the answer shows').to.equal(false);
  buttons[2]!.click();
  await updated(doc);
  expect(items.map((item) => item.hasAttribute('open'))).to.deep.equal([false, false, true]);
  buttons[2]!.focus();
  keydown(win, buttons[2]!, 'Home');
  expect(shadow(items[0]!).activeElement, 'Home moves to the first question').to.equal(buttons[0]);

  // The page changes the plan: six sessions, two done.
  const plan = doc.querySelector('dk-treatment-plan')!;
  plan.setAttribute('sessions', '6');
  plan.setAttribute('completed', '2');
  await updated(doc);
  expect(shadow(plan).querySelectorAll('ol > li')).to.have.length(6);
  expect(text(shadow(plan).querySelector('[part="progress"]'))).to.equal('2 of 6 sessions complete');

  // The visitor drags the scrubber to day 30: the timeline and the gauge follow.
  const range = shadow(doc.querySelector('dk-recovery')!).querySelector<HTMLInputElement>('input[type="range"]')!;
  range.value = '30';
  range.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
  await updated(doc);
  expect(
    text(shadow(doc.querySelector('dk-healing-timeline')!).querySelector('[aria-current="step"] [part="name"]')),
  ).to.equal('Remodeling');
  expect(
    shadow(doc.querySelector('dk-collagen-gauge')!).querySelector('[role="meter"]')!.getAttribute('aria-valuenow'),
  ).to.equal(String(Math.round(renewalAt(30))));

  // … and moves the before/after divider with the keyboard.
  const handle = shadow(doc.querySelector('dk-before-after')!).querySelector<HTMLElement>('[role="slider"]')!;
  keydown(win, handle, 'PageUp');
  await updated(doc);
  expect(handle.getAttribute('aria-valuenow')).to.equal('60');

  // A page builder moves the gauge out of the recovery section and back, and re-inserts the FAQ: the gauge forgets
  // the section's day outside it and follows it again inside; the FAQPage data is written again, once.
  const gauge = doc.querySelector('dk-collagen-gauge')!;
  const recovery = doc.querySelector('dk-recovery')!;
  recovery.after(gauge);
  await updated(doc);
  expect(shadow(gauge).querySelector('[role="meter"]')!.getAttribute('aria-valuenow'), 'outside: no day').to.equal(
    String(Math.round(renewalAt(0))),
  );
  recovery.querySelector('dk-treatment-plan')!.before(gauge);
  await updated(doc);
  expect(shadow(gauge).querySelector('[role="meter"]')!.getAttribute('aria-valuenow'), 'inside again').to.equal(
    String(Math.round(renewalAt(30))),
  );
  const faq = doc.querySelector('dk-faq')!;
  faq.remove();
  await updated(doc);
  expect(doc.querySelectorAll('script[type="application/ld+json"]'), 'FAQPage data leaves with the FAQ').to.have.length(
    0,
  );
  doc.body.prepend(faq);
  await updated(doc);
  expectFaqPage(doc);

  // A widget the page adds now renders too.
  doc.body.insertAdjacentHTML('beforeend', '<dk-treatment-plan sessions="4" completed="0"></dk-treatment-plan>');
  await updated(doc);
  const added = shadow(doc.querySelectorAll('dk-treatment-plan')[1]!);
  expect(added.querySelectorAll('ol > li')).to.have.length(4);
  expect(text(added.querySelector('[part="progress"]'))).to.equal('0 of 4 sessions complete');
}

const DAY_12 = { day: 12, current: 'Proliferative', sessions: 4, done: 1 };

describe('old libraries on the page', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the plain page (no library) renders what these tests expect', async () => {
    const { win, doc } = await framedPage();
    expectRendered(doc, DAY_12);
    await interact(win, doc);
    expect(win.seen).to.deep.equal([]);
  });

  for (const [name, library] of Object.entries(LIBRARIES)) {
    it(`${name} before the kit: every widget renders, works and throws nothing; FAQPage data keeps its shape`, async () => {
      const { win, doc } = await framedPage(library);
      expect(win.seen, 'nothing thrown or warned while loading').to.deep.equal([]);
      expectRendered(doc, DAY_12);
      await interact(win, doc);
      await pause(50);
      expect(win.seen, 'nothing thrown or warned').to.deep.equal([]);
    });

    it(`${name} after the kit: the widgets keep working and nothing throws`, async () => {
      const { win, doc } = await framedPage();
      await loadLater(doc, library);
      await updated(doc);
      expectRendered(doc, DAY_12);
      await interact(win, doc);
      await pause(50);
      expect(win.seen, 'nothing thrown or warned').to.deep.equal([]);
    });
  }

  it('the stand-ins patch what the libraries patch (so the tests above test something)', async () => {
    const probe = async (library: string) => {
      const { win } = await framedPage(library);
      return win;
    };
    const moo = await probe(LIBRARIES['MooTools 1.3 with 1.2 compat']);
    expect(moo.Array.from(new moo.Set([1, 2])), 'MooTools Array.from wraps a Set').to.have.length(1);
    expect(
      moo.Array.from({ length: 2 }, () => 1),
      'no map function',
    ).to.not.deep.equal([1, 1]);
    expect(() => new moo.Event('context-provider'), 'MooTools replaces window.Event').to.throw();
    expect(Object.keys(new moo.Array()), 'no own keys').to.deep.equal([]);
    expect(
      'contains' in new moo.Array() && Object.prototype.propertyIsEnumerable.call(moo.Array.prototype, 'contains'),
      'enumerable Array#contains',
    ).to.equal(true);
    const proto = await probe(LIBRARIES['Prototype 1.6.0']);
    expect(proto.Array.from(new proto.Set([1, 2]))).to.have.length(0);
    expect(proto.JSON.stringify(new proto.Array(1, 2)), 'Array#toJSON').to.equal('"[1, 2]"');
    expect(new proto.Array(1, 2, 3).reduce((sum: number, n: number) => sum + n, 0)).to.deep.equal(
      new proto.Array(1, 2, 3),
    );
    expect([...new proto.Array('a', 'b').entries()], 'entries() is a copy').to.deep.equal(['a', 'b']);
    expect(() => proto.document.createElement('p').remove(), 'Element#remove without a parent throws').to.throw();
    const jq = await probe(LIBRARIES['jQuery 1.12 with plugins']);
    expect(typeof (jq as unknown as { jQuery: unknown }).jQuery).to.equal('function');
    expect((jq as unknown as { $: unknown }).$).to.equal((jq as unknown as { jQuery: unknown }).jQuery);
  });
});

// A plugin's or an app's own build of some elements (its own Lit and @lit/context, from the npm modules, names not
// minified) next to dist/dermakit.js, whose Lit internals are renamed at build time: each copy renders only its own
// elements, and they talk through the public context protocol ('dermakit-recovery', `context-request`).
describe('another build of the kit on the page, beside dist/dermakit.js', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const baseOf = (win: Framed, tag: string) =>
    Object.getPrototypeOf(Object.getPrototypeOf(win.customElements.get(tag)!));

  for (const [own, from] of [
    ['dk-collagen-gauge', '/src/gauge/index.ts'],
    ['dk-recovery', '/src/recovery/index.ts'],
  ] as const) {
    it(`<${own}> from the other build follows or leads the bundle's elements through the recovery context`, async () => {
      const { win, doc } = await framedPage(
        undefined,
        `<script type="module" src="${from}"></script><script type="module" src="/dist/dermakit.js"></script>`,
      );
      const other = own === 'dk-recovery' ? 'dk-collagen-gauge' : 'dk-recovery';
      expect(baseOf(win, own), 'two copies of Lit').to.not.equal(baseOf(win, other));
      expectRendered(doc, DAY_12);
      const range = shadow(doc.querySelector('dk-recovery')!).querySelector<HTMLInputElement>('input[type="range"]')!;
      range.value = '30';
      range.dispatchEvent(new win.InputEvent('input', { bubbles: true, composed: true }));
      await updated(doc);
      expect(
        shadow(doc.querySelector('dk-collagen-gauge')!).querySelector('[role="meter"]')!.getAttribute('aria-valuenow'),
      ).to.equal(String(Math.round(renewalAt(30))));
      expect(
        text(shadow(doc.querySelector('dk-healing-timeline')!).querySelector('[aria-current="step"] [part="name"]')),
      ).to.equal('Remodeling');
      await pause(50);
      expect(win.seen, 'nothing thrown or warned').to.deep.equal([]);
    });
  }
});
