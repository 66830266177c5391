import { expect } from '@open-wc/testing';
import { DEFAULT_PRESET, PRESETS, phaseAt, recoveryLength } from '../../src/core/phases.js';

const phases = PRESETS[DEFAULT_PRESET]!;

describe('healing phases', () => {
  it('ships the microneedling preset: inflammatory, proliferative, remodeling, in that order and consecutive', () => {
    expect(phases.map((p) => p.name)).to.deep.equal(['Inflammatory', 'Proliferative', 'Remodeling']);
    for (let i = 1; i < phases.length; i++) expect(phases[i]!.start).to.equal(phases[i - 1]!.end);
    expect(phases[1]!.text).to.contain('type III');
  });

  it('names the phase of a day, the boundary day belonging to the next phase', () => {
    expect(phaseAt(phases, 0)?.name).to.equal('Inflammatory');
    expect(phaseAt(phases, 3)?.name).to.equal('Proliferative');
    expect(phaseAt(phases, 20)?.name).to.equal('Proliferative');
    expect(phaseAt(phases, 21)?.name).to.equal('Remodeling');
    expect(phaseAt(phases, 180)?.name).to.equal('Remodeling');
  });

  it('has no phase before treatment, after the last phase, or in a gap', () => {
    expect(phaseAt(phases, -1)).to.equal(undefined);
    expect(phaseAt(phases, 181)).to.equal(undefined);
    const gappy = [
      { name: 'A', start: 0, end: 2 },
      { name: 'B', start: 5, end: 9 },
    ];
    expect(phaseAt(gappy, 3)).to.equal(undefined);
  });

  it('measures the recovery as the end of the last phase', () => {
    expect(recoveryLength(phases)).to.equal(180);
    expect(recoveryLength([])).to.equal(0);
  });
});
