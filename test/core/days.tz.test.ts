// Runs in Chromium with the time zone emulated (groups tz-europe-berlin and tz-america-new_york in
// web-test-runner.config.mjs): "today" and days since treatment around each daylight-saving change.
import { expect } from '@open-wc/testing';
import { daysSince, formatIsoDate, localDateOf, parseIsoDate } from '../../src/core/days.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const date = (text: string) => parseIsoDate(text)!;

/** Local wall-clock instants: the Date constructor with fields reads them in the emulated zone. */
const local = (y: number, m: number, day: number, h: number, min = 0) => new Date(y, m - 1, day, h, min);

const changes: Record<string, { spring: string; autumn: string }> = {
  'Europe/Berlin': { spring: '2026-03-29', autumn: '2026-10-25' },
  'America/New_York': { spring: '2026-03-08', autumn: '2026-11-01' },
};

describe(`days in ${zone}`, () => {
  it('runs in an emulated daylight-saving zone', () => {
    expect(Object.keys(changes)).to.include(zone);
  });

  for (const season of ['spring', 'autumn'] as const) {
    it(`counts the ${season} change as one calendar day`, () => {
      const change = date(changes[zone]![season]);
      const before = { ...change, day: change.day - 1 };
      const { year, month, day } = change;
      // The changing day really is 23 or 25 hours long here: dividing milliseconds would be off.
      const hours = (local(year, month, day + 1, 0).getTime() - local(year, month, day, 0).getTime()) / 3_600_000;
      expect(hours).to.equal(season === 'spring' ? 23 : 25);
      for (const [h, min] of [
        [0, 0],
        [0, 30],
        [3, 30],
        [12, 0],
        [23, 59],
      ] as const) {
        expect(daysSince(before, local(year, month, day, h, min)), `${h}:${min}`).to.equal(1);
        expect(daysSince(before, local(year, month, day + 1, h, min)), `next ${h}:${min}`).to.equal(2);
      }
    });
  }

  it('reads today from the local wall clock, not from UTC', () => {
    // 23:30 local on the autumn change is already the next day in UTC for Berlin, still the same day in New York.
    const { year, month, day } = date(changes[zone]!.autumn);
    expect(formatIsoDate(localDateOf(local(year, month, day, 23, 30)))).to.equal(changes[zone]!.autumn);
    expect(formatIsoDate(localDateOf(local(year, month, day, 0, 15)))).to.equal(changes[zone]!.autumn);
  });
});
