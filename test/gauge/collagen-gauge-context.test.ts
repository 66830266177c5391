// <dk-collagen-gauge> inside a recovery: the day from @lit/context (as <dk-recovery> provides it), its own
// attributes winning, live updates, a provider that appears after the gauge, and moving in and out.
import { expect, fixture, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import '../../src/gauge/index.js';
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import { parseIsoDate } from '../../src/core/days.js';
import { type RecoveryState, recoveryContext } from '../../src/core/recovery-context.js';
import { renewalAt } from '../../src/gauge/collagen-model.js';
import { meter, part, settled } from './harness.js';

const date = (text: string) => parseIsoDate(text)!;

/** What a <dk-recovery treatment-date="2026-11-01"> shows on `day`. */
const recovery = (day: number): RecoveryState => ({
  treatmentDate: date('2026-11-01'),
  today: date('2026-12-01'),
  day,
});

/** A plain element providing the recovery context, exactly as <dk-recovery> will. */
function providerOn(host: HTMLElement, value: RecoveryState | undefined) {
  return new ContextProvider(host, { context: recoveryContext, initialValue: value });
}

const valueText = (gauge: DkCollagenGauge) => meter(gauge).getAttribute('aria-valuetext');
const percentOn = (day: number) => `${Math.round(renewalAt(day))}%`;

/** A gauge rendered inside a wrapper that already provides `value`. */
async function gaugeIn(template: ReturnType<typeof html>, value: RecoveryState) {
  const host = document.createElement('div');
  const provider = providerOn(host, value);
  const gauge = await fixture<DkCollagenGauge>(template, { parentNode: host });
  await settled(gauge);
  return { host, provider, gauge };
}

describe('<dk-collagen-gauge> in a recovery context', () => {
  it('takes the day from the enclosing recovery and shows the model figure with the note', async () => {
    const { gauge } = await gaugeIn(html`<dk-collagen-gauge show-types></dk-collagen-gauge>`, recovery(30));
    expect(valueText(gauge)).to.equal(`${percentOn(30)}, day 30, Remodeling phase`);
    expect(part(gauge, 'note')).to.not.equal(null);
    await expect(gauge).to.be.accessible();
  });

  it('lets its own day, treatment date or value win over the context', async () => {
    const ownDay = await gaugeIn(html`<dk-collagen-gauge day="5"></dk-collagen-gauge>`, recovery(30));
    expect(valueText(ownDay.gauge)).to.equal(`${percentOn(5)}, day 5, Proliferative phase`);

    // Its own treatment date is counted to the recovery's today (2026-12-01).
    const ownDate = await gaugeIn(
      html`<dk-collagen-gauge treatment-date="2026-11-21"></dk-collagen-gauge>`,
      recovery(30),
    );
    expect(valueText(ownDate.gauge)).to.equal(`${percentOn(10)}, day 10, Proliferative phase`);

    const ownValue = await gaugeIn(html`<dk-collagen-gauge value="12"></dk-collagen-gauge>`, recovery(30));
    expect(meter(ownValue.gauge).getAttribute('aria-valuenow')).to.equal('12');
    expect(valueText(ownValue.gauge)).to.equal('12%, day 30, Remodeling phase');
    expect(part(ownValue.gauge, 'note')).to.equal(null);
  });

  it('follows every change of the recovery live (a visitor dragging the scrubber)', async () => {
    const { provider, gauge } = await gaugeIn(html`<dk-collagen-gauge></dk-collagen-gauge>`, recovery(30));
    for (const day of [0, 2, 3, 21, 90, 180]) {
      provider.setValue(recovery(day));
      await gauge.updateComplete;
      expect(meter(gauge).getAttribute('aria-valuenow'), `day ${day}`).to.equal(String(Math.round(renewalAt(day))));
    }
    provider.setValue(recovery(400));
    await gauge.updateComplete;
    expect(valueText(gauge)).to.equal('100%');
  });

  it('shows a plain 0% without a day while the recovery has no date', async () => {
    const { gauge } = await gaugeIn(html`<dk-collagen-gauge></dk-collagen-gauge>`, { today: date('2026-12-01') });
    expect(valueText(gauge)).to.equal('0%');
    expect(part(gauge, 'note')).to.equal(null);
    await expect(gauge).to.be.accessible();
  });

  it('finds a recovery that appears after it (markup first, provider upgraded later)', async () => {
    const host = document.createElement('div');
    const gauge = await fixture<DkCollagenGauge>(html`<dk-collagen-gauge></dk-collagen-gauge>`, { parentNode: host });
    await settled(gauge);
    expect(valueText(gauge)).to.equal('0%');

    const provider = providerOn(host, recovery(45));
    provider.hostConnected(); // announces itself, as a provider element does when it upgrades
    await gauge.updateComplete;
    expect(valueText(gauge)).to.equal(`${percentOn(45)}, day 45, Remodeling phase`);
  });

  it('reaches gauges added later, at any depth', async () => {
    const { host } = await gaugeIn(html`<dk-collagen-gauge></dk-collagen-gauge>`, recovery(30));
    const section = document.createElement('section');
    section.innerHTML = '<div><dk-collagen-gauge></dk-collagen-gauge></div>';
    host.append(section);
    const late = section.querySelector('dk-collagen-gauge')!;
    await settled(late);
    expect(valueText(late)).to.equal(`${percentOn(30)}, day 30, Remodeling phase`);
  });

  it('forgets the recovery when moved out of it, and picks it up again when moved back', async () => {
    const { host, gauge } = await gaugeIn(html`<dk-collagen-gauge></dk-collagen-gauge>`, recovery(30));
    const outside = document.createElement('div');
    host.after(outside);
    outside.append(gauge);
    await gauge.updateComplete;
    expect(valueText(gauge)).to.equal('0%');
    host.append(gauge);
    await gauge.updateComplete;
    expect(valueText(gauge)).to.equal(`${percentOn(30)}, day 30, Remodeling phase`);
    outside.remove();
  });
});
