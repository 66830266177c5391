import { expect } from '@open-wc/testing';
import { formatIsoDate, parseIsoDate } from '../../src/core/days.js';
import { completedCount, planSessions } from '../../src/plan/plan-model.js';

const d = (text: string) => parseIsoDate(text)!;
const dates = (input: Parameters<typeof planSessions>[0]) =>
  planSessions(input).map((s) => s.date && formatIsoDate(s.date));

describe('planSessions', () => {
  it('spaces sessions by the interval from the start date', () => {
    expect(dates({ sessions: 4, intervalDays: 42, start: d('2026-12-01') })).to.deep.equal([
      '2026-12-01',
      '2027-01-12',
      '2027-02-23',
      '2027-04-06',
    ]);
  });

  it('crosses month ends, year ends and leap days by calendar', () => {
    expect(dates({ sessions: 3, intervalDays: 28, start: d('2028-01-31') })).to.deep.equal([
      '2028-01-31',
      '2028-02-28',
      '2028-03-27',
    ]);
    expect(dates({ sessions: 3, intervalDays: 1, start: d('2028-02-28') })).to.deep.equal([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ]);
    expect(dates({ sessions: 2, intervalDays: 1, start: d('2027-02-28') })).to.deep.equal(['2027-02-28', '2027-03-01']);
    expect(dates({ sessions: 2, intervalDays: 7, start: d('2026-12-29') })).to.deep.equal(['2026-12-29', '2027-01-05']);
    // Across both daylight-saving changes of Europe and North America: still whole calendar weeks.
    expect(dates({ sessions: 3, intervalDays: 28, start: d('2026-03-01') })).to.deep.equal([
      '2026-03-01',
      '2026-03-29',
      '2026-04-26',
    ]);
    expect(dates({ sessions: 2, intervalDays: 7, start: d('2026-10-25') })).to.deep.equal(['2026-10-25', '2026-11-01']);
  });

  it('has offsets and no dates in relative mode', () => {
    const plan = planSessions({ sessions: 3, intervalDays: 42 });
    expect(plan.map((s) => s.offset)).to.deep.equal([0, 42, 84]);
    expect(plan.map((s) => s.date)).to.deep.equal([undefined, undefined, undefined]);
    expect(plan.map((s) => s.index)).to.deep.equal([1, 2, 3]);
  });

  it('marks sessions done, the one after them next, the rest upcoming', () => {
    expect(planSessions({ sessions: 4, intervalDays: 28, completed: 1 }).map((s) => s.status)).to.deep.equal([
      'done',
      'next',
      'upcoming',
      'upcoming',
    ]);
    expect(planSessions({ sessions: 2, intervalDays: 28, completed: 2 }).map((s) => s.status)).to.deep.equal([
      'done',
      'done',
    ]);
    expect(planSessions({ sessions: 2, intervalDays: 28 }).map((s) => s.status)).to.deep.equal(['next', 'upcoming']);
  });
});

describe('completedCount', () => {
  const plan = { sessions: 3, intervalDays: 28 };

  it('counts sessions dated before today as done; one on today is still ahead', () => {
    expect([-5, 0, 1, 27, 28, 29, 56, 57, 400].map((elapsed) => completedCount({ ...plan, elapsed }))).to.deep.equal([
      0, 0, 1, 1, 1, 2, 2, 3, 3,
    ]);
  });

  it("takes the author's completed over the calendar, kept within 0–sessions", () => {
    expect(completedCount({ ...plan, elapsed: 100, completed: 1 })).to.equal(1);
    expect(completedCount({ ...plan, elapsed: 0, completed: 2 })).to.equal(2);
    expect(completedCount({ ...plan, completed: 9 })).to.equal(3);
    expect(completedCount({ ...plan, completed: -1 })).to.equal(0);
    expect(completedCount(plan)).to.equal(0);
  });
});
