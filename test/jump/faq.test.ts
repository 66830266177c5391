// No jump when the script is late (issue 8), for the FAQ: with dist/dermakit.css (faq.upgrade.css) the plain HTML
// already takes the collapsed accordion's room, so the text after it moves at most 16 px when dermakit.js arrives,
// at 390 and 1280 px; without JavaScript every question and answer still reads. Measures the built dist/ (run
// `npm run build` after changing src/). In the jump group: Chromium and Firefox.
import { expect } from '@open-wc/testing';
import { part } from '../harness.js';
import { THEME_CSS, formatJump, hiddenWithoutScript, measureJump } from './measure.js';

const ITEMS = `
  <dk-faq-item><span slot="question">How long does collagen production last after microneedling?</span>
    <p>Collagen production can continue for up to three to six months after a treatment.</p></dk-faq-item>
  <dk-faq-item question="Is microneedling safe for all skin types?"><p>Yes, when performed by a trained professional.</p></dk-faq-item>
  <dk-faq-item open><span slot="question">How many treatments are needed?</span>
    <p>Most people benefit from three to six sessions.</p><p>Spaced several weeks apart.</p></dk-faq-item>
  <dk-faq-item question="Was kostet eine Kollagenneubildungsstimulationsbehandlung?"><p>Das hängt ab.</p></dk-faq-item>`;

const VARIANTS: Record<string, string> = {
  plain: `<dk-faq>${ITEMS}</dk-faq>`,
  searchable: `<dk-faq searchable>${ITEMS}</dk-faq>`,
  'multiple with expand-all': `<dk-faq multiple expand-all>${ITEMS}</dk-faq>`,
  'searchable, multiple, expand-all': `<dk-faq searchable multiple expand-all>${ITEMS}</dk-faq>`,
};

describe('dk-faq before upgrade (dermakit.css)', function () {
  this.timeout(60000);

  for (const width of [390, 1280]) {
    it(`moves the text after it at most 16 px when the script arrives, at ${width} px`, async () => {
      const lines: string[] = [];
      for (const [name, markup] of Object.entries(VARIANTS)) {
        const result = await measureJump({ markup, width });
        const bare = await measureJump({ markup, width, css: false });
        console.log(`${name} at ${width} px: ${formatJump(result)}; without dermakit.css: ${bare.max} px`);
        if (result.max > 16) lines.push(`${name}: ${result.max} px`);
      }
      expect(lines).to.deep.equal([]);
    });
  }

  it('gives each question the same width for its text before and after upgrade (so it wraps on the same lines)', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 378px; height: 600px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><style>${THEME_CSS}</style><link rel="stylesheet" href="/dist/dermakit.css"></head>
      <body>${VARIANTS.plain}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      const win = frame.contentWindow as Window & typeof globalThis;
      const textWidth = (box: Element, pseudo?: string) => {
        const style = win.getComputedStyle(box, pseudo);
        const width = pseudo ? parseFloat(style.width) : box.getBoundingClientRect().width;
        return (
          width -
          (style.boxSizing === 'border-box' || !pseudo
            ? parseFloat(style.paddingLeft) + parseFloat(style.paddingRight)
            : 0)
        );
      };
      const items = [...doc.querySelectorAll('dk-faq-item')];
      const before = items.map((item) => {
        const slotted = item.querySelector('[slot="question"]');
        return Math.round((slotted ? textWidth(slotted) : textWidth(item, '::before')) * 10) / 10;
      });
      const script = doc.createElement('script');
      script.src = '/dist/dermakit.js';
      doc.head.append(script);
      await win.customElements.whenDefined('dk-faq-item');
      await Promise.all(items.map((item) => (item as Element & { updateComplete: Promise<unknown> }).updateComplete));
      const after = items.map((item) => Math.round(part(item, 'question')!.getBoundingClientRect().width * 10) / 10);
      expect(before).to.deep.equal(after);
    } finally {
      frame.remove();
    }
  });

  it('hides nothing from a visitor without JavaScript', async () => {
    expect(
      await hiddenWithoutScript({ markup: VARIANTS['searchable, multiple, expand-all']!, width: 390 }),
    ).to.deep.equal([]);
  });
});
