// No jump when the script is late (issue 8), for the timeline: with dist/dermakit.css (healing-timeline.upgrade.css)
// each plain <dk-phase> already takes its upgraded box (bar, name, the span's line, padding; side by side where three
// short names fit), so the text after the timeline moves at most 16 px when dermakit.js arrives, at 390 and 1280 px;
// without JavaScript every phase still reads. Measures the built dist/ (run `npm run build` after changing src/).
// In the jump group: Chromium and Firefox.
import { expect } from '@open-wc/testing';
import { formatJump, hiddenWithoutScript, measureJump } from './measure.js';

const PHASES = `
  <dk-phase name="Inflammatory" start="0" end="3">Blood flow rises and growth factors wake the fibroblasts.</dk-phase>
  <dk-phase name="Proliferative" start="3" end="21">Fibroblasts lay down new type III collagen and elastin.</dk-phase>
  <dk-phase name="Remodeling" start="21" end="180">Type III collagen matures into stronger type I.</dk-phase>`;

const VARIANTS: Record<string, string> = {
  'three phases, no day': `<dk-healing-timeline>${PHASES}</dk-healing-timeline>`,
  'three phases, day 19': `<dk-healing-timeline treatment-date="2026-11-01" today="2026-11-20">${PHASES}</dk-healing-timeline>`,
  'three phases in page-builder paragraphs': `<dk-healing-timeline day="2">${PHASES.replace(/<dk-phase/g, '<p><dk-phase').replace(/<\/dk-phase>/g, '</dk-phase></p>')}</dk-healing-timeline>`,
  'German names': `<dk-healing-timeline day="12">
      <dk-phase name="Entzündungsphase" start="0" end="3">Die Durchblutung steigt, Wachstumsfaktoren wecken die Fibroblasten.</dk-phase>
      <dk-phase name="Proliferationsphase" start="3" end="21">Fibroblasten bilden neues Kollagen Typ III und Elastin.</dk-phase>
      <dk-phase name="Umbauphase" start="21" end="180">Kollagen Typ III reift zu festerem Typ I.</dk-phase>
    </dk-healing-timeline>`,
  'built-in phases (no dk-phase)': '<dk-healing-timeline></dk-healing-timeline>',
  'own spans': `<dk-healing-timeline>
      <dk-phase name="Redness" start="0" end="2" span="First 48 hours">Like a light sunburn.</dk-phase>
      <dk-phase name="Renewal" start="2" end="30" span="">New collagen forms.</dk-phase>
    </dk-healing-timeline>`,
};

describe('dk-healing-timeline before upgrade (dermakit.css)', function () {
  this.timeout(60000);

  for (const width of [390, 1280]) {
    it(`moves the text after it at most 16 px when the script arrives, at ${width} px`, async () => {
      const lines: string[] = [];
      for (const [name, markup] of Object.entries(VARIANTS)) {
        const result = await measureJump({ markup, width, lang: name.startsWith('German') ? 'de' : 'en' });
        const bare = await measureJump({ markup, width, css: false });
        console.log(`${name} at ${width} px: ${formatJump(result)}; without dermakit.css: ${bare.max} px`);
        if (result.max > 16) lines.push(`${name}: ${result.max} px`);
      }
      expect(lines).to.deep.equal([]);
    });
  }

  it('hides nothing from a visitor without JavaScript', async () => {
    expect(await hiddenWithoutScript({ markup: VARIANTS['three phases, day 19']!, width: 390 })).to.deep.equal([]);
  });
});
