// Before treatment every widget in a <dk-recovery> says so, in the same words: the scrubber (its text and what a
// screen reader hears) says what the timeline says until the visitor moves it, and the gauge says "before" too.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/gauge/index.js';
import '../../src/recovery/index.js';
import '../../src/timeline/index.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import { flatText } from '../helpers.js';
import { dateField, settleAll, shownValue, slider, timelineSays } from './harness.js';

async function recoveryFixture(attributes: string): Promise<DkRecovery> {
  const el = await fixture<DkRecovery>(html`<div></div>`).then((wrapper) => {
    // Attributes as an author writes them (test markup, never visitor input).
    wrapper.innerHTML = `<dk-recovery ${attributes}>
      <dk-healing-timeline></dk-healing-timeline>
      <dk-collagen-gauge show-types></dk-collagen-gauge>
    </dk-recovery>`;
    return wrapper.querySelector('dk-recovery')!;
  });
  await settleAll(el.parentElement!);
  return el;
}

const timelineOf = (el: DkRecovery) => el.querySelector('dk-healing-timeline')!;
const gaugeOf = (el: DkRecovery) => el.querySelector('dk-collagen-gauge')!;

describe('<dk-recovery> after the last phase', () => {
  it('says "healing complete" on the scrubber, as the timeline does', async () => {
    const el = await recoveryFixture('scrubber treatment-date="2026-01-01" today="2026-07-20"');
    expect(timelineSays(timelineOf(el))).to.equal('Day 200: healing complete');
    expect(shownValue(el)).to.equal('Day 200: healing complete');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Day 200: healing complete');
    expect(slider(el).value, 'the slider rests at its end').to.equal(slider(el).max);
  });
});

describe('<dk-recovery> before treatment', () => {
  it('says "Treatment in 10 days" on the scrubber, as the timeline does, and the gauge says so too', async () => {
    const el = await recoveryFixture('scrubber treatment-date="2026-11-30" today="2026-11-20"');
    expect(timelineSays(timelineOf(el))).to.equal('Treatment in 10 days');
    expect(shownValue(el)).to.equal('Treatment in 10 days');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Treatment in 10 days');
    expect(slider(el).value, 'the slider rests at its start').to.equal('0');
    const gauge = flatText(gaugeOf(el));
    expect(gauge).to.contain('Treatment in 10 days');
    expect(gauge).to.not.match(/type I\b/);
  });

  it('says "tomorrow" the day before, and words it by before-text in the page language', async () => {
    const el = await recoveryFixture(
      'lang="de" scrubber treatment-date="2026-11-21" today="2026-11-20" before-text="Behandlung {relative}, am {date} ({days} Tag)"',
    );
    expect(shownValue(el)).to.equal('Behandlung morgen, am 21. November 2026 (1 Tag)');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal(shownValue(el));
    const tomorrow = await recoveryFixture('scrubber treatment-date="2026-11-21" today="2026-11-20"');
    expect(shownValue(tomorrow)).to.equal('Treatment tomorrow');
    expect(timelineSays(timelineOf(tomorrow))).to.equal('Treatment tomorrow');
  });

  it('shows days from 0 once the visitor moves the slider, and every widget follows', async () => {
    const el = await recoveryFixture('scrubber treatment-date="2026-11-30" today="2026-11-20"');
    slider(el).focus();
    await sendKeys({ press: 'ArrowRight' });
    await settleAll(el.parentElement!);
    expect(shownValue(el)).to.equal('Day 1 — Inflammatory phase');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Day 1 — Inflammatory phase');
    expect(timelineSays(timelineOf(el))).to.equal('Inflammatory · Day 1');
    await sendKeys({ press: 'Home' });
    await settleAll(el.parentElement!);
    expect(shownValue(el)).to.equal('Day 0 — Inflammatory phase');
    expect(timelineSays(timelineOf(el))).to.equal('Inflammatory · Day 0');
  });

  it('says "before" again when the visitor picks a future date', async () => {
    const el = await recoveryFixture('scrubber date-picker treatment-date="2026-11-01" today="2026-11-20"');
    expect(shownValue(el)).to.equal('Day 19 — Proliferative phase');
    const field = dateField(el);
    field.value = '2026-11-25';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await settleAll(el.parentElement!);
    expect(shownValue(el)).to.equal('Treatment in 5 days');
    expect(timelineSays(timelineOf(el))).to.equal('Treatment in 5 days');
    expect(flatText(gaugeOf(el))).to.contain('Treatment in 5 days');
  });

  it('hands the widgets the negative day: a timeline inside says what one with day="-10" says', async () => {
    const el = await recoveryFixture('scrubber treatment-date="2026-11-30" today="2026-11-20"');
    const plain = await fixture(html`<dk-healing-timeline day="-10"></dk-healing-timeline>`);
    await settleAll(plain.parentElement!);
    expect(timelineSays(timelineOf(el))).to.equal(timelineSays(plain as never));
    await expect(el).to.be.accessible();
  });
});
