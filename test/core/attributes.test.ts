import { expect } from '@open-wc/testing';
import { parseChoice, parseNumber, parseOptionalNumber } from '../../src/core/attributes.js';
import { captureWarnings } from '../helpers.js';

describe('attribute parsing', () => {
  const host = () => document.createElement('dk-probe');

  it('uses the fallback silently when the attribute is absent', async () => {
    const warnings = await captureWarnings(() => expect(parseNumber(host(), 'day', null, { fallback: 3 })).to.equal(3));
    expect(warnings).to.deep.equal([]);
  });

  it('falls back on garbage with one warning naming element and attribute', async () => {
    const el = host();
    const warnings = await captureWarnings(() => {
      for (const raw of ['abc', '', '  ', '12px', 'NaN', 'Infinity']) {
        expect(parseNumber(el, 'value', raw, { fallback: 0 }), raw).to.equal(0);
      }
      parseNumber(el, 'value', 'abc', { fallback: 0 });
    });
    expect(warnings).to.have.length(6);
    expect(warnings[0]).to.match(/^<dk-probe> value: "abc" is not a number/);
  });

  it('clamps out-of-range values and rounds whole numbers', async () => {
    const el = host();
    const warnings = await captureWarnings(() => {
      expect(parseNumber(el, 'value', '140', { fallback: 0, min: 0, max: 100 })).to.equal(100);
      expect(parseNumber(el, 'day', '-4', { fallback: 0, min: 0 })).to.equal(0);
      expect(parseNumber(el, 'sessions', '2.6', { fallback: 3, integer: true })).to.equal(3);
      expect(parseNumber(el, 'value', ' 1e1 ', { fallback: 0, max: 100 })).to.equal(10);
    });
    expect(warnings).to.have.length(3);
  });

  it('keeps "absent" apart from a bad value for optional numbers', async () => {
    await captureWarnings(() => {
      expect(parseOptionalNumber(host(), 'day', null, {})).to.equal(undefined);
      expect(parseOptionalNumber(host(), 'day', 'x', {})).to.equal(undefined);
      expect(parseOptionalNumber(host(), 'day', '7', {})).to.equal(7);
    });
  });

  it('accepts known choices case-insensitively and falls back otherwise', async () => {
    const choices = ['horizontal', 'vertical'] as const;
    const warnings = await captureWarnings(() => {
      expect(parseChoice(host(), 'orientation', 'Vertical', choices, 'horizontal')).to.equal('vertical');
      expect(parseChoice(host(), 'orientation', 'diagonal', choices, 'horizontal')).to.equal('horizontal');
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('orientation');
  });
});

describe('warnings about huge values', () => {
  it('quote at most 40 characters of the value, so a 100 KB attribute does not flood the console', async () => {
    const huge = 'x'.repeat(100_000);
    const warnings = await captureWarnings(() =>
      parseNumber(document.createElement('dk-probe'), 'value', huge, { fallback: 0 }),
    );
    expect(warnings).to.deep.equal([`<dk-probe> value: "${'x'.repeat(40)}…" is not a number; using 0.`]);
  });
});
