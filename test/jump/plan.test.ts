// <dk-treatment-plan> when the script is late: with dist/dermakit.css the author's fallback shows at once and the
// text after the plan moves at most 16 px when it upgrades, at 390 and 1280 px, in the common states (relative,
// dated with the button, every session done, inside a <dk-recovery> with a date, another session count); without
// JavaScript the fallback reads. Measures the BUILT dist/ (run `npm run build` after changing src/). Chromium and
// Firefox, like test/jump/.
import { expect } from '@open-wc/testing';
import { formatJump, hiddenWithoutScript, measureJump } from './measure.js';

const LIMIT = 16;
const fallback = '<p>Three sessions, about four weeks apart.</p>';

const CASES: Record<string, string> = {
  'relative, 3 sessions': `<dk-treatment-plan>${fallback}</dk-treatment-plan>`,
  'relative, 6 sessions, 2 done, no fallback': '<dk-treatment-plan sessions="6" completed="2"></dk-treatment-plan>',
  'dated, 4 sessions, 1 done (button)': `<dk-treatment-plan sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1" today="2026-12-20"
    event-title="Microneedling session" location="Harbor Skin Clinic, 12 Quay Street">${fallback}</dk-treatment-plan>`,
  'dated, every session done': `<dk-treatment-plan start-date="2026-12-01" completed="3">${fallback}</dk-treatment-plan>`,
  'inside <dk-recovery> with a date': `<dk-recovery treatment-date="2026-11-01" today="2026-11-20">
    <dk-treatment-plan sessions="3" interval-weeks="4">${fallback}</dk-treatment-plan></dk-recovery>`,
};

describe('<dk-treatment-plan> with a late script', function () {
  this.timeout(60000);

  for (const width of [390, 1280]) {
    it(`moves the text after each plan at most ${LIMIT} px when it upgrades, at ${width} px`, async () => {
      const markup = Object.values(CASES).join('\n');
      const result = await measureJump({ markup, width });
      console.log(`plan jump at ${width} px:\n${formatJump(result)}`);
      const tooFar = Object.keys(CASES)
        .map((name, i) => ({ name, own: result.own[i]! }))
        .filter(({ own }) => Math.abs(own) > LIMIT)
        .map(({ name, own }) => `${name}: ${own} px`);
      expect(tooFar).to.deep.equal([]);
    });
  }

  it('leaves the fallback readable without JavaScript', async () => {
    expect(await hiddenWithoutScript({ markup: Object.values(CASES).join('\n'), width: 390 })).to.deep.equal([]);
  });
});
