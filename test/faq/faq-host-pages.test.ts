// <dk-faq> on the pages clinics have (issue 8): readable in every state on light, dark and brand-coloured sections
// with no token set and with the README's dark theme; em sizes under a 62.5 % root; a block theme's column; print;
// long compound words; and no growth of the list while one question closes and another opens.
import { expect, nextFrame } from '@open-wc/testing';
import type { DkFaq } from '../../src/faq/faq.js';
import type { DkFaqItem } from '../../src/faq/faq-item.js';
import {
  HOST_PAGES,
  columnEdges,
  constrainedColumn,
  contrastFailures,
  hostSection,
  simulatePrint,
  smallRootFontSize,
} from '../host-pages.js';
import {
  buttonOf,
  clearButton,
  expandAllButton,
  faqFixture,
  focusedIn,
  itemsOf,
  panelOf,
  part,
  searchField,
  searchFor,
  seedFaq,
  seen,
  settleAll,
} from './harness.js';

const update = (faq: DkFaq) => settleAll(faq.parentElement!);

describe('dk-faq on host pages', () => {
  for (const page of HOST_PAGES) {
    it(`reads in every state on a ${page.name} (axe colour-contrast, no tokens)`, async function () {
      this.timeout(30000);
      const section = await hostSection(page, seedFaq('searchable multiple expand-all style="--dk-duration: 0s"'));
      try {
        const faq = section.querySelector('dk-faq')!;
        const items = itemsOf(faq);
        const failures: string[] = [];
        const check = async (state: string) => {
          await update(faq);
          for (const failure of await contrastFailures(section)) failures.push(`${state}: ${failure}`);
        };
        await check('closed');
        buttonOf(items[1]!).click();
        await check('one open');
        expandAllButton(faq)!.click();
        await check('all open (expand-all control says Collapse all)');
        await searchFor(faq, 'skin');
        expect(seen(clearButton(faq))).to.equal(true);
        await check('filtered with results, clear button shown');
        await searchFor(faq, 'tattoo');
        await check('no results');
        await searchFor(faq, '');
        expandAllButton(faq)!.click();
        buttonOf(items[2]!).focus();
        await check('focused question');
        expect(failures).to.deep.equal([]);
      } finally {
        section.remove();
      }
    });
  }

  it('draws the chevron in the accent colour and the search field with no surface of its own', async () => {
    for (const page of HOST_PAGES) {
      const section = await hostSection(page, seedFaq('searchable'));
      try {
        const faq = section.querySelector('dk-faq')!;
        const field = getComputedStyle(searchField(faq));
        expect(field.backgroundColor, `no painted field on a ${page.name}`).to.equal('rgba(0, 0, 0, 0)');
        expect(field.color).to.equal(getComputedStyle(section).color);
        const chevron = getComputedStyle(part(itemsOf(faq)[0]!, 'icon')!).borderRightColor;
        expect(chevron, `chevron visible on a ${page.name}`).to.not.equal(getComputedStyle(section).backgroundColor);
      } finally {
        section.remove();
      }
    }
    const themed = await hostSection(HOST_PAGES[0]!, seedFaq());
    try {
      themed.style.setProperty('--dk-color-primary', 'rgb(200, 0, 0)');
      const icon = part(itemsOf(themed.querySelector('dk-faq')!)[0]!, 'icon')!;
      expect(getComputedStyle(icon).borderRightColor, 'the accent follows the brand colour').to.equal('rgb(200, 0, 0)');
    } finally {
      themed.remove();
    }
  });

  it('keeps the focus ring inside the question, off the separators', async () => {
    const { faq, items } = await faqFixture(seedFaq());
    const { sendKeys } = await import('@web/test-runner-commands');
    buttonOf(items[0]!).focus();
    await sendKeys({ press: 'ArrowDown' });
    const button = buttonOf(items[1]!);
    expect(focusedIn(items[1]!)).to.equal(button);
    const style = getComputedStyle(button);
    expect(style.outlineStyle).to.not.equal('none');
    const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
    expect(reach, 'the ring ends at or inside the button').to.be.at.most(0);
    // The button lies between the separator above (the previous item's bottom border) and its own.
    const box = button.getBoundingClientRect();
    const item = part(items[1]!, 'item')!.getBoundingClientRect();
    const separator = parseFloat(getComputedStyle(part(items[1]!, 'item')!).borderBottomWidth);
    expect(box.top - reach).to.be.at.least(items[0]!.getBoundingClientRect().bottom - 0.5);
    expect(box.bottom + reach).to.be.at.most(item.bottom - separator + 0.5);
    void faq;
  });

  describe('sizes', () => {
    let undo: (() => void) | undefined;
    afterEach(() => undo?.());

    const measure = async () => {
      const { faq, items } = await faqFixture(seedFaq('searchable multiple expand-all'));
      await searchFor(faq, 'a');
      const px = (element: Element) => {
        const box = element.getBoundingClientRect();
        return [Math.round(box.width * 10) / 10, Math.round(box.height * 10) / 10];
      };
      const result = {
        questionFont: getComputedStyle(part(items[0]!, 'heading')!).fontSize,
        question: px(buttonOf(items[2]!)),
        icon: px(part(items[0]!, 'icon')!),
        field: px(searchField(faq)),
        clear: px(clearButton(faq)),
        expandAll: px(expandAllButton(faq)!),
        faq: px(faq),
      };
      faq.remove();
      return result;
    };

    it('are the same in px under a 62.5 % root as with a 16 px root (em, not rem)', async () => {
      const normal = await measure();
      expect(normal.questionFont, '--dk-faq-question-size defaults to 1.0625em').to.equal('17px');
      undo = smallRootFontSize();
      const small = await measure();
      expect(small).to.deep.equal(normal);
    });

    it('keeps every control at least 24 px square in small text', async () => {
      const { faq, items } = await faqFixture(seedFaq('searchable multiple expand-all style="font-size: 7px"'));
      await searchFor(faq, 'a');
      for (const [name, element] of [
        ['question', buttonOf(items[0]!)],
        ['clear', clearButton(faq)],
        ['expand-all', expandAllButton(faq)!],
        ['search field', searchField(faq)],
      ] as const) {
        const box = element.getBoundingClientRect();
        expect(box.height, `${name} height`).to.be.at.least(24);
        expect(box.width, `${name} width`).to.be.at.least(24);
      }
    });
  });

  it("stays inside a block theme's constrained column", async () => {
    const column = await constrainedColumn(seedFaq('searchable multiple expand-all'));
    try {
      expect(columnEdges(column.querySelector('dk-faq')!)).to.deep.equal({ left: 180, right: 820 });
    } finally {
      column.parentElement!.remove();
    }
  });

  it("wraps a 41-letter word in a question inside 390 px (hyphenated in the page's language)", async () => {
    const word = 'Kollagenneubildungsstimulationsbehandlung';
    expect(word).to.have.length(41);
    const pageWidth = document.documentElement.scrollWidth;
    const box = document.createElement('div');
    box.lang = 'de';
    box.style.cssText = 'width: 390px; padding: 0 16px; box-sizing: border-box; font-size: 20px';
    box.innerHTML = `<dk-faq searchable no-results-text="Nichts zu „{query}“."><dk-faq-item question="Was kostet eine ${word}?"><p>${word}</p></dk-faq-item></dk-faq>`;
    document.body.append(box);
    try {
      const faq = box.querySelector('dk-faq')!;
      await settleAll(box);
      const item = faq.querySelector('dk-faq-item')!;
      expect(faq.getBoundingClientRect().width).to.be.at.most(358.5);
      expect(buttonOf(item).getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right - 15.5);
      expect(buttonOf(item).scrollWidth, 'nothing overflows the question').to.be.at.most(buttonOf(item).clientWidth);
      const question = part(item, 'question')!;
      expect(getComputedStyle(question).hyphens).to.equal('auto');
      await searchFor(faq, word + word);
      expect(faq.scrollWidth, 'a long query in the no-results line wraps too').to.be.at.most(faq.clientWidth);
      expect(document.documentElement.scrollWidth).to.equal(pageWidth);
    } finally {
      box.remove();
    }
  });

  it('prints every answer open, the controls left out, and keeps each question with its answer', async () => {
    const { faq, items } = await faqFixture(seedFaq('searchable multiple expand-all'));
    items[0]!.open = true;
    await searchFor(faq, 'skin');
    expect(seen(panelOf(items[2]!)), 'closed and filtered out on screen').to.equal(false);
    expect(panelOf(items[2]!).hasAttribute('hidden')).to.equal(true);
    const restore = await simulatePrint(faq.parentElement!);
    try {
      for (const item of items) {
        expect(seen(panelOf(item)), `answer of "${item.questionText}" printed`).to.equal(true);
        expect(panelOf(item).getBoundingClientRect().height).to.be.closeTo(
          part(item, 'answer')!.getBoundingClientRect().height,
          0.5,
        );
        expect(getComputedStyle(item).breakInside, 'not split across pages').to.equal('avoid');
        expect(seen(part(item, 'icon')), 'no chevron on paper').to.equal(false);
      }
      expect(seen(searchField(faq)), 'no search field on paper').to.equal(false);
      expect(seen(clearButton(faq)), 'no clear button on paper').to.equal(false);
      expect(seen(expandAllButton(faq)), 'no expand-all button on paper').to.equal(false);
    } finally {
      await restore();
    }
    expect(seen(panelOf(items[2]!)), 'back on screen: closed again').to.equal(false);
  });

  it('never grows the list beyond max(before, after) + 1 px while switching questions', async function () {
    this.timeout(20000);
    // Every item with its question in a slot="question" child (the README's recommended markup) and one with the
    // attribute: the answer's first paragraph is then not the item's first child.
    const { faq, items } = await faqFixture(
      `<dk-faq style="--dk-duration: 300ms">
        <dk-faq-item><span slot="question">How long does redness last?</span><p>One to three days.</p><p>Sometimes a week.</p></dk-faq-item>
        <dk-faq-item><span slot="question">When can I wear make-up?</span><div><p>After 24 hours.</p></div></dk-faq-item>
        <dk-faq-item question="How many sessions?"><p>Three to six.</p></dk-faq-item>
      </dk-faq>`,
      { animate: true },
    );
    const height = () => faq.getBoundingClientRect().height;
    const rest = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      await Promise.all(items.map((item) => item.updateComplete));
      await Promise.all(
        items.flatMap((item) =>
          panelOf(item)
            .getAnimations()
            .map((animation) => animation.finished),
        ),
      );
      await nextFrame();
    };
    const switchTo = async (target: DkFaqItem) => {
      const before = height();
      buttonOf(target).click();
      await Promise.all(items.map((item) => item.updateComplete));
      // Read before any frame passes: on a loaded machine one frame can outlast the whole animation.
      const animated = items.some((item) => panelOf(item).getAnimations().length > 0);
      const heights: number[] = [];
      let frames = 0;
      do {
        await nextFrame();
        heights.push(height());
      } while (items.some((item) => panelOf(item).getAnimations().length > 0) && ++frames < 200);
      await rest();
      const after = height();
      return { before, after, highest: Math.max(...heights), animated };
    };
    buttonOf(items[0]!).click();
    await rest();
    for (const target of [items[1]!, items[2]!, items[0]!]) {
      const { before, after, highest, animated } = await switchTo(target);
      expect(animated, 'the switch animated').to.equal(true);
      expect(highest, `to "${target.questionText}": ${before} → ${after}`).to.be.at.most(Math.max(before, after) + 1);
    }
  });
});
