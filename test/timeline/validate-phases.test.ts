import { expect } from '@open-wc/testing';
import {
  type PhaseAttribute,
  type PhaseSource,
  validatePhases as validate,
} from '../../src/timeline/validate-phases.js';

/** A stand-in for a `<dk-phase>` with these attributes. */
const phase = (name: string | null, start: string | null, end: string | null): PhaseSource => ({
  getAttribute: (attribute: PhaseAttribute) => ({ name, start, end })[attribute],
});

/** The phases kept, each with the index of its source, and every problem reported, in order. */
function validatePhases(sources: PhaseSource[]) {
  const problems: { source: number; attribute: PhaseAttribute; message: string }[] = [];
  const phases = validate(sources, (source, attribute, message) =>
    problems.push({ source: sources.indexOf(source), attribute, message }),
  );
  return { phases: phases.map((p) => ({ ...p, source: sources.indexOf(p.source) })), problems };
}

describe('validatePhases', () => {
  it('keeps well-formed consecutive phases as they are, without problems', () => {
    const { phases, problems } = validatePhases([phase('A', '0', '3'), phase('B', '3', '21'), phase('C', '21', '180')]);
    expect(phases).to.deep.equal([
      { name: 'A', start: 0, end: 3, source: 0 },
      { name: 'B', start: 3, end: 21, source: 1 },
      { name: 'C', start: 21, end: 180, source: 2 },
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('skips a phase whose start or end is missing or not a number, naming the attribute', () => {
    const { phases, problems } = validatePhases([
      phase('A', null, '3'),
      phase('B', '3', 'soon'),
      phase('C', '', '9'),
      phase('D', 'NaN', '9'),
      phase('E', '3', 'Infinity'),
      phase('F', '9', '12'),
    ]);
    expect(phases.map((p) => p.name)).to.deep.equal(['F']);
    expect(problems.map((p) => [p.source, p.attribute])).to.deep.equal([
      [0, 'start'],
      [1, 'end'],
      [2, 'start'],
      [3, 'start'],
      [4, 'end'],
    ]);
    expect(problems[0]!.message).to.contain('missing').and.contain('skipping "A"');
    expect(problems[1]!.message).to.contain('"soon" is not a number');
  });

  it('skips a phase that ends before (or where) it starts', () => {
    const { phases, problems } = validatePhases([phase('A', '5', '2'), phase('B', '4', '4'), phase('C', '0', '1')]);
    expect(phases.map((p) => p.name)).to.deep.equal(['C']);
    expect(problems.map((p) => [p.source, p.attribute])).to.deep.equal([
      [0, 'end'],
      [1, 'end'],
    ]);
  });

  it('moves a negative start to treatment day', () => {
    const { phases, problems } = validatePhases([phase('A', '-3', '2')]);
    expect(phases[0]).to.include({ start: 0, end: 2 });
    expect(problems[0]).to.include({ attribute: 'start' });
  });

  it('trims an overlapping phase to start where the previous one ends', () => {
    const { phases, problems } = validatePhases([phase('A', '0', '5'), phase('B', '2', '21')]);
    expect(phases[1]).to.deep.equal({ name: 'B', start: 5, end: 21, source: 1 });
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include({ source: 1, attribute: 'start' });
    expect(problems[0]!.message).to.contain('overlaps "A"');
  });

  it('skips a phase that an earlier one covers entirely (or that is out of order)', () => {
    const { phases, problems } = validatePhases([phase('A', '0', '30'), phase('B', '3', '21'), phase('C', '30', '40')]);
    expect(phases.map((p) => p.name)).to.deep.equal(['A', 'C']);
    expect(problems.map((p) => [p.source, p.attribute])).to.deep.equal([
      [1, 'start'],
      [1, 'end'],
    ]);
  });

  it('allows gaps between phases and fractional days', () => {
    const { phases, problems } = validatePhases([phase('A', '0', '1.5'), phase('B', '7', '14')]);
    expect(phases.map((p) => [p.start, p.end])).to.deep.equal([
      [0, 1.5],
      [7, 14],
    ]);
    expect(problems).to.deep.equal([]);
  });

  it('names a nameless phase by its position, with a warning', () => {
    const { phases, problems } = validatePhases([phase(null, '0', '3'), phase('  ', '3', '5')]);
    expect(phases.map((p) => p.name)).to.deep.equal(['Phase 1', 'Phase 2']);
    expect(problems.map((p) => p.attribute)).to.deep.equal(['name', 'name']);
  });

  it('survives huge and hostile input without throwing, shortening what it quotes', () => {
    const junk = '<img src=x onerror=alert(1)>'.repeat(4000);
    const { phases, problems } = validatePhases([phase(junk, junk, junk), phase('B', '1e308', '1e309')]);
    expect(phases).to.deep.equal([]);
    expect(problems[0]!.message.length).to.be.below(300);
  });
});
