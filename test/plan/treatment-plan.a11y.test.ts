// Accessibility of every state (axe), target sizes and reflow in a 320 px column (a page-builder column or a
// phone: the element sizes by its container, so a 320 px wrapper tests both in every browser).
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/plan/index.js';
import type { DkTreatmentPlan } from '../../src/plan/index.js';
import { allInShadow, button, parts } from './harness.js';

const states = {
  relative: html`<dk-treatment-plan lang="en"></dk-treatment-plan>`,
  'dated, one done': html`<dk-treatment-plan lang="en" sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1"></dk-treatment-plan>`,
  'all done': html`<dk-treatment-plan lang="en" sessions="3" start-date="2026-12-01" completed="3"></dk-treatment-plan>`,
  'one session': html`<dk-treatment-plan lang="en" sessions="1" start-date="2026-12-01"></dk-treatment-plan>`,
  'twelve sessions': html`<dk-treatment-plan lang="de" sessions="12" interval-days="10" start-date="2026-12-01" completed="5"></dk-treatment-plan>`,
};

const rect = (element: Element) => element.getBoundingClientRect();

describe('dk-treatment-plan accessibility', () => {
  for (const [name, markup] of Object.entries(states)) {
    it(`passes axe: ${name}`, async () => {
      const el = await fixture<DkTreatmentPlan>(markup);
      await expect(el).to.be.accessible();
    });
  }

  it('gives the calendar button a target of at least 24×24 px', async () => {
    const el = await fixture<DkTreatmentPlan>(states['dated, one done']);
    const { width, height } = rect(button(el)!);
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
  });

  it('reflows at 320 px: nothing sideways, the state under the session text', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: 320px; padding: 0 8px; box-sizing: border-box">
      <dk-treatment-plan lang="de" sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1"
        session-label="Behandlungssitzung {n} von {total} — {when}" next-label="Als Nächstes"
        progress-label="{completed} von {total} Sitzungen abgeschlossen" button-label="Alle Termine zum Kalender hinzufügen"></dk-treatment-plan>
    </div>`);
    const el = wrapper.querySelector('dk-treatment-plan')!;
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(320);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    const host = rect(el);
    for (const node of allInShadow(el, '*')) {
      const box = rect(node);
      if (box.width === 0) continue;
      expect(box.left, node.getAttribute('part') ?? node.localName).to.be.at.least(host.left - 0.5);
      expect(box.right, node.getAttribute('part') ?? node.localName).to.be.at.most(host.right + 0.5);
    }
    const [label] = parts(el, 'label');
    const [status] = parts(el, 'status');
    expect(rect(status!).top).to.be.at.least(rect(label!).bottom - 0.5);
    await expect(el).to.be.accessible();
  });

  it('puts the state beside the session text in a wide column', async () => {
    const el = await fixture<DkTreatmentPlan>(
      html`<dk-treatment-plan lang="en" style="width: 40rem"></dk-treatment-plan>`,
    );
    const [label] = parts(el, 'label');
    const [status] = parts(el, 'status');
    expect(rect(status!).left).to.be.greaterThan(rect(label!).right);
  });
});
