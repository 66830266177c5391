// The ring's first sweep: from 0 to the value when the gauge first scrolls into view, once; none when motion is
// off (prefers-reduced-motion sets --dk-duration to 0s through the tokens); assistive technology gets the true
// value at once; the observer is let go on disconnect and taken up again on reconnect.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/index.js';
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import { FakeIntersectionObserver, drawnPercent, meter, part, settled, textOf } from './harness.js';

const watching = (gauge: Element) => FakeIntersectionObserver.watched().includes(gauge);

/** The transitions running on the ring's arc (the sweep). */
const sweeps = (gauge: DkCollagenGauge) =>
  part(gauge, 'fill')!
    .getAnimations()
    .filter((animation) => (animation as CSSTransition).transitionProperty === 'stroke-dashoffset');

/** Lets a running sweep arrive: what a visitor sees once it is over. */
const finishSweeps = (gauge: DkCollagenGauge) => sweeps(gauge).forEach((animation) => animation.finish());

async function gauge(template: ReturnType<typeof html>) {
  const el = await fixture<DkCollagenGauge>(template);
  await settled(el);
  return el;
}

describe('<dk-collagen-gauge> sweep', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = FakeIntersectionObserver.install();
  });
  afterEach(() => restore());

  it('waits out of view with an empty ring while assistive technology already has the true value', async () => {
    const el = await gauge(html`<dk-collagen-gauge value="60"></dk-collagen-gauge>`);
    FakeIntersectionObserver.report(el, false);
    await el.updateComplete;
    expect(watching(el)).to.equal(true);
    expect(drawnPercent(el)).to.equal(0);
    expect(meter(el).getAttribute('aria-valuenow')).to.equal('60');
    expect(meter(el).getAttribute('aria-valuetext')).to.equal('60%');
    expect(textOf(el, 'value')).to.equal('60%');
  });

  it('sweeps from 0 to the value (an animation, 1 s by default) when it first scrolls into view', async () => {
    const el = await gauge(html`<dk-collagen-gauge value="60"></dk-collagen-gauge>`);
    FakeIntersectionObserver.report(el, true);
    await el.updateComplete;
    const [sweep] = sweeps(el);
    expect(sweep, 'a running transition').to.not.equal(undefined);
    expect(sweep!.effect!.getComputedTiming().duration).to.equal(1000);
    finishSweeps(el);
    expect(drawnPercent(el)).to.be.closeTo(60, 0.01);
    expect(watching(el), 'observer let go after the sweep').to.equal(false);
  });

  it('sweeps only the first time: later it simply shows the value, even after being moved', async () => {
    const el = await gauge(html`<dk-collagen-gauge value="60"></dk-collagen-gauge>`);
    FakeIntersectionObserver.report(el, true);
    await el.updateComplete;
    finishSweeps(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settled(el);
    expect(watching(el)).to.equal(false);
    expect(drawnPercent(el)).to.be.closeTo(60, 0.01);
    el.value = '80';
    await el.updateComplete;
    finishSweeps(el);
    expect(drawnPercent(el)).to.be.closeTo(80, 0.01);
  });

  it('draws the value at once, with no animation, when motion is off (reduced motion or --dk-duration: 0s)', async () => {
    const el = await gauge(html`<dk-collagen-gauge value="60" style="--dk-duration: 0s"></dk-collagen-gauge>`);
    expect(watching(el)).to.equal(false);
    expect(sweeps(el)).to.have.length(0);
    expect(drawnPercent(el)).to.be.closeTo(60, 0.01);
    expect(getComputedStyle(part(el, 'fill')!).transitionDuration).to.equal('0s');
    el.value = '20';
    await el.updateComplete;
    expect(sweeps(el)).to.have.length(0);
    expect(drawnPercent(el)).to.be.closeTo(20, 0.01);
  });

  it('draws the value at once where there is no IntersectionObserver', async () => {
    window.IntersectionObserver = undefined as unknown as typeof IntersectionObserver;
    const el = await gauge(html`<dk-collagen-gauge value="35"></dk-collagen-gauge>`);
    finishSweeps(el);
    expect(drawnPercent(el)).to.be.closeTo(35, 0.01);
  });

  it('stops watching when removed before it was seen, and watches again when put back', async () => {
    const el = await gauge(html`<dk-collagen-gauge value="60"></dk-collagen-gauge>`);
    const parent = el.parentElement!;
    el.remove();
    expect(watching(el)).to.equal(false);
    parent.append(el);
    await settled(el);
    expect(watching(el)).to.equal(true);
    FakeIntersectionObserver.report(el, true);
    await el.updateComplete;
    finishSweeps(el);
    expect(drawnPercent(el)).to.be.closeTo(60, 0.01);
  });

  it('sweeps a model-driven figure too, and a clone sweeps on its own', async () => {
    const el = await gauge(html`<dk-collagen-gauge day="180"></dk-collagen-gauge>`);
    const clone = el.cloneNode(true) as DkCollagenGauge;
    el.after(clone);
    await settled(clone);
    expect(drawnPercent(clone)).to.equal(0);
    FakeIntersectionObserver.report(clone, true);
    await clone.updateComplete;
    finishSweeps(clone);
    expect(drawnPercent(clone)).to.be.closeTo(100, 0.01);
    expect(drawnPercent(el)).to.equal(0);
  });
});
