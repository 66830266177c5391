import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/recovery/index.js';
import '../../src/timeline/index.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import { labelOf, settled, shownValue, slider, timelineSays } from './harness.js';

async function press(el: DkRecovery, key: string, ...widgets: DkHealingTimeline[]) {
  await sendKeys({ press: key });
  await settled(el, ...widgets);
}

describe('<dk-recovery scrubber>', () => {
  it('is a labelled slider from day 0 to the end of the last phase, its value said as day and phase', async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery scrubber treatment-date="2026-11-01" today="2026-11-13">
      <dk-healing-timeline></dk-healing-timeline>
    </dk-recovery>`);
    const range = slider(el);
    expect(range.type).to.equal('range');
    expect(labelOf(range)).to.equal('Day after treatment');
    expect([range.min, range.max, range.step, range.value]).to.deep.equal(['0', '180', '1', '12']);
    expect(range.getAttribute('aria-valuetext')).to.equal('Day 12 — Proliferative phase');
    expect(shownValue(el)).to.equal('Day 12 — Proliferative phase');
    await expect(el).to.be.accessible();
  });

  it('moves by keyboard, and every widget follows at each step', async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery scrubber treatment-date="2026-11-01" today="2026-11-03">
      <dk-healing-timeline></dk-healing-timeline>
      <div><dk-healing-timeline orientation="vertical"></dk-healing-timeline></div>
    </dk-recovery>`);
    const [first, second] = [...el.querySelectorAll('dk-healing-timeline')] as DkHealingTimeline[];
    slider(el).focus();
    await press(el, 'ArrowRight', first!, second!);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Day 3 — Proliferative phase');
    expect(timelineSays(first!)).to.equal('Proliferative · Day 3');
    expect(timelineSays(second!)).to.equal('Proliferative · Day 3');
    await press(el, 'ArrowLeft', first!, second!);
    expect(timelineSays(first!)).to.equal('Inflammatory · Day 2');
    await press(el, 'End', first!, second!);
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Day 180 — Remodeling phase');
    expect(timelineSays(second!)).to.equal('Remodeling · Day 180');
    await press(el, 'Home', first!, second!);
    expect(timelineSays(first!)).to.equal('Inflammatory · Day 0');
    await press(el, 'ArrowUp', first!, second!);
    expect(timelineSays(first!)).to.equal('Inflammatory · Day 1');
    await expect(el).to.be.accessible();
  });

  it('follows the pointer live while a visitor drags', async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery scrubber treatment-date="2026-11-01" today="2026-11-03">
      <dk-healing-timeline></dk-healing-timeline>
    </dk-recovery>`);
    const timeline = el.querySelector('dk-healing-timeline')!;
    const track = slider(el).getBoundingClientRect();
    const at = (share: number): [number, number] => [
      Math.round(track.left + track.width * share),
      Math.round(track.top + track.height / 2),
    ];
    try {
      await sendMouse({ type: 'move', position: at(0.01) });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: at(0.6) });
      await settled(el, timeline);
      expect(timelineSays(timeline)).to.match(/^Remodeling · Day \d+$/);
      await sendMouse({ type: 'move', position: at(0.06) });
      await settled(el, timeline);
      expect(timelineSays(timeline)).to.match(/^Proliferative · Day \d+$/);
    } finally {
      await sendMouse({ type: 'up' });
      await resetMouse();
    }
  });

  it('tells the page what a visitor explores', async () => {
    const el = await fixture<DkRecovery>(
      html`<dk-recovery scrubber treatment-date="2026-11-01" today="2026-11-03"></dk-recovery>`,
    );
    slider(el).focus();
    const event = oneEvent(el, 'dk-recovery-change');
    await sendKeys({ press: 'ArrowRight' });
    const { detail } = await event;
    expect(detail).to.deep.equal({ treatmentDate: '2026-11-01', day: 3 });
  });

  it('spans the phases of the timeline inside, following changes to them', async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery scrubber>
      <dk-healing-timeline>
        <dk-phase name="Redness" start="0" end="2">a</dk-phase>
        <dk-phase name="Peeling" start="2" end="7">b</dk-phase>
      </dk-healing-timeline>
    </dk-recovery>`);
    const timeline = el.querySelector('dk-healing-timeline')!;
    await settled(el, timeline);
    expect(slider(el).max).to.equal('7');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Day 0 — Redness phase');
    timeline.querySelectorAll('dk-phase')[1]!.setAttribute('end', '10');
    await Promise.resolve();
    await timeline.updateComplete;
    await el.updateComplete;
    expect(slider(el).max).to.equal('10');
  });

  it('uses the microneedling phases without a timeline', async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery scrubber></dk-recovery>`);
    expect(slider(el).max).to.equal('180');
  });

  it('starts at day 0 without a date, and at the nearest end when the date lies outside', async () => {
    const el = await fixture<DkRecovery>(
      html`<dk-recovery scrubber><dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
    );
    await settled(el, el.querySelector('dk-healing-timeline')!);
    expect(slider(el).value).to.equal('0');
    expect(timelineSays(el.querySelector('dk-healing-timeline')!)).to.equal('Inflammatory · Day 0');
    el.setAttribute('treatment-date', '2027-01-01');
    el.setAttribute('today', '2026-12-25');
    await el.updateComplete;
    expect(slider(el).value).to.equal('0');
    el.setAttribute('treatment-date', '2025-01-01');
    await el.updateComplete;
    expect(slider(el).value).to.equal('180');
  });

  it('says a day between two phases without a phase name', async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery scrubber treatment-date="2026-11-01" today="2026-11-05">
      <dk-healing-timeline>
        <dk-phase name="A" start="0" end="2">a</dk-phase>
        <dk-phase name="B" start="7" end="14">b</dk-phase>
      </dk-healing-timeline>
    </dk-recovery>`);
    await settled(el, el.querySelector('dk-healing-timeline')!);
    await el.updateComplete;
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Day 4');
  });

  it('takes its label and value texts from attributes, numbers in the page language', async () => {
    const el =
      await fixture<DkRecovery>(html`<dk-recovery lang="ar-EG" scrubber treatment-date="2026-11-01" today="2026-11-13"
      scrubber-label="Tag nach der Behandlung" scrubber-text="Tag {day}: {phase}"></dk-recovery>`);
    expect(labelOf(slider(el))).to.equal('Tag nach der Behandlung');
    expect(slider(el).getAttribute('aria-valuetext')).to.equal('Tag ١٢: Proliferative');
  });

  it('works on a right-to-left page', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div dir="rtl" lang="he">
      <dk-recovery scrubber treatment-date="2026-11-01" today="2026-11-02"><dk-healing-timeline></dk-healing-timeline></dk-recovery>
    </div>`);
    const el = wrapper.querySelector('dk-recovery')!;
    const timeline = wrapper.querySelector('dk-healing-timeline')!;
    await settled(el, timeline);
    slider(el).focus();
    await press(el, 'End', timeline);
    expect(slider(el).value).to.equal('180');
    expect(timelineSays(timeline)).to.match(/^Remodeling · /);
    await expect(wrapper).to.be.accessible();
  });
});
