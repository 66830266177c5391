// <dk-healing-timeline> on the pages clinics have (issue 8): readable in every state on light, dark and
// brand-coloured sections with no token set and with the README's dark theme; em sizes under a 62.5 % root; a block
// theme's column; print; long German and medical compound names; forced colours; the "Day N" chip on its bar; and
// truthful before treatment.
import { expect } from '@open-wc/testing';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import '../../src/timeline/index.js';
import { flatText } from '../helpers.js';
import {
  BRAND,
  DARK,
  DARK_THEME,
  HOST_PAGES,
  LIGHT,
  columnEdges,
  constrainedColumn,
  contrastFailures,
  hostSection,
  simulateForcedColors,
  simulatePrint,
  smallRootFontSize,
} from '../host-pages.js';
import { current, elapsedFill, inShadow, isSideBySide, items, marker, part, settleAll, status } from './harness.js';

/** Every state a visitor can meet, as markup (phases of their own for the day between two phases). */
const STATES: Readonly<Record<string, string>> = {
  'no day': '<dk-healing-timeline></dk-healing-timeline>',
  'before treatment': '<dk-healing-timeline day="-10"></dk-healing-timeline>',
  'treatment day': '<dk-healing-timeline day="0"></dk-healing-timeline>',
  'in a phase': '<dk-healing-timeline day="12"></dk-healing-timeline>',
  'between phases': `<dk-healing-timeline day="5">
      <dk-phase name="Swelling" start="0" end="2">Cool it.</dk-phase>
      <dk-phase name="Peeling" start="7" end="14">Let it flake.</dk-phase>
    </dk-healing-timeline>`,
  'healing complete': '<dk-healing-timeline day="400"></dk-healing-timeline>',
  'scale="time"': '<dk-healing-timeline day="12" scale="time"></dk-healing-timeline>',
};

const GERMAN = `
  <dk-phase name="Entzündungsphase" start="0" end="3">Die Durchblutung steigt, Wachstumsfaktoren wecken die Fibroblasten.</dk-phase>
  <dk-phase name="Proliferationsphase" start="3" end="21">Fibroblasten bilden neues Kollagen Typ III.</dk-phase>
  <dk-phase name="Umbauphase" start="21" end="180">Kollagen Typ III reift zu Typ I.</dk-phase>`;
/** 41 characters, one word. */
const WORD = 'Kollagenneubildungsstimulationstherapieph';

const timelines = (root: ParentNode) => [...root.querySelectorAll<DkHealingTimeline>('dk-healing-timeline')];
const rect = (element: Element) => element.getBoundingClientRect();

/** A timeline in a container `width` px wide, on a page in `lang`. */
async function inBox(width: number, markup: string, lang = 'en'): Promise<{ box: HTMLElement; el: DkHealingTimeline }> {
  const box = document.createElement('div');
  box.lang = lang;
  box.style.width = `${width}px`;
  box.style.setProperty('--dk-duration', '0s');
  box.innerHTML = markup; // test markup
  document.body.append(box);
  await settleAll(box);
  return { box, el: box.querySelector('dk-healing-timeline')! };
}

/** Lines a phase's name takes. */
function lines(li: HTMLElement): number {
  const range = document.createRange();
  range.selectNodeContents(part(li, 'name')!);
  return new Set([...range.getClientRects()].map(({ top }) => Math.round(top))).size;
}

describe('dk-healing-timeline on host pages', () => {
  for (const page of HOST_PAGES) {
    it(`reads in every state on a ${page.name} (axe colour-contrast, no tokens)`, async function () {
      this.timeout(30000);
      const markup = Object.entries(STATES)
        .map(([state, timeline]) => `<div data-state="${state}">${timeline}</div>`)
        .join('');
      const section = await hostSection(page, markup);
      try {
        const failures = await contrastFailures(section);
        expect(failures).to.deep.equal([]);
        const [, before, , inPhase, between, complete] = timelines(section);
        expect(status(before!)).to.equal('Treatment in 10 days');
        expect(marker(inPhase!)).to.equal('Day 12');
        expect(status(between!)).to.equal('Day 5');
        expect(status(complete!)).to.equal('Day 400: healing complete');
      } finally {
        section.remove();
      }
    });
  }

  it('fills the "Day N" chip with the brand colour under on-primary text, bars in the track and the accent', async () => {
    const expected = new Map([
      [LIGHT, ['rgb(11, 110, 105)', 'rgb(255, 255, 255)']],
      [DARK, ['rgb(11, 110, 105)', 'rgb(255, 255, 255)']],
      [BRAND, ['rgb(11, 110, 105)', 'rgb(255, 255, 255)']],
      [DARK_THEME, ['rgb(94, 196, 184)', 'rgb(11, 31, 29)']],
    ]);
    for (const [page, [fill, text]] of expected) {
      const section = await hostSection(page, STATES['in a phase']!);
      try {
        const [el] = timelines(section);
        const chip = getComputedStyle(part(el, 'marker')!);
        expect([chip.backgroundColor, chip.color], `chip on a ${page.name}`).to.deep.equal([fill, text]);
        const [done, now, ahead] = items(el!).map((li) => getComputedStyle(part(li, 'segment')!).backgroundColor);
        const elapsed = getComputedStyle(elapsedFill(el!)!).backgroundColor;
        const background = getComputedStyle(section).backgroundColor;
        expect(done, `a past phase's bar is the elapsed colour on a ${page.name}`).to.equal(elapsed);
        expect(now, 'the current bar is the track').to.equal(ahead);
        expect(done, 'elapsed differs from the track').to.not.equal(ahead);
        expect(done, 'elapsed shows on the section').to.not.equal(background);
        expect(getComputedStyle(current(el!)[0]!).borderTopColor, 'the current box is the accent').to.equal(done);
      } finally {
        section.remove();
      }
    }
  });

  it('sizes in em: the same pixels under a 62.5 % root font size', async () => {
    const measure = async () => {
      const { box, el } = await inBox(900, '<dk-healing-timeline day="12"></dk-healing-timeline>');
      try {
        const [li] = current(el);
        const style = getComputedStyle(li!);
        const chip = rect(part(el, 'marker')!);
        return {
          sideBySide: isSideBySide(el),
          padding: [style.paddingTop, style.paddingLeft, style.paddingBottom],
          gap: getComputedStyle(part(el, 'list')!).rowGap,
          bar: rect(part(li!, 'segment')!).height,
          chip: [chip.width, chip.height].map(Math.round),
          height: Math.round(rect(el).height),
        };
      } finally {
        box.remove();
      }
    };
    const normal = await measure();
    const undo = smallRootFontSize();
    try {
      expect(await measure()).to.deep.equal(normal);
    } finally {
      undo();
    }
    expect(normal.bar).to.equal(8);
  });

  it("stays in a block theme's content column", async () => {
    const column = await constrainedColumn('<dk-healing-timeline day="12"></dk-healing-timeline><p>After.</p>');
    try {
      const [el] = timelines(column);
      expect(getComputedStyle(el!).display).to.equal('block');
      expect(columnEdges(el!)).to.deep.equal({ left: 180, right: 820 });
      for (const li of items(el!)) {
        expect(rect(li).left).to.be.at.least(rect(el!).left - 0.5);
        expect(rect(li).right).to.be.at.most(rect(el!).right + 0.5);
      }
    } finally {
      column.parentElement!.remove();
    }
  });

  describe('the "Day N" chip', () => {
    /** Where the chip starts on its bar, in px from the bar's start (LTR). */
    const offset = (el: DkHealingTimeline) =>
      rect(part(el, 'marker')!).left - rect(part(current(el)[0]!, 'segment')!).left;

    it("covers the bar's start on the first day of each phase, with no bar beside it", async () => {
      const { box, el } = await inBox(900, '<dk-healing-timeline orientation="horizontal"></dk-healing-timeline>');
      try {
        for (const day of ['0', '3', '21']) {
          el.day = day;
          await el.updateComplete;
          const bar = rect(part(current(el)[0]!, 'segment')!);
          const chip = rect(part(el, 'marker')!);
          expect(chip.left, `day ${day}: no bar to the chip's left`).to.be.at.most(bar.left + 0.5);
          expect(chip.top, 'the chip is taller than the bar').to.be.below(bar.top);
          expect(chip.bottom).to.be.above(bar.bottom);
          expect((chip.top + chip.bottom) / 2, 'centred on the bar').to.be.closeTo((bar.top + bar.bottom) / 2, 1);
        }
      } finally {
        box.remove();
      }
    });

    it('leaves no sliver of elapsed bar in the first days: either none, or a visible stretch', async () => {
      const { box, el } = await inBox(400, '<dk-healing-timeline></dk-healing-timeline>');
      try {
        for (let day = 21; day <= 40; day++) {
          el.day = String(day);
          await el.updateComplete;
          const shown = offset(el);
          expect(
            shown <= 0.5 || shown >= 16,
            `day ${day}: ${shown.toFixed(1)} px of bar beside the chip (none, or at least 1em)`,
          ).to.equal(true);
          // The elapsed part reaches under the chip: no gap between them.
          expect(rect(elapsedFill(el)!).right).to.be.above(rect(part(el, 'marker')!).left + 1);
        }
        el.day = '180';
        await el.updateComplete;
        const bar = rect(part(current(el)[0]!, 'segment')!);
        expect(rect(part(el, 'marker')!).right, "on the last day, at the bar's end").to.be.closeTo(bar.right, 0.5);
      } finally {
        box.remove();
      }
    });

    it("covers the bar's start on the right on a right-to-left page", async () => {
      const { box, el } = await inBox(400, '<dk-healing-timeline day="21"></dk-healing-timeline>');
      box.dir = 'rtl';
      try {
        await settleAll(box);
        const bar = rect(part(current(el)[0]!, 'segment')!);
        expect(rect(part(el, 'marker')!).right).to.be.at.least(bar.right - 0.5);
      } finally {
        box.remove();
      }
    });
  });

  describe('before treatment', () => {
    for (const [label, attributes] of [
      ['a negative day', 'day="-10"'],
      ['a future treatment date', 'treatment-date="2026-12-11" today="2026-12-01"'],
    ]) {
      it(`says "Treatment in 10 days" and marks no phase, for ${label}`, async () => {
        const { box, el } = await inBox(900, `<dk-healing-timeline ${attributes}></dk-healing-timeline>`);
        try {
          expect(status(el)).to.equal('Treatment in 10 days');
          expect(current(el)).to.have.length(0);
          expect(items(el).map((li) => li.getAttribute('part'))).to.deep.equal(['phase', 'phase', 'phase']);
          expect(marker(el), 'no "Day N" chip').to.equal(undefined);
          expect(elapsedFill(el)).to.equal(null);
          // What a screen reader reads: the status first, no day and no current step.
          const read = flatText(el);
          expect(read.startsWith('Treatment in 10 days')).to.equal(true);
          expect(read).to.not.match(/\bDay\b/);
          expect(inShadow(el, '[aria-current]')).to.equal(null);
          const colours = items(el).map((li) => getComputedStyle(li).borderTopColor);
          expect(new Set(colours).size, 'no phase outlined').to.equal(1);
          await expect(el).to.be.accessible();
        } finally {
          box.remove();
        }
      });
    }
  });

  describe('long words', () => {
    for (const width of [390, 1280]) {
      it(`never breaks German phase names mid-word nor widens the page at ${width} px`, async () => {
        const pageWidth = document.documentElement.scrollWidth;
        const { box, el } = await inBox(width, `<dk-healing-timeline day="12">${GERMAN}</dk-healing-timeline>`, 'de');
        try {
          expect(isSideBySide(el), 'side by side only where the names fit').to.equal(width === 1280);
          for (const li of items(el)) {
            expect(lines(li), `"${part(li, 'name')!.textContent}" on one line`).to.equal(1);
            expect(getComputedStyle(part(li, 'name')!).hyphens).to.equal('auto');
          }
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          expect(box.scrollWidth, 'nothing wider than its container').to.equal(width);
          // The test page is 800 px wide: a 1280 px container widens it by itself.
          if (width < innerWidth) expect(document.documentElement.scrollWidth).to.equal(pageWidth);
        } finally {
          box.remove();
        }
      });

      it(`stacks rather than squeeze a ${WORD.length}-character name into columns at ${width} px`, async () => {
        const pageWidth = document.documentElement.scrollWidth;
        const markup = `<dk-healing-timeline day="12">${GERMAN}<dk-phase name="${WORD}" start="180" end="365">${WORD}.</dk-phase></dk-healing-timeline>`;
        const { box, el } = await inBox(width, markup, 'de');
        try {
          expect(isSideBySide(el)).to.equal(false);
          const last = items(el).at(-1)!;
          if (width === 1280) expect(lines(last), 'the long name on one line where it fits').to.equal(1);
          for (const li of items(el)) expect(rect(li).right).to.be.at.most(rect(el).right + 0.5);
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
          expect(box.scrollWidth, 'nothing wider than its container').to.equal(width);
          // The test page is 800 px wide: a 1280 px container widens it by itself.
          if (width < innerWidth) expect(document.documentElement.scrollWidth).to.equal(pageWidth);
        } finally {
          box.remove();
        }
      });
    }

    it('sets short names side by side as before (three English phases from 36em + gaps)', async () => {
      const { box, el } = await inBox(600, '<dk-healing-timeline></dk-healing-timeline>');
      try {
        expect(isSideBySide(el)).to.equal(true);
        box.style.width = '560px';
        expect(isSideBySide(el)).to.equal(false);
      } finally {
        box.remove();
      }
    });
  });

  describe('forced colours', () => {
    it('gives the current phase the strongest box and past and later phases none', async () => {
      const { box, el } = await inBox(900, '<dk-healing-timeline day="12"></dk-healing-timeline>');
      const restore = await simulateForcedColors(box);
      try {
        const [done, now, ahead] = items(el).map((li) => getComputedStyle(li));
        expect(now!.borderTopStyle).to.equal('solid');
        expect(parseFloat(now!.borderTopWidth)).to.be.at.least(3);
        for (const other of [done!, ahead!]) {
          expect(
            other.borderTopStyle === 'none' || parseFloat(other.borderTopWidth) === 0,
            'no box around other phases',
          ).to.equal(true);
        }
        // The box costs no layout: every phase keeps its text where it was.
        const [a, b, c] = items(el).map((li) => rect(part(li, 'name')!).top);
        expect(b).to.be.closeTo(a!, 0.5);
        expect(c).to.be.closeTo(a!, 0.5);
        expect(marker(el)).to.equal('Day 12');
      } finally {
        await restore();
        box.remove();
      }
    });
  });

  it('prints on one page, the current phase boxed and its chip and bars printed', async () => {
    const { box, el } = await inBox(640, '<dk-healing-timeline day="12"></dk-healing-timeline>');
    const restore = await simulatePrint(box);
    try {
      expect(getComputedStyle(el).breakInside, 'not split across pages').to.equal('avoid');
      const [done, now, ahead] = items(el).map((li) => getComputedStyle(li));
      expect(now!.breakInside).to.equal('avoid');
      // A box around the current phase (a shape, not only a colour), none around the others.
      expect([now!.borderTopStyle, parseFloat(now!.borderTopWidth)]).to.deep.equal(['solid', 2]);
      expect(now!.borderTopColor).to.not.equal('rgba(0, 0, 0, 0)');
      for (const other of [done!, ahead!]) expect(other.borderTopColor).to.equal('rgba(0, 0, 0, 0)');
      expect(marker(el)).to.equal('Day 12');
      const printed = (element: Element) => {
        const style = getComputedStyle(element);
        return style.getPropertyValue('print-color-adjust') || style.getPropertyValue('-webkit-print-color-adjust');
      };
      expect(printed(part(current(el)[0]!, 'segment')!), 'bars print').to.equal('exact');
      expect(printed(part(el, 'marker')!), 'the chip prints').to.equal('exact');
    } finally {
      await restore();
      box.remove();
    }
  });
});
