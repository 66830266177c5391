import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { styleProps, type StyleProps } from '../../src/core/style-props.js';

class StylePropsProbe extends LitElement {
  static override properties = { props: { attribute: false } };
  props: StyleProps = {};
  override render() {
    return html`<div style=${styleProps(this.props)}></div>`;
  }
}
customElements.define('dk-style-props-probe', StylePropsProbe);

describe('styleProps()', () => {
  const box = (el: StylePropsProbe) => el.shadowRoot!.querySelector('div')!;

  it('sets custom properties through the CSSOM on the first render, updates and removes them later', async () => {
    const el = await fixture<StylePropsProbe>(testHtml`<dk-style-props-probe .props=${{ '--_a': '60%', '--_b': 2, '--_c': undefined }}></dk-style-props-probe>`);
    expect(box(el).style.getPropertyValue('--_a')).to.equal('60%');
    expect(box(el).style.getPropertyValue('--_b')).to.equal('2');
    expect(box(el).style.getPropertyValue('--_c')).to.equal('');
    el.props = { '--_a': '10%', '--_c': 'x' };
    await el.updateComplete;
    expect(box(el).style.getPropertyValue('--_a')).to.equal('10%');
    expect(box(el).style.getPropertyValue('--_b')).to.equal('');
    expect(box(el).style.getPropertyValue('--_c')).to.equal('x');
  });
});
