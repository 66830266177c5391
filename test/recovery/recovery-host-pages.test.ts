// <dk-recovery> on the pages clinics have: its controls read on light, dark and brand-coloured sections with no
// token set, native controls follow the section's colour scheme, the author's own headings and paragraphs keep the
// section's colour, it sits in a block theme's column, its sizes follow the text (62.5 % root), and on paper the
// controls are left out while the content prints.
import { expect } from '@open-wc/testing';
import '../../src/gauge/index.js';
import '../../src/plan/index.js';
import '../../src/recovery/index.js';
import '../../src/timeline/index.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import {
  BRAND,
  DARK,
  HOST_PAGES,
  LIGHT,
  columnEdges,
  constrainedColumn,
  contrastFailures,
  hostSection,
  simulatePrint,
  smallRootFontSize,
} from '../host-pages.js';
import { controlTexts, dateField, inShadow, part, scrubberBar, settleAll, shownValue, slider } from './harness.js';

/** The section a clinic builds: intro, date field, scrubber, then a timeline, a gauge and a plan. */
const section = (attributes: string) => `<dk-recovery today="2026-11-20" ${attributes}>
  <h2 slot="intro">Your recovery</h2>
  <p slot="intro">Pick your treatment date, or drag through the days.</p>
  <dk-healing-timeline></dk-healing-timeline>
  <p>Your skin rebuilds collagen for months.</p>
  <dk-collagen-gauge show-types></dk-collagen-gauge>
  <dk-treatment-plan sessions="3" interval-weeks="4"><p>Three sessions, about four weeks apart.</p></dk-treatment-plan>
</dk-recovery>`;

/** Moves the scrubber as a visitor's drag does (an input event per step), and waits for every widget. */
async function scrubTo(recovery: DkRecovery, day: number): Promise<void> {
  const range = slider(recovery);
  range.value = String(day);
  range.dispatchEvent(new Event('input', { bubbles: true }));
  await settleAll(recovery.parentElement!);
}

const seen = (element: Element | null | undefined) => !!element && element.getClientRects().length > 0;

describe('<dk-recovery> on host pages', () => {
  describe('colours with no token set', () => {
    const states: [string, string, number[]][] = [
      ['date field empty, scrubber', 'date-picker scrubber', [0, 12, 60, 180]],
      ['date field filled, scrubber', 'date-picker scrubber treatment-date="2026-11-01"', [0, 19, 100]],
      ['before treatment', 'date-picker scrubber treatment-date="2026-11-30"', []],
      ['date field only, filled', 'date-picker treatment-date="2026-11-01"', []],
    ];
    for (const page of HOST_PAGES) {
      for (const [state, attributes, days] of states) {
        it(`reads on a ${page.name}: ${state}${days.length ? ` (days ${days.join(', ')})` : ''}`, async () => {
          const host = await hostSection(page, section(attributes));
          try {
            const recovery = host.querySelector('dk-recovery')!;
            expect(await contrastFailures(host)).to.deep.equal([]);
            for (const day of days) {
              await scrubTo(recovery, day);
              expect(shownValue(recovery)).to.match(new RegExp(`^Day ${day}\\b`));
              expect(await contrastFailures(host), `day ${day}`).to.deep.equal([]);
            }
          } finally {
            host.remove();
          }
        });
      }
    }
  });

  describe('native controls', () => {
    for (const [page, scheme] of [
      [LIGHT, 'light'],
      [DARK, 'dark'],
      [BRAND, 'dark'],
    ] as const) {
      it(`draw ${scheme} on a ${page.name}: transparent field in the section's text colour, its border from it`, async () => {
        const host = await hostSection(page, section('date-picker scrubber treatment-date="2026-11-01"'));
        try {
          const recovery = host.querySelector('dk-recovery')!;
          const field = getComputedStyle(dateField(recovery));
          const range = getComputedStyle(slider(recovery));
          expect(field.colorScheme).to.equal(scheme);
          expect(range.colorScheme).to.equal(scheme);
          expect(field.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
          expect(field.color).to.equal(getComputedStyle(host).color);
          expect(field.borderTopStyle).to.equal('solid');
          expect(field.borderTopColor, 'a border mixed from the text colour').to.not.equal(field.color);
          // The slider's fill is the accent: the brand colour on light sections, lightened towards the text on dark ones.
          expect(range.accentColor).to.not.equal('auto');
        } finally {
          host.remove();
        }
      });
    }
  });

  describe("the author's own content", () => {
    for (const page of HOST_PAGES) {
      it(`keeps the section's colour on a ${page.name}`, async () => {
        const host = await hostSection(page, section('date-picker scrubber treatment-date="2026-11-01"'));
        try {
          const sectionColor = getComputedStyle(host).color;
          for (const selector of ['h2[slot="intro"]', 'p[slot="intro"]', 'dk-recovery > p:not([slot])']) {
            expect(getComputedStyle(host.querySelector(selector)!).color, selector).to.equal(sectionColor);
          }
        } finally {
          host.remove();
        }
      });
    }
  });

  describe('layout', () => {
    it("is a block in a block theme's column, its content laid out inside it", async () => {
      const column = await constrainedColumn(section('date-picker scrubber treatment-date="2026-11-01"'));
      try {
        const recovery = column.querySelector('dk-recovery')!;
        expect(getComputedStyle(recovery).display).to.equal('block');
        expect(columnEdges(recovery)).to.deep.equal({ left: 180, right: 820 });
        const page = column.parentElement!.getBoundingClientRect();
        for (const part of [
          slider(recovery),
          dateField(recovery),
          column.querySelector('h2')!,
          ...column.querySelectorAll('dk-recovery > :not([slot])'),
        ]) {
          const box = part.getBoundingClientRect();
          const [left, right] = [box.left - page.left, box.right - page.left];
          expect(left, part.localName).to.be.at.least(180);
          expect(right, part.localName).to.be.at.most(820);
        }
        // Children flow one under the other, as they would without the wrapper.
        const [timeline, paragraph] = [
          column.querySelector('dk-healing-timeline')!,
          column.querySelector('dk-recovery > p:not([slot])')!,
        ];
        expect(paragraph.getBoundingClientRect().top).to.be.at.least(timeline.getBoundingClientRect().bottom);
        expect(columnEdges(timeline)).to.deep.equal({ left: 180, right: 820 });
      } finally {
        column.parentElement!.remove();
      }
    });

    it('wraps a long compound word in its labels and day text at 390 px instead of widening the page', async () => {
      // (A 41-character word is about 305 px wide here and fits: this one does not.)
      const word = 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';
      const pageWidth = document.documentElement.scrollWidth;
      const box = document.createElement('div');
      box.style.width = '358px';
      box.lang = 'de';
      box.innerHTML = `<dk-recovery date-picker scrubber date-label="${word}" scrubber-label="${word}" scrubber-text="${word} {day}"></dk-recovery>`;
      document.body.append(box);
      try {
        await settleAll(box);
        const recovery = box.querySelector('dk-recovery')!;
        for (const part of controlTexts(recovery)) {
          const holder = part.parentElement!;
          const inner = holder.getBoundingClientRect().right - parseFloat(getComputedStyle(holder).paddingRight);
          expect(part.getBoundingClientRect().right, part.localName).to.be.at.most(inner + 0.5);
        }
        expect(recovery.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
        expect(document.documentElement.scrollWidth).to.equal(pageWidth);
      } finally {
        box.remove();
      }
    });

    it('sizes its controls in em: the same under a 62.5 % root font size, touch targets ≥ 24 px', async () => {
      const measure = async () => {
        const host = await hostSection(LIGHT, section('date-picker scrubber treatment-date="2026-11-01"'));
        try {
          const recovery = host.querySelector('dk-recovery')!;
          const box = (element: Element) => element.getBoundingClientRect();
          const scrubber = scrubberBar(recovery);
          const label = inShadow(recovery, 'label')!;
          return {
            field: box(dateField(recovery)).height,
            range: box(slider(recovery)).height,
            scrubber: box(scrubber).height,
            padding: getComputedStyle(scrubber).paddingTop,
            gap: getComputedStyle(scrubber).rowGap,
            label: getComputedStyle(label).fontSize,
            controls: box(scrubber).bottom - box(recovery.querySelector('p[slot="intro"]')!).bottom,
          };
        } finally {
          host.remove();
        }
      };
      const normal = await measure();
      const undo = smallRootFontSize();
      let small;
      try {
        small = await measure();
      } finally {
        undo();
      }
      expect(small).to.deep.equal(normal);
      expect(normal.label).to.equal('16px');
      expect(normal.field).to.be.at.least(24);
      expect(normal.range).to.be.at.least(24);
    });
  });

  describe('print', () => {
    it('leaves the date field and the scrubber out, and prints the content', async () => {
      const host = await hostSection(LIGHT, section('date-picker scrubber treatment-date="2026-11-01"'));
      const recovery = host.querySelector('dk-recovery')!;
      const controls = [dateField(recovery), slider(recovery), part(recovery, 'value')!];
      expect(controls.map(seen), 'on screen').to.deep.equal([true, true, true]);
      try {
        const undo = await simulatePrint(host);
        expect(controls.map(seen), 'on paper').to.deep.equal([false, false, false]);
        for (const content of host.querySelectorAll('dk-recovery > *'))
          expect(seen(content), content.localName).to.equal(true);
        await undo();
        expect(controls.map(seen), 'on screen again').to.deep.equal([true, true, true]);
      } finally {
        host.remove();
      }
    });
  });
});
