import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/recovery/index.js';
import '../../src/timeline/index.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import { dateField, labelOf, settled, slider, timelineSays } from './harness.js';

async function picker(attributes = '') {
  const el = await fixture<DkRecovery>(
    html`<dk-recovery date-picker today="2026-11-01"><dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
  );
  for (const [name, value] of attributes
    .split(' ')
    .filter(Boolean)
    .map((a) => a.split('=')))
    el.setAttribute(name!, value!);
  const timeline = el.querySelector('dk-healing-timeline')!;
  await settled(el, timeline);
  return { el, timeline };
}

describe('<dk-recovery date-picker>', () => {
  it('is a labelled date field holding the treatment date', async () => {
    const { el } = await picker('treatment-date=2026-10-20');
    const field = dateField(el);
    expect(field.type).to.equal('date');
    expect(labelOf(field)).to.equal('Your treatment date');
    expect(field.value).to.equal('2026-10-20');
    await expect(el).to.be.accessible();
  });

  it('lets a visitor type their date, and every widget follows', async () => {
    const { el, timeline } = await picker();
    expect(timelineSays(timeline)).to.equal('(no day)');
    dateField(el).focus();
    // Typed as the visitor's (en-US) field expects it: month, day, year.
    await sendKeys({ type: '10/15/2026' });
    await settled(el, timeline);
    expect(dateField(el).value).to.equal('2026-10-15');
    expect(timelineSays(timeline)).to.equal('Proliferative · Day 17');
  });

  it('shows no day once the visitor clears the field', async () => {
    const { el, timeline } = await picker('treatment-date=2026-10-20');
    const field = dateField(el);
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(el, timeline);
    expect(timelineSays(timeline)).to.equal('(no day)');
  });

  it('keeps the last date while one is half typed', async () => {
    const { el, timeline } = await picker('treatment-date=2026-10-20');
    const field = dateField(el);
    // Chromium reports the year digit by digit: 0002-10-15, 0020-10-15, 0202-10-15 before 2026-10-15.
    field.value = '0202-10-15';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settled(el, timeline);
    expect(timelineSays(timeline)).to.equal('Proliferative · Day 12');
  });

  it("moves the scrubber to the picked date's day", async () => {
    const { el, timeline } = await picker('scrubber treatment-date=2026-10-20');
    slider(el).focus();
    await sendKeys({ press: 'End' });
    await settled(el, timeline);
    expect(timelineSays(timeline)).to.equal('Remodeling · Day 180');
    dateField(el).focus();
    await sendKeys({ type: '10/29/2026' });
    await settled(el, timeline);
    expect(slider(el).value).to.equal('3');
    expect(timelineSays(timeline)).to.equal('Proliferative · Day 3');
  });

  it('takes its label from date-label', async () => {
    const { el } = await picker('date-label=Datum');
    expect(labelOf(dateField(el))).to.equal('Datum');
  });

  it('keeps the date in memory: no cookie, no storage', async () => {
    const before = [document.cookie, localStorage.length, sessionStorage.length];
    const { el } = await picker();
    dateField(el).focus();
    await sendKeys({ type: '10/15/2026' });
    await el.updateComplete;
    expect([document.cookie, localStorage.length, sessionStorage.length]).to.deep.equal(before);
  });
});
