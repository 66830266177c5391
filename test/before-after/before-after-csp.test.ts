/**
 * <dk-before-after> under the strict Content-Security-Policy clinics use (`style-src 'self'`): its position and
 * ratio must apply from the first render, with no blocked inline style. The policy is added as a meta element,
 * which applies to this test page from then on (that is why this file stands alone).
 */
import { expect, html } from '@open-wc/testing';
import { AFTER, BEFORE, dividerLine, frame, slider } from './harness.js';

describe('dk-before-after under a strict CSP', () => {
  const violations: string[] = [];
  before(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective}: ${event.sample}`),
    );
    const policy = Object.assign(document.createElement('meta'), {
      httpEquiv: 'Content-Security-Policy',
      content: "style-src 'self'",
    });
    document.head.append(policy);
  });

  it('blocks an inline style attribute here (the policy is active)', async () => {
    const probe = document.createElement('div');
    probe.setAttribute('style', 'width: 123px');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve));
    expect(probe.getBoundingClientRect().width).not.to.equal(123);
    probe.remove();
    expect(violations).to.have.length.greaterThan(0);
    violations.length = 0;
  });

  it('places the divider and reserves the images\u2019 ratio from the first render, with no violation', async () => {
    const el = await slider(html`<dk-before-after position="30">
      <img slot="before" src=${BEFORE} alt="Before" width="800" height="400" />
      <img slot="after" src=${AFTER} alt="After" width="800" height="400" />
    </dk-before-after>`);
    expect(frame(el).style.getPropertyValue('--_pos')).to.equal('30%');
    const box = frame(el).getBoundingClientRect();
    expect(box.height).to.be.closeTo(box.width / 2, 1);
    const divider = dividerLine(el).getBoundingClientRect();
    expect(divider.left + divider.width / 2 - box.left).to.be.closeTo(box.width * 0.3, 1);
    await new Promise((resolve) => setTimeout(resolve));
    expect(violations).to.deep.equal([]);
  });
});
