// The plan inside the real <dk-recovery>: one treatment date drives it (as on the demo page), a visitor's own
// date and a scrubbed day move it, and the markup may exist before the script defines anything.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/core/context-root.js';
import '../../src/plan/index.js';
import '../../src/recovery/index.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import { dateField, settled, slider } from '../recovery/harness.js';
import { current, shown, texts } from './harness.js';

async function page(attributes: string) {
  const recovery = await fixture<DkRecovery>(
    html`<dk-recovery today="2026-11-25"><dk-treatment-plan lang="en-GB"></dk-treatment-plan></dk-recovery>`,
  );
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    recovery.setAttribute(name!, value ?? '');
  const plan = recovery.querySelector('dk-treatment-plan')!;
  await recovery.updateComplete;
  await plan.updateComplete;
  return { recovery, plan };
}

const input = (field: HTMLInputElement, value: string) => {
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
};

describe('dk-treatment-plan in <dk-recovery>', () => {
  it("starts from the recovery's treatment date", async () => {
    const { plan } = await page('treatment-date=2026-11-01');
    expect(texts(plan, 'label')).to.deep.equal(
      ['2026-11-01', '2026-11-29', '2026-12-27'].map((iso, i) => `Session ${i + 1} — ${shown('en-GB', iso)}`),
    );
    expect(texts(plan, 'status')).to.deep.equal(['Done', 'Next', 'Upcoming']);
    expect(current(plan)).to.deep.equal([null, 'step', null]);
  });

  it('follows the date a visitor types', async () => {
    const { recovery, plan } = await page('treatment-date=2026-11-01 date-picker');
    input(dateField(recovery), '2026-12-07');
    await settled(recovery, plan);
    expect(texts(plan, 'label')[0]).to.equal(`Session 1 — ${shown('en-GB', '2026-12-07')}`);
    expect(texts(plan, 'status')).to.deep.equal(['Next', 'Upcoming', 'Upcoming']);
  });

  it('marks sessions done up to a day scrubbed to', async () => {
    const { recovery, plan } = await page('treatment-date=2026-11-01 scrubber');
    input(slider(recovery), '60');
    await settled(recovery, plan);
    expect(texts(plan, 'status')).to.deep.equal(['Done', 'Done', 'Done']);
  });

  it('gets the date from a recovery defined after it (markup first, script last)', async () => {
    // The plan is defined already; a fresh tag stands for a <dk-recovery> the bundle defines later.
    const { DkRecovery } = await import('../../src/recovery/recovery.js');
    const recovery = await fixture<HTMLElement>(
      html`<dk-late-recovery treatment-date="2026-11-01" today="2026-11-25"><dk-treatment-plan lang="en-GB"></dk-treatment-plan></dk-late-recovery>`,
    );
    const plan = recovery.querySelector('dk-treatment-plan')!;
    await plan.updateComplete;
    expect(texts(plan, 'label')[1]).to.equal('Session 2 — Week 4');
    customElements.define('dk-late-recovery', class extends DkRecovery {});
    await (recovery as DkRecovery).updateComplete;
    await plan.updateComplete;
    expect(texts(plan, 'label')[1]).to.equal(`Session 2 — ${shown('en-GB', '2026-11-29')}`);
  });
});
