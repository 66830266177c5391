// "Expand all / Collapse all" (`expand-all` with `multiple`): one button whose text says what it will do to the
// questions shown; clicks, keys, what a screen reader hears, the search, dk-toggle, and misuse without `multiple`.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings, flatText } from '../helpers.js';
import {
  buttonOf,
  expandAllButton,
  faqFixture,
  focusedIn,
  itemsOf,
  searchFor,
  seedFaq,
  seen,
  settle,
} from './harness.js';
import type { DkFaq } from '../../src/faq/faq.js';

const openStates = (faq: DkFaq) => itemsOf(faq).map((item) => item.open);
const press = async (faq: DkFaq) => {
  expandAllButton(faq)!.click();
  await settle(faq, ...itemsOf(faq));
};

describe('dk-faq expand-all', () => {
  it('has no such button unless asked', async () => {
    const { faq } = await faqFixture(seedFaq('multiple'));
    expect(expandAllButton(faq)).to.equal(null);
  });

  it('is one button named "Expand all" that opens every question, then "Collapse all" that closes them', async () => {
    const { faq, items } = await faqFixture(seedFaq('multiple expand-all'));
    const button = expandAllButton(faq)!;
    expect(seen(button)).to.equal(true);
    expect(button.localName).to.equal('button');
    expect(flatText(button)).to.equal('Expand all');
    expect(button.hasAttribute('aria-expanded'), 'its name says what it does; no toggle state on top').to.equal(false);
    const box = button.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(24);
    // Above the questions: a visitor meets it before the list.
    expect(box.bottom).to.be.at.most(items[0]!.getBoundingClientRect().top + 0.5);

    await press(faq);
    expect(openStates(faq)).to.deep.equal([true, true, true, true, true]);
    for (const item of items) expect(buttonOf(item).getAttribute('aria-expanded')).to.equal('true');
    expect(flatText(expandAllButton(faq)!)).to.equal('Collapse all');
    await expect(faq).to.be.accessible();

    await press(faq);
    expect(openStates(faq)).to.deep.equal([false, false, false, false, false]);
    expect(flatText(expandAllButton(faq)!)).to.equal('Expand all');
  });

  it('follows the questions the visitor opens one by one', async () => {
    const { faq, items } = await faqFixture(seedFaq('multiple expand-all'));
    for (const item of items.slice(0, 4)) buttonOf(item).click();
    await settle(faq, ...items);
    expect(flatText(expandAllButton(faq)!), 'one still closed').to.equal('Expand all');
    buttonOf(items[4]!).click();
    await settle(faq, ...items);
    expect(flatText(expandAllButton(faq)!)).to.equal('Collapse all');
  });

  it('works from the keyboard: Enter and Space', async () => {
    const { faq } = await faqFixture(seedFaq('multiple expand-all'));
    expandAllButton(faq)!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(faq, ...itemsOf(faq));
    expect(openStates(faq).every(Boolean)).to.equal(true);
    await sendKeys({ press: ' ' });
    await settle(faq, ...itemsOf(faq));
    expect(openStates(faq).some(Boolean)).to.equal(false);
    expect(focusedIn(faq), 'focus stays on the button').to.equal(expandAllButton(faq));
  });

  it('fires dk-toggle on each item it opens or closes, and only on those', async () => {
    const { faq, items } = await faqFixture(seedFaq('multiple expand-all'));
    items[1]!.open = true;
    await settle(faq, ...items);
    const toggles: Array<[string, boolean]> = [];
    faq.addEventListener('dk-toggle', (event) =>
      toggles.push([(event.target as Element).id, (event as CustomEvent<{ open: boolean }>).detail.open]),
    );
    await press(faq);
    expect(toggles.map(([, open]) => open)).to.deep.equal([true, true, true, true]);
    expect(toggles.map(([id]) => id)).to.not.include(items[1]!.id);
    toggles.length = 0;
    await press(faq);
    expect(toggles).to.have.length(5);
    expect(toggles.every(([, open]) => !open)).to.equal(true);
  });

  it('acts on the questions the search shows, and hides when none shows', async () => {
    const { faq } = await faqFixture(seedFaq('multiple expand-all searchable'));
    await searchFor(faq, 'skin');
    await press(faq);
    expect(openStates(faq), 'the three matches open, the others stay closed').to.deep.equal([
      false,
      true,
      false,
      true,
      true,
    ]);
    expect(flatText(expandAllButton(faq)!)).to.equal('Collapse all');
    await searchFor(faq, '');
    expect(flatText(expandAllButton(faq)!), 'two shown questions are closed').to.equal('Expand all');
    await searchFor(faq, 'tattoo');
    expect(seen(expandAllButton(faq))).to.equal(false);
  });

  it('takes its texts from attributes', async () => {
    const { faq } = await faqFixture(
      seedFaq('multiple expand-all lang="de" expand-all-text="Alle öffnen" collapse-all-text="Alle schließen"'),
    );
    expect(flatText(expandAllButton(faq)!)).to.equal('Alle öffnen');
    await press(faq);
    expect(flatText(expandAllButton(faq)!)).to.equal('Alle schließen');
  });

  it('without multiple: warns once, shows no button and leaves single-open alone', async () => {
    let faq!: DkFaq;
    const warnings = await captureWarnings(async () => {
      ({ faq } = await faqFixture(seedFaq('expand-all')));
      faq.requestUpdate();
      await settle(faq);
    });
    expect(warnings).to.deep.equal([
      '<dk-faq> expand-all: needs multiple (several answers open at once); not showing the button.',
    ]);
    expect(expandAllButton(faq)).to.equal(null);
    buttonOf(itemsOf(faq)[0]!).click();
    buttonOf(itemsOf(faq)[1]!).click();
    await settle(faq, ...itemsOf(faq));
    expect(openStates(faq)).to.deep.equal([false, true, false, false, false]);

    faq.multiple = true;
    await settle(faq);
    expect(seen(expandAllButton(faq)), 'appears once multiple is set').to.equal(true);
  });
});
