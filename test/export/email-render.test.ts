// The email export rendered in a browser as a webmail shows it: in a 600 px and a 320 px column, on the default,
// dark and brand themes, nothing sticks out of the column and axe finds nothing (colour contrast included).
import { expect } from '@open-wc/testing';
import { writeEmail } from '../../src/export/email.js';
import type { SnippetExport } from '../../src/export/model.js';
import { overflowing, renderInColumn, withImages } from './rendered.js';
import { BRAND_THEME, DARK_THEME, LIGHT_THEME, demoSnippet } from '../node/export-fixtures.mjs';

/** The fixture's absolute PNG URLs pointed at a PNG the test server has (no request leaves the machine). */
const localImages = (snippet: SnippetExport) =>
  withImages(snippet, (image) =>
    /^https:/.test(image.src)
      ? { ...image, src: `${location.origin}/docs/wordpress-editor.png`, width: 1080, height: 750 }
      : image,
  );

describe('email export rendered', () => {
  for (const [name, theme] of [
    ['default', LIGHT_THEME],
    ['dark', DARK_THEME],
    ['brand', BRAND_THEME],
  ] as const) {
    for (const width of [600, 320]) {
      it(`fits a ${width} px column and passes axe (${name} theme)`, async function () {
        this.timeout(30000);
        const container = await renderInColumn(writeEmail(localImages(demoSnippet(theme))).html, width);
        try {
          expect(overflowing(container)).to.deep.equal([]);
          expect(container.scrollWidth).to.be.at.most(width);
          const images = [...container.querySelectorAll('img')];
          expect(images).to.have.length(2);
          for (const image of images) {
            expect(image.naturalWidth, image.src).to.be.above(0);
            // Drawn at most at its width attribute, in proportion.
            const box = image.getBoundingClientRect();
            expect(box.width).to.be.at.most(image.width + 0.5);
            expect(box.height / box.width).to.be.closeTo(750 / 1080, 0.02);
          }
          // The column: 600 px wide at most.
          const column = container.querySelector('div[lang]')!;
          expect(column.getBoundingClientRect().width).to.be.at.most(600);
          await expect(container).to.be.accessible();
        } finally {
          container.remove();
        }
      });
    }
  }

  it('the gauge bar’s filled cell is its percentage of the bar', async () => {
    const snippet = {
      ...demoSnippet(),
      widgets: [{ kind: 'gauge', label: 'Renewal', value: 42, valueText: '42%', details: [] } as const],
    };
    const container = await renderInColumn(writeEmail(snippet).html, 320);
    try {
      const [filled, rest] = [...container.querySelectorAll<HTMLTableCellElement>('td[width$="%"]')];
      const share =
        filled!.getBoundingClientRect().width /
        (filled!.getBoundingClientRect().width + rest!.getBoundingClientRect().width);
      expect(share).to.be.closeTo(0.42, 0.02);
      expect(container.textContent).to.contain('42%');
    } finally {
      container.remove();
    }
  });
});
