import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/timeline/index.js';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import { current, isSideBySide, items, part } from './harness.js';

/** A timeline inside a container of the given width (a page-builder column). */
async function inColumn(width: number, attributes = '', dir = 'ltr') {
  const wrapper = fixtureSync<HTMLDivElement>(html`<div dir=${dir}></div>`);
  wrapper.style.width = `${width}px`;
  wrapper.style.setProperty('--dk-duration', '0s');
  const el = document.createElement('dk-healing-timeline');
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    el.setAttribute(name!, value ?? '');
  wrapper.append(el);
  await el.updateComplete;
  return { wrapper, el };
}

const widths = (el: DkHealingTimeline) => items(el).map((li) => li.getBoundingClientRect().width);

describe('<dk-healing-timeline> layout', () => {
  it('stacks phases when its container is narrow and sets them side by side when wide', async () => {
    const { wrapper, el } = await inColumn(320);
    expect(isSideBySide(el)).to.equal(false);
    wrapper.style.width = '900px';
    expect(isSideBySide(el)).to.equal(true);
    wrapper.style.width = '400px';
    expect(isSideBySide(el)).to.equal(false);
  });

  it('follows its container, not the window', async () => {
    const { wrapper, el } = await inColumn(900);
    expect(isSideBySide(el)).to.equal(true);
    wrapper.style.width = '300px';
    expect(isSideBySide(el)).to.equal(false);
  });

  it('can be forced to either orientation', async () => {
    const narrow = await inColumn(320, 'orientation=horizontal');
    expect(isSideBySide(narrow.el)).to.equal(true);
    const wide = await inColumn(900, 'orientation=vertical');
    expect(isSideBySide(wide.el)).to.equal(false);
    wide.el.setAttribute('orientation', 'horizontal');
    await wide.el.updateComplete;
    expect(isSideBySide(wide.el)).to.equal(true);
  });

  it('gives phases equal widths by default and widths by days with scale="time"', async () => {
    const equal = await inColumn(900);
    const [a, b, c] = widths(equal.el);
    expect(a).to.be.closeTo(b!, 1);
    expect(b).to.be.closeTo(c!, 1);
    const time = await inColumn(900, 'scale=time');
    const [short, middle, long] = widths(time.el);
    expect(long).to.be.above(middle! * 2);
    expect(middle).to.be.at.least(short! - 0.5);
    // A 3-day phase still gets room for its name, unbroken.
    expect(short).to.be.at.least(90);
    const name = items(time.el)[1]!.querySelector('[part="name"]')!;
    expect(name.getClientRects()).to.have.length(1);
    expect(name.getBoundingClientRect().height).to.be.below(30);
  });

  it('reflows to 320 px without overflowing', async () => {
    const { el } = await inColumn(320, 'day=12');
    expect(el.scrollWidth).to.be.at.most(320);
    for (const li of items(el))
      expect(li.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
  });

  it('runs right to left on an RTL page, marker included', async () => {
    const { el } = await inColumn(900, 'day=3', 'rtl');
    const [first, second] = items(el).map((li) => li.getBoundingClientRect());
    expect(first!.left).to.be.above(second!.left);
    // Day 3 is the first day of the Proliferative phase: its marker sits at the phase's right edge.
    const segment = part(current(el)[0]!, 'segment')!.getBoundingClientRect();
    const marker = part(el, 'marker')!.getBoundingClientRect();
    expect(segment.right - marker.right).to.be.below(1);
  });

  for (const orientation of ['horizontal', 'vertical']) {
    for (const day of ['', 'day=-3', 'day=12', 'day=400']) {
      it(`is accessible ${orientation}, ${day || 'without a day'}`, async () => {
        const { el } = await inColumn(900, `orientation=${orientation} ${day}`);
        await expect(el).to.be.accessible();
      });
    }
  }
});
