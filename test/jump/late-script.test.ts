/**
 * Issue 8's acceptance test for "No jump when the script is late": a page with every widget, each followed by a
 * paragraph, loaded with dist/dermakit.css; dist/dermakit.js is added only after the page has laid out (an
 * optimizer plugin's delayed script: the seconds of delay do not change the geometry, so the script comes right
 * after first layout). Every paragraph may move at most 16 px when the widgets upgrade, at 390 and 1280 px wide.
 * Runs in Chromium and Firefox only (its own web-test-runner group). Before issue 8 the paragraph after the last
 * widget moved 1,115 px at 390 px and 451 px at 1280 px. The figures print with and without dermakit.css.
 * Measures the built dist/: `npm test` builds it; after changing src/, run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { formatJump, measureJump } from './measure.js';
import { ALL_WIDGETS_MARKUP } from './pages.js';

const LIMIT = 16;

describe('no jump when the script is late (every widget, each followed by a paragraph)', function () {
  this.timeout(60000);

  for (const width of [390, 1280]) {
    it(`moves no paragraph more than ${LIMIT} px when the widgets upgrade at ${width} px wide (with dermakit.css)`, async () => {
      const withCss = await measureJump({ markup: ALL_WIDGETS_MARKUP, width });
      const withoutCss = await measureJump({ markup: ALL_WIDGETS_MARKUP, width, css: false });
      console.log(
        `jump at ${width} px, with dist/dermakit.css:\n${formatJump(withCss)}\n` +
          `jump at ${width} px, without it:\n${formatJump(withoutCss)}`,
      );
      const tooFar = withCss.labels
        .map((label, i) => ({ label, move: withCss.moves[i], own: withCss.own[i] }))
        .filter(({ move }) => Math.abs(move) > LIMIT)
        .map(({ label, move, own }) => `${label}: ${move} px (own ${own} px)`);
      expect(tooFar, `paragraphs moving more than ${LIMIT} px at ${width} px`).to.deep.equal([]);
    });
  }
});
