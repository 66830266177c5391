// The illustrative collagen-renewal model, without DOM: endpoints, shape per phase, monotonicity, type shares.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DEFAULT_PRESET, PRESETS } from '../../src/core/phases.js';
import { MATURE_TYPE_I, RENEWAL_END, collagenTypes, renewalAt } from '../../src/gauge/collagen-model.js';

const [inflammatory, proliferative, remodeling] = PRESETS[DEFAULT_PRESET]!;

describe('collagen-renewal model', () => {
  it('runs from 0 on treatment day to 100 at the end of remodeling (day 180)', () => {
    expect(RENEWAL_END).to.equal(remodeling!.end);
    expect(RENEWAL_END).to.equal(180);
    expect(renewalAt(0)).to.equal(0);
    expect(renewalAt(RENEWAL_END)).to.equal(100);
  });

  it('clamps: 0 before treatment and for non-numbers, 100 after the end', () => {
    for (const day of [-1, -400, -Infinity, NaN]) expect(renewalAt(day), String(day)).to.equal(0);
    for (const day of [181, 400, 1e9, Infinity]) expect(renewalAt(day), String(day)).to.equal(100);
  });

  it('barely moves during inflammation, climbs through the proliferative weeks, approaches 100 in remodeling', () => {
    expect(renewalAt(inflammatory!.end)).to.be.above(0).and.below(2);
    expect(renewalAt(proliferative!.end)).to.be.within(10, 35);
    const proliferativeGain = renewalAt(proliferative!.end) - renewalAt(proliferative!.start);
    expect(proliferativeGain / (proliferative!.end - proliferative!.start)).to.be.above(
      renewalAt(inflammatory!.end) / inflammatory!.end,
    );
    expect(renewalAt(90)).to.be.within(75, 95);
    expect(renewalAt(RENEWAL_END - 1))
      .to.be.above(99.9)
      .and.below(100);
  });

  it('is continuous at the phase boundaries (no jump from one day to the next)', () => {
    for (const boundary of [inflammatory!.end, proliferative!.end, remodeling!.end]) {
      expect(Math.abs(renewalAt(boundary) - renewalAt(boundary - 1)), `day ${boundary}`).to.be.below(2);
      expect(Math.abs(renewalAt(boundary + 1) - renewalAt(boundary)), `day ${boundary}`).to.be.below(2);
    }
  });

  it('never decreases, day by day from 0 to 400', () => {
    for (let day = 1; day <= 400; day++) expect(renewalAt(day), `day ${day}`).to.be.at.least(renewalAt(day - 1));
  });

  it('never decreases and stays within 0–100 for any two days (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        fc.double({ min: -1000, max: 1000, noNaN: true }),
        (a, b) => {
          const [early, late] = a <= b ? [a, b] : [b, a];
          const [x, y] = [renewalAt(early), renewalAt(late)];
          return x <= y && x >= 0 && y <= 100;
        },
      ),
      // A fixed seed, so a fresh clone never flakes (a failure names its seed and path to replay); the examples are
      // what an unseeded run once found: rounding noise made the curve fall between two near-zero days.
      {
        seed: 20261130,
        numRuns: 1000,
        examples: [
          [1.3877787807814459e-15, 2.7755575615628917e-15],
          [1e-300, 2e-300],
          [24.999999999999996, 25.000000000000004],
        ],
      },
    );
  });
});

describe('collagen types of the new collagen', () => {
  const typesOnDay = (day: number) => collagenTypes(renewalAt(day));

  it('is all type III at first and about four parts type I to one of type III at the end (III → I)', () => {
    expect(typesOnDay(0)).to.deep.equal({ typeIII: 100, typeI: 0 });
    expect(typesOnDay(proliferative!.end).typeIII).to.be.above(90);
    expect(typesOnDay(RENEWAL_END)).to.deep.equal({ typeIII: 100 - MATURE_TYPE_I, typeI: MATURE_TYPE_I });
    expect(typesOnDay(400)).to.deep.equal(typesOnDay(RENEWAL_END));
  });

  it('crosses over to mostly type I inside remodeling', () => {
    let crossover = 0;
    while (typesOnDay(crossover).typeI <= typesOnDay(crossover).typeIII) crossover++;
    expect(crossover).to.be.above(remodeling!.start).and.below(remodeling!.end);
  });

  it('shifts towards type I day by day, never back', () => {
    for (let day = 1; day <= 400; day++)
      expect(typesOnDay(day).typeI, `day ${day}`).to.be.at.least(typesOnDay(day - 1).typeI);
  });

  it('gives whole percents that add up to 100 for any renewal, garbage clamped (property)', () => {
    fc.assert(
      fc.property(fc.double(), (renewal) => {
        const { typeIII, typeI } = collagenTypes(renewal);
        return typeIII + typeI === 100 && Number.isInteger(typeI) && typeI >= 0 && typeI <= MATURE_TYPE_I;
      }),
    );
  });
});
