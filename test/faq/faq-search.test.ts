import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DkFaq } from '../../src/faq/faq.js';
import { flatText, typeText } from '../helpers.js';
import {
  clearButton,
  faqFixture,
  focusedIn,
  itemHasFocus,
  noResults,
  searchField,
  seedFaq,
  seen,
  settle,
  statusOf,
} from './harness.js';

const shownQuestions = (faq: DkFaq) =>
  [...faq.querySelectorAll('dk-faq-item')].filter((item) => item.checkVisibility()).map((item) => item.questionText);

async function typeInto(faq: DkFaq, text: string) {
  searchField(faq).focus();
  await typeText(text);
  await settle(faq, ...faq.querySelectorAll('dk-faq-item'));
}

describe('dk-faq searchable', () => {
  it('has no search field unless asked', async () => {
    const { faq } = await faqFixture(seedFaq());
    expect(searchField(faq)).to.equal(null);
  });

  it('offers a labelled search field and an empty polite live region', async () => {
    const { faq } = await faqFixture(seedFaq('searchable'));
    const field = searchField(faq);
    expect(field.labels?.[0]?.textContent?.trim()).to.equal('Search questions');
    expect(statusOf(faq)).to.equal('');
    await expect(faq).to.be.accessible();
  });

  it('filters by question and answer text as the visitor types, ignoring case and accents', async () => {
    const { faq } = await faqFixture(seedFaq('searchable'));
    await typeInto(faq, 'SKIN');
    expect(shownQuestions(faq)).to.deep.equal([
      'Is microneedling safe for all skin types?',
      'Does microneedling damage the skin barrier?',
      'Can it help with acne scars?',
    ]);
    expect(statusOf(faq)).to.equal('3 of 5 questions');
    await expect(faq).to.be.accessible();

    searchField(faq).select();
    await typeInto(faq, 'sessions weeks');
    expect(shownQuestions(faq)).to.deep.equal(['How many treatments are needed?']);
    expect(statusOf(faq)).to.equal('1 of 5 questions');
  });

  it('finds accented words without the accents', async () => {
    const { faq } = await faqFixture(`<dk-faq searchable lang="de">
      <dk-faq-item question="Wie lange hält die Rötung an?"><p>Meist 24 bis 48 Stunden.</p></dk-faq-item>
      <dk-faq-item question="Wann darf ich wieder Sport machen?"><p>Nach zwei bis drei Tagen.</p></dk-faq-item>
    </dk-faq>`);
    await typeInto(faq, 'rotung halt');
    expect(shownQuestions(faq)).to.deep.equal(['Wie lange hält die Rötung an?']);
  });

  it('says so when nothing matches, and Escape brings every question back', async () => {
    const { faq } = await faqFixture(seedFaq('searchable'));
    await typeInto(faq, 'tattoo');
    expect(shownQuestions(faq)).to.deep.equal([]);
    expect(noResults(faq).checkVisibility()).to.equal(true);
    expect(flatText(noResults(faq))).to.equal('No questions match “tattoo”.');
    expect(statusOf(faq)).to.equal('0 of 5 questions');
    await expect(faq).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await settle(faq);
    expect(searchField(faq).value).to.equal('');
    expect(shownQuestions(faq)).to.have.length(5);
    expect(noResults(faq).checkVisibility()).to.equal(false);
  });

  it('skips filtered-out questions with the arrow keys', async () => {
    const { faq, items } = await faqFixture(seedFaq('searchable'));
    await typeInto(faq, 'microneedling');
    const focused = () => items.findIndex(itemHasFocus);
    items[1]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(), 'the filtered-out third question is skipped').to.equal(3);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(0);
  });

  it("takes its texts from attributes, with numbers in the page's language", async () => {
    const { faq } = await faqFixture(
      seedFaq(`searchable lang="de" search-label="Fragen durchsuchen" search-placeholder="z. B. Kollagen"
        results-text="{shown} von {total} Fragen" no-results-text="Keine Frage passt zu „{query}“."`),
    );
    expect(searchField(faq).labels?.[0]?.textContent?.trim()).to.equal('Fragen durchsuchen');
    expect(searchField(faq).placeholder).to.equal('z. B. Kollagen');
    await typeInto(faq, 'haut');
    expect(statusOf(faq)).to.equal('0 von 5 Fragen');
    expect(flatText(noResults(faq))).to.equal('Keine Frage passt zu „haut“.');
  });

  it("formats counts for the page's language", async () => {
    const many = Array.from({ length: 1200 }, (_, i) => `<dk-faq-item question="Q${i}"><p>A</p></dk-faq-item>`).join(
      '',
    );
    const { faq } = await faqFixture(`<dk-faq searchable lang="en-US">${many}</dk-faq>`);
    await typeInto(faq, 'q');
    expect(statusOf(faq)).to.equal('1,200 of 1,200 questions');
  });
});

describe('dk-faq search clear button', () => {
  it('shows a themed clear button only while the field holds text, named by clear-text', async () => {
    const { faq } = await faqFixture(seedFaq('searchable'));
    expect(seen(clearButton(faq)), 'hidden while empty').to.equal(false);
    await typeInto(faq, 'skin');
    const clear = clearButton(faq);
    expect(seen(clear)).to.equal(true);
    expect(clear.getAttribute('aria-label')).to.equal('Clear search');
    const box = clear.getBoundingClientRect();
    expect(box.width, 'target width').to.be.at.least(24);
    expect(box.height, 'target height').to.be.at.least(24);
    // Inside the field, at its end: the field's text never runs under it.
    const field = searchField(faq).getBoundingClientRect();
    expect(box.right).to.be.closeTo(field.right, 1);
    expect(box.top).to.be.at.least(field.top - 0.5);
    expect(box.bottom).to.be.at.most(field.bottom + 0.5);
    expect(parseFloat(getComputedStyle(searchField(faq)).paddingInlineEnd)).to.be.at.least(box.width - 1);
    await expect(faq).to.be.accessible();

    faq.setAttribute('clear-text', 'Suche leeren');
    await settle(faq);
    expect(clear.getAttribute('aria-label')).to.equal('Suche leeren');
  });

  it('clears on click: every question back, the count announced, focus back in the field', async () => {
    const { faq } = await faqFixture(seedFaq('searchable'));
    await typeInto(faq, 'tattoo');
    expect(statusOf(faq)).to.equal('0 of 5 questions');
    clearButton(faq).click();
    await settle(faq, ...faq.querySelectorAll('dk-faq-item'));
    expect(searchField(faq).value).to.equal('');
    expect(shownQuestions(faq)).to.have.length(5);
    expect(statusOf(faq), 'the live line says how many show now').to.equal('5 of 5 questions');
    expect(focusedIn(faq)).to.equal(searchField(faq));
    expect(seen(clearButton(faq)), 'gone with the text').to.equal(false);
  });

  it('clears with the keyboard (Enter on the button) and with Escape in the field, announcing the count', async () => {
    const { faq } = await faqFixture(seedFaq('searchable'));
    await typeInto(faq, 'skin');
    clearButton(faq).focus();
    await sendKeys({ press: 'Enter' });
    await settle(faq);
    expect(searchField(faq).value).to.equal('');
    expect(focusedIn(faq)).to.equal(searchField(faq));

    await typeInto(faq, 'acne');
    expect(statusOf(faq)).to.equal('1 of 5 questions');
    await sendKeys({ press: 'Escape' });
    await settle(faq);
    expect(searchField(faq).value).to.equal('');
    expect(statusOf(faq)).to.equal('5 of 5 questions');
  });
});
