import { expect } from '@open-wc/testing';
import { PRESETS } from '../../src/core/phases.js';
import { formatSpan, spanUnit } from '../../src/timeline/span.js';

describe('formatSpan', () => {
  it('picks days for short phases, weeks for a few months, months beyond', () => {
    expect(spanUnit(3)).to.equal('day');
    expect(spanUnit(21)).to.equal('day');
    expect(spanUnit(42)).to.equal('week');
    expect(spanUnit(180)).to.equal('month');
  });

  it('formats the microneedling preset in English', () => {
    expect(PRESETS.microneedling!.map((p) => formatSpan('en', p.start, p.end))).to.deep.equal(['0–3 days', '3–21 days', '1–6 months']);
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
