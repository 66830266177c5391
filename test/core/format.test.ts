/** src/core/format.ts: the `Intl` formatters every element shares, one per language and options. */
import { expect } from '@open-wc/testing';
import { dateFormat, numberFormat, relativeTimeFormat } from '../../src/core/format.js';

const percent = { style: 'percent', maximumFractionDigits: 0 } as const;
const day = { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' } as const;
const may5 = new Date(Date.UTC(2026, 4, 5));

describe('shared Intl formatters', () => {
  it('format numbers the way the page language writes them', () => {
    expect(numberFormat('de', percent).format(0.42)).to.equal(new Intl.NumberFormat('de', percent).format(0.42));
    expect(numberFormat('de', percent).format(0.42)).to.match(/^42\s%$/u);
    expect(numberFormat('en', percent).format(0.42)).to.equal('42%');
    expect(numberFormat('de').format(1234.5)).to.equal('1.234,5');
    expect(numberFormat('en').format(1234.5)).to.equal('1,234.5');
  });

  it('format dates and relative days per language', () => {
    expect(dateFormat('de-DE', day).format(may5)).to.equal('5. Mai 2026');
    expect(dateFormat('en-GB', day).format(may5)).to.equal('5 May 2026');
    expect(relativeTimeFormat('fr', { numeric: 'auto' }).format(1, 'day')).to.equal('demain');
    expect(relativeTimeFormat('en', { numeric: 'auto' }).format(1, 'day')).to.equal('tomorrow');
  });

  it('make one formatter per language and options, whoever asks', () => {
    expect(numberFormat('de', percent)).to.equal(numberFormat('de', { ...percent }));
    expect(dateFormat('en-GB', day)).to.equal(dateFormat('en-GB', { ...day }));
    expect(relativeTimeFormat('fr', { numeric: 'auto' })).to.equal(relativeTimeFormat('fr', { numeric: 'auto' }));
  });

  it('never hand one language or style the formatter of another', () => {
    expect(numberFormat('de', percent)).not.to.equal(numberFormat('en', percent));
    expect(numberFormat('de', percent)).not.to.equal(numberFormat('de'));
    expect(numberFormat('en').resolvedOptions().style).to.equal('decimal');
    expect(dateFormat('de-DE', day).resolvedOptions().locale).to.equal('de-DE');
    const december = new Date(Date.UTC(2026, 11, 24));
    expect(dateFormat('de-DE', day).format(december)).to.equal('24. Dezember 2026');
    expect(dateFormat('de-DE', { ...day, month: 'short' }).format(december)).to.equal('24. Dez. 2026');
  });
});
