// The per-element ES modules (dist/esm/<element>/index.js, `import 'dermakit/faq'`) loaded ALONE, or two of them
// in either order, as a bundler user's page does: containers and their children must still find each other.
// Each page is an iframe of its own, so no other entry has attached the context root before.
import { expect } from '@open-wc/testing';
import { inShadow, shadowText } from '../harness.js';

/** Loads the entries (in order) as module scripts after the markup; resolves once their tags are defined. */
async function page(entries: string[], body: string, tags: string[]): Promise<Document> {
  const frame = document.createElement('iframe');
  const imports = entries.map((entry) => `import '/dist/esm/${entry}/index.js';`).join('\n');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${body}<script type="module">${imports}</script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const elements = [...frame.contentDocument!.querySelectorAll('*')].filter((el) => el.localName.startsWith('dk-'));
  await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return frame.contentDocument!;
}

describe('ES module entries, each loaded alone', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it("dermakit/faq alone: every question takes the FAQ's heading level", async () => {
    const doc = await page(
      ['faq'],
      `<dk-faq heading-level="2">
      <dk-faq-item question="Is it safe?"><p>Yes.</p></dk-faq-item>
      <dk-faq-item question="Does it hurt?"><p>A little.</p></dk-faq-item></dk-faq>`,
      ['dk-faq', 'dk-faq-item'],
    );
    const levels = [...doc.querySelectorAll('dk-faq-item')].map((item) =>
      inShadow(item, '[role="heading"]')?.getAttribute('aria-level'),
    );
    expect(levels).to.deep.equal(['2', '2']);
  });

  for (const order of [
    ['recovery', 'timeline'],
    ['timeline', 'recovery'],
  ]) {
    it(`dermakit/${order[0]} then dermakit/${order[1]}: the timeline counts from the recovery's treatment date`, async () => {
      const doc = await page(
        order,
        `<dk-recovery treatment-date="2026-11-01" today="2026-11-13">
        <dk-healing-timeline></dk-healing-timeline></dk-recovery>`,
        ['dk-recovery', 'dk-healing-timeline'],
      );
      expect(shadowText(doc.querySelector('dk-healing-timeline'))).to.contain('Day 12');
    });
  }

  for (const order of [
    ['recovery', 'plan'],
    ['plan', 'recovery'],
  ]) {
    it(`dermakit/${order[0]} then dermakit/${order[1]}: the plan starts on the recovery's treatment date`, async () => {
      const doc = await page(
        order,
        `<dk-recovery treatment-date="2026-11-01" today="2026-11-13">
        <dk-treatment-plan sessions="3" interval-weeks="4"></dk-treatment-plan></dk-recovery>`,
        ['dk-recovery', 'dk-treatment-plan'],
      );
      const text = shadowText(doc.querySelector('dk-treatment-plan'));
      expect(text).to.match(/Nov 1, 2026/);
      expect(text).to.match(/Nov 29, 2026/);
    });
  }
});
