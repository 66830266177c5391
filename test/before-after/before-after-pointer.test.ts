/** <dk-before-after> under a mouse (sendMouse: real input in each browser) and under synthetic touch. */
import { expect, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import type { DkBeforeAfter } from '../../src/before-after/index.js';
import {
  AFTER,
  BEFORE,
  changes,
  dividerLine,
  drag,
  focusedIn,
  frame,
  handle,
  pointAt,
  shownAt,
  slider,
  valueNow,
} from './harness.js';

const pair = html`
  <img slot="before" src=${BEFORE} alt="Redness before treatment" width="400" height="300" />
  <img slot="after" src=${AFTER} alt="Calmer skin after treatment" width="400" height="300" />
`;

/** The slider in a 400 px column, with text around it that a careless drag would select. */
const inColumn = (attributes: { dir?: string; orientation?: string } = {}) =>
  slider(html`<div style="width: 400px; margin: 20px" dir=${attributes.dir ?? 'ltr'}>
    <p>Text before the slider.</p>
    <dk-before-after orientation=${attributes.orientation ?? 'horizontal'}>${pair}</dk-before-after>
    <p>Text after the slider.</p>
  </div>`);

/** What the element computes for a point, from the frame's own box (pointer coordinates are whole pixels). */
const expected = (el: DkBeforeAfter, [x, y]: [number, number], axis: 'ltr' | 'rtl' | 'down') => {
  const box = frame(el).getBoundingClientRect();
  const share =
    axis === 'down'
      ? (y - box.top) / box.height
      : axis === 'rtl'
        ? (box.right - x) / box.width
        : (x - box.left) / box.width;
  return Math.round(share * 1000) / 10;
};

describe('dk-before-after with a pointer', () => {
  afterEach(() => resetMouse());

  it('jumps to a click on the image, focuses the handle and fires one dk-change', async () => {
    const el = await inColumn();
    const seen = changes(el);
    const point = pointAt(el, 0.25, 0.2);
    await drag(point);
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.closeTo(expected(el, point, 'ltr'), 0.05);
    expect(valueNow(el)).to.equal(Math.round(seen[0]!));
    // The divider is where the click was: before on its left, after on its right.
    expect([shownAt(el, 0.2, 0.8), shownAt(el, 0.3, 0.8)]).to.deep.equal(['before', 'after']);
    expect(focusedIn(el)).to.equal(handle(el));
    expect(getComputedStyle(frame(el)).touchAction).to.equal('pan-y');
  });

  it('follows a drag and fires dk-change once, on release, with where it was let go', async () => {
    const el = await inColumn();
    const seen = changes(el);
    const end = pointAt(el, 0.8, 0.7);
    await sendMouse({ type: 'move', position: pointAt(el, 0.3, 0.7) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: pointAt(el, 0.6, 0.7) });
    await el.updateComplete;
    expect(valueNow(el)).to.be.closeTo(60, 1);
    expect(seen).to.deep.equal([]);
    // Leaving the box while dragging keeps control (pointer capture) and clamps at the edge.
    await sendMouse({ type: 'move', position: [pointAt(el, 1, 0.7)[0] + 15, pointAt(el, 1, 0.7)[1]] });
    await el.updateComplete;
    expect(valueNow(el)).to.equal(100);
    await sendMouse({ type: 'move', position: end });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.closeTo(expected(el, end, 'ltr'), 0.05);
    expect(document.getSelection()!.toString()).to.equal('');
  });

  it('does not jump when the handle itself is grabbed, and fires nothing for a drag that ends where it began', async () => {
    const el = await inColumn();
    const seen = changes(el);
    const thumb = handle(el).getBoundingClientRect();
    await drag([Math.round(thumb.left + thumb.width * 0.8), Math.round(thumb.top + thumb.height / 2)]);
    await el.updateComplete;
    expect(valueNow(el)).to.equal(50);
    expect(seen).to.deep.equal([]);
  });

  it('stops following the mouse once the button is released', async () => {
    const el = await inColumn();
    await drag(pointAt(el, 0.2, 0.5));
    await sendMouse({ type: 'move', position: pointAt(el, 0.9, 0.5) });
    await el.updateComplete;
    expect(valueNow(el)).to.be.closeTo(20, 1);
  });

  it('measures from the right in a right-to-left page: a click near the left shows most of the before image', async () => {
    const el = await inColumn({ dir: 'rtl' });
    const seen = changes(el);
    const point = pointAt(el, 0.25, 0.5);
    await drag(pointAt(el, 0.6, 0.5), point);
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.closeTo(expected(el, point, 'rtl'), 0.05);
    expect(valueNow(el)).to.be.closeTo(75, 1);
    // The divider is drawn where the pointer is.
    const divider = dividerLine(el).getBoundingClientRect();
    expect(divider.left + divider.width / 2).to.be.closeTo(point[0], 1.5);
    expect([shownAt(el, 0.2, 0.8), shownAt(el, 0.3, 0.8)]).to.deep.equal(['after', 'before']);
  });

  it('measures from the top when vertical (the ARIA value from the bottom)', async () => {
    const el = await inColumn({ orientation: 'vertical' });
    const seen = changes(el);
    const point = pointAt(el, 0.7, 0.3);
    await drag(pointAt(el, 0.7, 0.6), point);
    await el.updateComplete;
    expect(seen).to.have.length(1);
    expect(seen[0]).to.be.closeTo(expected(el, point, 'down'), 0.05);
    expect(seen[0]).to.be.closeTo(30, 0.5);
    expect(valueNow(el)).to.be.closeTo(70, 1);
    const divider = dividerLine(el).getBoundingClientRect();
    expect(divider.top + divider.height / 2).to.be.closeTo(point[1], 1.5);
    expect([shownAt(el, 0.8, 0.25), shownAt(el, 0.8, 0.35)]).to.deep.equal(['before', 'after']);
  });
});

describe('dk-before-after with synthetic pointer events (touch, other buttons)', () => {
  const at = ([clientX, clientY]: [number, number]) => ({ clientX, clientY });
  const touch = (el: DkBeforeAfter, type: string, point: [number, number]) =>
    frame(el).dispatchEvent(
      new PointerEvent(type, {
        pointerType: 'touch',
        pointerId: 7,
        ...at(point),
        buttons: type === 'pointerup' ? 0 : 1,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );

  it('does not move when a finger lands to scroll the page (the browser then cancels the pointer)', async () => {
    const el = await inColumn();
    const seen = changes(el);
    touch(el, 'pointerdown', pointAt(el, 0.2, 0.5));
    touch(el, 'pointercancel', pointAt(el, 0.2, 0.5));
    await el.updateComplete;
    expect(valueNow(el)).to.equal(50);
    expect(seen).to.deep.equal([]);
  });

  it('ignores a secondary button (synthetic: WebKit\u2019s WebDriver leaves a right button stuck down)', async () => {
    const el = await inColumn();
    frame(el).dispatchEvent(
      new PointerEvent('pointerdown', {
        pointerType: 'mouse',
        button: 2,
        buttons: 2,
        ...at(pointAt(el, 0.2, 0.5)),
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(valueNow(el)).to.equal(50);
  });

  it('jumps on a tap and follows a sideways swipe', async () => {
    const el = await inColumn();
    const seen = changes(el);
    touch(el, 'pointerdown', pointAt(el, 0.2, 0.5));
    touch(el, 'pointerup', pointAt(el, 0.2, 0.5));
    await el.updateComplete;
    expect(valueNow(el)).to.be.closeTo(20, 1);
    touch(el, 'pointerdown', pointAt(el, 0.3, 0.5));
    touch(el, 'pointermove', pointAt(el, 0.9, 0.5));
    await el.updateComplete;
    expect(valueNow(el)).to.be.closeTo(90, 1);
    touch(el, 'pointerup', pointAt(el, 0.9, 0.5));
    expect(seen).to.have.length(2);
  });
});
