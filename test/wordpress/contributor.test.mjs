// Contributors (issue 9): kses.test.mjs checks each fixture saved as a contributor's draft, one per post. Here: a
// post with every block submitted for review (status pending) through REST is saved exactly as submitted and renders
// every element; a contributor still cannot publish; and in the block editor a contributor inserts a block, saves
// a draft and submits it for review, and what the editor saved is what it showed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { addImages, blocks, handWritten, shortcodes } from './fixtures.mjs';
import { clickWhenStill, explainTimeout, logIn, reportSlowRequests, site } from './site.mjs';

const wp = await site();
const images = await addImages(wp);
const TAGS = ['dk-before-after', 'dk-collagen-gauge', 'dk-faq', 'dk-faq-item', 'dk-healing-timeline', 'dk-phase', 'dk-recovery', 'dk-treatment-plan'];

describe('contributor: REST API, submitted for review', () => {
  const all = {
    'every block': Object.values(blocks(images)).join('\n\n'),
    'every shortcode': Object.values(shortcodes(images)).join('\n\n'),
    'every hand-written element': Object.values(handWritten(images)).join('\n\n'),
  };
  for (const [name, content] of Object.entries(all)) {
    test(`${name} in one post: saved as submitted, pending, renders every element`, async () => {
      const r = await wp.rest('/wp/v2/posts', { user: 'contributor', method: 'POST', body: { title: `For review: ${name}`, content, status: 'pending' } });
      assert.equal(r.status, 201, r.text.slice(0, 300));
      assert.equal(r.json.status, 'pending');
      assert.equal(r.json.content.raw, content);
      // Read back as the contributor and as an editor reviewing it: the same content.
      for (const user of ['contributor', 'editor']) {
        const g = await wp.rest(`/wp/v2/posts/${r.json.id}`, { user, query: { context: 'edit' } });
        assert.equal(g.status, 200, g.text.slice(0, 300));
        assert.equal(g.json.content.raw, content, `read back as ${user}`);
      }
      const rendered = r.json.content.rendered;
      const expected = name === 'every block' ? TAGS.filter((t) => t !== 'dk-phase' || /wp:dermakit\/phase/.test(content)) : TAGS;
      assert.deepEqual(expected.filter((t) => !rendered.includes(`<${t}`)), [], 'every element rendered');
      assert.doesNotMatch(rendered, /\[\/?dermakit_/, 'no shortcode left as text');
    });
  }

  test('a contributor still cannot publish, nor edit a post once it is published', async () => {
    const r = await wp.rest('/wp/v2/posts', { user: 'contributor', method: 'POST', body: { title: 'x', content: blocks(images).gauge, status: 'publish' } });
    assert.equal(r.status, 403, r.text.slice(0, 200));
    const draft = await wp.rest('/wp/v2/posts', { user: 'contributor', method: 'POST', body: { title: 'x', content: blocks(images).gauge, status: 'pending' } });
    const published = await wp.rest(`/wp/v2/posts/${draft.json.id}`, { user: 'editor', method: 'POST', body: { status: 'publish' } });
    assert.equal(published.json.status, 'publish');
    const edit = await wp.rest(`/wp/v2/posts/${draft.json.id}`, { user: 'contributor', method: 'POST', body: { content: '<p>changed</p>' } });
    assert.equal(edit.status, 403, edit.text.slice(0, 200));
  });
});

describe('contributor: the block editor', () => {
  let browser;
  let page;
  const errors = [];
  let id;

  before(async () => {
    browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
    page = await browser.newPage();
    // Reduced motion, as many editors set it: wp-admin's panels appear without sliding in.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    reportSlowRequests(page, 'contributor');
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
    page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.request().method()} ${r.url()}`));
    await page.setViewport({ width: 1440, height: 1000 });
    await logIn(page, wp, 'contributor');
  });
  after(async () => {
    await browser?.close();
  });

  test('insert a block, save a draft, submit for review', { timeout: 120000 }, async () => {
    await page.goto(`${wp.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
    // The editor loads some hundred scripts from php -S: allow for a busy CI machine (as editor.test.mjs does).
    await page.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.() && document.querySelector('.edit-post-header'), { timeout: 90000 })
      .catch((e) => explainTimeout(page, 'contributor-editor-ready', e));
    await page.evaluate(() => {
      if (wp.data.select('core/edit-post').isFeatureActive('welcomeGuide')) wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
      wp.data.dispatch('core/editor').editPost({ title: 'A contributor\'s gauge' });
    });
    await page.click('button.edit-post-header-toolbar__inserter-toggle');
    const search = await page.waitForSelector('.block-editor-inserter__search input, .block-editor-inserter__search-input', { timeout: 10000 });
    await search.type('Collagen gauge');
    const option = await page.waitForFunction(() => [...document.querySelectorAll('.block-editor-block-types-list__item')]
      .find((b) => b.textContent.trim() === 'Collagen gauge'), { timeout: 10000 });
    await option.click();
    await page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks().some((b) => b.name === 'dermakit/collagen-gauge'), { timeout: 10000 });
    // A value, as the sidebar control would set it.
    await page.evaluate(() => {
      const b = wp.data.select('core/block-editor').getBlocks().find((x) => x.name === 'dermakit/collagen-gauge');
      wp.data.dispatch('core/block-editor').updateBlockAttributes(b.clientId, { value: '40' });
    });

    await page.click('.editor-post-save-draft');
    await page.waitForFunction(() => {
      const e = wp.data.select('core/editor');
      return !e.isSavingPost() && !e.isEditedPostDirty() && e.getCurrentPost().status === 'draft';
    }, { timeout: 30000 });
    id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    const shown = await page.evaluate(() => wp.data.select('core/editor').getEditedPostContent());
    assert.match(shown, /<!-- wp:dermakit\/collagen-gauge \{[^}]*"value":"40"[^}]*\} \/-->/, shown);
    const draft = await wp.rest(`/wp/v2/posts/${id}`, { user: 'contributor', query: { context: 'edit' } });
    assert.equal(draft.json.status, 'draft');
    assert.equal(draft.json.content.raw, shown, 'saved equals what the editor showed');

    // Submit for review: the publish button says so for a contributor.
    await page.click('.editor-post-publish-panel__toggle');
    const submit = await page.waitForSelector('.editor-post-publish-panel .editor-post-publish-button:not([aria-disabled="true"])', { timeout: 10000 });
    assert.match(await submit.evaluate((b) => b.textContent), /Submit for Review/i);
    await clickWhenStill(page, submit);
    await page.waitForFunction(() => wp.data.select('core/editor').getCurrentPost().status === 'pending' && !wp.data.select('core/editor').isSavingPost(), { timeout: 30000 })
      .catch((e) => explainTimeout(page, 'contributor-submit', e));
    const pending = await wp.rest(`/wp/v2/posts/${id}`, { user: 'editor', query: { context: 'edit' } });
    assert.equal(pending.json.status, 'pending');
    assert.equal(pending.json.content.raw, shown);
    assert.match(pending.json.content.rendered, /<dk-collagen-gauge[^>]*\svalue="40"/);
  });

  // WordPress 6.1's own noise for a contributor, not the plugin's (see editor.test.mjs): the theme's templates,
  // categories and site settings are 403 for lower roles; the welcome guide's image is on wordpress.org.
  const CORE_NOISE = [/HTTP 403 GET .*\/wp\/v2\/(templates|categories|settings)\b/, /s\.w\.org\/images\/block-editor\//, /Failed to load resource/];

  test('no page error, and no console error or failed request besides WordPress core\'s own', () => {
    assert.deepEqual(errors.filter((e) => !CORE_NOISE.some((re) => re.test(e))), []);
  });
});
