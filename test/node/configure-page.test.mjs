// The configurator page as built (`npm run build` first), served by scripts/serve.mjs with its strict CSP
// (script-src 'self'; style-src 'self'), in Debian's Chromium: no CSP violation, no console error, no failed request,
// the real widgets upgraded, the SRI hash of the served file in the snippet, typing reaching the preview, and at
// 320 px the form above the preview with nothing wider than the screen.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const root = new URL('../../', import.meta.url);
for (const file of ['dist/dermakit.js', 'dist/configure.js']) {
  if (!existsSync(new URL(file, root))) throw new Error(`${file} is missing: run npm run build first.`);
}

let server;
let origin;
let browser;

before(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(20000 + Math.floor(Math.random() * 20000)) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  origin = await new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
    server.stdout.on('data', (chunk) => {
      const match = /http:\/\/127\.0\.0\.1:\d+/.exec(String(chunk));
      if (match) resolve(match[0]);
    });
  });
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/** Opens a page that records CSP violations, console errors, page errors and failed requests. */
async function open(path, width = 1280) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on(
    'response',
    (response) => response.status() >= 400 && problems.push(`HTTP ${response.status()}: ${response.url()}`),
  );
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.setViewport({ width, height: 900 });
  const response = await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
  assert.match(response.headers()['content-security-policy'], /script-src 'self'; style-src 'self'/);
  await page.waitForFunction(() => document.querySelector('#out-snippet')?.value.includes('integrity='), {
    timeout: 10000,
  });
  return { page, problems };
}

describe('demo/configure.html under the demo server’s strict CSP', () => {
  test('runs with no CSP violation or console error, the kit upgrading the preview', async () => {
    const { page, problems } = await open('/demo/configure.html');
    const found = await page.evaluate(() => ({
      tags: [...document.querySelectorAll('#preview *')]
        .map((element) => element.localName)
        .filter((name) => name.startsWith('dk-')),
      defined: [...document.querySelectorAll('#preview *')]
        .filter((element) => element.localName.startsWith('dk-'))
        .every((element) => customElements.get(element.localName)),
      inlineStyles: document.querySelectorAll('[style]').length,
    }));
    assert.deepEqual([...new Set(found.tags)], ['dk-faq', 'dk-faq-item']);
    assert.equal(found.defined, true);
    // The preview's colours are set through the CSSOM; the markup carries no style attribute.
    assert.equal(readFileSync(new URL('demo/configure.html', root), 'utf8').includes('style='), false);

    // Every element, and every theme preset, under the policy.
    for (const element of ['timeline', 'gauge', 'recovery', 'plan', 'before-after', 'faq']) {
      await page.click(`#element-${element}`);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    for (const preset of ['spa', 'dark', 'teal']) await page.select('#theme-preset', preset);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the snippet carries the SRI hash of the dermakit.js the server sends, and typing reaches the preview', async () => {
    const { page, problems } = await open('/demo/configure.html');
    const served = readFileSync(new URL('dist/dermakit.js', root));
    const integrity = `sha384-${createHash('sha384').update(served).digest('base64')}`;
    const snippet = await page.$eval('#out-snippet', (box) => box.value);
    assert.ok(snippet.includes(`integrity="${integrity}"`), snippet.split('\n')[0]);

    await page.click('#faq-add');
    await page.keyboard.type('Can I exercise afterwards?');
    const last = await page.evaluate(() => {
      const items = document.querySelectorAll('#preview dk-faq-item');
      const question = items[items.length - 1].querySelector('[slot="question"]');
      // Shown in the upgraded item's question button (its slot), not only present in the markup.
      return { text: question.textContent, inButton: Boolean(question.assignedSlot?.closest('button')) };
    });
    assert.deepEqual(last, { text: 'Can I exercise afterwards?', inButton: true });
    // The link follows the typing (written at most every 400 ms: Safari allows 100 address updates in 10 s).
    const inLink = () => {
      try {
        const bytes = Uint8Array.from(atob(location.hash.slice(3).replace(/-/g, '+').replace(/_/g, '/')), (c) =>
          c.charCodeAt(0),
        );
        return new TextDecoder().decode(bytes).includes('"question":"Can I exercise afterwards?"');
      } catch {
        return false;
      }
    };
    await page.waitForFunction(inLink, { timeout: 2000 });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('"Download .html" saves the email export as a whole document', async () => {
    const { page, problems } = await open('/demo/configure.html');
    const folder = mkdtempSync(join(tmpdir(), 'dk-configure-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
    await page.click('#out-email-download');
    const file = join(folder, 'dermakit-email.html');
    for (let wait = 0; wait < 50 && !existsSync(file); wait++) await new Promise((resolve) => setTimeout(resolve, 100));
    const saved = readFileSync(file, 'utf8');
    assert.match(saved, /^<!doctype html>/);
    assert.ok(saved.includes(await page.$eval('#out-email', (box) => box.value)));
    rmSync(folder, { recursive: true, force: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('at 320 px: form above the preview, nothing wider than the screen', async () => {
    const { page, problems } = await open('/demo/configure.html', 320);
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      formTop: document.querySelector('.cfg-form').getBoundingClientRect().top,
      previewTop: document.querySelector('.cfg-preview').getBoundingClientRect().top,
      wide: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > 320.5 && !element.closest('.visually-hidden'))
        .map((element) => element.localName + (element.id ? `#${element.id}` : '')),
    }));
    assert.ok(layout.formTop < layout.previewTop, 'form first');
    assert.equal(layout.scrollWidth, 320, `wider: ${layout.wide.slice(0, 10).join(', ')}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the demo links to the configurator', async () => {
    const html = readFileSync(new URL('demo/index.html', root), 'utf8');
    assert.match(html, /<a href="configure\.html">/);
  });
});
