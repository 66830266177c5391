// The no-JavaScript export rendered as a page builder shows it: in a 600 px and a 320 px column, on the default,
// dark and brand themes, nothing sticks out of the column and axe finds nothing (colour contrast included); the FAQ
// opens with a click and with Enter or Space on its question, as a native <details>.
import { expect, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { writeStatic } from '../../src/export/static.js';
import type { SnippetExport } from '../../src/export/model.js';
import { overflowing, renderInColumn, withImages } from './rendered.js';
import { BRAND_THEME, DARK_THEME, LIGHT_THEME, demoSnippet } from '../node/export-fixtures.mjs';

/** The demo's pictures served by the test server (no request leaves the machine). */
const localImages = (snippet: SnippetExport) =>
  withImages(snippet, (image) => ({
    ...image,
    src: `/demo/images/${image.src.split('/').pop()!.replace('.png', '.svg')}`,
  }));

describe('static export rendered', () => {
  for (const [name, theme] of [
    ['default', LIGHT_THEME],
    ['dark', DARK_THEME],
    ['brand', BRAND_THEME],
  ] as const) {
    for (const width of [600, 320]) {
      it(`fits a ${width} px column and passes axe (${name} theme), FAQ closed and open`, async function () {
        this.timeout(30000);
        const container = await renderInColumn(writeStatic(localImages(demoSnippet(theme))), width);
        try {
          expect(overflowing(container)).to.deep.equal([]);
          expect(container.scrollWidth).to.be.at.most(width);
          expect(container.querySelectorAll('img')).to.have.length(4);
          for (const image of container.querySelectorAll('img')) expect(image.naturalWidth, image.src).to.be.above(0);
          await expect(container).to.be.accessible();
          for (const details of container.querySelectorAll('details')) details.open = true;
          await nextFrame();
          expect(overflowing(container)).to.deep.equal([]);
          await expect(container).to.be.accessible();
        } finally {
          container.remove();
        }
      });
    }
  }

  it('the FAQ opens with a click, and with Enter and Space on the question; one answer open at a time', async function () {
    this.timeout(20000);
    const faq = demoSnippet().widgets.find((widget) => widget.kind === 'faq')!;
    const container = await renderInColumn(writeStatic({ ...demoSnippet(), widgets: [faq] }), 600);
    try {
      const [first, second] = [...container.querySelectorAll('details')];
      const summary = (details: HTMLDetailsElement) => details.querySelector('summary')!;
      const height = (details: HTMLDetailsElement) => details.getBoundingClientRect().height;
      const closed = height(first!);
      summary(first!).click();
      await nextFrame();
      expect(first!.open).to.equal(true);
      expect(height(first!), 'the answer shows').to.be.above(closed + 20);
      summary(first!).click();
      await nextFrame();
      expect(first!.open).to.equal(false);

      summary(first!).focus();
      expect(document.activeElement).to.equal(summary(first!));
      await sendKeys({ press: 'Enter' });
      await nextFrame();
      expect(first!.open, 'Enter opens').to.equal(true);
      await sendKeys({ press: ' ' });
      await nextFrame();
      expect(first!.open, 'Space closes').to.equal(false);
      await sendKeys({ press: ' ' });
      await nextFrame();
      expect(first!.open, 'Space opens').to.equal(true);

      // Exclusive accordions (details name): Chromium 120, Safari 17.2, Firefox 130; older engines keep both open.
      summary(second!).click();
      await nextFrame();
      expect(second!.open).to.equal(true);
      if ('name' in HTMLDetailsElement.prototype)
        expect(first!.open, 'the shared name closes the other').to.equal(false);
      // The question is a real heading at the FAQ's level, named by the question.
      expect(summary(second!).querySelector('h3')!.textContent).to.equal('Is microneedling safe for all skin types?');
    } finally {
      container.remove();
    }
  });
});
