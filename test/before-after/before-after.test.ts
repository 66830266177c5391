/** <dk-before-after>: what screen readers and keyboard users meet, attributes, labels, layout and axe. */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureWarnings } from '../helpers.js';
import type { DkBeforeAfter } from '../../src/before-after/index.js';
import {
  AFTER,
  BEFORE,
  changes,
  contrast,
  frame,
  handle,
  labelChips,
  part,
  pictureUrl,
  shownAt,
  slider,
  texts,
  valueNow,
} from './harness.js';

const pair = () => html`
  <img slot="before" src=${BEFORE} alt="Acne scarring before treatment" width="800" height="600" />
  <img slot="after" src=${AFTER} alt="The same area after three sessions" width="800" height="600" />
`;

describe('dk-before-after', () => {
  describe('for screen readers', () => {
    it('is a slider named "Before and after comparison", horizontal, 0–100, showing 50% after', async () => {
      const el = await slider(html`<dk-before-after>${pair()}</dk-before-after>`);
      const thumb = handle(el);
      expect(thumb.tabIndex).to.equal(0);
      expect(thumb.getAttribute('aria-label')).to.equal('Before and after comparison');
      expect(thumb.getAttribute('aria-orientation')).to.equal('horizontal');
      expect(thumb.getAttribute('aria-valuemin')).to.equal('0');
      expect(thumb.getAttribute('aria-valuemax')).to.equal('100');
      expect(thumb.getAttribute('aria-valuenow')).to.equal('50');
      expect(thumb.getAttribute('aria-valuetext')).to.equal('Showing 50% after');
      await expect(el).to.be.accessible();
    });

    it('takes its name from label and its value text from value-text, with numbers in the page language', async () => {
      const el =
        await slider(html`<dk-before-after position="60" label="Acne scars, cheek" value-text="{after}% nach, {before}% vor"
        >${pair()}</dk-before-after
      >`);
      expect(handle(el).getAttribute('aria-label')).to.equal('Acne scars, cheek');
      expect(handle(el).getAttribute('aria-valuetext')).to.equal('40% nach, 60% vor');
      const arabic = await slider(
        html`<div lang="ar-EG"><dk-before-after position="70">${pair()}</dk-before-after></div>`,
      );
      expect(handle(arabic).getAttribute('aria-valuetext')).to.equal('Showing ٣٠% after');
    });

    it('keeps the images in light DOM with their own alt, srcset, sizes and loading', async () => {
      const el = await slider(html`<dk-before-after>
        <img slot="before" src=${BEFORE} srcset="${BEFORE} 40w" sizes="50vw" loading="lazy" alt="Before: redness" width="4" height="3" />
        <img slot="after" src=${AFTER} alt="After: calmer skin" width="4" height="3" />
      </dk-before-after>`);
      const [before, after] = el.querySelectorAll('img');
      expect(before!.parentElement).to.equal(el);
      expect([before!.alt, before!.getAttribute('sizes'), before!.loading]).to.deep.equal([
        'Before: redness',
        '50vw',
        'lazy',
      ]);
      expect(before!.getAttribute('srcset')).to.contain('40w');
      expect(after!.alt).to.equal('After: calmer skin');
      expect(before!.assignedSlot?.name).to.equal('before');
      expect(after!.assignedSlot?.name).to.equal('after');
    });
  });

  describe('keyboard', () => {
    it('moves the divider the way the arrows point, with every APG key, and fires dk-change for each real move', async () => {
      const el = await slider(html`<dk-before-after>${pair()}</dk-before-after>`);
      const seen = changes(el);
      handle(el).focus();
      const steps: [string, number][] = [
        ['ArrowRight', 51],
        ['ArrowUp', 52],
        ['ArrowLeft', 51],
        ['ArrowDown', 50],
        ['PageUp', 60],
        ['PageDown', 50],
        ['End', 100],
        ['Home', 0],
      ];
      for (const [key, expected] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(valueNow(el), key).to.equal(expected);
      }
      expect(handle(el).getAttribute('aria-valuetext')).to.equal('Showing 100% after');
      expect(seen).to.deep.equal(steps.map(([, value]) => value));
      await sendKeys({ press: 'PageUp' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      // ArrowRight moved the divider right: 11% from the left edge, before on its left.
      const divider = part(el, 'divider')!.getBoundingClientRect();
      const box = frame(el).getBoundingClientRect();
      expect(divider.left + divider.width / 2 - box.left).to.be.closeTo(box.width * 0.11, 1);
      expect(handle(el).getAttribute('aria-valuetext')).to.equal('Showing 89% after');
    });

    it('fires nothing at an end that cannot move further, and leaves other keys and modified keys alone', async () => {
      const el = await slider(html`<dk-before-after position="100">${pair()}</dk-before-after>`);
      const seen = changes(el);
      handle(el).focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      const modified = new KeyboardEvent('keydown', {
        key: 'ArrowLeft',
        altKey: true,
        bubbles: true,
        cancelable: true,
      });
      handle(el).dispatchEvent(modified);
      await el.updateComplete;
      expect(modified.defaultPrevented).to.equal(false);
      expect(valueNow(el)).to.equal(100);
      expect(seen).to.deep.equal([]);
    });

    it('in a right-to-left page (before on the right), ArrowLeft moves the divider left and raises the value', async () => {
      const el = await slider(html`<div dir="rtl"><dk-before-after>${pair()}</dk-before-after></div>`);
      handle(el).focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(valueNow(el)).to.equal(51);
      const divider = part(el, 'divider')!.getBoundingClientRect();
      const box = frame(el).getBoundingClientRect();
      expect(box.right - (divider.left + divider.width / 2)).to.be.closeTo(box.width * 0.51, 1);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(valueNow(el)).to.equal(49);
      await expect(el).to.be.accessible();
    });

    it('works again after the element is moved elsewhere in the page', async () => {
      const el = await slider(html`<dk-before-after>${pair()}</dk-before-after>`);
      const other = document.createElement('div');
      el.parentElement!.append(other);
      other.append(el);
      await el.updateComplete;
      handle(el).focus();
      await sendKeys({ press: 'PageUp' });
      await el.updateComplete;
      expect(valueNow(el)).to.equal(60);
    });
  });

  describe('position attribute', () => {
    it('starts where the author says, and follows later changes without firing dk-change', async () => {
      const el = await slider(html`<dk-before-after position="30">${pair()}</dk-before-after>`);
      expect(valueNow(el)).to.equal(30);
      const seen = changes(el);
      el.setAttribute('position', '72.5');
      await el.updateComplete;
      expect(frame(el).style.getPropertyValue('--_pos')).to.equal('72.5%');
      expect(valueNow(el)).to.equal(73);
      expect(seen).to.deep.equal([]);
    });

    it('warns once and uses 50 for garbage, clamps out-of-range values', async () => {
      const warnings = await captureWarnings(async () => {
        const garbage = await slider(html`<dk-before-after position="half"><b>x</b></dk-before-after>`);
        expect(valueNow(garbage)).to.equal(50);
        garbage.requestUpdate();
        await garbage.updateComplete;
        const high = await slider(html`<dk-before-after position="140">${pair()}</dk-before-after>`);
        expect(valueNow(high)).to.equal(100);
        const low = await slider(
          html`<dk-before-after position="-5" orientation="diagonal">${pair()}</dk-before-after>`,
        );
        expect(valueNow(low)).to.equal(0);
        expect(handle(low).getAttribute('aria-orientation')).to.equal('horizontal');
      });
      const about = (attribute: string) =>
        warnings.filter((text) => text.startsWith(`<dk-before-after> ${attribute}:`));
      expect(about('position')).to.have.length(3);
      expect(about('position')[0]).to.contain('"half" is not a number; using 50');
      expect(about('position')[1]).to.contain('outside 0–100; using 100');
      expect(about('orientation')).to.have.length(1);
    });
  });

  describe('labels and layout', () => {
    it('shows "Before" and "After" chips, overridable and hideable, readable over any photo', async () => {
      const el = await slider(html`<dk-before-after>${pair()}</dk-before-after>`);
      expect(texts(el, 'label')).to.deep.equal(['Before', 'After']);
      for (const chip of labelChips(el)) {
        const style = getComputedStyle(chip);
        expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
        expect(style.backgroundColor).to.match(/^rgb\(/); // solid: no alpha, whatever the photo behind
      }
      const renamed = await slider(
        html`<dk-before-after before-label="Vorher" after-label="Nachher">${pair()}</dk-before-after>`,
      );
      expect(texts(renamed, 'before-label')).to.deep.equal(['Vorher']);
      expect(texts(renamed, 'after-label')).to.deep.equal(['Nachher']);
      const one = await slider(html`<dk-before-after after-label="">${pair()}</dk-before-after>`);
      expect(texts(one, 'label')).to.deep.equal(['Before']);
      const none = await slider(html`<dk-before-after hide-labels>${pair()}</dk-before-after>`);
      expect(texts(none, 'label')).to.deep.equal([]);
      await expect(none).to.be.accessible();
    });

    for (const [dir, orientation, first, last] of [
      ['ltr', 'horizontal', 'left', 'right'],
      ['rtl', 'horizontal', 'right', 'left'],
      ['ltr', 'vertical', 'top', 'bottom'],
    ]) {
      it(`shows before on the ${first}, after on the ${last}, each chip in its own image's outer corner (${dir}, ${orientation})`, async () => {
        const el = await slider(html`<div style="width: 400px" dir=${dir}>
          <dk-before-after orientation=${orientation} position="30">${pair()}</dk-before-after>
        </div>`);
        const along = (share: number): [number, number] => {
          const across = dir === 'rtl' ? 1 - share : share;
          return orientation === 'vertical' ? [0.8, share] : [across, 0.85];
        };
        expect(shownAt(el, ...along(0.05))).to.equal('before');
        expect(shownAt(el, ...along(0.25))).to.equal('before');
        expect(shownAt(el, ...along(0.35))).to.equal('after');
        expect(shownAt(el, ...along(0.95))).to.equal('after');
        const box = frame(el).getBoundingClientRect();
        const [before, after] = ['before-label', 'after-label'].map((name) => part(el, name)!.getBoundingClientRect());
        const inset = (chip: DOMRect, side: string) =>
          ({
            left: chip.left - box.left,
            right: box.right - chip.right,
            top: chip.top - box.top,
            bottom: box.bottom - chip.bottom,
          })[side]!;
        const start = dir === 'rtl' ? 'right' : 'left';
        expect(inset(before!, 'top')).to.be.closeTo(8, 1);
        expect(inset(before!, start)).to.be.closeTo(8, 1);
        expect(inset(after!, orientation === 'vertical' ? 'bottom' : 'top')).to.be.closeTo(8, 1);
        expect(inset(after!, orientation === 'vertical' ? start : last)).to.be.closeTo(8, 1);
      });
    }

    for (const orientation of ['horizontal', 'vertical']) {
      it(`keeps the chips clear of a 44 px handle in a 320 px column (${orientation})`, async () => {
        const wrapper = await slider(html`<div style="width: 320px">
          <dk-before-after orientation=${orientation}>${pair()}</dk-before-after>
        </div>`);
        const thumb = handle(wrapper).getBoundingClientRect();
        expect(thumb.width).to.be.at.least(44);
        expect(thumb.height).to.be.at.least(44);
        for (const chip of labelChips(wrapper)) {
          const box = chip.getBoundingClientRect();
          const overlaps =
            box.left < thumb.right && box.right > thumb.left && box.top < thumb.bottom && box.bottom > thumb.top;
          expect(overlaps, chip.textContent!).to.equal(false);
        }
      });
    }

    it('takes the aspect ratio from the images\u2019 width/height before they load', async () => {
      // The attributes say 2:1 although the files are 4:3: the box is reserved from the markup alone.
      const el = await slider(html`<div style="width: 400px">
        <dk-before-after>
          <img slot="before" src=${BEFORE} alt="Before" width="800" height="400" />
          <img slot="after" src=${AFTER} alt="After" width="800" height="400" />
        </dk-before-after>
      </div>`);
      expect(frame(el).getBoundingClientRect().height).to.be.closeTo(200, 1);
    });

    it('falls back to the loaded images\u2019 own size, then to 4:3', async () => {
      const wide = pictureUrl(60, 20, '#8e6e5a');
      const natural = await slider(html`<div style="width: 400px">
        <dk-before-after><img slot="before" src=${wide} alt="Before" /><img slot="after" src=${wide} alt="After" /></dk-before-after>
      </div>`);
      expect(frame(natural).getBoundingClientRect().height).to.be.closeTo(400 / 3, 1);
      let empty!: DkBeforeAfter;
      await captureWarnings(async () => {
        empty = await slider(html`<div style="width: 400px"><dk-before-after></dk-before-after></div>`);
      });
      expect(frame(empty).getBoundingClientRect().height).to.be.closeTo(300, 1);
    });

    it('lets the page force a ratio with --dk-before-after-ratio', async () => {
      const el = await slider(html`<div style="width: 400px">
        <dk-before-after style="--dk-before-after-ratio: 1">${pair()}</dk-before-after>
      </div>`);
      expect(frame(el).getBoundingClientRect().height).to.be.closeTo(400, 1);
    });

    it('splits top/bottom when vertical: position counts from the top, the ARIA value from the bottom', async () => {
      const el = await slider(html`<div style="width: 400px">
        <dk-before-after orientation="vertical" position="25">${pair()}</dk-before-after>
      </div>`);
      const seen = changes(el);
      expect(handle(el).getAttribute('aria-orientation')).to.equal('vertical');
      expect(valueNow(el)).to.equal(75);
      expect(handle(el).getAttribute('aria-valuetext')).to.equal('Showing 75% after');
      const dividerFromTop = () => {
        const divider = part(el, 'divider')!.getBoundingClientRect();
        return (
          (divider.top + divider.height / 2 - frame(el).getBoundingClientRect().top) /
          frame(el).getBoundingClientRect().height
        );
      };
      expect(dividerFromTop()).to.be.closeTo(0.25, 0.01);
      expect(getComputedStyle(frame(el)).touchAction).to.equal('pan-x');
      handle(el).focus();
      const steps: [string, number, number][] = [
        ['ArrowDown', 26, 74],
        ['ArrowUp', 25, 75],
        ['ArrowUp', 24, 76],
        ['PageDown', 34, 66],
        ['PageUp', 24, 76],
        ['End', 0, 100],
        ['Home', 100, 0],
      ];
      for (const [key, position, value] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(seen.at(-1), key).to.equal(position);
        expect(valueNow(el), key).to.equal(value);
        expect(dividerFromTop(), key).to.be.closeTo(position / 100, 0.01);
      }
      expect(handle(el).getAttribute('aria-valuetext')).to.equal('Showing 0% after');
      await expect(el).to.be.accessible();
    });

    it('does not animate the divider (nothing to reduce for reduced motion)', async () => {
      const el = await slider(html`<dk-before-after>${pair()}</dk-before-after>`);
      for (const name of ['after', 'divider', 'handle']) {
        expect(getComputedStyle(part(el, name)!).transitionDuration, name).to.equal('0s');
      }
    });
  });
});
