// How much work a FAQ does on load and while the visitor types (issue 12): each item gets its id once and renders
// once; nothing is folded for the search while the query is empty, and typing folds only the query (each item's text
// once, again only when it changes), with every behaviour kept: slug ids, deduplicated, deep links, author ids.
// Renders are counted through Lit's public `addInitializer` (a controller's `hostUpdated` runs once per render); the
// search's folding is counted as the accent-stripping passes it makes (`String.prototype.normalize('NFKD')`).
import { expect, fixture, html } from '@open-wc/testing';
import { DkFaqItem } from '../../src/faq/faq-item.js';
import { buttonOf, faqFixture, itemsOf, searchFor, settle } from './harness.js';

const renders = new Map<Element, number>();
DkFaqItem.addInitializer((item) =>
  item.addController({ hostUpdated: () => renders.set(item as Element, (renders.get(item as Element) ?? 0) + 1) }),
);

/** Counts the accent-stripping passes (slugs and search folding) made while `action` runs. */
async function strippingPasses(action: () => Promise<unknown>): Promise<number> {
  const normalize = String.prototype.normalize;
  let passes = 0;
  String.prototype.normalize = function (this: string, form?: string) {
    if (form === 'NFKD') passes++;
    return normalize.call(this, form);
  };
  try {
    await action();
  } finally {
    String.prototype.normalize = normalize;
  }
  return passes;
}

const QUESTIONS = Array.from({ length: 30 }, (_, n) => `How long does redness last after session ${n + 1}?`);
const faqHtml = (attributes = '') =>
  `<dk-faq ${attributes}>${QUESTIONS.map(
    (question, n) =>
      `<dk-faq-item><span slot="question">${question}</span><p>Answer ${n + 1}: about a day.</p></dk-faq-item>`,
  ).join('')}</dk-faq>`;

/** Pastes a 30-question FAQ into the page (as a page builder does) and records every change of an item's id. */
async function pasteFaq(attributes = '') {
  const host = await fixture<HTMLElement>(html`<div style="--dk-duration: 0s"></div>`);
  const idChanges: Element[] = [];
  const record = (records: MutationRecord[]) => idChanges.push(...records.map((change) => change.target as Element));
  const observer = new MutationObserver(record);
  observer.observe(host, { subtree: true, attributeFilter: ['id'] });
  host.innerHTML = faqHtml(attributes);
  const faq = host.querySelector('dk-faq')!;
  const items = itemsOf(host);
  await settle(faq, ...items);
  await settle(faq, ...items);
  return { faq, items, idChanges: () => (record(observer.takeRecords()), idChanges) };
}

describe('dk-faq render work', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('gives each of 30 items its id once on load, and renders each once', async () => {
    const { items, idChanges } = await pasteFaq();
    expect(idChanges()).to.have.length(30);
    expect(new Set(idChanges())).to.have.length(30);
    expect(items.map((item) => item.id)).to.deep.equal(
      QUESTIONS.map((_, n) => `how-long-does-redness-last-after-session-${n + 1}`),
    );
    expect(items.map((item) => renders.get(item))).to.deep.equal(items.map(() => 1));
  });

  it('keeps ids unique and authors’ own ids, and opens the item a hash names, with one id change per item', async () => {
    history.replaceState(null, '', '#does-it-hurt-2');
    const host = await fixture<HTMLElement>(html`<div style="--dk-duration: 0s"></div>`);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(host, { subtree: true, attributeFilter: ['id'] });
    host.innerHTML = `<p id="does-it-hurt">Already on the page.</p>
      <dk-faq>
        <dk-faq-item><span slot="question">Does it hurt?</span><p>Barely.</p></dk-faq-item>
        <dk-faq-item id="downtime"><span slot="question">How much downtime?</span><p>A day.</p></dk-faq-item>
        <dk-faq-item question="Does it hurt?"><p>Still barely.</p></dk-faq-item>
      </dk-faq>`;
    const items = itemsOf(host);
    await settle(host.querySelector('dk-faq')!, ...items);
    await settle(...items);
    changes.push(...observer.takeRecords());
    observer.disconnect();
    expect(items.map((item) => item.id)).to.deep.equal(['does-it-hurt-2', 'downtime', 'does-it-hurt-3']);
    expect(changes.map((change) => (change.target as Element).id)).to.deep.equal(['does-it-hurt-2', 'does-it-hurt-3']);
    expect(items.map((item) => item.open)).to.deep.equal([true, false, false]);
  });

  it('gives a question typed into its slot a new id, once', async () => {
    const { items, idChanges } = await pasteFaq();
    const before = idChanges().length;
    items[4]!.querySelector('span')!.textContent = 'Can I wear make-up afterwards?';
    await settle(...items);
    await settle(...items);
    expect(items[4]!.id).to.equal('can-i-wear-make-up-afterwards');
    expect(idChanges().length - before).to.equal(1);
  });

  it('folds nothing for the search while the query is empty', async () => {
    const { faq, items } = await pasteFaq('searchable multiple');
    const passes = await strippingPasses(async () => {
      for (const item of items.slice(0, 5)) buttonOf(item).click();
      await settle(faq, ...items);
      faq.searchLabel = 'Find a question';
      await settle(faq, ...items);
    });
    expect(passes).to.equal(0);
    expect(items.slice(0, 6).map((item) => item.open)).to.deep.equal([true, true, true, true, true, false]);
  });

  it('folds only the query while the visitor types, each item’s text once', async () => {
    const { faq, items } = await pasteFaq('searchable');
    const first = await strippingPasses(() => searchFor(faq, 'r'));
    expect(first, 'the query, and each of the 30 items once').to.equal(31);
    const typing = await strippingPasses(async () => {
      for (const query of ['re', 'red', 'redness', 'redness 12']) await searchFor(faq, query);
    });
    expect(typing, 'one pass per keystroke: the query').to.equal(4);
    expect(items.filter((item) => item.checkVisibility()).map((item) => item.questionText)).to.deep.equal([
      'How long does redness last after session 12?',
    ]);
  });

  it('still matches accents and case in an answer edited while searching', async () => {
    const { faq, items } = await faqFixture(html`<dk-faq searchable lang="de">
      <dk-faq-item question="Wie lange dauert es?"><p>Meist einen Tag.</p></dk-faq-item>
      <dk-faq-item question="Wann darf ich Sport machen?"><p>Nach zwei Tagen.</p></dk-faq-item>
    </dk-faq>`);
    const shown = () => items.filter((item) => item.checkVisibility()).map((item) => item.questionText);
    await searchFor(faq, 'ROTUNG');
    expect(shown()).to.deep.equal([]);
    items[1]!.querySelector('p')!.textContent = 'Wenn die Rötung abgeklungen ist.';
    await settle(faq, ...items);
    await settle(faq, ...items);
    expect(shown()).to.deep.equal(['Wann darf ich Sport machen?']);
    items[1]!.setAttribute('question', 'Wann darf ich ins Fitnessstudio?');
    items[1]!.querySelector('p')!.textContent = 'Nach zwei Tagen.';
    items[0]!.question = 'Wie lange hält die RÖTUNG an?';
    await settle(faq, ...items);
    await settle(faq, ...items);
    expect(shown()).to.deep.equal(['Wie lange hält die RÖTUNG an?']);
  });
});
