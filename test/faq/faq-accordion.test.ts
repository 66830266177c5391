import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, flatText, referenced } from '../helpers.js';
import type { DkFaqItem } from '../../src/faq/faq-item.js';
import { answerShows, buttonOf, faqFixture, focusedIn, headingOf, panelOf, seedFaq, settle } from './harness.js';

describe('dk-faq accordion (WAI-ARIA APG)', () => {
  it('reads each question as a collapsed button inside a level-3 heading', async () => {
    const { items } = await faqFixture(seedFaq());
    expect(items).to.have.length(5);
    for (const item of items) {
      const heading = headingOf(item);
      expect(heading.getAttribute('aria-level')).to.equal('3');
      const button = buttonOf(item);
      expect(heading.contains(button)).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(answerShows(item)).to.equal(false);
    }
    expect(flatText(buttonOf(items[0]!))).to.equal('How long does collagen production last after microneedling?');
    expect(flatText(buttonOf(items[1]!))).to.equal('Is microneedling safe for all skin types?');
  });

  it('labels each answer region by its question, with ids that resolve in the same tree', async () => {
    const { items } = await faqFixture(seedFaq());
    for (const item of items) {
      const [panel] = referenced(buttonOf(item), 'aria-controls');
      expect(panel).to.equal(panelOf(item));
      expect(panel!.getAttribute('role')).to.equal('region');
      const [label] = referenced(panel!, 'aria-labelledby');
      expect(label).to.equal(buttonOf(item));
    }
  });

  it('is accessible closed, with one open, and with every item open', async () => {
    const { faq, items } = await faqFixture(seedFaq());
    await expect(faq).to.be.accessible();
    buttonOf(items[2]!).click();
    await settle(items[2]!);
    await expect(faq).to.be.accessible();
    faq.multiple = true;
    items.forEach((item) => (item.open = true));
    await settle(faq, ...items);
    await expect(faq).to.be.accessible();
  });

  it('opens and closes on click, keeping only one open', async () => {
    const { items } = await faqFixture(seedFaq());
    buttonOf(items[0]!).click();
    await settle(...items);
    expect(buttonOf(items[0]!).getAttribute('aria-expanded')).to.equal('true');
    expect(items[0]!.hasAttribute('open')).to.equal(true);
    expect(answerShows(items[0]!)).to.equal(true);

    buttonOf(items[3]!).click();
    await settle(...items);
    expect(items.map((item) => item.open)).to.deep.equal([false, false, false, true, false]);
    expect(answerShows(items[0]!)).to.equal(false);

    buttonOf(items[3]!).click();
    await settle(...items);
    expect(items.map((item) => item.open)).to.deep.equal([false, false, false, false, false]);
  });

  it('keeps several open with multiple', async () => {
    const { items } = await faqFixture(seedFaq('multiple'));
    buttonOf(items[0]!).click();
    buttonOf(items[4]!).click();
    await settle(...items);
    expect(items.map((item) => item.open)).to.deep.equal([true, false, false, false, true]);
  });

  it('toggles with Enter and Space on a focused question', async () => {
    const { items } = await faqFixture(seedFaq());
    buttonOf(items[1]!).focus();
    await sendKeys({ press: 'Enter' });
    await settle(...items);
    expect(items[1]!.open).to.equal(true);
    await sendKeys({ press: ' ' });
    await settle(...items);
    expect(items[1]!.open).to.equal(false);
  });

  it('moves focus with ArrowDown/ArrowUp (wrapping) and Home/End', async () => {
    const { items } = await faqFixture(seedFaq());
    const focused = () => items.findIndex((item) => focusedIn(item) === buttonOf(item));
    items[0]!.focus();
    expect(focused()).to.equal(0);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(1);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(4);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(0);
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(4);
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(0);
    expect(items.every((item) => !item.open)).to.equal(true);
  });

  it('leaves arrow keys alone inside an answer (a link there keeps its own keys)', async () => {
    const { items } = await faqFixture(html`<dk-faq>
      <dk-faq-item question="Where are you?" open><p><a href="#map">Our map</a></p></dk-faq-item>
      <dk-faq-item question="When are you open?"><p>Weekdays.</p></dk-faq-item>
    </dk-faq>`);
    const link = items[0]!.querySelector('a')!;
    link.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(document.activeElement).to.equal(link);
  });

  it("fires dk-toggle for the visitor's toggles only", async () => {
    const { faq, items } = await faqFixture(seedFaq());
    const events: Array<{ target: EventTarget | null; open: boolean }> = [];
    document.addEventListener('dk-toggle', (event) =>
      events.push({ target: event.target, open: (event as CustomEvent).detail.open }),
    );
    setTimeout(() => buttonOf(items[2]!).click());
    const event = await oneEvent(faq, 'dk-toggle');
    expect(event.detail).to.deep.equal({ open: true });
    expect(event.bubbles && event.composed).to.equal(true);
    items[0]!.open = true;
    await settle(...items);
    expect(events).to.deep.equal([{ target: items[2], open: true }]);
  });

  it('one at a time: opening a question closes the open one, and both fire dk-toggle (as <details name> does)', async () => {
    const { faq, items } = await faqFixture(seedFaq());
    buttonOf(items[0]!).click();
    await settle(...items);
    const events: Array<[number, boolean]> = [];
    faq.addEventListener('dk-toggle', (event) =>
      events.push([items.indexOf(event.target as DkFaqItem), (event as CustomEvent).detail.open]),
    );
    buttonOf(items[2]!).click();
    await settle(...items);
    expect(events).to.deep.equal([
      [2, true],
      [0, false],
    ]);
    expect(items.map((item) => item.open)).to.deep.equal([false, false, true, false, false]);
    expect(buttonOf(items[0]!).getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens an item the author marked open, and keeps only the first when several are', async () => {
    const warnings = await captureWarnings(async () => {
      const { items } = await faqFixture(html`<dk-faq>
        <dk-faq-item question="One" open><p>1</p></dk-faq-item>
        <dk-faq-item question="Two" open><p>2</p></dk-faq-item>
      </dk-faq>`);
      await settle(...items);
      expect(items.map((item) => item.open)).to.deep.equal([true, false]);
      expect(answerShows(items[0]!)).to.equal(true);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('follows heading-level, clamping a bad one with a warning', async () => {
    const { items } = await faqFixture(seedFaq('heading-level="2"'));
    expect(headingOf(items[0]!).getAttribute('aria-level')).to.equal('2');
    let clamped!: string | null;
    const warnings = await captureWarnings(async () => {
      const { items: others } = await faqFixture(seedFaq('heading-level="9"'));
      clamped = headingOf(others[0]!).getAttribute('aria-level');
      const { items: garbage } = await faqFixture(seedFaq('heading-level="h3"'));
      expect(headingOf(garbage[0]!).getAttribute('aria-level')).to.equal('3');
    });
    expect(clamped).to.equal('6');
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.match(/^<dk-faq> heading-level: 9 is outside 2–6; using 6/);
    expect(warnings[1]).to.match(/^<dk-faq> heading-level: "h3" is not a number/);
  });

  it('shows the answer of an item without a question, with one warning', async () => {
    let items!: Awaited<ReturnType<typeof faqFixture>>['items'];
    const warnings = await captureWarnings(async () => {
      ({ items } = await faqFixture(html`<dk-faq>
        <dk-faq-item><p>An answer without its question.</p></dk-faq-item>
        <dk-faq-item question="A real question"><p>A real answer.</p></dk-faq-item>
      </dk-faq>`));
      items[0]!.requestUpdate();
      await settle(...items);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^<dk-faq-item> question: /);
    expect(buttonOf(items[0]!)).to.equal(null);
    expect(answerShows(items[0]!)).to.equal(true);
    expect(buttonOf(items[1]!)).to.be.instanceOf(HTMLButtonElement);
  });

  it('stops answers being landmark regions when more than six can be open at once', async () => {
    const many = Array.from(
      { length: 7 },
      (_, i) => html`<dk-faq-item question="Question ${i}"><p>Answer ${i}</p></dk-faq-item>`,
    );
    const { items } = await faqFixture(html`<dk-faq multiple>${many}</dk-faq>`);
    expect(panelOf(items[0]!).hasAttribute('role')).to.equal(false);
    const { items: single } = await faqFixture(html`<dk-faq>${many}</dk-faq>`);
    expect(panelOf(single[0]!).getAttribute('role')).to.equal('region');
  });

  it('keeps collapsed answers findable with find-in-page, and opens on a match', async () => {
    const { items } = await faqFixture(seedFaq());
    const panel = panelOf(items[3]!);
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    // What the browser does on a find-in-page match inside the collapsed answer: reveal it, then fire beforematch.
    panel.removeAttribute('hidden');
    panel.dispatchEvent(new Event('beforematch'));
    await settle(...items);
    expect(items[3]!.open).to.equal(true);
    expect(answerShows(items[3]!)).to.equal(true);
  });

  it('animates the height over --dk-duration, and not at all when it is 0s', async () => {
    const { faq, items } = await faqFixture(seedFaq(), { animate: true });
    buttonOf(items[0]!).click();
    await settle(...items);
    const [animation] = panelOf(items[0]!).getAnimations();
    expect(animation, 'a height animation').to.be.instanceOf(Animation);
    expect((animation!.effect as KeyframeEffect).getTiming().duration).to.equal(200);
    faq.style.setProperty('--dk-duration', '0s');
    buttonOf(items[1]!).click();
    await settle(...items);
    expect(panelOf(items[1]!).getAnimations()).to.have.length(0);
    expect(panelOf(items[0]!).hasAttribute('hidden'), 'closed at once').to.equal(true);
  });
});
