// The per-element scripts (dist/dermakit-faq.js, dermakit-recovery.js, …; npm test builds them first): each alone
// defines its own tags and works, two together and next to the full kit they get along (whichever loads first
// defines a tag; no error, no warning), as clinic pages and page builders combine them.
import { expect } from '@open-wc/testing';
import { inShadow, shadowText } from '../harness.js';

const SCRIPTS: Record<string, string[]> = {
  'dermakit-faq.js': ['dk-faq', 'dk-faq-item'],
  'dermakit-timeline.js': ['dk-healing-timeline', 'dk-phase'],
  'dermakit-gauge.js': ['dk-collagen-gauge'],
  'dermakit-plan.js': ['dk-treatment-plan'],
  'dermakit-before-after.js': ['dk-before-after'],
  'dermakit-recovery.js': ['dk-recovery', 'dk-healing-timeline', 'dk-phase', 'dk-collagen-gauge', 'dk-treatment-plan'],
};
const ALL_TAGS = [...new Set(Object.values(SCRIPTS).flat())];

const BODY = `
  <dk-faq heading-level="2"><dk-faq-item question="Is it safe?"><p>Yes.</p></dk-faq-item></dk-faq>
  <dk-recovery treatment-date="2026-11-01" today="2026-11-13">
    <dk-healing-timeline></dk-healing-timeline>
    <dk-collagen-gauge></dk-collagen-gauge>
    <dk-treatment-plan sessions="3" interval-weeks="4"></dk-treatment-plan>
  </dk-recovery>
  <dk-before-after label="Acne scarring, before and after">
    <img slot="before" src="/demo/images/acne-scars-before.svg" width="480" height="360" alt="Skin before treatment">
    <img slot="after" src="/demo/images/acne-scars-after.svg" width="480" height="360" alt="Skin after treatment">
  </dk-before-after>`;

interface Loaded {
  window: Window & typeof globalThis & { problems: string[] };
  document: Document;
}

/** The page's markup first, then the given scripts (classic, deferred), in an iframe; waits for `tags`. */
async function page(scripts: string[], tags: string[]): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.problems = []; addEventListener('error', (e) => problems.push(e.message));
      for (const level of ['warn', 'error']) { const original = console[level]; console[level] = (...args) => { problems.push(args.join(' ')); original(...args); }; }</script>
    ${scripts.map((src) => `<script src="/dist/${src}" defer></script>`).join('')}</head><body>${BODY}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Loaded['window'];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  const elements = [...frame.contentDocument!.querySelectorAll('*')].filter((el) =>
    win.customElements.get(el.localName),
  );
  await Promise.all(elements.map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { window: win, document: frame.contentDocument! };
}

describe('per-element scripts', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [script, tags] of Object.entries(SCRIPTS)) {
    it(`${script} alone defines ${tags.join(', ')} and nothing else, without errors`, async () => {
      const { window } = await page([script], tags);
      expect(ALL_TAGS.filter((tag) => window.customElements.get(tag))).to.deep.equal(
        ALL_TAGS.filter((tag) => tags.includes(tag)),
      );
      expect(window.problems).to.deep.equal([]);
    });
  }

  it('dermakit-faq.js alone: the FAQ works (heading level from the FAQ, opens on click)', async () => {
    const { document } = await page(['dermakit-faq.js'], SCRIPTS['dermakit-faq.js']!);
    const item = document.querySelector('dk-faq-item')!;
    expect(inShadow(item, '[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    const button = inShadow(item, 'button')!;
    button.click();
    await (item as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it("dermakit-recovery.js alone: the timeline, gauge and plan count from the section's treatment date", async () => {
    const { document } = await page(['dermakit-recovery.js'], SCRIPTS['dermakit-recovery.js']!);
    expect(shadowText(document.querySelector('dk-healing-timeline'))).to.contain('Day 12');
    expect(shadowText(document.querySelector('dk-treatment-plan'))).to.match(/Nov 29, 2026/);
  });

  for (const scripts of [
    ['dermakit-faq.js', 'dermakit-gauge.js'],
    ['dermakit-gauge.js', 'dermakit-recovery.js'],
    ['dermakit-recovery.js', 'dermakit-gauge.js'],
    ['dermakit-faq.js', 'dermakit.js'],
    ['dermakit.js', 'dermakit-faq.js', 'dermakit-recovery.js'],
    ['dermakit-timeline.js', 'dermakit-recovery.js', 'dermakit.js'],
  ]) {
    it(`${scripts.join(' + ')}: every tag once, no error or warning, the recovery's day reaches its widgets`, async () => {
      const tags = [...new Set(scripts.flatMap((script) => SCRIPTS[script] ?? ALL_TAGS))];
      const { window, document } = await page(scripts, tags);
      expect(window.problems).to.deep.equal([]);
      for (const tag of tags) expect(window.customElements.get(tag), tag).to.be.a('function');
      if (tags.includes('dk-recovery') && tags.includes('dk-collagen-gauge')) {
        // Day 12 after treatment: 8 % in the kit's model, whichever script defined the gauge.
        const meter = inShadow(document.querySelector('dk-collagen-gauge')!, '[role="meter"]');
        expect(meter?.getAttribute('aria-valuenow')).to.equal('8');
      }
    });
  }
});
