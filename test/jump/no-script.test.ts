/**
 * dist/dermakit.css must be safe when the script never loads (blocked, failed, an old browser): with it, every text
 * and image inside every widget still shows. The page of the jump test in a sandbox without scripts, where
 * `@media (scripting: none)` applies, at 390 and 1280 px. Measures the built dist/ (`npm run build`).
 */
import { expect } from '@open-wc/testing';
import { hiddenWithoutScript } from './measure.js';
import { ALL_WIDGETS_MARKUP } from './pages.js';

describe('dist/dermakit.css without the script', function () {
  this.timeout(30000);

  for (const width of [390, 1280]) {
    it(`hides no text or image of any widget at ${width} px wide`, async () => {
      expect(await hiddenWithoutScript({ markup: ALL_WIDGETS_MARKUP, width })).to.deep.equal([]);
    });
  }
});
