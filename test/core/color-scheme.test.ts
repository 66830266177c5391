/**
 * Dark sections without a theme: a widget whose inherited text is light takes `color-scheme: dark` (so native
 * controls inside draw dark) and a lightened accent; on a light page it stays light. Moving it follows the move.
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { DermakitElement } from '../../src/core/element.js';
import { tokens } from '../../src/core/tokens.js';
import { settleAll } from '../harness.js';
import { BRAND, DARK, LIGHT, hostSection } from '../host-pages.js';

class SchemeProbe extends DermakitElement {
  static override styles = [tokens];
  override render() {
    return html`<input type="date" aria-label="Treatment date" /><span>mark</span>`;
  }
}
customElements.define('dk-scheme-probe', SchemeProbe);

const schemeInside = (probe: Element) => getComputedStyle(probe.shadowRoot!.querySelector('input')!).colorScheme;
const accentOf = (probe: Element) => {
  const span = probe.shadowRoot!.querySelector('span')!;
  span.style.color = 'var(--_accent)';
  return getComputedStyle(span).color;
};

describe('colour scheme of the section', () => {
  it('stays light on a light page and turns dark on a dark or brand-coloured section', async () => {
    const light = await hostSection(LIGHT, '<dk-scheme-probe></dk-scheme-probe>');
    const dark = await hostSection(DARK, '<dk-scheme-probe></dk-scheme-probe>');
    const brand = await hostSection(BRAND, '<dk-scheme-probe></dk-scheme-probe>');
    try {
      expect(schemeInside(light.firstElementChild!)).to.equal('light');
      expect(schemeInside(dark.firstElementChild!)).to.equal('dark');
      expect(schemeInside(brand.firstElementChild!)).to.equal('dark');
    } finally {
      [light, dark, brand].forEach((section) => section.remove());
    }
  });

  it('keeps the brand colour for marks on a light page and lightens it on a dark section', async () => {
    const light = await hostSection(LIGHT, '<dk-scheme-probe></dk-scheme-probe>');
    const dark = await hostSection(DARK, '<dk-scheme-probe></dk-scheme-probe>');
    try {
      expect(accentOf(light.firstElementChild!)).to.equal('rgb(11, 110, 105)');
      expect(accentOf(dark.firstElementChild!)).to.not.equal('rgb(11, 110, 105)');
    } finally {
      [light, dark].forEach((section) => section.remove());
    }
  });

  it('follows the element when a page builder moves it into another section', async () => {
    const light = await hostSection(LIGHT, '<dk-scheme-probe></dk-scheme-probe>');
    const dark = await hostSection(DARK, '');
    try {
      const probe = light.firstElementChild!;
      expect(schemeInside(probe)).to.equal('light');
      dark.append(probe);
      await settleAll(dark);
      expect(schemeInside(probe)).to.equal('dark');
    } finally {
      [light, dark].forEach((section) => section.remove());
    }
  });

  it('writes nothing on the author element', async () => {
    const dark = await hostSection(DARK, '<dk-scheme-probe></dk-scheme-probe>');
    try {
      expect(dark.firstElementChild!.getAttributeNames()).to.deep.equal([]);
    } finally {
      dark.remove();
    }
  });
});
