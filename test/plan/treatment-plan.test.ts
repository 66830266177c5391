import { ContextProvider } from '@lit/context';
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/core/context-root.js';
import { recoveryContext } from '../../src/core/recovery-context.js';
import '../../src/plan/index.js';
import type { DkTreatmentPlan } from '../../src/plan/index.js';
import { captureWarnings } from '../helpers.js';
import { button, current, d, inRecovery, inShadow, parts, progress, shown, stepList, texts } from './harness.js';

const plan = (markup: ReturnType<typeof html>) => fixture<DkTreatmentPlan>(markup);

describe('dk-treatment-plan', () => {
  describe('without dates', () => {
    it('shows the default series relatively: 3 sessions, 4 weeks apart, the first next', async () => {
      const el = await plan(html`<dk-treatment-plan lang="en"></dk-treatment-plan>`);
      const list = stepList(el);
      expect(list.getAttribute('role')).to.equal('list');
      expect(texts(el, 'label')).to.deep.equal(['Session 1 — Week 0', 'Session 2 — Week 4', 'Session 3 — Week 8']);
      expect(texts(el, 'status')).to.deep.equal(['Next', 'Upcoming', 'Upcoming']);
      expect(current(el)).to.deep.equal(['step', null, null]);
      expect(progress(el)).to.equal('0 of 3 sessions complete');
    });

    it('has no calendar button: there is nothing to put in a calendar', async () => {
      const el = await plan(html`<dk-treatment-plan></dk-treatment-plan>`);
      expect(button(el)).to.equal(null);
    });

    it('counts in weeks for interval-weeks and in days for an interval of days that is not whole weeks', async () => {
      const weeks = await plan(html`<dk-treatment-plan lang="en" sessions="3" interval-weeks="6"></dk-treatment-plan>`);
      expect(texts(weeks, 'label')).to.deep.equal(['Session 1 — Week 0', 'Session 2 — Week 6', 'Session 3 — Week 12']);
      const days = await plan(html`<dk-treatment-plan lang="en" sessions="3" interval-days="10"></dk-treatment-plan>`);
      expect(texts(days, 'label')).to.deep.equal(['Session 1 — Day 0', 'Session 2 — Day 10', 'Session 3 — Day 20']);
      const fortnight = await plan(
        html`<dk-treatment-plan lang="en" sessions="2" interval-days="14"></dk-treatment-plan>`,
      );
      expect(texts(fortnight, 'label')).to.deep.equal(['Session 1 — Week 0', 'Session 2 — Week 2']);
    });

    it('marks completed sessions done with a visible state and moves aria-current to the next', async () => {
      const el = await plan(html`<dk-treatment-plan lang="en" sessions="4" completed="2"></dk-treatment-plan>`);
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Done', 'Next', 'Upcoming']);
      expect(current(el)).to.deep.equal([null, null, 'step', null]);
      expect(texts(el, 'marker')).to.deep.equal(['✓', '✓', '3', '4']);
      expect(progress(el)).to.equal('2 of 4 sessions complete');
    });

    it('has no current step once every session is done', async () => {
      const el = await plan(html`<dk-treatment-plan lang="en" sessions="2" completed="2"></dk-treatment-plan>`);
      expect(current(el)).to.deep.equal([null, null]);
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Done']);
      expect(progress(el)).to.equal('2 of 2 sessions complete');
    });
  });

  describe('with a start date', () => {
    it('renders the issue example: dates by calendar, one done, the second next', async () => {
      const el = await plan(
        html`<dk-treatment-plan lang="en-GB" sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1"></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')).to.deep.equal(
        ['2026-12-01', '2027-01-12', '2027-02-23', '2027-04-06'].map(
          (iso, i) => `Session ${i + 1} — ${shown('en-GB', iso)}`,
        ),
      );
      expect(texts(el, 'label')[1]).to.match(/Tue,? 12 Jan 2027/);
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Next', 'Upcoming', 'Upcoming']);
      expect(progress(el)).to.equal('1 of 4 sessions complete');
    });

    it('crosses month ends and the leap day', async () => {
      const el = await plan(
        html`<dk-treatment-plan lang="en-GB" sessions="3" interval-days="29" start-date="2028-01-31"></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')).to.deep.equal(
        ['2028-01-31', '2028-02-29', '2028-03-29'].map((iso, i) => `Session ${i + 1} — ${shown('en-GB', iso)}`),
      );
    });

    it('keeps dates across a daylight-saving change', async () => {
      const el = await plan(
        html`<dk-treatment-plan lang="en-GB" sessions="3" interval-weeks="1" start-date="2026-10-18"></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')).to.deep.equal(
        ['2026-10-18', '2026-10-25', '2026-11-01'].map((iso, i) => `Session ${i + 1} — ${shown('en-GB', iso)}`),
      );
    });

    it('counts sessions before today as done when the author gives no completed', async () => {
      const el = await plan(
        html`<dk-treatment-plan lang="en" sessions="3" start-date="2026-11-01" today="2026-11-29"></dk-treatment-plan>`,
      );
      // Session 2 is today: still ahead.
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Next', 'Upcoming']);
      el.today = '2026-11-30';
      await el.updateComplete;
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Done', 'Next']);
      expect(progress(el)).to.equal('2 of 3 sessions complete');
    });

    it("takes the author's completed over the calendar", async () => {
      const el = await plan(
        html`<dk-treatment-plan lang="en" sessions="3" start-date="2026-11-01" today="2027-06-01" completed="1"></dk-treatment-plan>`,
      );
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Next', 'Upcoming']);
    });

    it('formats dates and numbers for lang="de" and lang="ja"', async () => {
      const de = await plan(
        html`<dk-treatment-plan lang="de" sessions="2" interval-weeks="6" start-date="2026-12-01" completed="1"></dk-treatment-plan>`,
      );
      expect(texts(de, 'label')[1]).to.equal(`Session 2 — ${shown('de', '2027-01-12')}`);
      expect(texts(de, 'label')[1]).to.match(/Di\.?, 12\. Jan\.? 2027/);
      const ja = await plan(
        html`<dk-treatment-plan lang="ja" sessions="2" interval-weeks="6" start-date="2026-12-01"></dk-treatment-plan>`,
      );
      expect(texts(ja, 'label')[1]).to.equal(`Session 2 — ${shown('ja', '2027-01-12')}`);
      expect(texts(ja, 'label')[1]).to.contain('2027年1月12日');
    });

    it('takes the language from the page around it', async () => {
      const wrapper = fixtureSync(
        html`<div lang="de"><dk-treatment-plan start-date="2026-12-01"></dk-treatment-plan></div>`,
      );
      const el = wrapper.querySelector('dk-treatment-plan')!;
      await el.updateComplete;
      expect(texts(el, 'label')[0]).to.equal(`Session 1 — ${shown('de', '2026-12-01')}`);
    });

    it('localizes the numbers of labels and progress', async () => {
      const el = await plan(html`<dk-treatment-plan lang="ar-EG" sessions="4" completed="1"></dk-treatment-plan>`);
      const n = new Intl.NumberFormat('ar-EG').format;
      expect(progress(el)).to.equal(`${n(1)} of ${n(4)} sessions complete`);
      expect(texts(el, 'label')[1]).to.equal(`Session ${n(2)} — Week ${n(4)}`);
      expect(n(4)).not.to.equal('4');
    });
  });

  describe('inside a recovery provider', () => {
    const provided = { treatmentDate: d('2026-11-01'), today: d('2026-11-25'), day: 24 };

    it("starts from the provider's treatment date and judges done by its today", async () => {
      const { el } = await inRecovery(provided);
      expect(texts(el, 'label')).to.deep.equal(
        ['2026-11-01', '2026-11-29', '2026-12-27'].map((iso, i) => `Session ${i + 1} — ${shown('en-GB', iso)}`),
      );
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Next', 'Upcoming']);
      expect(button(el)).to.be.instanceOf(HTMLButtonElement);
    });

    it('follows the provider when the visitor picks another date or scrubs to another day', async () => {
      const { el, provider } = await inRecovery(provided);
      provider.setValue({ treatmentDate: d('2026-12-10'), today: d('2026-11-25'), day: -15 });
      await el.updateComplete;
      expect(texts(el, 'label')[0]).to.equal(`Session 1 — ${shown('en-GB', '2026-12-10')}`);
      expect(texts(el, 'status')).to.deep.equal(['Next', 'Upcoming', 'Upcoming']);
      provider.setValue({ ...provided, day: 30 });
      await el.updateComplete;
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Done', 'Next']);
    });

    it('lets its own start-date win over the provided treatment date', async () => {
      const { el } = await inRecovery(provided, { 'start-date': '2026-11-20' });
      expect(texts(el, 'label')[0]).to.equal(`Session 1 — ${shown('en-GB', '2026-11-20')}`);
      // Judged by the provided today (2026-11-25), not the provider's day count.
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Next', 'Upcoming']);
    });

    it('lets its own today measure from the provided date', async () => {
      const { el } = await inRecovery(provided, { today: '2026-12-28' });
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Done', 'Done']);
      expect(button(el)).to.equal(null);
    });

    it('stays relative when the provider knows no date', async () => {
      const { el } = await inRecovery({ today: d('2026-11-25') });
      expect(texts(el, 'label')[1]).to.equal('Session 2 — Week 4');
      expect(texts(el, 'status')).to.deep.equal(['Next', 'Upcoming', 'Upcoming']);
    });

    it('loses and regains the context when moved out and back (page builders)', async () => {
      const { el, wrapper } = await inRecovery(provided);
      document.body.append(el);
      await el.updateComplete;
      expect(texts(el, 'label')[0]).to.equal('Session 1 — Week 0');
      wrapper.append(el);
      await el.updateComplete;
      expect(texts(el, 'label')[0]).to.equal(`Session 1 — ${shown('en-GB', '2026-11-01')}`);
      el.remove();
    });

    it('gets the date from a provider that arrives after it upgraded (markup first, script last)', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div><dk-treatment-plan lang="en-GB"></dk-treatment-plan></div>`,
      );
      const el = wrapper.querySelector('dk-treatment-plan')!;
      await el.updateComplete;
      expect(texts(el, 'label')[0]).to.equal('Session 1 — Week 0');
      const provider = new ContextProvider(wrapper, { context: recoveryContext, initialValue: provided });
      // Announces the provider (a Lit host does this on connect); the context root replays the plan's request.
      provider.hostConnected();
      await el.updateComplete;
      expect(texts(el, 'label')[0]).to.equal(`Session 1 — ${shown('en-GB', '2026-11-01')}`);
    });
  });

  describe('text', () => {
    it('takes every visible string from attributes', async () => {
      const el = await plan(html`<dk-treatment-plan
        sessions="3" completed="1" start-date="2026-12-01" lang="de"
        session-label="{n}. Sitzung von {total}: {when}" progress-label="{completed}/{total} erledigt"
        done-label="Erledigt" next-label="Als Nächstes" upcoming-label="Geplant" button-label="In den Kalender"
      ></dk-treatment-plan>`);
      expect(texts(el, 'label')[0]).to.equal(`1. Sitzung von 3: ${shown('de', '2026-12-01')}`);
      expect(texts(el, 'status')).to.deep.equal(['Erledigt', 'Als Nächstes', 'Geplant']);
      expect(progress(el)).to.equal('1/3 erledigt');
      expect(button(el)!.textContent!.trim()).to.equal('In den Kalender');
      const relative = await plan(
        html`<dk-treatment-plan week-label="Woche {week}" session-label="{when}"></dk-treatment-plan>`,
      );
      expect(texts(relative, 'label')).to.deep.equal(['Woche 0', 'Woche 4', 'Woche 8']);
      const days = await plan(
        html`<dk-treatment-plan interval-days="5" day-label="Tag {day}" session-label="{when}"></dk-treatment-plan>`,
      );
      expect(texts(days, 'label')).to.deep.equal(['Tag 0', 'Tag 5', 'Tag 10']);
    });

    it('shows markup in attributes as text', async () => {
      const el = await plan(
        html`<dk-treatment-plan session-label="<img src=x onerror=alert(1)>{n}"></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')[0]).to.equal('<img src=x onerror=alert(1)>1');
      expect(inShadow(el, 'img')).to.equal(null);
    });

    it('does not show children written as a no-script fallback once it renders', async () => {
      const el = await plan(html`<dk-treatment-plan><p>Three sessions, four weeks apart.</p></dk-treatment-plan>`);
      expect(el.querySelector('p')!.getClientRects().length).to.equal(0);
      expect(parts(el, 'step')).to.have.length(3);
    });
  });

  describe('bad attributes', () => {
    const warningsFor = async (markup: ReturnType<typeof html>) => {
      let el!: DkTreatmentPlan;
      const warnings = await captureWarnings(async () => {
        el = await plan(markup);
      });
      return { el, warnings };
    };

    it('clamps sessions to 1–12 with a warning, and falls back to 3 for garbage', async () => {
      const many = await warningsFor(html`<dk-treatment-plan sessions="20"></dk-treatment-plan>`);
      expect(parts(many.el, 'step')).to.have.length(12);
      expect(many.warnings).to.deep.equal(['<dk-treatment-plan> sessions: 20 is outside 1–12; using 12.']);
      const none = await warningsFor(html`<dk-treatment-plan sessions="0"></dk-treatment-plan>`);
      expect(parts(none.el, 'step')).to.have.length(1);
      expect(none.warnings).to.have.length(1);
      const garbage = await warningsFor(html`<dk-treatment-plan sessions="abc"></dk-treatment-plan>`);
      expect(parts(garbage.el, 'step')).to.have.length(3);
      expect(garbage.warnings[0]).to.contain('sessions: "abc" is not a number');
    });

    it('clamps intervals to 1 day–26 weeks with a warning', async () => {
      const long = await warningsFor(
        html`<dk-treatment-plan lang="en" sessions="2" interval-weeks="30"></dk-treatment-plan>`,
      );
      expect(texts(long.el, 'label')[1]).to.equal('Session 2 — Week 26');
      expect(long.warnings).to.deep.equal(['<dk-treatment-plan> interval-weeks: 30 is outside 1–26; using 26.']);
      const short = await warningsFor(
        html`<dk-treatment-plan lang="en" sessions="2" interval-days="0"></dk-treatment-plan>`,
      );
      expect(texts(short.el, 'label')[1]).to.equal('Session 2 — Day 1');
      expect(short.warnings).to.deep.equal(['<dk-treatment-plan> interval-days: 0 is outside 1–182; using 1.']);
      const halfYear = await warningsFor(
        html`<dk-treatment-plan lang="en" sessions="2" interval-days="400"></dk-treatment-plan>`,
      );
      expect(texts(halfYear.el, 'label')[1]).to.equal('Session 2 — Week 26');
    });

    it('lets interval-days win over interval-weeks and says so', async () => {
      const { el, warnings } = await warningsFor(
        html`<dk-treatment-plan lang="en" sessions="2" interval-weeks="4" interval-days="10"></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')[1]).to.equal('Session 2 — Day 10');
      expect(warnings).to.deep.equal(['<dk-treatment-plan> interval-weeks: ignored: interval-days is set and wins.']);
    });

    it('clamps completed to 0–sessions with a warning', async () => {
      const above = await warningsFor(
        html`<dk-treatment-plan lang="en" sessions="4" completed="9"></dk-treatment-plan>`,
      );
      expect(progress(above.el)).to.equal('4 of 4 sessions complete');
      expect(above.warnings).to.deep.equal(['<dk-treatment-plan> completed: 9 is outside 0–4; using 4.']);
      const below = await warningsFor(html`<dk-treatment-plan lang="en" completed="-2"></dk-treatment-plan>`);
      expect(progress(below.el)).to.equal('0 of 3 sessions complete');
      expect(below.warnings).to.have.length(1);
    });

    it('ignores an impossible start date with a warning and reads relatively', async () => {
      const { el, warnings } = await warningsFor(
        html`<dk-treatment-plan lang="en" start-date="2026-13-45"></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')[0]).to.equal('Session 1 — Week 0');
      expect(warnings).to.deep.equal([
        '<dk-treatment-plan> start-date: "2026-13-45" is not a calendar date in the form yyyy-mm-dd; ignoring it.',
      ]);
    });

    it('survives 100 KB strings and removed attributes without throwing', async () => {
      const huge = 'x'.repeat(100_000);
      const el = await plan(
        html`<dk-treatment-plan start-date="2026-12-01" session-label=${huge} event-title=${huge} sessions="2"></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')[0]).to.have.length(100_000);
      for (const name of ['session-label', 'event-title', 'sessions', 'start-date', 'lang']) el.removeAttribute(name);
      await el.updateComplete;
      expect(texts(el, 'label')[0]).to.match(/^Session 1 — Week 0$/);
    });
  });
});
