/**
 * The configurator driven as a marketer drives it: choose an element, type, see the real widget change, switch the
 * theme, copy the outputs, reopen the link, paste a snippet back, and do it all from the keyboard.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/dermakit.js';
import { type Configurator, mountConfigurator } from '../../demo/configure/app.js';
import { buttonOf } from '../faq/harness.js';
import { meter as gaugeMeter } from '../gauge/harness.js';
import { part, settleAll } from '../harness.js';
import { flatText, typeText } from '../helpers.js';

let mounted: Configurator[] = [];
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

async function mount(): Promise<{ root: HTMLElement; app: Configurator }> {
  const root = await fixture<HTMLElement>(html`<div></div>`);
  // The page's own address, so the default pictures are the demo's.
  const app = mountConfigurator(root, {
    kitUrl: '/dist/dermakit.js',
    base: new URL('/demo/configure.html', location.href).href,
  });
  mounted.push(app);
  await app.ready;
  return { root, app };
}

const byId = <T extends HTMLElement = HTMLElement>(root: HTMLElement, id: string) => {
  const found = root.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`#${id} not found`);
  return found;
};
const preview = (root: HTMLElement) => byId(root, 'preview');
const box = (root: HTMLElement, id: string) => byId<HTMLTextAreaElement>(root, id).value;

/** Waits for the kit's elements in the preview to render. */
const settle = (root: HTMLElement) => settleAll(preview(root));

const questionsShown = (root: HTMLElement) =>
  [...preview(root).querySelectorAll('dk-faq-item')].map((item) => flatText(buttonOf(item)));

describe('configurator (in the browser)', () => {
  beforeEach(clearHash);
  afterEach(() => {
    mounted.forEach((app) => app.destroy());
    mounted = [];
    clearHash();
  });

  it('shows the real widget for the chosen element, and updates it while typing', async () => {
    const { root } = await mount();
    await settle(root);
    expect(questionsShown(root)).to.have.length(5);
    expect(questionsShown(root)[1]).to.equal('Is microneedling safe for all skin types?');

    byId(root, 'element-plan').click();
    await settle(root);
    const plan = preview(root).querySelector('dk-treatment-plan')!;
    expect(plan, 'a real treatment plan').to.not.equal(null);
    expect(flatText(plan)).to.contain('of 3 sessions complete');

    byId(root, 'element-faq').click();
    byId(root, 'faq-add').click();
    expect(document.activeElement?.id).to.equal('faq-5-question');
    await typeText('Can I wear make-up the next day?');
    await settle(root);
    expect(questionsShown(root)).to.have.length(6);
    expect(questionsShown(root)[5]).to.equal('Can I wear make-up the next day?');
  });

  it('switching the theme preset recolours the preview', async () => {
    const { root } = await mount();
    await settle(root);
    const canvas = preview(root);
    const icon = () => getComputedStyle(part(canvas.querySelector('dk-faq-item')!, 'icon')!).color;
    expect(getComputedStyle(canvas).backgroundColor).to.equal('rgb(255, 255, 255)');
    const before = { text: getComputedStyle(canvas).color, icon: icon() };

    const select = byId<HTMLSelectElement>(root, 'theme-preset');
    select.value = 'dark';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(root);
    expect(getComputedStyle(canvas).backgroundColor).to.equal('rgb(20, 22, 26)');
    expect(getComputedStyle(canvas).color).to.equal('rgb(233, 236, 239)');
    expect(getComputedStyle(canvas).color).not.to.equal(before.text);
    expect(icon()).not.to.equal(before.icon);
    expect(byId<HTMLInputElement>(root, 'theme-primary').value).to.equal('#5ec4b8');
    expect(box(root, 'out-snippet')).to.contain('--dk-color-primary:#5ec4b8');
  });

  it('copies the snippet with the typed question escaped, the SRI hash, the shortcode and both exports', async () => {
    const { root } = await mount();
    const question = byId<HTMLInputElement>(root, 'faq-0-question');
    question.select();
    await typeText('Peel & <b>glow</b>?');
    await settle(root);
    expect(questionsShown(root)[0]).to.equal('Peel & <b>glow</b>?');

    byId(root, 'out-snippet-copy').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(byId(root, 'out-snippet-status').textContent).to.match(/^(Copied\.|Selected: press Ctrl\+C)/);
    expect(byId(root, 'out-snippet-status').getAttribute('role')).to.equal('status');

    const bytes = await (await fetch('/dist/dermakit.js')).arrayBuffer();
    const hash = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
    const snippet = box(root, 'out-snippet');
    expect(snippet.split('\n')[0]).to.equal(
      `<script src="https://www.your-clinic.example/wp-content/plugins/dermakit/assets/dermakit.js" integrity="sha384-${hash}" crossorigin="anonymous" defer></script>`,
    );
    expect(snippet).to.contain('<span slot="question">Peel &amp; &lt;b&gt;glow&lt;/b&gt;?</span>');
    expect(snippet).not.to.contain('<b>');

    byId(root, 'out-shortcode-copy').click();
    expect(box(root, 'out-shortcode')).to.contain('[dermakit_faq_item question="Peel &amp; &lt;b&gt;glow&lt;/b&gt;?"]');
    expect(box(root, 'out-static')).to.contain('Peel &amp; &lt;b&gt;glow&lt;/b&gt;?');
    expect(box(root, 'out-static')).not.to.match(/<script(?! type="application\/ld\+json")/);
    expect(box(root, 'out-email')).to.contain('Peel &amp; &lt;b&gt;glow&lt;/b&gt;?');
    expect(box(root, 'out-email')).to.contain('<table');
    expect(box(root, 'out-email-text')).to.contain('Peel & <b>glow</b>?');
    expect(box(root, 'out-email-text')).to.contain('Is microneedling safe for all skin types?');
  });

  it('a landing page address puts a "View this in your browser" link at the top of the email, and a wrong one is marked', async () => {
    const { root } = await mount();
    const field = byId<HTMLInputElement>(root, 'web-url');
    expect(root.querySelector(`label[for="web-url"]`)?.textContent).to.match(/Landing page address/);
    field.focus();
    await typeText('https://clinic.example/recovery');
    await settle(root);
    expect(box(root, 'out-email')).to.match(
      /<a href="https:\/\/clinic\.example\/recovery"[^>]*>View this in your browser<\/a>/,
    );
    expect(box(root, 'out-email-text')).to.match(/^View this in your browser: https:\/\/clinic\.example\/recovery\n/);
    expect(box(root, 'out-static')).not.to.contain('View this in your browser');
    field.select();
    await typeText('clinic page');
    await settle(root);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(box(root, 'out-email')).not.to.contain('View this in your browser');
  });

  it('keeps everything in the link: a fresh page opened on it shows the same form', async () => {
    const first = await mount();
    byId(first.root, 'element-timeline').click();
    byId(first.root, 'timeline-mode-custom').click();
    const name = byId<HTMLInputElement>(first.root, 'phase-0-name');
    name.select();
    await typeText('Calm');
    byId(first.root, 'share').click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(byId(first.root, 'share-status').textContent).to.match(/Link copied\.|Copy this link/);
    const fragment = location.hash;
    expect(fragment).to.match(/^#1\.[A-Za-z0-9_-]+$/);
    first.app.destroy();
    mounted = [];

    clearHash();
    location.hash = fragment;
    const second = await mount();
    expect(byId<HTMLInputElement>(second.root, 'element-timeline').checked).to.equal(true);
    expect(byId<HTMLInputElement>(second.root, 'phase-0-name').value).to.equal('Calm');
    await settle(second.root);
    expect(flatText(preview(second.root).querySelector('dk-healing-timeline')!)).to.contain('Calm');

    // Back in the history or a pasted link: the open page follows the new fragment.
    location.hash = '#1.e30';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(byId<HTMLInputElement>(second.root, 'element-faq').checked).to.equal(true);
  });

  it('a garbage link gives the defaults and says so', async () => {
    location.hash = '#1.%%%not-a-config';
    const { root } = await mount();
    expect(byId(root, 'notice').textContent).to.contain('could not be read');
    expect(byId(root, 'notice').getAttribute('role')).to.equal('alert');
    expect(byId<HTMLInputElement>(root, 'element-faq').checked).to.equal(true);
    expect(byId<HTMLInputElement>(root, 'faq-0-question').value).to.equal(
      'How long does collagen production last after microneedling?',
    );
  });

  it('loads a pasted snippet back into the form, and says when nothing usable is in it', async () => {
    const { root } = await mount();
    root.querySelector('summary')!.click();
    const area = byId<HTMLTextAreaElement>(root, 'load-text');
    area.value = '<p>Just text <img src=x onerror="window.pwned=1"></p>';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    byId(root, 'load-button').click();
    expect(byId(root, 'load-status').textContent).to.contain('No dermakit element');
    expect((window as unknown as { pwned?: number }).pwned).to.equal(undefined);

    area.value = `<script src="https://clinic.example/dermakit.js" defer></script>
      <style>:root{--dk-color-primary:#7a3e9d}</style>
      <dk-collagen-gauge value="42" show-types>Course progress</dk-collagen-gauge>`;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    byId(root, 'load-button').click();
    await settle(root);
    expect(byId(root, 'load-status').textContent).to.equal(
      'Loaded the collagen gauge, with its brand colour, script address.',
    );
    expect(byId<HTMLInputElement>(root, 'element-gauge').checked).to.equal(true);
    expect(byId<HTMLInputElement>(root, 'gauge-value').value).to.equal('42');
    expect(byId<HTMLInputElement>(root, 'script-url').value).to.equal('https://clinic.example/dermakit.js');
    const meter = gaugeMeter(preview(root).querySelector('dk-collagen-gauge')!);
    expect(meter.getAttribute('aria-valuenow')).to.equal('42');
  });

  it('adds, moves and removes a question with the keyboard alone, focus following', async () => {
    const { root } = await mount();
    byId(root, 'faq-add').focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('faq-5-question');
    await typeText('Keyboard question?');
    await sendKeys({ press: 'Tab' }); // answer
    await sendKeys({ press: 'Tab' }); // Move up
    expect(document.activeElement?.id).to.equal('faq-5-up');
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('faq-4-up');
    await settle(root);
    expect(questionsShown(root)[4]).to.equal('Keyboard question?');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(byId(root, 'announce').textContent).to.equal('Question 6 moved to position 5 of 6.');

    await sendKeys({ press: 'Tab' }); // Move down
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id, 'last item: Move down is disabled, focus on Move up').to.equal('faq-5-up');
    await settle(root);
    expect(questionsShown(root)[5]).to.equal('Keyboard question?');

    await sendKeys({ press: 'Tab' }); // Move down (disabled: skipped) → Remove
    expect(document.activeElement?.id).to.equal('faq-5-remove');
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement?.id).to.equal('faq-4-question');
    await settle(root);
    expect(questionsShown(root)).to.have.length(5);
    expect(questionsShown(root)).not.to.include('Keyboard question?');
  });

  it('marks a wrong value on its field and reads it out', async () => {
    const { root } = await mount();
    byId(root, 'element-plan').click();
    const sessions = byId<HTMLInputElement>(root, 'plan-sessions');
    sessions.select();
    await typeText('20');
    expect(sessions.getAttribute('aria-invalid')).to.equal('true');
    const problem = byId(root, sessions.getAttribute('aria-describedby')!.split(' ').pop()!);
    expect(problem.textContent).to.contain('Sessions: enter a whole number from 1 to 12.');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(byId(root, 'announce').textContent).to.contain('Sessions: enter a whole number from 1 to 12.');
    // The snippet keeps the kit's default rather than a wrong number.
    expect(box(root, 'out-snippet')).not.to.contain('sessions="20"');
  });

  for (const element of ['faq', 'timeline', 'gauge', 'recovery', 'plan', 'before-after']) {
    it(`is accessible (axe) with the ${element} form and preview`, async () => {
      const { root } = await mount();
      byId(root, `element-${element}`).click();
      await settle(root);
      await expect(root).to.be.accessible();
    });
  }

  it('every field has a label, and every group a legend', async () => {
    const { root } = await mount();
    for (const element of ['faq', 'timeline', 'gauge', 'recovery', 'plan', 'before-after']) {
      byId(root, `element-${element}`).click();
      if (element === 'timeline') byId(root, 'timeline-mode-custom').click();
      for (const field of root.querySelectorAll<HTMLInputElement>(
        '.cfg-form input, .cfg-form select, .cfg-form textarea, .cfg-outputs textarea',
      )) {
        expect(field.labels?.length, `${element}: #${field.id}`).to.be.greaterThan(0);
        expect(field.labels![0]!.textContent!.trim(), `${element}: #${field.id}`).not.to.equal('');
      }
      for (const fieldset of root.querySelectorAll('fieldset'))
        expect(fieldset.querySelector(':scope > legend')?.textContent?.trim()).to.be.a('string').and.not.equal('');
    }
  });
});
