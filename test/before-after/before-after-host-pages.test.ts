/**
 * <dk-before-after> on the host pages clinics have (issue 8): nothing of the divider outside the frame, chips and
 * handle that read over any photo whatever the page, placeholders readable on every section, both photos on
 * paper, sizes that follow the text, a block theme's column.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/before-after/index.js';
import type { DkBeforeAfter } from '../../src/before-after/index.js';
import { captureWarnings } from '../helpers.js';
import {
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
import { backdrop, ratio, rgba, textContrast } from '../paint.js';
import { AFTER, BEFORE, frame, handle, labelChips, part, placeholderBoxes, settleAll } from './harness.js';

const photos = (before = BEFORE, after = AFTER) =>
  `<img slot="before" src="${before}" alt="Acne scarring before treatment" width="800" height="600">
   <img slot="after" src="${after}" alt="The same area after three sessions" width="800" height="600">`;

const sections: HTMLElement[] = [];
afterEach(() => sections.splice(0).forEach((section) => section.remove()));

/** `markup` (one slider, maybe in a wrapper) in a section painted like `page`, once its images loaded or failed. */
async function sliderOn(page: HostPage, markup: string): Promise<DkBeforeAfter> {
  let section!: HTMLElement;
  await captureWarnings(async () => {
    section = await hostSection(page, markup);
  });
  sections.push(section);
  const el = section.querySelector('dk-before-after')!;
  await waitUntil(() => [...el.querySelectorAll('img')].every((image) => image.complete), 'images did not settle');
  await settleAll(section);
  return el;
}

const rect = (element: Element) => element.getBoundingClientRect();

describe('dk-before-after on host pages', () => {
  describe('the divider stays inside the frame', () => {
    for (const orientation of ['horizontal', 'vertical']) {
      for (const dir of ['ltr', 'rtl']) {
        for (const position of ['0', '37', '100']) {
          it(`${orientation}, ${dir}, position ${position}: the frame clips the divider's line and edge; the handle and its focus ring fit`, async () => {
            const el = await sliderOn(
              LIGHT,
              `<div dir="${dir}" style="width: 390px">
              <dk-before-after orientation="${orientation}" position="${position}">${photos()}</dk-before-after></div>`,
            );
            const box = rect(frame(el));
            const style = getComputedStyle(frame(el));
            // Whatever the divider paints (its outline, its dark edge) is cut at the frame's edge, rounded corners included.
            expect([style.overflowX, style.overflowY]).to.satisfy((values: string[]) =>
              values.every((value) => value === 'clip' || value === 'hidden'),
            );
            const divider = rect(part(el, 'divider')!);
            expect(divider.left).to.be.at.least(box.left - 0.5);
            expect(divider.right).to.be.at.most(box.right + 0.5);
            expect(divider.top).to.be.at.least(box.top - 0.5);
            expect(divider.bottom).to.be.at.most(box.bottom + 0.5);
            // The handle is never cut: its shadow and 6 px focus ring stay inside the frame at the ends too.
            handle(el).focus();
            const thumb = rect(handle(el));
            expect(thumb.left - 6).to.be.at.least(box.left - 0.5);
            expect(thumb.right + 6).to.be.at.most(box.right + 0.5);
            expect(thumb.top - 6).to.be.at.least(box.top - 0.5);
            expect(thumb.bottom + 6).to.be.at.most(box.bottom + 0.5);
          });
        }
      }
    }
  });

  describe('colours', () => {
    const seen: string[] = [];

    for (const page of HOST_PAGES) {
      it(`${page.name}: axe finds no contrast failure; the chips are the same solid colours as on any page and read 4.5:1`, async () => {
        const el = await sliderOn(page, `<dk-before-after>${photos()}</dk-before-after>`);
        expect(await contrastFailures(el)).to.deep.equal([]);
        for (const chip of labelChips(el)) {
          const style = getComputedStyle(chip);
          expect(rgba(style.backgroundColor)[3], 'solid chip').to.equal(1);
          expect(ratio(rgba(style.color), rgba(style.backgroundColor))).to.be.at.least(4.5);
          seen.push(`${style.color} on ${style.backgroundColor}`);
        }
        // Over any photo: the chips do not take their colours from the page.
        expect(new Set(seen).size, seen.join(', ')).to.equal(1);
      });

      it(`${page.name}: the handle is a solid surface with an icon that reads on it (3:1 or more)`, async () => {
        const el = await sliderOn(page, `<dk-before-after>${photos()}</dk-before-after>`);
        const style = getComputedStyle(handle(el));
        const surface = rgba(style.backgroundColor);
        expect(surface[3]).to.equal(1);
        const icon = getComputedStyle(handle(el).querySelector('svg')!);
        expect(ratio(rgba(icon.fill), surface), 'icon').to.be.at.least(3);
        expect(ratio(rgba(style.borderTopColor), surface), 'ring').to.be.at.least(3);
      });

      it(`${page.name}: a missing photo's placeholder text reads on its box (both sides)`, async () => {
        const missing = 'data:image/png;base64,AAAA';
        const el = await sliderOn(page, `<dk-before-after>${photos(missing, missing)}</dk-before-after>`);
        const placeholders = placeholderBoxes(el);
        expect(placeholders.map((node) => node.textContent)).to.deep.equal([
          'Acne scarring before treatment',
          'The same area after three sessions',
        ]);
        for (const placeholder of placeholders) {
          expect(
            rgba(getComputedStyle(placeholder).backgroundColor)[3],
            'opaque: the before photo never shows through the after side',
          ).to.equal(1);
          expect(textContrast(placeholder), placeholder.textContent!).to.be.at.least(4.5);
        }
        expect(await contrastFailures(el)).to.deep.equal([]);
      });
    }

    it('keeps the placeholders apart from each other and from the section', async () => {
      const missing = 'data:image/png;base64,AAAA';
      const el = await sliderOn(LIGHT, `<dk-before-after>${photos(missing, missing)}</dk-before-after>`);
      const [before, after] = placeholderBoxes(el).map((node) => rgba(getComputedStyle(node).backgroundColor));
      expect(before).not.to.deep.equal(after);
      expect(before).not.to.deep.equal(backdrop(el));
    });
  });

  describe('print', () => {
    let endPrint: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await endPrint?.();
      endPrint = undefined;
    });

    for (const orientation of ['horizontal', 'vertical']) {
      it(`prints both photos whole, side by side and labelled, without divider or handle, on one page (${orientation})`, async () => {
        const el = await sliderOn(
          LIGHT,
          `<div style="width: 600px"><dk-before-after orientation="${orientation}" position="20">${photos()}</dk-before-after></div>`,
        );
        endPrint = await simulatePrint(el.parentElement!);
        expect(getComputedStyle(el).breakInside).to.equal('avoid');
        expect(part(el, 'divider')!.getClientRects().length, 'divider').to.equal(0);
        expect(handle(el).getClientRects().length, 'handle').to.equal(0);
        const [before, after] = ['before', 'after'].map((name) => rect(part(el, name)!));
        expect(before!.right, 'side by side').to.be.at.most(after!.left);
        expect(before!.top).to.be.closeTo(after!.top, 0.5);
        for (const [name, layer] of [
          ['before', before!],
          ['after', after!],
        ] as const) {
          expect(layer.width, name).to.be.within(280, 300);
          expect(layer.height, `${name} keeps the photos' 4:3`).to.be.closeTo((layer.width * 3) / 4, 1);
          const image = rect(el.querySelector(`[slot=${name}]`)!);
          expect([image.left, image.top, image.width, image.height]).to.deep.equal([
            layer.left,
            layer.top,
            layer.width,
            layer.height,
          ]);
          expect(getComputedStyle(part(el, name)!).clipPath, `${name} not clipped`).to.equal('none');
          const chip = part(el, `${name}-label`)!;
          expect(chip.textContent).to.equal(name === 'before' ? 'Before' : 'After');
          const box = rect(chip);
          expect(
            box.left >= layer.left && box.right <= layer.right && box.top >= layer.top && box.bottom <= layer.bottom,
            `${name} chip on its photo`,
          ).to.equal(true);
          const style = getComputedStyle(chip);
          expect(
            style.getPropertyValue('print-color-adjust') || style.getPropertyValue('-webkit-print-color-adjust'),
            'chip fill printed',
          ).to.equal('exact');
        }
      });
    }
  });

  describe('sizes and columns', () => {
    const measure = (el: DkBeforeAfter) => {
      const box = rect(frame(el));
      const chip = rect(part(el, 'before-label')!);
      return { handle: rect(handle(el)).width, inset: chip.left - box.left, chip: chip.height };
    };

    it('is the same size under a 62.5% root font size (sizes in em, not rem)', async () => {
      const normal = measure(await sliderOn(LIGHT, `<dk-before-after>${photos()}</dk-before-after>`));
      const undo = smallRootFontSize();
      try {
        const small = measure(await sliderOn(LIGHT, `<dk-before-after>${photos()}</dk-before-after>`));
        expect(normal.handle).to.be.closeTo(44, 0.5);
        expect(normal.inset).to.be.closeTo(8, 0.5);
        expect(small).to.deep.equal(normal);
      } finally {
        undo();
      }
    });

    it('follows smaller text but keeps the handle a 24 px target', async () => {
      const el = await sliderOn(LIGHT, `<dk-before-after style="font-size: 8px">${photos()}</dk-before-after>`);
      expect(rect(handle(el)).width).to.be.at.least(24);
      expect(rect(handle(el)).height).to.be.at.least(24);
    });

    it('wraps a 41-character word in a placeholder at 390 px instead of widening the page', async () => {
      const pageWidth = document.documentElement.scrollWidth;
      const word = 'Kollageninduktionstherapiebehandlungsfoto';
      expect(word).to.have.length(41);
      const el = await sliderOn(
        LIGHT,
        `<div style="width: 358px"><dk-before-after>
        <img slot="before" src="data:image/png;base64,AAAA" alt="${word}" width="800" height="600"></dk-before-after></div>`,
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(pageWidth);
      const placeholder = part(el, 'placeholder')!;
      expect(placeholder.scrollWidth).to.be.at.most(placeholder.clientWidth);
    });

    it('sits in a block theme\u2019s content column', async () => {
      const column = await constrainedColumn(`<dk-before-after>${photos()}</dk-before-after>`);
      try {
        const el = column.querySelector('dk-before-after')!;
        expect(getComputedStyle(el).display).to.equal('block');
        expect(columnEdges(el)).to.deep.equal({ left: 180, right: 820 });
        expect(rect(frame(el)).width).to.be.closeTo(640, 0.5);
      } finally {
        column.parentElement!.remove();
      }
    });
  });
});
