import { expect } from '@open-wc/testing';
import {
  addDays,
  daysBetween,
  formatIsoDate,
  fromDayNumber,
  parseIsoDate,
  toDayNumber,
  toUtcDate,
} from '../../src/core/days.js';

const d = (text: string) => {
  const date = parseIsoDate(text);
  if (!date) throw new Error(`test date ${text} is invalid`);
  return date;
};

describe('calendar days', () => {
  it('parses strict ISO dates', () => {
    expect(parseIsoDate('2026-11-01')).to.deep.equal({ year: 2026, month: 11, day: 1 });
    expect(parseIsoDate(' 2024-02-29 ')).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });

  it('rejects impossible dates instead of rolling them over', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2026-04-31', '2025-02-29', '2026-13-45']) {
      expect(parseIsoDate(bad), bad).to.equal(undefined);
    }
  });

  it('rejects text that is not an ISO date', () => {
    for (const bad of ['tomorrow', '', '1/11/2026', '2026-1-1', '20261101', '2026-11-01T00:00', null, undefined]) {
      expect(parseIsoDate(bad), String(bad)).to.equal(undefined);
    }
  });

  it('counts whole calendar days across month and year ends', () => {
    expect(daysBetween(d('2026-11-01'), d('2026-11-01'))).to.equal(0);
    expect(daysBetween(d('2026-01-31'), d('2026-03-01'))).to.equal(29);
    expect(daysBetween(d('2026-12-31'), d('2027-01-01'))).to.equal(1);
    expect(daysBetween(d('2026-11-10'), d('2026-11-01'))).to.equal(-9);
  });

  it('counts leap days', () => {
    expect(daysBetween(d('2028-02-28'), d('2028-03-01'))).to.equal(2);
    expect(daysBetween(d('2100-02-28'), d('2100-03-01'))).to.equal(1);
    expect(daysBetween(d('2000-02-28'), d('2000-03-01'))).to.equal(2);
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).to.equal(366);
  });

  it('counts each daylight-saving change as one day', () => {
    // Berlin 2026-03-29 / 2026-10-25, New York 2026-03-08 / 2026-11-01: one calendar day each.
    expect(daysBetween(d('2026-03-28'), d('2026-03-30'))).to.equal(2);
    expect(daysBetween(d('2026-10-24'), d('2026-10-26'))).to.equal(2);
    expect(daysBetween(d('2026-03-07'), d('2026-03-09'))).to.equal(2);
    expect(daysBetween(d('2026-10-31'), d('2026-11-02'))).to.equal(2);
  });

  it('adds days and round-trips day numbers', () => {
    expect(formatIsoDate(addDays(d('2026-12-01'), 42))).to.equal('2027-01-12');
    expect(formatIsoDate(addDays(d('2028-02-28'), 1))).to.equal('2028-02-29');
    expect(toDayNumber(d('1970-01-01'))).to.equal(0);
    for (let n = -800_000; n <= 800_000; n += 997) {
      expect(toDayNumber(fromDayNumber(n))).to.equal(n);
    }
  });

  it('agrees with the built-in UTC calendar', () => {
    for (let n = -50_000; n <= 50_000; n += 113) {
      const utc = new Date(n * 86_400_000);
      expect(formatIsoDate(fromDayNumber(n))).to.equal(utc.toISOString().slice(0, 10));
    }
  });

  it('formats the same calendar date in every zone', () => {
    const text = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', dateStyle: 'medium' }).format(
      toUtcDate(d('2027-01-12')),
    );
    expect(text).to.equal('12 Jan 2027');
  });
});
