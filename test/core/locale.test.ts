import { expect } from '@open-wc/testing';
import { resolveLang } from '../../src/core/locale.js';
import { captureWarnings } from '../helpers.js';

describe('resolveLang()', () => {
  const inside = (lang: string | null) => {
    const outer = document.createElement('div');
    if (lang !== null) outer.setAttribute('lang', lang);
    return outer.appendChild(document.createElement('span'));
  };

  it('reads the nearest lang attribute, canonicalised', () => {
    expect(resolveLang(inside('de-de'))).to.equal('de-DE');
  });

  it('falls back to "en" with one warning for a lang that is not a language tag', async () => {
    const warnings = await captureWarnings(() => expect(resolveLang(inside('not a tag!'))).to.equal('en'));
    expect(warnings).to.have.length(1);
  });

  it('falls back to "en", silently, when the browser reports a language Intl rejects (WebKitGTK under LANG=C says "C")', async () => {
    const own = Object.getOwnPropertyDescriptor(navigator, 'language');
    Object.defineProperty(navigator, 'language', { value: 'C', configurable: true });
    try {
      const warnings = await captureWarnings(() => {
        expect(resolveLang(inside(null))).to.equal('en');
        expect(resolveLang(inside(''))).to.equal('en');
      });
      expect(warnings).to.deep.equal([]);
    } finally {
      if (own) Object.defineProperty(navigator, 'language', own);
      else delete (navigator as { language?: string }).language;
    }
  });
});
