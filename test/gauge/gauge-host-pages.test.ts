// <dk-collagen-gauge> on the pages clinics have: readable text and a visible arc on light, dark and brand-coloured
// sections with no token set; block-level and centred in its box (390 px, 1280 px, a block theme's column);
// em sizes under a 62.5 % root; long caption words wrap; the legend of the type split; before treatment; print.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/index.js';
import '../../src/recovery/index.js';
import '../../src/timeline/index.js';
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import { collagenTypes } from '../../src/gauge/collagen-model.js';
import { flatText } from '../helpers.js';
import {
  BRAND,
  DARK,
  DARK_THEME,
  HOST_PAGES,
  LIGHT,
  type HostPage,
  columnEdges,
  constrainedColumn,
  contrastFailures,
  hostSection,
  simulatePrint,
  smallRootFontSize,
} from '../host-pages.js';
import { status as timelineStatusOf } from '../timeline/harness.js';
import { FakeIntersectionObserver, drawnPercent, meter, part, settleAll, settled, textOf } from './harness.js';
import { type Rgba, over, ratio, rgba } from '../paint.js';

/** The states a visitor can meet, as an author writes them. */
const STATES: Record<string, string> = {
  'a value with the split': '<dk-collagen-gauge value="32" show-types></dk-collagen-gauge>',
  'full, with the split': '<dk-collagen-gauge value="100" show-types></dk-collagen-gauge>',
  'model-driven, with the note and the split':
    '<dk-collagen-gauge day="30" show-types>Collagen renewal after your first session</dk-collagen-gauge>',
  'before treatment': '<dk-collagen-gauge day="-10" show-types></dk-collagen-gauge>',
  'before treatment inside <dk-recovery>':
    '<dk-recovery treatment-date="2026-11-11" today="2026-11-01"><dk-collagen-gauge show-types></dk-collagen-gauge></dk-recovery>',
};

/** The opaque colour a computed CSS colour paints over `background`. */
function painted(color: string, background: string): Rgba {
  const layer = rgba(color);
  expect(layer[3], `the canvas understands ${color}`).to.be.above(0);
  return over(layer, rgba(background));
}

/**
 * As a visitor sees them on `page`: arc against track, and against the section the solid type I segment and the
 * outline of the type III one (shape tells the two apart).
 */
async function arcContrast(page: HostPage) {
  const section = await hostSection(
    page,
    '<dk-collagen-gauge value="50" show-types style="--dk-duration: 0s"></dk-collagen-gauge>',
  );
  try {
    const gauge = section.querySelector('dk-collagen-gauge')!;
    await settled(gauge);
    const background = painted(page.background, page.background);
    const stroke = (element: Element) => painted(getComputedStyle(element).stroke, page.background);
    const [iii, i] = part(gauge, 'types')!.querySelectorAll('rect');
    return {
      arc: ratio(stroke(part(gauge, 'fill')!), stroke(part(gauge, 'track')!)),
      typeI: ratio(painted(getComputedStyle(i!).fill, page.background), background),
      typeIIIOutline: ratio(stroke(iii!), background),
    };
  } finally {
    section.remove();
  }
}

/** A box `width` px wide in the page, holding `markup`. */
async function container(width: number, markup: string): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  box.innerHTML = markup; // test markup, never visitor input
  document.body.append(box);
  await settleAll(box);
  return box;
}

const centre = (element: Element) => {
  const { left, right } = element.getBoundingClientRect();
  return (left + right) / 2;
};

describe('<dk-collagen-gauge> on host pages', () => {
  describe('colours with no token set', () => {
    for (const page of HOST_PAGES) {
      for (const [state, markup] of Object.entries(STATES)) {
        it(`reads on a ${page.name}: ${state}`, async () => {
          const section = await hostSection(page, markup);
          try {
            expect(await contrastFailures(section)).to.deep.equal([]);
          } finally {
            section.remove();
          }
        });
      }
    }

    for (const page of [LIGHT, DARK, DARK_THEME]) {
      it(`draws the arc at 3:1 or more against its track, and both types' shapes at 3:1 against the section, on a ${page.name}`, async () => {
        const { arc, typeI, typeIIIOutline } = await arcContrast(page);
        expect(arc, 'arc against track').to.be.at.least(3);
        expect(typeI, 'type I against the section').to.be.at.least(3);
        expect(typeIIIOutline, 'type III outline against the section').to.be.at.least(3);
      });
    }

    it('on a section painted in the brand colour itself, keeps arc and text apart from the section (figures in the styles)', async () => {
      // The brand colour on the brand colour cannot reach 3:1; the percentage (text, axe-checked above) carries the value.
      const { arc } = await arcContrast(BRAND);
      expect(arc).to.be.above(1.2);
    });
  });

  describe('layout', () => {
    for (const width of [390, 1280]) {
      it(`is a block that centres ring, figure, caption and split in a ${width} px box`, async () => {
        const box = await container(width, '<dk-collagen-gauge day="30" show-types></dk-collagen-gauge>');
        try {
          const gauge = box.querySelector('dk-collagen-gauge')!;
          expect(getComputedStyle(gauge).display).to.equal('grid');
          expect(Math.round(gauge.getBoundingClientRect().width)).to.equal(width);
          const middle = centre(gauge);
          for (const name of ['ring', 'value', 'caption', 'types', 'note'])
            expect(centre(part(gauge, name)!), name).to.be.closeTo(middle, 1);
          expect(Math.round(part(gauge, 'ring')!.getBoundingClientRect().width)).to.equal(160);
        } finally {
          box.remove();
        }
      });
    }

    it("stays in a block theme's content column, centred there", async () => {
      const column = await constrainedColumn('<dk-collagen-gauge value="40"></dk-collagen-gauge><p>After</p>');
      try {
        const gauge = column.querySelector('dk-collagen-gauge')!;
        expect(columnEdges(gauge)).to.deep.equal({ left: 180, right: 820 });
        const page = column.parentElement!.getBoundingClientRect();
        expect(centre(part(gauge, 'ring')!) - page.left).to.be.closeTo(500, 1);
      } finally {
        column.parentElement!.remove();
      }
    });

    it('keeps the ring within a box narrower than its size', async () => {
      const box = await container(120, '<dk-collagen-gauge value="40"></dk-collagen-gauge>');
      try {
        const ring = part(box.querySelector('dk-collagen-gauge')!, 'ring')!.getBoundingClientRect();
        expect(Math.round(ring.width)).to.equal(120);
      } finally {
        box.remove();
      }
    });

    it('sizes in em: the same pixels under a 62.5 % root with 1.6rem body text', async () => {
      const measure = async () => {
        const box = await container(600, '<dk-collagen-gauge day="30" show-types></dk-collagen-gauge>');
        const gauge = box.querySelector('dk-collagen-gauge')!;
        const sizes = ['ring', 'caption', 'types', 'note'].map((name) =>
          Math.round(part(gauge, name)!.getBoundingClientRect().width),
        );
        const height = Math.round(gauge.getBoundingClientRect().height);
        box.remove();
        return { sizes, height };
      };
      const normal = await measure();
      const undo = smallRootFontSize();
      try {
        expect(await measure()).to.deep.equal(normal);
        expect(normal.sizes[0]).to.equal(160);
      } finally {
        undo();
      }
    });

    it('wraps a 41-character word in its caption at 390 px instead of widening the page', async () => {
      const before = document.documentElement.scrollWidth;
      const word = 'Kollagenneubildungsgeschwindigkeitsmessung'.slice(0, 41);
      const box = await container(390, `<dk-collagen-gauge value="40" lang="de">${word}</dk-collagen-gauge>`);
      try {
        const gauge = box.querySelector('dk-collagen-gauge')!;
        expect(part(gauge, 'caption')!.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
        expect(part(gauge, 'caption')!.scrollWidth).to.be.at.most(part(gauge, 'caption')!.clientWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(Math.max(before, window.innerWidth));
      } finally {
        box.remove();
      }
    });
  });

  describe('legend of the type split', () => {
    it('names each colour next to a swatch of it, and a screen reader reads the split once', async () => {
      const el = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge value="32" show-types></dk-collagen-gauge>`);
      await settled(el);
      const { typeIII, typeI } = collagenTypes(32);
      const sentence = `New collagen: ${typeIII}% type\u00a0III, ${typeI}% type\u00a0I`;
      expect(textOf(el, 'legend')).to.equal(sentence);
      // What assistive technology meets in the split: the sentence, once (bar and swatches carry no text).
      expect(flatText(part(el, 'types')!)).to.equal(sentence.replace(/\s/g, ' '));
      expect(part(el, 'types')!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      const swatches = [...part(el, 'legend')!.querySelectorAll('.swatch')];
      expect(swatches.map((swatch) => swatch.parentElement!.textContent)).to.deep.equal([`${typeIII}%`, `${typeI}%`]);
      // Each swatch has the colour of its segment in the bar.
      const [iii, i] = part(el, 'types')!.querySelectorAll('rect');
      const bg = '#ffffff';
      expect(painted(getComputedStyle(swatches[0]!).backgroundColor, bg)).to.deep.equal(
        painted(getComputedStyle(iii!).fill, bg),
      );
      expect(painted(getComputedStyle(swatches[1]!).backgroundColor, bg)).to.deep.equal(
        painted(getComputedStyle(i!).fill, bg),
      );
      expect(swatches.every((swatch) => swatch.getBoundingClientRect().width >= 8)).to.equal(true);
    });

    it('puts the swatches before the shares in a reworded or translated legend', async () => {
      const el = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge lang="de" value="100" show-types
        types-text="Neues Kollagen: Typ I {typeI}, Typ III {typeIII}"></dk-collagen-gauge>`);
      await settled(el);
      expect(textOf(el, 'legend')).to.equal('Neues Kollagen: Typ I 80 %, Typ III 20 %'.replace(/ %/g, '\u00a0%'));
      const swatches = [...part(el, 'legend')!.querySelectorAll('.swatch')];
      expect(swatches.map((swatch) => swatch.classList.contains('typeI'))).to.deep.equal([true, false]);
    });
  });

  describe('before treatment', () => {
    const status = (gauge: DkCollagenGauge) => textOf(gauge, 'status');

    it('says "Treatment in 10 days" for a future treatment date, shows 0 % and no split or note', async () => {
      const el = await fixture<DkCollagenGauge>(
        html`<dk-collagen-gauge treatment-date="2026-11-11" today="2026-11-01" show-types></dk-collagen-gauge>`,
      );
      await settled(el);
      expect(status(el)).to.equal('Treatment in 10 days');
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('0%');
      expect(textOf(el, 'value')).to.equal('0%');
      expect(part(el, 'types')).to.equal(null);
      expect(part(el, 'note')).to.equal(null);
      expect(drawnPercent(el)).to.equal(0);
    });

    it('says "tomorrow" the day before, and nothing from treatment day on', async () => {
      const el = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge day="-1" show-types></dk-collagen-gauge>`);
      await settled(el);
      expect(status(el)).to.equal('Treatment tomorrow');
      el.day = '0';
      await el.updateComplete;
      expect(part(el, 'status')).to.equal(null);
      expect(part(el, 'types')).to.not.equal(null);
    });

    it('follows a <dk-recovery> whose treatment is ahead, in the same words as the timeline', async () => {
      const recovery = await fixture(html`<dk-recovery treatment-date="2026-11-11" today="2026-11-01">
        <dk-healing-timeline></dk-healing-timeline>
        <dk-collagen-gauge show-types></dk-collagen-gauge>
      </dk-recovery>`);
      await settleAll(recovery);
      const el = recovery.querySelector('dk-collagen-gauge')!;
      const timeline = recovery.querySelector('dk-healing-timeline')!;
      const timelineStatus = timelineStatusOf(timeline);
      expect(status(el)).to.equal('Treatment in 10 days');
      expect(status(el)).to.equal(timelineStatus);
      expect(part(el, 'types')).to.equal(null);
    });

    it('takes before-text as the timeline does ({relative}, {days}), in the page language', async () => {
      const el = await fixture<DkCollagenGauge>(
        html`<dk-collagen-gauge lang="de" day="-2" before-text="Behandlung {relative} ({days} Tage)"></dk-collagen-gauge>`,
      );
      await settled(el);
      expect(status(el)).to.equal('Behandlung übermorgen (2 Tage)');
    });
  });

  describe('print', () => {
    let restore: () => void;
    let endPrint: (() => Promise<void>) | undefined;
    beforeEach(() => {
      restore = FakeIntersectionObserver.install();
    });
    afterEach(async () => {
      restore();
      await endPrint?.();
      endPrint = undefined;
    });

    it('prints the ring with its value even if it never scrolled into view, and does not split it across pages', async () => {
      const el = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge value="32"></dk-collagen-gauge>`);
      await settled(el);
      expect(drawnPercent(el), 'empty on screen until seen').to.equal(0);
      endPrint = await simulatePrint(el);
      expect(drawnPercent(el)).to.be.closeTo(32, 0.01);
      expect(part(el, 'fill')!.getAnimations()).to.have.length(0);
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
    });
  });
});
