// Settings → dermakit → "Load the script: only on pages that show a widget" (issue 12, pay only for what the page
// uses): the administrator picks it in the settings form; a page then gets no script when it shows no widget, the
// smallest per-element script that defines every tag it shows (the FAQ's, the recovery section's, the timeline's),
// or dermakit.js when it mixes families; the widgets work with that one script. Garbage in the option means the
// default, every page. Blocks, shortcodes and hand-written markup are all seen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { addImages, blocks, handWritten, shortcodes } from './fixtures.mjs';
import { logIn, reportSlowRequests, site } from './site.mjs';

const wp = await site();
const images = await addImages(wp);
const SETTINGS = `${wp.url}/wp-admin/options-general.php?page=dermakit`;

async function publish(title, content) {
  const r = await wp.rest('/wp/v2/posts', { user: 'author', method: 'POST', body: { title, content, status: 'publish' } });
  assert.equal(r.status, 201, r.text.slice(0, 300));
  return r.json.link;
}

const b = blocks(images);
const s = shortcodes(images);
const hw = handWritten(images);
const pages = {
  'FAQ blocks': { url: await publish('load: FAQ blocks', b.faq), script: 'dermakit-faq.js' },
  'hand-written FAQ': { url: await publish('load: hand-written FAQ', hw.faq), script: 'dermakit-faq.js' },
  'recovery shortcode with its timeline and gauge': { url: await publish('load: recovery', s.recovery), script: 'dermakit-recovery.js' },
  'timeline block': { url: await publish('load: timeline', b.timeline), script: 'dermakit-timeline.js' },
  'before/after block': { url: await publish('load: before/after', b.beforeAfter), script: 'dermakit-before-after.js' },
  'FAQ and gauge (two families)': { url: await publish('load: FAQ and gauge', `${b.faq}\n\n${b.gauge}`), script: 'dermakit.js' },
  'every widget': { url: await publish('load: every widget', Object.values(b).join('\n\n')), script: 'dermakit.js' },
  'no widget': { url: await publish('load: no widget', '<!-- wp:paragraph -->\n<p>Opening hours.</p>\n<!-- /wp:paragraph -->'), script: null },
};

/** The plugin's scripts a page's HTML loads, by file name. */
async function kitScripts(url) {
  const html = await (await fetch(url)).text();
  return [...html.matchAll(/<script\b[^>]*\ssrc=["'][^"']*\/plugins\/dermakit\/assets\/([\w.-]+\.js)[?"']/gi)].map((m) => m[1]);
}

let browser;
before(async () => {
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});
after(async () => {
  await browser?.close();
  // Later test files see the default.
  await wp.wpCli(`delete_option('dermakit_load');`);
});

test('by default every page loads dermakit.js, a page with no widget too', async () => {
  await wp.wpCli(`delete_option('dermakit_load');`);
  assert.deepEqual(await kitScripts(pages['FAQ blocks'].url), ['dermakit.js']);
  assert.deepEqual(await kitScripts(pages['no widget'].url), ['dermakit.js']);
});

test('the administrator picks "only on pages that show a widget" in the settings form', async () => {
  const page = await browser.newPage();
  reportSlowRequests(page, 'load-used');
  try {
    await logIn(page, wp, 'administrator');
    await page.goto(SETTINGS, { waitUntil: 'load' });
    const choices = await page.evaluate(() =>
      [...document.querySelectorAll('input[name="dermakit_load"]')].map((i) => ({ value: i.value, checked: i.checked, label: i.closest('label').textContent.trim() })));
    assert.deepEqual(choices.map((c) => [c.value, c.checked]), [['everywhere', true], ['used', false]], 'two choices, "every page" checked');
    assert.ok(choices.every((c) => c.label.length > 10), 'each choice is labelled');
    assert.ok(await page.evaluate(() => document.querySelector('input[name="dermakit_load"]').closest('fieldset').querySelector('legend')?.textContent.trim()), 'the group has a name');
    await page.click('input[name="dermakit_load"][value="used"]');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
    assert.ok(await page.evaluate(() => !!document.querySelector('#setting-error-settings_updated')), 'WordPress says "Settings saved."');
    assert.equal(await page.evaluate(() => document.querySelector('input[name="dermakit_load"]:checked')?.value), 'used');
    assert.equal((await wp.wpCli(`echo "\\n@@" . get_option('dermakit_load');`)).split('\n@@')[1], 'used');
  } finally {
    await page.close();
  }
});

describe('only on pages that show a widget', () => {
  before(async () => {
    await wp.wpCli(`update_option('dermakit_load', 'used');`);
  });

  for (const [name, { url, script }] of Object.entries(pages)) {
    test(`${name}: ${script ?? 'no script'}`, async () => {
      assert.deepEqual(await kitScripts(url), script ? [script] : []);
    });
  }

  test('the per-element script loads as dermakit.js does: in the footer, deferred, versioned by its content', async () => {
    const html = await (await fetch(pages['FAQ blocks'].url)).text();
    const tag = /<script\b[^>]*\/assets\/dermakit-faq\.js[^>]*>/.exec(html);
    assert.ok(tag, 'a script tag');
    assert.ok(tag.index > html.lastIndexOf('</footer>'), 'after the theme\'s footer');
    assert.match(tag[0], /\sdefer(?=[\s>=])/);
    assert.match(tag[0], /ver=[\d.]+-[0-9a-f]{10}/);
  });

  test('the stylesheet stays on every page (it must be in the head before any widget shows)', async () => {
    const html = await (await fetch(pages['no widget'].url)).text();
    assert.match(html.slice(0, html.indexOf('</head>')), /<link[^>]+\/dermakit\.css/);
  });

  for (const name of ['FAQ blocks', 'recovery shortcode with its timeline and gauge', 'FAQ and gauge (two families)']) {
    test(`${name}: in Chromium every widget upgrades and works with that one script`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
      try {
        await page.goto(pages[name].url, { waitUntil: 'load' });
        await page.waitForFunction(
          () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dk-')).every((e) => customElements.get(e.localName)),
          { timeout: 5000 },
        );
        const bare = await page.evaluate(() => [...document.querySelectorAll('*')]
          .filter((e) => e.localName.startsWith('dk-') && e.localName !== 'dk-phase' && !e.shadowRoot?.childNodes.length).map((e) => e.localName));
        assert.deepEqual(bare, [], 'every element rendered');
        if (name.startsWith('FAQ')) {
          const button = await page.evaluateHandle(() => document.querySelector('dk-faq-item').shadowRoot.querySelector('[part="button"]'));
          const before = await button.evaluate((el) => el.getAttribute('aria-expanded'));
          await button.click();
          await page.evaluate(() => document.querySelector('dk-faq-item').updateComplete);
          assert.notEqual(await button.evaluate((el) => el.getAttribute('aria-expanded')), before, 'the FAQ opens and closes');
        } else {
          const day = await page.evaluate(() => document.querySelector('dk-healing-timeline').shadowRoot.querySelector('[aria-current="step"]')?.textContent.trim());
          assert.ok(day, 'the timeline inside the recovery section marks the visitor\'s phase');
        }
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  test('garbage in the option means the default: every page loads dermakit.js', async () => {
    await wp.wpCli(`update_option('dermakit_load', '<script>alert(1)</script>');`);
    assert.deepEqual(await kitScripts(pages['no widget'].url), ['dermakit.js']);
    await wp.wpCli(`update_option('dermakit_load', 'used');`);
  });
});
