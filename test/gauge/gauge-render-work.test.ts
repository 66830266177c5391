// How much work a gauge does on load (issue 12): one render, not a second one on the slot's first `slotchange`,
// while a caption added, replaced or removed later still shows. Renders are counted through Lit's public
// `addInitializer` (a controller's `hostUpdated` runs once per render): no subclass, nothing private.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/index.js';
import { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import { FakeIntersectionObserver, meter, textOf } from './harness.js';

const renders = new Map<Element, number>();
DkCollagenGauge.addInitializer((gauge) =>
  gauge.addController({ hostUpdated: () => renders.set(gauge as Element, (renders.get(gauge as Element) ?? 0) + 1) }),
);

/** Lets a slotchange (and anything it requested) run, then waits for the gauge's pending render. */
const afterSlotChange = async (gauge: DkCollagenGauge) => {
  await new Promise((resolve) => setTimeout(resolve));
  await gauge.updateComplete;
};

describe('<dk-collagen-gauge> render work', () => {
  // Out of view (the fake observer never reports): the first sweep, a render of its own, stays out of the count.
  let restore: () => void;
  beforeEach(() => {
    restore = FakeIntersectionObserver.install();
  });
  afterEach(() => restore());

  it('renders once on load when its caption is slotted, and its shadow DOM then stays as it is', async () => {
    const el = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge value="60">
      Collagen renewal after your first session
    </dk-collagen-gauge>`);
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    await afterSlotChange(el);
    await afterSlotChange(el);
    observer.disconnect();
    expect(renders.get(el)).to.equal(1);
    expect(changes).to.deep.equal([]);
    expect(meter(el).getAttribute('aria-label')).to.equal('Collagen renewal after your first session');
    expect(textOf(el, 'caption')).to.equal('');
  });

  it('fifty gauges on a page render fifty times on load', async () => {
    const section = await fixture<HTMLElement>(html`<section></section>`);
    section.append(
      ...Array.from({ length: 50 }, (_, n) => {
        const gauge = document.createElement('dk-collagen-gauge');
        gauge.setAttribute('day', String(n * 4));
        gauge.textContent = `Collagen renewal, day ${n * 4}`;
        return gauge;
      }),
    );
    const gauges = [...section.querySelectorAll('dk-collagen-gauge')];
    await Promise.all(gauges.map(afterSlotChange));
    await Promise.all(gauges.map(afterSlotChange));
    expect(gauges.map((gauge) => renders.get(gauge))).to.deep.equal(gauges.map(() => 1));
  });

  it('still shows a caption added, replaced or emptied after the first render', async () => {
    const el = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge value="60" label="Renewal"></dk-collagen-gauge>`);
    await afterSlotChange(el);
    expect(meter(el).getAttribute('aria-label')).to.equal('Renewal');
    expect(textOf(el, 'caption')).to.equal('Renewal');

    el.append('After your first session');
    await afterSlotChange(el);
    expect(meter(el).getAttribute('aria-label')).to.equal('After your first session');
    expect(textOf(el, 'caption'), 'the label gives way to the slotted caption').to.equal('');

    el.replaceChildren(Object.assign(document.createElement('span'), { textContent: 'After three sessions' }));
    await afterSlotChange(el);
    expect(meter(el).getAttribute('aria-label')).to.equal('After three sessions');

    el.replaceChildren();
    await afterSlotChange(el);
    expect(meter(el).getAttribute('aria-label')).to.equal('Renewal');
    expect(textOf(el, 'caption')).to.equal('Renewal');
  });
});
