// <dk-recovery> when the script runs late, with dist/dermakit.css (src/recovery/recovery.upgrade.css): the room
// its date field and scrubber take is reserved after the intro, so neither its own content nor the text after it
// moves more than 16 px when they appear, at 390 and 1280 px, with or without an intro, under a 62.5 % root.
// Measures the built dist/ (run `npm run build` after changing src/).
import { expect } from '@open-wc/testing';
import { formatJump, measureJump } from '../jump/measure.js';

const LIMIT = 16;
const content = `<p data-after="its content">Healing goes through three phases.</p>
  <dk-healing-timeline></dk-healing-timeline>`;

const VARIANTS: Record<string, string> = {
  'date field and scrubber, heading and paragraph as intro': `<dk-recovery treatment-date="2026-11-01" today="2026-11-20" date-picker scrubber>
    <h2 slot="intro">Your recovery</h2><p slot="intro">Pick your date, or drag through the days.</p>${content}</dk-recovery>`,
  'scrubber, no intro': `<dk-recovery treatment-date="2026-11-01" today="2026-11-20" scrubber>${content}</dk-recovery>`,
  'scrubber, no intro, a widget first': `<dk-recovery treatment-date="2026-11-01" today="2026-11-20" scrubber>
    <dk-healing-timeline></dk-healing-timeline><p data-after="its content">Healing goes through three phases.</p></dk-recovery>`,
  'date field, a heading as intro': `<dk-recovery date-picker><h2 slot="intro">Your recovery</h2>${content}</dk-recovery>`,
  // (No timeline here: before treatment it adds its own status line, which dermakit.css cannot know of.)
  'scrubber before treatment, a heading as intro': `<dk-recovery treatment-date="2026-11-30" today="2026-11-20" scrubber>
    <h2 slot="intro">Your recovery</h2><p data-after="its content">Healing goes through three phases.</p></dk-recovery>`,
};

const SMALL_ROOT = `html { font: 62.5%/1.5 system-ui, sans-serif; color: #1d2a33; background: #fff; }
  body { margin: 0; padding: 0 16px; font-size: 1.6rem; }`;

describe('<dk-recovery> when the script is late (with dermakit.css)', function () {
  this.timeout(60000);

  for (const width of [390, 1280]) {
    for (const [name, markup] of Object.entries(VARIANTS)) {
      it(`moves its content and the text after it at most ${LIMIT} px at ${width} px: ${name}`, async () => {
        const result = await measureJump({
          markup: `${markup}<p data-after="the text after it">The page reads on.</p>`,
          width,
        });
        expect(result.max, formatJump(result)).to.be.at.most(LIMIT);
      });
    }
  }

  it(`moves nothing more than ${LIMIT} px under a 62.5 % root font size`, async () => {
    const markup = `${VARIANTS['date field and scrubber, heading and paragraph as intro']}<p data-after="the text after it">The page reads on.</p>`;
    const result = await measureJump({ markup, width: 390, pageCss: SMALL_ROOT });
    expect(result.max, formatJump(result)).to.be.at.most(LIMIT);
  });
});
