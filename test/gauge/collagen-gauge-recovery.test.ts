// <dk-collagen-gauge> with the real <dk-recovery>, in the order of a real page: the markup is there first, the
// gauge upgrades, and <dk-recovery> is defined only afterwards (the context root replays the gauge's request).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/index.js';
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import { renewalAt } from '../../src/gauge/collagen-model.js';
import { meter, settled } from './harness.js';

describe('<dk-collagen-gauge> inside <dk-recovery>', () => {
  it('follows a <dk-recovery> that is defined after the gauge upgraded', async () => {
    expect(customElements.get('dk-recovery'), 'not defined yet').to.equal(undefined);
    const recovery = document.createElement('dk-recovery');
    recovery.setAttribute('treatment-date', '2026-11-01');
    recovery.setAttribute('today', '2026-12-01');
    const gauge = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge show-types></dk-collagen-gauge>`, {
      parentNode: recovery,
    });
    await settled(gauge);
    expect(meter(gauge).getAttribute('aria-valuetext')).to.equal('0%');

    await import('../../src/recovery/index.js');
    await customElements.whenDefined('dk-recovery');
    await (recovery as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await gauge.updateComplete;
    expect(meter(gauge).getAttribute('aria-valuetext')).to.equal(
      `${Math.round(renewalAt(30))}%, day 30, Remodeling phase`,
    );
    await expect(recovery).to.be.accessible();

    recovery.setAttribute('today', '2027-06-01');
    await (recovery as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await gauge.updateComplete;
    expect(meter(gauge).getAttribute('aria-valuetext')).to.equal('100%');
  });
});
