// The kit's assets on the front end (issue 9): exactly one dermakit.js, in the footer, deferred, versioned by its
// content; dermakit.css in the head; no request to any host but the site; and a second copy of the script pasted
// into a post by an editor (unfiltered_html) stays harmless.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { addImages, blocks, handWritten, shortcodes } from './fixtures.mjs';
import { site } from './site.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const VERSION = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const hash = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex').slice(0, 10);

const wp = await site();
const images = await addImages(wp);

async function publish(role, title, content) {
  const r = await wp.rest('/wp/v2/posts', { user: role, method: 'POST', body: { title, content, status: 'publish' } });
  assert.equal(r.status, 201, r.text.slice(0, 300));
  return r.json;
}

const posts = {
  block: await publish('author', 'assets: blocks', Object.values(blocks(images)).join('\n\n')),
  classic: await publish('author', 'assets: classic', Object.values(handWritten(images)).join('\n\n')),
  shortcode: await publish('author', 'assets: shortcodes', Object.values(shortcodes(images)).join('\n\n')),
};
const pages = { home: `${wp.url}/`, ...Object.fromEntries(Object.entries(posts).map(([k, p]) => [k, p.link])) };

/** Tags in served HTML whose src/href names the file. */
const tagsFor = (html, re) => [...html.matchAll(/<(script|link)\b[^>]*>/gi)].map((m) => ({ tag: m[0], index: m.index }))
  .filter((t) => re.test(t.tag));
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}=(["'])(.*?)\\1`, 'i'))?.[2];

describe('served HTML', () => {
  for (const [name, url] of Object.entries(pages)) {
    test(`${name}: one dermakit.js, in the footer, deferred, versioned by its content`, async () => {
      const html = await (await fetch(url)).text();
      const scripts = tagsFor(html, /<script\b[^>]*\ssrc=["'][^"']*\/dermakit\.js[?"']/i);
      assert.equal(scripts.length, 1, scripts.map((s) => s.tag).join('\n'));
      const [{ tag, index }] = scripts;
      assert.ok(index > html.indexOf('</head>') && index > html.indexOf('<body'), 'in the body, not the head');
      // The footer: after the page's content and the theme's footer template part.
      const footerEnd = html.lastIndexOf('</footer>');
      assert.ok(footerEnd > 0 && index > footerEnd, 'after the theme\'s footer');
      assert.match(tag, /\sdefer(?=[\s>=])/, tag);
      assert.doesNotMatch(tag, /\sasync(?=[\s>=])|type=["']module/, tag);
      const src = new URL(attr(tag, 'src').replace(/&#0?38;|&amp;/g, '&'), url);
      assert.equal(src.origin, new URL(wp.url).origin);
      assert.match(src.pathname, /\/wp-content\/plugins\/dermakit\/assets\/dermakit\.js$/);
      const ver = src.searchParams.get('ver');
      const served = Buffer.from(await (await fetch(src)).arrayBuffer());
      assert.equal(ver, `${VERSION}-${hash(served)}`, 'ver= is the kit\'s version and the hash of the served file');
      assert.equal(hash(served), hash(fs.readFileSync(path.join(root, 'dist/dermakit.js'))), 'the zip carries the current dist/dermakit.js');
    });

    test(`${name}: one dermakit.css, in the head, versioned by its content`, async () => {
      const html = await (await fetch(url)).text();
      const links = tagsFor(html, /<link\b[^>]*\shref=["'][^"']*\/dermakit\.css[?"']/i);
      assert.equal(links.length, 1, links.map((s) => s.tag).join('\n'));
      const [{ tag, index }] = links;
      assert.ok(index < html.indexOf('</head>'), 'in the head');
      assert.match(tag, /rel=["']stylesheet["']/);
      const href = new URL(attr(tag, 'href').replace(/&#0?38;|&amp;/g, '&'), url);
      assert.equal(href.origin, new URL(wp.url).origin);
      const served = Buffer.from(await (await fetch(href)).arrayBuffer());
      assert.equal(href.searchParams.get('ver'), `${VERSION}-${hash(served)}`);
    });
  }
});

describe('in Chromium', () => {
  let browser;
  before(async () => {
    browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  });
  after(async () => {
    await browser?.close();
  });

  /** Opens a page, collecting every request and every problem; waits for the widgets. */
  async function open(url) {
    const page = await browser.newPage();
    const requests = [];
    const problems = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && /^<dk-/.test(m.text()))) problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(
      () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dk-')).every((e) => customElements.get(e.localName)),
      { timeout: 5000 },
    ).catch(() => {});
    // Scroll through, so lazy images load too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
        window.scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 5000 }).catch(() => {});
    return { page, requests, problems };
  }

  for (const [name, url] of Object.entries(pages)) {
    test(`${name}: no request to any host but the site`, async () => {
      const { page, requests, problems } = await open(url);
      try {
        const origin = new URL(wp.url).origin;
        const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
        assert.deepEqual(foreign, []);
        assert.ok(requests.some((u) => /\/dermakit\.js\?/.test(u)), 'the kit was requested');
        assert.equal(requests.filter((u) => /\/dermakit\.js\?/.test(u)).length, 1, 'the kit was requested once');
        assert.deepEqual(problems, []);
      } finally {
        await page.close();
      }
    });
  }

  test('a second copy of the script in a post (editor, unfiltered_html) is harmless', async () => {
    const copy = `${wp.url}/wp-content/plugins/dermakit/assets/dermakit.js`;
    const hw = handWritten(images);
    const content = [`<script src="${copy}"></script>`, hw.faq, hw.gauge, hw.plan, hw.beforeAfter].join('\n\n');
    const post = await publish('editor', 'assets: a second copy', content);
    assert.match(post.content.raw, /<script src="[^"]+dermakit\.js"><\/script>/, 'the editor may keep the <script> (unfiltered_html)');
    const { page, requests, problems } = await open(post.link);
    try {
      assert.equal(requests.filter((u) => /\/dermakit\.js(\?|$)/.test(u)).length, 2, 'both copies were loaded');
      const html = await page.content();
      assert.equal((html.match(/<script\b[^>]*\/dermakit\.js/g) || []).length, 2);
      assert.deepEqual(problems, [], 'no console error, no page error, no warning from the kit');
      const bad = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dk-'))
        .filter((e) => !customElements.get(e.localName) || (e.localName !== 'dk-phase' && !e.shadowRoot?.childNodes.length)).map((e) => e.localName));
      assert.deepEqual(bad, [], 'every element upgraded');
      // The widgets work: FAQ toggles, gauge reads its value, plan lists its sessions, slider moves.
      const button = await page.evaluateHandle(() => document.querySelector('dk-faq-item').shadowRoot.querySelector('[part="button"]'));
      const expanded = await button.evaluate((b) => b.getAttribute('aria-expanded'));
      await button.click();
      await page.evaluate(() => document.querySelector('dk-faq-item').updateComplete);
      assert.notEqual(await button.evaluate((b) => b.getAttribute('aria-expanded')), expanded, 'FAQ toggles');
      const state = await page.evaluate(() => ({
        gauge: document.querySelector('dk-collagen-gauge[value="60"]').shadowRoot.querySelector('[role="meter"]')?.getAttribute('aria-valuenow'),
        sessions: document.querySelector('dk-treatment-plan').shadowRoot.querySelectorAll('[part="list"] > li').length,
      }));
      assert.deepEqual(state, { gauge: '60', sessions: 4 });
      const slider = await page.evaluateHandle(() => document.querySelector('dk-before-after').shadowRoot.querySelector('[role="slider"]'));
      const now = await slider.evaluate((s) => s.getAttribute('aria-valuenow'));
      await slider.focus();
      await page.keyboard.press('ArrowRight');
      await page.evaluate(() => document.querySelector('dk-before-after').updateComplete);
      assert.notEqual(await slider.evaluate((s) => s.getAttribute('aria-valuenow')), now, 'slider moves');
    } finally {
      await page.close();
    }
  });
});

// Landing pages on other sites load the plugin's dermakit.js with an integrity hash (the configurator's snippet),
// which browsers allow only with a CORS response. php -S ignores .htaccess, so this checks what Apache would read.
test('the installed plugin lets Apache send CORS headers for its scripts and styles, and for nothing else', () => {
  const htaccess = fs.readFileSync(path.join(wp.site, 'wp-content/plugins/dermakit/assets/.htaccess'), 'utf8');
  const rules = htaccess.split('\n').filter((line) => !/^\s*(#|$)/.test(line)).map((line) => line.trim());
  assert.deepEqual(rules, ['<IfModule mod_headers.c>', '<FilesMatch "\\.(js|css)$">', 'Header set Access-Control-Allow-Origin "*"',
    '</FilesMatch>', '</IfModule>']);
});
