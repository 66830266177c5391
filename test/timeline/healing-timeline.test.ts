import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import '../../src/timeline/index.js';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import { captureWarnings } from '../helpers.js';
import { current, inShadow, itemText, items, list, marker, names, part, spans, status } from './harness.js';

const threePhases = html`
  <dk-healing-timeline>
    <dk-phase name="Inflammatory" start="0" end="3">Blood flow rises.</dk-phase>
    <dk-phase name="Proliferative" start="3" end="21">New type III collagen.</dk-phase>
    <dk-phase name="Remodeling" start="21" end="180">Type III matures into type I.</dk-phase>
  </dk-healing-timeline>
`;

describe('<dk-healing-timeline>', () => {
  describe('as a plain phase guide (no day)', () => {
    it('shows the microneedling preset as an ordered list of name, span and text', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline></dk-healing-timeline>`);
      expect(list(el).localName).to.equal('ol');
      expect(list(el).getAttribute('role')).to.equal('list');
      expect(list(el).getAttribute('aria-label')).to.equal('Healing phases');
      expect(items(el).every((li) => li.parentElement === list(el))).to.equal(true);
      expect(names(el)).to.deep.equal(['Inflammatory', 'Proliferative', 'Remodeling']);
      expect(spans(el)).to.deep.equal(['0–3 days', '3–21 days', '1–6 months']);
      expect(itemText(items(el)[1]!)).to.contain('type III');
      expect(current(el)).to.have.length(0);
      expect(marker(el)).to.equal(undefined);
      expect(status(el)).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('shows its own <dk-phase> children instead, their text staying light DOM', async () => {
      const el = await fixture<DkHealingTimeline>(threePhases);
      expect(names(el)).to.deep.equal(['Inflammatory', 'Proliferative', 'Remodeling']);
      const phase = el.querySelector('dk-phase')!;
      expect(phase.assignedSlot?.closest('li')).to.equal(items(el)[0]);
      expect(itemText(items(el)[0]!)).to.equal('Inflammatory 0–3 days Blood flow rises.');
      await expect(el).to.be.accessible();
    });

    it("takes an author's span text over the computed one; an empty span hides it", async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline>
        <dk-phase name="A" start="0" end="2" span="First 48 hours">a</dk-phase>
        <dk-phase name="B" start="2" end="9" span="">b</dk-phase>
      </dk-healing-timeline>`);
      expect(spans(el)).to.deep.equal(['First 48 hours', undefined]);
    });

    it('names its list from the label attribute', async () => {
      const el = await fixture<DkHealingTimeline>(
        html`<dk-healing-timeline label="Heilungsphasen"></dk-healing-timeline>`,
      );
      expect(list(el).getAttribute('aria-label')).to.equal('Heilungsphasen');
    });

    it('formats spans and days for the page language', async () => {
      const wrapper = fixtureSync(html`<div lang="de"><dk-healing-timeline day="2000"></dk-healing-timeline></div>`);
      const el = wrapper.querySelector('dk-healing-timeline')!;
      await el.updateComplete;
      expect(spans(el)).to.deep.equal(['0–3 Tage', '3–21 Tage', '1–6 Monate']);
      expect(status(el)).to.contain('2.000');
    });

    it('tells listeners which phases it shows', async () => {
      const el = document.createElement('dk-healing-timeline');
      const event = oneEvent(document.body, 'dk-phases-change');
      document.body.append(el);
      const { detail } = await event;
      expect(detail.phases.map((p: { name: string }) => p.name)).to.deep.equal([
        'Inflammatory',
        'Proliferative',
        'Remodeling',
      ]);
      el.remove();
    });
  });

  describe('with a day', () => {
    it('marks the phase of the day as the current step, with a "Day N" marker inside it', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="12"></dk-healing-timeline>`);
      expect(current(el)).to.have.length(1);
      expect(part(current(el)[0]!, 'name')!.textContent).to.equal('Proliferative');
      expect(part(current(el)[0]!, 'marker')!.textContent).to.equal('Day 12');
      expect(items(el).map((li) => li.getAttribute('part'))).to.deep.equal(['phase done', 'phase current', 'phase']);
      expect(status(el)).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('makes the current phase stand out visually', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="12"></dk-healing-timeline>`);
      const [, now, later] = items(el).map((li) => getComputedStyle(li).borderTopColor);
      expect(now).not.to.equal(later);
    });

    it('takes its colours from the --dk-timeline-* properties', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="12"
        style="--dk-timeline-current: rgb(1, 2, 3); --dk-timeline-marker: rgb(4, 5, 6); --dk-timeline-marker-text: rgb(7, 8, 9)"></dk-healing-timeline>`);
      const markerStyle = getComputedStyle(part(el, 'marker')!);
      expect(getComputedStyle(current(el)[0]!).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(markerStyle.backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(markerStyle.color).to.equal('rgb(7, 8, 9)');
    });

    it("places the marker at the day's position within the phase", async () => {
      const wrapper = fixtureSync(
        html`<div style="width: 900px; --dk-duration: 0s"><dk-healing-timeline orientation="horizontal" day="3"></dk-healing-timeline></div>`,
      );
      const timeline = wrapper.querySelector('dk-healing-timeline')!;
      await timeline.updateComplete;
      const offset = () => {
        const segment = part(current(timeline)[0]!, 'segment')!.getBoundingClientRect();
        const box = part(timeline, 'marker')!.getBoundingClientRect();
        return (box.left - segment.left) / (segment.width - box.width);
      };
      expect(offset()).to.be.closeTo(0, 0.01);
      timeline.day = '12';
      await timeline.updateComplete;
      expect(offset()).to.be.closeTo((12 - 3) / (21 - 3), 0.02);
      timeline.day = '20';
      await timeline.updateComplete;
      expect(offset()).to.be.closeTo(17 / 18, 0.02);
    });

    it('counts the day from treatment-date and today', async () => {
      const el = await fixture<DkHealingTimeline>(
        html`<dk-healing-timeline treatment-date="2026-03-20" today="2026-04-01"></dk-healing-timeline>`,
      );
      expect(marker(el)).to.equal('Day 12');
    });

    it('lets day win over treatment-date', async () => {
      const el = await fixture<DkHealingTimeline>(
        html`<dk-healing-timeline day="1" treatment-date="2026-03-20" today="2026-04-01"></dk-healing-timeline>`,
      );
      expect(marker(el)).to.equal('Day 1');
    });

    it('says when treatment is, before day 0', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="-5"></dk-healing-timeline>`);
      expect(status(el)).to.equal('Treatment in 5 days');
      expect(current(el)).to.have.length(0);
      await expect(el).to.be.accessible();
      el.day = '-1';
      await el.updateComplete;
      expect(status(el)).to.equal('Treatment tomorrow');
    });

    it("offers the treatment date itself to an author's before-text", async () => {
      const el = await fixture<DkHealingTimeline>(
        html`<dk-healing-timeline treatment-date="2026-12-01" today="2026-11-25" before-text="Your session: {date} ({days} days to go)"></dk-healing-timeline>`,
      );
      expect(status(el)).to.equal('Your session: December 1, 2026 (6 days to go)');
    });

    it('says healing is complete after the last phase, with every phase done', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="181"></dk-healing-timeline>`);
      expect(status(el)).to.equal('Day 181: healing complete');
      expect(current(el)).to.have.length(0);
      expect(items(el).every((li) => li.getAttribute('part') === 'phase done')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('keeps the last day of the last phase inside it', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="180"></dk-healing-timeline>`);
      expect(part(current(el)[0]!, 'name')!.textContent).to.equal('Remodeling');
    });

    it('shows the day on its own in a gap between phases', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="5">
        <dk-phase name="A" start="0" end="2">a</dk-phase>
        <dk-phase name="B" start="7" end="14">b</dk-phase>
      </dk-healing-timeline>`);
      expect(current(el)).to.have.length(0);
      expect(status(el)).to.equal('Day 5');
    });

    it('takes every text from attributes', async () => {
      const el = await fixture<DkHealingTimeline>(
        html`<dk-healing-timeline day="4" marker-text="Tag {day}" before-text="In {days} Tagen" complete-text="Fertig ({day})"></dk-healing-timeline>`,
      );
      expect(marker(el)).to.equal('Tag 4');
      el.day = '-3';
      await el.updateComplete;
      expect(status(el)).to.equal('In 3 Tagen');
      el.day = '400';
      await el.updateComplete;
      expect(status(el)).to.equal('Fertig (400)');
    });
  });

  describe('bad input', () => {
    it('warns about a day that is not a number and shows the plain guide', async () => {
      const warnings = await captureWarnings(() =>
        fixture(html`<dk-healing-timeline day="soon"></dk-healing-timeline>`),
      );
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<dk-healing-timeline> day');
    });

    it('warns about an impossible treatment date and ignores it', async () => {
      let el!: DkHealingTimeline;
      const warnings = await captureWarnings(async () => {
        el = await fixture<DkHealingTimeline>(
          html`<dk-healing-timeline treatment-date="2026-13-45"></dk-healing-timeline>`,
        );
      });
      expect(warnings.join()).to.contain('<dk-healing-timeline> treatment-date');
      expect(current(el)).to.have.length(0);
    });

    it('warns about unknown preset, orientation and scale values and uses the defaults', async () => {
      let el!: DkHealingTimeline;
      const warnings = await captureWarnings(async () => {
        el = await fixture<DkHealingTimeline>(
          html`<dk-healing-timeline preset="botox" orientation="diagonal" scale="log"></dk-healing-timeline>`,
        );
      });
      expect(warnings.map((w) => w.split(':')[0])).to.have.members([
        '<dk-healing-timeline> preset',
        '<dk-healing-timeline> orientation',
        '<dk-healing-timeline> scale',
      ]);
      expect(names(el)).to.have.length(3);
    });

    it('renders markup in attributes as text', async () => {
      const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="2" marker-text="<img src=x>{day}">
        <dk-phase name="<b>bold</b>" start="0" end="3">x</dk-phase>
      </dk-healing-timeline>`);
      expect(names(el)).to.deep.equal(['<b>bold</b>']);
      expect(marker(el)).to.equal('<img src=x>2');
      expect(inShadow(el, 'img, b')).to.equal(null);
    });
  });
});
