import { expect } from '@open-wc/testing';
import { localDateOf, parseIsoDate } from '../../src/core/days.js';
import { resolveRecovery } from '../../src/core/recovery-state.js';

const d = (text: string) => parseIsoDate(text)!;
const clock = d('2026-11-25'); // the visitor's today

describe('resolveRecovery: the one place the day is worked out', () => {
  it('has no day without any input: a plain guide', () => {
    expect(resolveRecovery({}, undefined, clock)).to.deep.equal({ today: d('2026-11-25') });
  });

  it("counts calendar days from an own treatment date to the visitor's today", () => {
    expect(resolveRecovery({ treatmentDate: d('2026-11-01') }, undefined, clock).day).to.equal(24);
    expect(resolveRecovery({ treatmentDate: d('2026-12-01') }, undefined, clock).day).to.equal(-6);
  });

  it("falls back to the visitor's calendar date without a today of its own or the context's", () => {
    expect(resolveRecovery({}, undefined).today).to.deep.equal(localDateOf());
  });

  it("uses an own today over the visitor's today", () => {
    expect(resolveRecovery({ treatmentDate: d('2026-11-01'), today: d('2026-11-04') }, undefined, clock).day).to.equal(
      3,
    );
  });

  it('lets an own day win over dates and context', () => {
    const provided = { today: d('2026-11-25'), treatmentDate: d('2026-11-01'), day: 24 };
    expect(resolveRecovery({ day: 5, treatmentDate: d('2026-10-01') }, provided, clock).day).to.equal(5);
    expect(resolveRecovery({ day: 5 }, provided, clock).treatmentDate).to.deep.equal(d('2026-11-01'));
  });

  it('lets an own treatment date win over the context', () => {
    const provided = { today: d('2026-11-25'), treatmentDate: d('2026-11-01'), day: 24 };
    expect(resolveRecovery({ treatmentDate: d('2026-11-20') }, provided, clock).day).to.equal(5);
  });

  it('follows the context (a scrubbed day included) when the widget has nothing of its own', () => {
    const provided = { today: d('2026-11-25'), treatmentDate: d('2026-11-01'), day: 40 };
    expect(resolveRecovery({}, provided, clock)).to.deep.equal(provided);
  });

  it("replaces the context's today with an own today, keeping the context's day (as the export reads it too)", () => {
    const provided = { today: d('2026-11-25'), treatmentDate: d('2026-11-01'), day: 24 };
    expect(resolveRecovery({ today: d('2026-11-02') }, provided, clock)).to.deep.equal({
      ...provided,
      today: d('2026-11-02'),
    });
  });

  it('resolves what <dk-recovery> shares (no context above it): its dates, or the scrubbed day with its date', () => {
    const treatmentDate = d('2026-11-01');
    expect(resolveRecovery({ treatmentDate, today: d('2026-11-04') }, undefined, clock)).to.deep.equal({
      treatmentDate,
      today: d('2026-11-04'),
      day: 3,
    });
    expect(resolveRecovery({ day: 40, treatmentDate }, undefined, clock)).to.deep.equal({
      treatmentDate,
      today: clock,
      day: 40,
    });
  });
});
