/** <dk-before-after> when an image is missing or broken: a placeholder with the alt text, never an exception. */
import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DkBeforeAfter } from '../../src/before-after/index.js';
import { captureWarnings } from '../helpers.js';
import { AFTER, BEFORE, frame, handle, placeholderBoxes, slider, texts, valueNow } from './harness.js';

/** A path the test server answers with 404 (a fresh one each time, so no cache hides the failure). */
const missingFile = () => `/test/before-after/no-such-image-${Math.random().toString(36).slice(2)}.png`;

const placeholders = (el: DkBeforeAfter) =>
  placeholderBoxes(el).map((node) => [
    node.closest('[part~="before"], [part~="after"]')!.getAttribute('part'),
    node.textContent!.trim(),
  ]);

describe('dk-before-after without its images', () => {
  it('shows the alt text of an image that fails to load, and stays usable', async () => {
    const el = await slider(html`<dk-before-after>
      <img slot="before" src=${missingFile()} alt="Acne scarring before treatment" width="800" height="600" />
      <img slot="after" src=${AFTER} alt="The same area after three sessions" width="800" height="600" />
    </dk-before-after>`);
    await waitUntil(() => placeholders(el).length === 1, 'no placeholder for the broken image');
    expect(placeholders(el)).to.deep.equal([['before', 'Acne scarring before treatment']]);
    const shown = placeholderBoxes(el)[0]!;
    expect(shown.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(getComputedStyle(shown).visibility).to.equal('visible');
    handle(el).focus();
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    expect(valueNow(el)).to.equal(60);
    await expect(el).to.be.accessible();
  });

  it('notices an image that broke before the script ran (no error event left to hear)', async () => {
    const image = document.createElement('img');
    image.slot = 'after';
    image.alt = 'After: smoother texture';
    const failed = new Promise((resolve) => image.addEventListener('error', resolve, { once: true }));
    image.src = missingFile();
    document.body.append(image);
    await failed;
    let el!: DkBeforeAfter;
    await captureWarnings(async () => {
      el = await slider(
        html`<dk-before-after><img slot="before" src=${BEFORE} alt="Before" width="4" height="3" /></dk-before-after>`,
      );
    });
    el.append(image);
    await waitUntil(() => placeholders(el).length === 1, 'no placeholder for the late broken image');
    expect(placeholders(el)).to.deep.equal([['after', 'After: smoother texture']]);
  });

  it('recovers when a broken image is given a working src', async () => {
    const el = await slider(html`<dk-before-after>
      <img slot="before" src=${missingFile()} alt="Before" width="4" height="3" />
      <img slot="after" src=${AFTER} alt="After" width="4" height="3" />
    </dk-before-after>`);
    await waitUntil(() => placeholders(el).length === 1);
    el.querySelector('img')!.src = BEFORE;
    await waitUntil(() => placeholders(el).length === 0, 'the placeholder stayed after the image loaded');
  });

  it('shows a placeholder with the label for a missing slot, and warns once naming the slot', async () => {
    let el!: DkBeforeAfter;
    const warnings = await captureWarnings(async () => {
      el = await slider(html`<dk-before-after>
        <img slot="after" src=${AFTER} alt="After" width="4" height="3" />
      </dk-before-after>`);
      el.setAttribute('position', '40');
      await el.updateComplete;
    });
    expect(placeholders(el)).to.deep.equal([['before', 'Before']]);
    expect(warnings).to.deep.equal(['<dk-before-after> slot: no <img slot="before"> child; showing a placeholder.']);
    await expect(el).to.be.accessible();
  });

  it('shows placeholders for an empty element without throwing, and follows images added later', async () => {
    let el!: DkBeforeAfter;
    await captureWarnings(async () => {
      el = await slider(html`<dk-before-after before-label="Vorher" after-label="Nachher"></dk-before-after>`);
    });
    expect(placeholders(el)).to.deep.equal([
      ['before', 'Vorher'],
      ['after', 'Nachher'],
    ]);
    expect(texts(el, 'label')).to.deep.equal(['Vorher', 'Nachher']);
    // A page builder fills the element afterwards.
    const [before, after] = ['before', 'after'].map((slot) =>
      Object.assign(document.createElement('img'), { slot, alt: slot, src: slot === 'before' ? BEFORE : AFTER }),
    );
    el.append(before!, after!);
    await waitUntil(() => placeholders(el).length === 0, 'placeholders stayed after the images arrived');
    expect(frame(el).getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
