// <dk-collagen-gauge> when the script is late: with dist/dermakit.css its light-DOM caption shows at once and the
// text after the gauge moves at most 16 px when it upgrades, at 390 and 1280 px, in every state that has a fixed
// height (a value, a model-driven gauge with its note, the type split, inside <dk-recovery>, a sized ring).
// Measures the BUILT dist/ (run `npm run build` after changing src/). Chromium and Firefox, like test/jump/.
import { expect } from '@open-wc/testing';
import { formatJump, measureJump } from './measure.js';

const LIMIT = 16;

const CASES: Record<string, string> = {
  'a value, no caption': '<dk-collagen-gauge value="60"></dk-collagen-gauge>',
  'a value and a short label': '<dk-collagen-gauge value="60" label="Course progress"></dk-collagen-gauge>',
  'its own caption': '<dk-collagen-gauge value="60">Collagen renewal after your first session</dk-collagen-gauge>',
  'model-driven, with note and split':
    '<dk-collagen-gauge treatment-date="2026-11-01" today="2026-12-01" show-types>Collagen renewal after your first session</dk-collagen-gauge>',
  'a larger ring': '<dk-collagen-gauge value="60" style="--dk-gauge-size: 14em">Course progress</dk-collagen-gauge>',
};

describe('<dk-collagen-gauge> with a late script', function () {
  this.timeout(60000);

  for (const width of [390, 1280]) {
    it(`shows the caption before upgrade and moves the text after it at most ${LIMIT} px, at ${width} px`, async () => {
      const markup = Object.values(CASES).join('\n');
      const result = await measureJump({ markup, width });
      console.log(`gauge jump at ${width} px:\n${formatJump(result)}`);
      const tooFar = Object.keys(CASES)
        .map((name, i) => ({ name, own: result.own[i]! }))
        .filter(({ own }) => Math.abs(own) > LIMIT)
        .map(({ name, own }) => `${name}: ${own} px`);
      expect(tooFar).to.deep.equal([]);
    });
  }

  it("shows its caption before the script, centred under the ring's room", async () => {
    // This page never loads the gauge's script: the element stays undefined, styled by dist/dermakit.css alone.
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/dist/dermakit.css' });
    const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
    document.head.append(link);
    await loaded;
    const box = document.createElement('div');
    box.style.cssText = 'width: 390px; font: 16px/1.5 sans-serif';
    box.innerHTML = '<dk-collagen-gauge value="60">Collagen renewal after your first session</dk-collagen-gauge>';
    document.body.append(box);
    try {
      const gauge = box.firstElementChild!;
      expect(customElements.get('dk-collagen-gauge')).to.equal(undefined);
      const range = document.createRange();
      range.selectNodeContents(gauge);
      const text = range.getBoundingClientRect();
      const top = box.getBoundingClientRect().top;
      expect(text.top - top, 'under the 160 px ring and the 8 px gap (plus half-leading)').to.be.closeTo(170, 3);
      expect(text.height).to.be.above(16);
      expect((text.left + text.right) / 2).to.be.closeTo(box.getBoundingClientRect().left + 195, 2);
      expect(text.width).to.be.at.most(256);
    } finally {
      box.remove();
      link.remove();
    }
  });
});
