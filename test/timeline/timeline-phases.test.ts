import { expect, fixture, html } from '@open-wc/testing';
import '../../src/timeline/index.js';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import { captureWarnings } from '../helpers.js';
import { current, itemText, items, marker, names, settle, spans } from './harness.js';

describe('<dk-healing-timeline> with <dk-phase> children', () => {
  it('warns about bad phases, naming <dk-phase> and the attribute, and still shows the good ones', async () => {
    let el!: DkHealingTimeline;
    const warnings = await captureWarnings(async () => {
      el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline>
        <dk-phase name="Good" start="0" end="3">a</dk-phase>
        <dk-phase name="No start" end="9">b</dk-phase>
        <dk-phase name="Backwards" start="9" end="4">c</dk-phase>
        <dk-phase name="Overlapping" start="2" end="21">d</dk-phase>
        <dk-phase start="21" end="30">e</dk-phase>
      </dk-healing-timeline>`);
    });
    expect(names(el)).to.deep.equal(['Good', 'Overlapping', 'Phase 5']);
    expect(spans(el)[1]).to.equal('3–21 days');
    expect(warnings.map((w) => w.split(':')[0])).to.deep.equal([
      '<dk-phase> start',
      '<dk-phase> end',
      '<dk-phase> start',
      '<dk-phase> name',
    ]);
    expect(warnings[2]).to.contain('overlaps "Good"');
    // A skipped phase's text is not shown either.
    expect(el.querySelectorAll('dk-phase')[1]!.assignedSlot).to.equal(null);
  });

  it('shows an empty list, not the preset, when every phase is bad', async () => {
    let el!: DkHealingTimeline;
    await captureWarnings(async () => {
      el = await fixture<DkHealingTimeline>(
        html`<dk-healing-timeline day="3"><dk-phase name="X" start="a" end="b">x</dk-phase></dk-healing-timeline>`,
      );
    });
    expect(items(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('ignores what a page builder puts between phases (<p>, <br>, text)', async () => {
    const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline>
      <p></p>
      <dk-phase name="A" start="0" end="3">a</dk-phase><br />
      loose text
      <p><br /></p>
      <dk-phase name="B" start="3" end="9">b</dk-phase>
    </dk-healing-timeline>`);
    expect(names(el)).to.deep.equal(['A', 'B']);
    expect(el.querySelector('p')!.assignedSlot).to.equal(null);
  });

  it('finds phases a page builder wrapped in paragraphs (wpautop and blank lines)', async () => {
    const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="4">
      <p><dk-phase name="A" start="0" end="3">a text</dk-phase></p>

      <p><dk-phase name="B" start="3" end="9">b text</dk-phase><br /></p>
    </dk-healing-timeline>`);
    expect(names(el)).to.deep.equal(['A', 'B']);
    expect(itemText(items(el)[1]!)).to.equal('B 3–9 days Day 4 b text');
    el.querySelectorAll('dk-phase')[1]!.setAttribute('name', 'Building');
    await settle(el);
    expect(names(el)).to.deep.equal(['A', 'Building']);
    await expect(el).to.be.accessible();
  });

  it("follows changes to a phase's attributes", async () => {
    const el = await fixture<DkHealingTimeline>(html`<dk-healing-timeline day="5">
      <dk-phase name="A" start="0" end="3">a</dk-phase>
      <dk-phase name="B" start="3" end="9">b</dk-phase>
    </dk-healing-timeline>`);
    const [a, b] = el.querySelectorAll('dk-phase');
    b!.setAttribute('name', 'Building');
    await settle(el);
    expect(names(el)).to.deep.equal(['A', 'Building']);
    a!.setAttribute('end', '6');
    b!.setAttribute('start', '6');
    await settle(el);
    expect(current(el)[0]!.textContent).to.contain('A');
    b!.setAttribute('span', 'A week or so');
    await settle(el);
    expect(spans(el)[1]).to.equal('A week or so');
  });

  it("shows a phase's new text", async () => {
    const el = await fixture<DkHealingTimeline>(
      html`<dk-healing-timeline><dk-phase name="A" start="0" end="3">old</dk-phase></dk-healing-timeline>`,
    );
    el.querySelector('dk-phase')!.textContent = 'new words';
    await settle(el);
    expect(itemText(items(el)[0]!)).to.contain('new words');
  });

  it('follows phases added, removed and replaced', async () => {
    const el = await fixture<DkHealingTimeline>(
      html`<dk-healing-timeline><dk-phase name="A" start="0" end="3">a</dk-phase></dk-healing-timeline>`,
    );
    const phase = document.createElement('dk-phase');
    phase.setAttribute('name', 'B');
    phase.setAttribute('start', '3');
    phase.setAttribute('end', '9');
    phase.textContent = 'b text';
    el.append(phase);
    await settle(el);
    expect(names(el)).to.deep.equal(['A', 'B']);
    expect(itemText(items(el)[1]!)).to.contain('b text');
    el.querySelector('dk-phase')!.remove();
    await settle(el);
    expect(names(el)).to.deep.equal(['B']);
    el.replaceChildren();
    await settle(el);
    expect(names(el)).to.deep.equal(['Inflammatory', 'Proliferative', 'Remodeling']);
  });

  it('stops watching its phases while detached and catches up when attached again', async () => {
    const el = await fixture<DkHealingTimeline>(
      html`<dk-healing-timeline><dk-phase name="A" start="0" end="3">a</dk-phase></dk-healing-timeline>`,
    );
    const parent = el.parentElement!;
    el.remove();
    el.querySelector('dk-phase')!.setAttribute('name', 'Moved');
    await Promise.resolve();
    expect(el.isUpdatePending).to.equal(false);
    parent.append(el);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Moved']);
    el.querySelector('dk-phase')!.setAttribute('name', 'Watched again');
    await settle(el);
    expect(names(el)).to.deep.equal(['Watched again']);
  });

  it('works when cloned (a page builder duplicating a block)', async () => {
    const el = await fixture<DkHealingTimeline>(
      html`<dk-healing-timeline day="4"><dk-phase name="A" start="0" end="9">a</dk-phase></dk-healing-timeline>`,
    );
    const copy = el.cloneNode(true) as DkHealingTimeline;
    el.after(copy);
    await copy.updateComplete;
    expect(names(copy)).to.deep.equal(['A']);
    expect(marker(copy)).to.equal('Day 4');
    copy.remove();
  });
});
