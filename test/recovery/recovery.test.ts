import { expect, fixture, html } from '@open-wc/testing';
import '../../src/recovery/index.js';
import '../../src/timeline/index.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import { captureWarnings } from '../helpers.js';
import { settled, timelineSays } from './harness.js';

const timelineIn = (el: Element) => el.querySelector('dk-healing-timeline')!;

describe('<dk-recovery>', () => {
  it('gives the day of its treatment date to a timeline inside', async () => {
    const el = await fixture<DkRecovery>(
      html`<dk-recovery treatment-date="2026-11-01" today="2026-11-13"><dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
    );
    const timeline = timelineIn(el);
    await timeline.updateComplete;
    expect(timelineSays(timeline)).to.equal('Proliferative · Day 12');
  });

  it("reaches widgets at any depth, inside other elements' shadow roots too", async () => {
    if (!customElements.get('test-shell')) {
      customElements.define(
        'test-shell',
        class extends HTMLElement {
          connectedCallback() {
            if (!this.shadowRoot)
              this.attachShadow({ mode: 'open' }).append(document.createElement('dk-healing-timeline'));
          }
        },
      );
    }
    const el = await fixture<DkRecovery>(html`<dk-recovery treatment-date="2026-11-01" today="2026-11-03">
      <section><div><article><dk-healing-timeline></dk-healing-timeline></article></div></section>
      <test-shell></test-shell>
    </dk-recovery>`);
    const nested = timelineIn(el);
    const shadowed = el.querySelector('test-shell')!.shadowRoot!.querySelector('dk-healing-timeline')!;
    await settled(el, nested, shadowed);
    expect(timelineSays(nested)).to.equal('Inflammatory · Day 2');
    expect(timelineSays(shadowed)).to.equal('Inflammatory · Day 2');
  });

  it('reaches widgets added later, and keeps them in step', async () => {
    const el = await fixture<DkRecovery>(
      html`<dk-recovery treatment-date="2026-11-01" today="2026-11-03"><div></div></dk-recovery>`,
    );
    const timeline = document.createElement('dk-healing-timeline');
    el.querySelector('div')!.append(timeline);
    await timeline.updateComplete;
    expect(timelineSays(timeline)).to.equal('Inflammatory · Day 2');
    el.setAttribute('treatment-date', '2026-10-01');
    await settled(el, timeline);
    expect(timelineSays(timeline)).to.equal('Remodeling · Day 33');
  });

  it('lets go of a widget moved out of it, and reaches it again when it comes back', async () => {
    const el = await fixture<DkRecovery>(
      html`<dk-recovery treatment-date="2026-11-01" today="2026-11-03"><dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
    );
    const timeline = timelineIn(el);
    await timeline.updateComplete;
    el.after(timeline);
    await timeline.updateComplete;
    expect(timelineSays(timeline)).to.equal('(no day)');
    el.append(timeline);
    await timeline.updateComplete;
    expect(timelineSays(timeline)).to.equal('Inflammatory · Day 2');
    timeline.remove();
  });

  it("lets a widget's own day or treatment-date win", async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery treatment-date="2026-11-01" today="2026-11-13">
      <dk-healing-timeline day="1"></dk-healing-timeline>
      <dk-healing-timeline treatment-date="2026-11-12"></dk-healing-timeline>
      <dk-healing-timeline></dk-healing-timeline>
    </dk-recovery>`);
    const [byDay, byDate, following] = [...el.querySelectorAll('dk-healing-timeline')];
    await settled(el, byDay!, byDate!, following!);
    expect(timelineSays(byDay!)).to.equal('Inflammatory · Day 1');
    expect(timelineSays(byDate!)).to.equal('Inflammatory · Day 1');
    expect(timelineSays(following!)).to.equal('Proliferative · Day 12');
  });

  it('leaves widgets without a day (a plain guide) when it has no date', async () => {
    const el = await fixture<DkRecovery>(html`<dk-recovery><dk-healing-timeline></dk-healing-timeline></dk-recovery>`);
    await settled(el, timelineIn(el));
    expect(timelineSays(timelineIn(el))).to.equal('(no day)');
  });

  it("counts days up to the visitor's today by default, and says when treatment is ahead", async () => {
    const now = new Date();
    const ahead = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 5);
    const iso = `${ahead.getFullYear()}-${String(ahead.getMonth() + 1).padStart(2, '0')}-${String(ahead.getDate()).padStart(2, '0')}`;
    const el = await fixture<DkRecovery>(
      html`<dk-recovery treatment-date=${iso}><dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
    );
    await settled(el, timelineIn(el));
    expect(timelineSays(timelineIn(el))).to.equal('Treatment in 5 days');
  });

  it('warns about a bad treatment-date or today and ignores it', async () => {
    let el!: DkRecovery;
    const warnings = await captureWarnings(async () => {
      el = await fixture<DkRecovery>(
        html`<dk-recovery treatment-date="2026-13-45" today="tomorrow"><dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
      );
      await timelineIn(el).updateComplete;
    });
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal(['<dk-recovery> treatment-date', '<dk-recovery> today']);
    expect(timelineSays(timelineIn(el))).to.equal('(no day)');
  });

  it('survives a 100 KB attribute', async () => {
    const junk = '<script>'.repeat(12800);
    const warnings = await captureWarnings(() =>
      fixture(html`<dk-recovery treatment-date=${junk} scrubber-text=${junk} scrubber></dk-recovery>`),
    );
    expect(warnings).to.have.length(1);
  });

  it('is accessible with nothing but widgets inside', async () => {
    const el = await fixture<DkRecovery>(
      html`<dk-recovery treatment-date="2026-11-01" today="2026-11-13"><dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
    );
    await expect(el).to.be.accessible();
  });
});
