// <dk-before-after> when the script is late: with dist/dermakit.css the two photos lie in one box as tall as the
// upgraded frame, so the text after the slider moves at most 16 px when it upgrades, at 390 and 1280 px
// (4:3 and square photos, horizontal and vertical, in a figure with its caption); without JavaScript both photos
// show. Measures the BUILT dist/ (run `npm run build` after changing src/). Chromium and Firefox, like test/jump/.
import { expect } from '@open-wc/testing';
import { formatJump, hiddenWithoutScript, measureJump } from './measure.js';

const LIMIT = 16;
const photo = (slot: string, name: string, size: string) =>
  `<img slot="${slot}" src="/demo/images/${name}-${slot}.svg" ${size} alt="Skin ${slot} treatment">`;
const pair = (name: string, size: string) => photo('before', name, size) + photo('after', name, size);

const CASES: Record<string, string> = {
  '4:3 photos': `<dk-before-after>${pair('acne-scars', 'width="480" height="360"')}</dk-before-after>`,
  'square photos, vertical': `<dk-before-after orientation="vertical" position="40">${pair('fine-lines', 'width="400" height="400"')}</dk-before-after>`,
  'lazy photos in a figure': `<figure style="margin: 0"><dk-before-after position="65">${pair('pigmentation', 'width="480" height="360" loading="lazy"')}</dk-before-after>
    <figcaption>Six months after four sessions.</figcaption></figure><p data-after="figure">The page's text.</p>`,
};

describe('<dk-before-after> with a late script', function () {
  this.timeout(60000);

  for (const width of [390, 1280]) {
    it(`moves the text after each slider at most ${LIMIT} px when it upgrades, at ${width} px`, async () => {
      const markup = Object.values(CASES)
        .map((markup, i) =>
          markup.includes('data-after')
            ? markup
            : `${markup}<p data-after="${Object.keys(CASES)[i]}">The page's text.</p>`,
        )
        .join('\n');
      const result = await measureJump({ markup, width });
      console.log(`before/after jump at ${width} px:\n${formatJump(result)}`);
      const tooFar = result.labels
        .map((label, i) => ({ label, own: result.own[i]! }))
        .filter(({ own }) => Math.abs(own) > LIMIT);
      expect(tooFar).to.deep.equal([]);
    });
  }

  it('shows both photos without JavaScript', async () => {
    expect(await hiddenWithoutScript({ markup: Object.values(CASES).join('\n'), width: 390 })).to.deep.equal([]);
  });
});
