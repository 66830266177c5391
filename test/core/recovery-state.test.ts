import { expect } from '@open-wc/testing';
import { parseIsoDate } from '../../src/core/days.js';
import { resolveRecovery } from '../../src/core/recovery-context.js';

const d = (text: string) => parseIsoDate(text)!;
const now = new Date(2026, 10, 25, 12); // the visitor's 2026-11-25, local time

describe('resolveRecovery', () => {
  it('has no day without any input: a plain guide', () => {
    expect(resolveRecovery({}, undefined, now)).to.deep.equal({ today: d('2026-11-25') });
  });

  it('counts calendar days from an own treatment date to the visitor\'s today', () => {
    expect(resolveRecovery({ treatmentDate: d('2026-11-01') }, undefined, now).day).to.equal(24);
    expect(resolveRecovery({ treatmentDate: d('2026-12-01') }, undefined, now).day).to.equal(-6);
  });

  it('uses an own today over the clock', () => {
    expect(resolveRecovery({ treatmentDate: d('2026-11-01'), today: d('2026-11-04') }, undefined, now).day).to.equal(3);
  });

  it('lets an own day win over dates and context', () => {
    const provided = { today: d('2026-11-25'), treatmentDate: d('2026-11-01'), day: 24 };
    expect(resolveRecovery({ day: 5, treatmentDate: d('2026-10-01') }, provided, now).day).to.equal(5);
    expect(resolveRecovery({ day: 5 }, provided, now).treatmentDate).to.deep.equal(d('2026-11-01'));
  });

  it('lets an own treatment date win over the context', () => {
    const provided = { today: d('2026-11-25'), treatmentDate: d('2026-11-01'), day: 24 };
    expect(resolveRecovery({ treatmentDate: d('2026-11-20') }, provided, now).day).to.equal(5);
  });

  it('follows the context (a scrubbed day included) when the widget has nothing of its own', () => {
    const provided = { today: d('2026-11-25'), treatmentDate: d('2026-11-01'), day: 40 };
    expect(resolveRecovery({}, provided, now)).to.deep.equal(provided);
  });
});
