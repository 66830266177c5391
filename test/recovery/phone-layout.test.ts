// On a phone the recovery section is far taller than the screen (intro, scrubber, timeline, gauge, plan: about
// 1,350 px at 390 px wide). The scrubber stays on screen while the content scrolls by, so a visitor dragging it sees
// the gauge or the timeline change; content a visitor tabs to never hides under it.
// A 390 × 700 iframe is the phone (WebKit's driver cannot resize the window); the kit loads in it as a module.
import { expect } from '@open-wc/testing';
import { part, scrubberBar, settleAll } from './harness.js';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>body { margin: 0; font: 16px/1.5 sans-serif } section { padding: 16px; background: #14161a; color: #e9ecef }</style>
<script type="module" src="/src/dermakit.ts"></script></head><body>
<p>Treatments</p>
<section>
<dk-recovery treatment-date="2026-11-01" today="2026-11-20" date-picker scrubber>
  <h2 slot="intro">Your recovery</h2>
  <p slot="intro">Pick your treatment date, or drag through the days.</p>
  <dk-healing-timeline></dk-healing-timeline>
  <dk-collagen-gauge show-types></dk-collagen-gauge>
  <p>Three sessions, about <a href="#spacing">four weeks apart</a>.</p>
  <dk-treatment-plan sessions="3" interval-weeks="4"></dk-treatment-plan>
</dk-recovery>
</section>
<p style="height: 1200px">After the section.</p>
</body></html>`;

interface Phone {
  frame: HTMLIFrameElement;
  win: Window;
  doc: Document;
}

async function phone(): Promise<Phone> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 390px; height: 700px; border: 0';
  frame.srcdoc = PAGE;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('dk-collagen-gauge');
  await win.customElements.whenDefined('dk-recovery');
  await settleAll(doc, 5);
  return { frame, win, doc };
}

const frames = (win: Window, count = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(count);
  });

/** Whether `element` is fully inside the phone's screen. */
function onScreen(win: Window, element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  return top >= -0.5 && bottom <= win.innerHeight + 0.5;
}

describe('<dk-recovery> on a phone (390 × 700)', () => {
  let current: Phone | undefined;
  afterEach(() => {
    current?.frame.remove();
    current = undefined;
  });

  it('keeps the scrubber on screen while the gauge is in view, and what it moves changes there', async () => {
    const { win, doc } = (current = await phone());
    const recovery = doc.querySelector('dk-recovery')!;
    const range = part<HTMLInputElement>(recovery, 'range')!;
    const gauge = doc.querySelector('dk-collagen-gauge')!;
    expect(recovery.getBoundingClientRect().height, 'the section is taller than the screen').to.be.above(
      win.innerHeight,
    );
    // Scroll the gauge up from the bottom of the screen to just under the scrubber: the slider stays in view.
    const { height } = gauge.getBoundingClientRect();
    for (const bottom of [win.innerHeight - 10, height + 200, height + 150]) {
      win.scrollBy(0, Math.round(gauge.getBoundingClientRect().bottom - bottom));
      await frames(win);
      expect(onScreen(win, gauge), `gauge in view (its bottom at ${bottom})`).to.equal(true);
      expect(onScreen(win, range), `slider in view (gauge's bottom at ${bottom})`).to.equal(true);
      const rangeBox = range.getBoundingClientRect();
      expect(rangeBox.bottom, 'slider not over the gauge').to.be.at.most(gauge.getBoundingClientRect().top);
      expect(
        doc.elementFromPoint(rangeBox.left + rangeBox.width / 2, rangeBox.top + rangeBox.height / 2),
        'slider on top',
      ).to.equal(recovery);
    }
    // The sticky bar is at most a fifth of the screen.
    const bar = scrubberBar(recovery).getBoundingClientRect();
    expect(bar.height).to.be.at.most(win.innerHeight / 5);
    // Drag (keys stand in for the finger): the gauge, in view, changes.
    const before = part(gauge, 'value')!.textContent;
    range.value = '120';
    range.dispatchEvent(new (win as unknown as typeof globalThis).Event('input', { bubbles: true }));
    await frames(win, 3);
    expect(part(gauge, 'value')!.textContent).to.not.equal(before);
    expect(onScreen(win, range)).to.equal(true);
  });

  it('lets go of the scrubber once the section has scrolled by', async () => {
    const { win, doc } = (current = await phone());
    const recovery = doc.querySelector('dk-recovery')!;
    const range = part(recovery, 'range')!;
    win.scrollBy(0, recovery.getBoundingClientRect().bottom + 50);
    await frames(win);
    expect(range.getBoundingClientRect().bottom).to.be.at.most(recovery.getBoundingClientRect().bottom);
    expect(range.getBoundingClientRect().bottom).to.be.below(0);
  });

  it('scrolls content a visitor tabs to out from under the scrubber', async () => {
    const { win, doc } = (current = await phone());
    const recovery = doc.querySelector('dk-recovery')!;
    const bar = scrubberBar(recovery);
    const link = doc.querySelector('dk-recovery > p a')!;
    // Put the link's top 10 px under the stuck scrubber (twice: the scrubber sticks on the way), then focus it, as a
    // Shift+Tab from below would (the browser sees it on screen and does not scroll).
    for (let round = 0; round < 2; round++) {
      win.scrollBy(0, Math.round(link.getBoundingClientRect().top - bar.getBoundingClientRect().bottom + 10));
      await frames(win);
    }
    expect(link.getBoundingClientRect().top, 'covered before focus').to.be.below(bar.getBoundingClientRect().bottom);
    (link as HTMLElement).focus();
    await frames(win, 3);
    expect(doc.activeElement).to.equal(link);
    expect(link.getBoundingClientRect().top, 'clear of the scrubber and its focus ring').to.be.at.least(
      bar.getBoundingClientRect().bottom + 4,
    );
    expect(onScreen(win, link)).to.equal(true);
  });
});
