import { expect } from '@open-wc/testing';
import { PRESETS } from '../../src/core/phases.js';
import { formatSpan } from '../../src/timeline/span.js';

describe('formatSpan', () => {
  it('picks days for short phases, weeks for a few months, months beyond', () => {
    expect(formatSpan('en', 0, 3)).to.equal('0–3 days');
    expect(formatSpan('en', 0, 21)).to.equal('0–21 days');
    expect(formatSpan('en', 0, 22)).to.equal('0–3 weeks');
    expect(formatSpan('en', 7, 42)).to.equal('1–6 weeks');
    expect(formatSpan('en', 0, 91)).to.equal('0–13 weeks');
    expect(formatSpan('en', 0, 92)).to.equal('0–3 months');
    expect(formatSpan('en', 0, 180)).to.equal('0–6 months');
  });

  it('formats the microneedling preset in English', () => {
    expect(PRESETS.microneedling!.map((p) => formatSpan('en', p.start, p.end))).to.deep.equal([
      '0–3 days',
      '3–21 days',
      '1–6 months',
    ]);
  });

  it('rounds to whole weeks and months', () => {
    expect(formatSpan('en', 5, 42)).to.equal('1–6 weeks');
    expect(formatSpan('en', 90, 365)).to.equal('3–12 months');
  });

  it('says a single value when both ends round to the same unit', () => {
    expect(formatSpan('en', 120, 125)).to.equal('4 months');
  });

  it('follows the page language', () => {
    expect(formatSpan('de', 3, 21)).to.equal('3–21 Tage');
    expect(formatSpan('fr', 21, 180)).to.match(/^1\D+6\smois$/);
  });
});
