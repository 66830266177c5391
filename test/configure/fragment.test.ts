/**
 * The shareable link: configuration ↔ URL fragment (demo/configure/fragment.ts). No page, no kit: only the module.
 */
import { expect } from '@open-wc/testing';
import { THEME_PRESETS } from '../../demo/configure/config.js';
import { decodeFragment, encodeFragment } from '../../demo/configure/fragment.js';
import { BASE, fresh } from './harness.js';

describe('configurator: the link', () => {
  it('is short for the defaults and gives back the same configuration', () => {
    expect(encodeFragment(fresh(), BASE)).to.equal('#1.e30');
    const config = fresh((draft) => {
      draft.element = 'timeline';
      draft.faq.items.push({ question: 'Ça pique ? “Yes” — 日本語 & <b>', answer: 'Un peu.' });
      draft.theme = { ...THEME_PRESETS.spa.theme, paint: false };
    });
    const fragment = encodeFragment(config, BASE);
    expect(fragment).to.match(/^#1\.[A-Za-z0-9_-]+$/);
    expect(decodeFragment(fragment, BASE)).to.deep.equal({ config });
  });

  it('garbage, a wrong version or wrong types give the defaults (or keep the defaults’ value) without throwing', () => {
    const defaults = fresh();
    for (const hash of ['#garbage', '#1.!!!', '#1.bm90IGpzb24', '#1.WzFd', '#%E0%A4%A']) {
      const decoded = decodeFragment(hash, BASE);
      expect(decoded.config, hash).to.deep.equal(defaults);
      expect(decoded.error, hash).to.contain('could not be read');
    }
    expect(decodeFragment('#9.e30', BASE).error).to.contain('another version');
    const encode = (value: unknown) => `#1.${btoa(JSON.stringify(value)).replace(/=+$/, '')}`;
    const odd = decodeFragment(
      encode({
        element: 'marquee',
        theme: { radius: 5, font: 'comic' },
        faq: { items: [{ question: 'Q?', answer: 7 }, 'x'] },
      }),
      BASE,
    );
    expect(odd.error).to.equal(undefined);
    expect(odd.config.element).to.equal('faq');
    expect(odd.config.theme.radius).to.equal('8');
    expect(odd.config.theme.font).to.equal('system');
    expect(odd.config.faq.items).to.deep.equal([{ question: 'Q?', answer: '' }]);
    expect(decodeFragment('', BASE)).to.deep.equal({ config: defaults });
  });
});
