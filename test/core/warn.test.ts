/** src/core/warn.ts: what an author reads in the console about a mistake, once per element. */
import { expect } from '@open-wc/testing';
import { quote, warn } from '../../src/core/warn.js';
import { captureWarnings } from '../helpers.js';

describe('warn()', () => {
  it('names the element and the attribute', async () => {
    const faq = document.createElement('dk-faq');
    const warnings = await captureWarnings(() => {
      warn(faq, 'heading-level', 'use 2 to 6; shown as 3.');
      warn(faq, '', 'has no items.');
    });
    expect(warnings).to.deep.equal(['<dk-faq> heading-level: use 2 to 6; shown as 3.', '<dk-faq>: has no items.']);
  });

  it('logs a message once per element, so a re-render does not flood the console', async () => {
    const [first, second] = [document.createElement('dk-faq'), document.createElement('dk-faq')];
    const warnings = await captureWarnings(() => {
      for (let render = 0; render < 3; render++) warn(first!, 'mode', 'unknown value.');
      warn(second!, 'mode', 'unknown value.');
      warn(first!, 'mode', 'another value.');
      warn(first!, 'open', 'unknown value.');
    });
    expect(warnings).to.have.length(4);
  });
});

describe('quote()', () => {
  it('puts an author value in quotes and cuts it at 40 characters', () => {
    expect(quote('tomorrow')).to.equal('"tomorrow"');
    expect(quote(42)).to.equal('"42"');
    expect(quote('x'.repeat(100_000))).to.equal(`"${'x'.repeat(40)}…"`);
  });
});
