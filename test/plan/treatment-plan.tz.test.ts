// Runs in Chromium with Europe/Berlin and America/New_York emulated: weekly sessions across both
// daylight-saving changes of each zone keep their calendar dates, on screen and in the calendar file.
import { expect, fixture, html } from '@open-wc/testing';
import { parseIsoDate } from '../../src/core/days.js';
import { writeCalendar } from '../../src/plan/ics.js';
import '../../src/plan/index.js';
import type { DkTreatmentPlan } from '../../src/plan/index.js';
import { planSessions } from '../../src/plan/plan-model.js';
import { readEvents } from './ics-parse.js';
import { shown, texts } from './harness.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

for (const [season, start, dates] of [
  ['spring', '2026-03-01', ['2026-03-01', '2026-03-08', '2026-03-15', '2026-03-22', '2026-03-29', '2026-04-05']],
  ['autumn', '2026-10-18', ['2026-10-18', '2026-10-25', '2026-11-01', '2026-11-08', '2026-11-15', '2026-11-22']],
] as const) {
  describe(`dk-treatment-plan in ${zone}, ${season}`, () => {
    it('runs in an emulated daylight-saving zone', () => {
      expect(['Europe/Berlin', 'America/New_York']).to.include(zone);
    });

    it('shows each weekly session on its calendar date', async () => {
      const el = await fixture<DkTreatmentPlan>(
        html`<dk-treatment-plan lang="en-GB" sessions="6" interval-weeks="1" start-date=${start}></dk-treatment-plan>`,
      );
      expect(texts(el, 'label')).to.deep.equal(dates.map((iso, i) => `Session ${i + 1} — ${shown('en-GB', iso)}`));
    });

    it('writes the same dates into the calendar file', () => {
      const plan = planSessions({ sessions: 6, intervalDays: 7, start: parseIsoDate(start) });
      const text = writeCalendar(
        plan.map((step) => ({ uid: String(step.index), date: step.date!, summary: 'x' })),
        new Date(),
      );
      expect(readEvents(text).map((event) => event.start!.value)).to.deep.equal(
        dates.map((iso) => iso.replace(/-/g, '')),
      );
    });
  });
}
