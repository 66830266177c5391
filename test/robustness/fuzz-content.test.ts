// Property-based fuzzing of what is not an attribute: the questions and answers a FAQ searches and writes into its
// JSON-LD, the words a visitor types into the search, the text of phases and gauge captions, and the page's `lang`.
// Content is set as text (never parsed as HTML): payloads must stay text in every path, including the JSON-LD.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { allInShadow, inShadow, part } from '../harness.js';
import { LANGS, SEED, contentText, garbage } from './garbage.js';
import {
  Watch,
  check,
  expectNoInjectedMarkup,
  expectNoLeakedInternals,
  expectWarningsName,
  mount,
  scriptsBaseline,
  settle,
} from './harness.js';
import { faqRenders, gaugeRenders, planRenders, recoveryRenders, sliderRenders, timelineRenders } from './renders.js';
import { FAQ_ITEMS, GAUGE, IMAGES, PHASES, PLAN, RECOVERY } from './targets.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Entry {
  question: string;
  slotted: boolean;
  answer: string;
}

/** The items for `entries`, built through the DOM so that every text stays text. */
function itemsOf(entries: Entry[]): HTMLElement[] {
  return entries.map((entry) => {
    const item = document.createElement('dk-faq-item');
    if (entry.slotted)
      item.append(Object.assign(document.createElement('span'), { slot: 'question', textContent: entry.question }));
    else item.setAttribute('question', entry.question);
    item.append(Object.assign(document.createElement('p'), { textContent: entry.answer }));
    return item;
  });
}

const search = (faq: HTMLElement) => inShadow<HTMLInputElement>(faq, 'input[type="search"]')!;

async function typeQuery(faq: HTMLElement, query: string): Promise<void> {
  const input = search(faq);
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(faq);
}

const shownItems = (faq: HTMLElement) =>
  [...faq.querySelectorAll('dk-faq-item')].filter((item) => !part(item, 'item')!.hasAttribute('hidden'));

describe('fuzzed content', function () {
  this.timeout(120_000);
  let watch: Watch;
  beforeEach(() => {
    watch = new Watch().start();
  });
  afterEach(() => watch.stop());

  it('FAQ: any question, answer and search words keep search, status and JSON-LD right', async () => {
    const scripts = scriptsBaseline();
    const container = mount('<dk-faq searchable schema></dk-faq>');
    const faq = container.querySelector<HTMLElement>('dk-faq')!;
    const entry = fc.record({ question: contentText, slotted: fc.boolean(), answer: contentText });
    try {
      await check(
        fc.asyncProperty(fc.array(entry, { minLength: 1, maxLength: 4 }), contentText, async (entries, query) => {
          // A page builder replaces the FAQ's items, as it does when an editor saves.
          await typeQuery(faq, '');
          watch.warnings.length = 0;
          faq.replaceChildren(...itemsOf(entries));
          await settle(container);
          const asked = entries.filter((e) => collapse(e.question) !== '');
          // Structured data: the same texts, whitespace collapsed, with nothing that could end the script element.
          const schema = document.querySelectorAll('script[type="application/ld+json"]');
          expect(schema).to.have.length(1);
          const json = schema[0]!.textContent!;
          expect(json).to.not.match(/[<>]/);
          const data = JSON.parse(json);
          expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(
            asked.map((e) => collapse(e.question)),
          );
          expect(data.mainEntity.map((q: { acceptedAnswer: { text: string } }) => q.acceptedAnswer.text)).to.deep.equal(
            asked.map((e) => collapse(e.answer)),
          );

          await typeQuery(faq, query);
          const status = part(faq, 'status')!.textContent!.trim();
          const shown = shownItems(faq).length;
          if (query.trim() === '') {
            expect(shown, 'an empty search hides nothing').to.equal(entries.length);
            // Silent until the first search; after one, an emptied field announces that every question is back.
            expect(['', `${entries.length} of ${entries.length} questions`]).to.include(status);
          } else {
            expect(status).to.equal(`${shown} of ${entries.length} questions`);
            expect(part(faq, 'no-results')!.hasAttribute('hidden')).to.equal(shown > 0);
          }
          faqRenders(faq);
          expectNoLeakedInternals(faq);
          expectNoInjectedMarkup(scripts, container);

          // Searching for a question's own words finds it.
          const first = collapse(entries[0]!.question);
          await typeQuery(faq, first);
          expect(shownItems(faq), `searching "${first.slice(0, 40)}"`).to.include(faq.querySelector('dk-faq-item'));

          // Escape empties the search: everything shows again.
          search(faq).dispatchEvent(
            new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }),
          );
          await settle(faq);
          expect(shownItems(faq)).to.have.length(entries.length);
          // Only items without a question warn (their answer shows alone).
          expectWarningsName(watch.warnings, (tag, attribute) => tag === 'dk-faq-item' && attribute === 'question');
          expect(watch.warnings.length <= entries.length - asked.length).to.equal(true);
          await watch.expectClean();
        }),
        { numRuns: 50, seed: SEED },
      );
    } finally {
      container.remove();
    }
    await watch.expectClean();
    expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
  });

  it("FAQ deep links: any URL fragment (malformed escapes, payloads, an answer's id) opens at most its question", async () => {
    const container = mount(`<dk-faq>${FAQ_ITEMS}</dk-faq>`);
    const faq = container.querySelector<HTMLElement>('dk-faq')!;
    const fragments = fc.oneof(
      contentText,
      fc.constantFrom('%', '%E0%A4%A', '%00', '%ZZ', 'how-many-treatments-are-needed'),
    );
    try {
      await settle(container, true);
      await check(
        fc.asyncProperty(fragments, async (fragment) => {
          // From a URL without a fragment, so that every new one is a change the FAQ hears.
          history.replaceState(null, '', location.pathname + location.search);
          const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
          location.hash = fragment || '-';
          await changed;
          await settle(container);
          faqRenders(faq);
          const items = [...faq.querySelectorAll('dk-faq-item')];
          let id: string | undefined;
          try {
            id = decodeURIComponent(location.hash.slice(1));
          } catch {
            // A malformed escape names nothing.
          }
          const open = items.filter((item) => item.hasAttribute('open'));
          expect(open, 'the question the fragment names, and no other').to.deep.equal(
            items.filter((item) => item.id === id),
          );
          for (const item of open) item.removeAttribute('open');
          await watch.expectClean();
        }),
        { numRuns: 30, seed: SEED, examples: [['how-many-treatments-are-needed'], ['%E0%A4%A']] },
      );
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      container.remove();
    }
  });

  it('timeline and gauge: any phase text and caption stays their own light-DOM text', async () => {
    const scripts = scriptsBaseline();
    const container = mount(RECOVERY(`<dk-healing-timeline>${PHASES}</dk-healing-timeline>${GAUGE}`));
    const phases = [...container.querySelectorAll('dk-phase')];
    const timeline = container.querySelector<HTMLElement>('dk-healing-timeline')!;
    const gauge = container.querySelector<HTMLElement>('dk-collagen-gauge')!;
    try {
      await settle(container, true);
      await check(
        fc.asyncProperty(fc.array(contentText, { minLength: 3, maxLength: 3 }), contentText, async (texts, caption) => {
          phases.forEach((phase, index) => (phase.textContent = texts[index]!));
          gauge.textContent = caption;
          await settle(container);
          timelineRenders(timeline, 3);
          const slotted = allInShadow<HTMLSlotElement>(timeline, 'slot').flatMap((slot) => slot.assignedElements());
          expect(slotted).to.deep.equal(phases);
          gaugeRenders(gauge);
          const meter = inShadow(gauge, '[role="meter"]')!;
          expect(meter.getAttribute('aria-label')).to.equal(
            collapse(caption) || 'Share of the collagen renewal expected by about six months',
          );
          expectNoLeakedInternals(container.firstElementChild!);
          expectNoInjectedMarkup(scripts, container);
          expect(watch.warnings, 'text is never an author mistake').to.deep.equal([]);
          await watch.expectClean();
        }),
        { numRuns: 30, seed: SEED },
      );
    } finally {
      container.remove();
    }
  });

  it('any lang on the page: every widget still renders, numbers in some script, warnings name lang', async () => {
    const scripts = scriptsBaseline();
    const page = `<dk-faq searchable><dk-faq-item question="Is it safe?"><p>Yes.</p></dk-faq-item></dk-faq>
      ${RECOVERY(`<dk-healing-timeline>${PHASES}</dk-healing-timeline>${GAUGE}${PLAN}`, 'treatment-date="2026-11-01" today="2026-11-13" scrubber date-picker')}
      <dk-healing-timeline day="-5" treatment-date="2026-11-20"></dk-healing-timeline>
      <dk-treatment-plan start-date="2026-12-01" sessions="2"></dk-treatment-plan>
      <dk-collagen-gauge value="42"></dk-collagen-gauge>
      <dk-before-after>${IMAGES}</dk-before-after>`;
    const container = mount(page);
    try {
      await settle(container, true);
      await check(
        fc.asyncProperty(fc.oneof(fc.constantFrom(...LANGS), garbage), async (lang) => {
          watch.warnings.length = 0;
          container.setAttribute('lang', lang);
          // Widgets read the language when they render; a page's lang changes rarely, so nothing watches it.
          for (const element of container.querySelectorAll('*'))
            (element as Partial<{ requestUpdate(): void }>).requestUpdate?.();
          await settle(container);
          faqRenders(container.querySelector('dk-faq')!);
          recoveryRenders(container.querySelector('dk-recovery')!);
          const before = container.querySelector<HTMLElement>(':scope > dk-healing-timeline')!;
          timelineRenders(before);
          expect(part(before, 'status')!.textContent, '"Treatment in 5 days"').to.match(/\p{Nd}/u);
          planRenders(container.querySelector(':scope > dk-treatment-plan')!);
          const gauge = container.querySelector<HTMLElement>(':scope > dk-collagen-gauge')!;
          gaugeRenders(gauge);
          expect(part(gauge, 'value')!.textContent, 'a number in some script').to.match(/\p{Nd}/u);
          sliderRenders(container.querySelector('dk-before-after')!);
          expectNoLeakedInternals(container);
          expectNoInjectedMarkup(scripts, container);
          expectWarningsName(watch.warnings, (tag, attribute) => tag.startsWith('dk-') && attribute === 'lang');
          await watch.expectClean();
        }),
        { numRuns: 30, seed: SEED },
      );
    } finally {
      container.remove();
    }
  });
});
