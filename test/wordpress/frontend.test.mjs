// The front end in Debian's Chromium (issue 9): a block post, a classic post (wpautop) and a shortcode post, each
// published by an author: every dk-* element upgraded and working, no console error, inside the theme's content
// column at 1280 px, no horizontal overflow at 390 px.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { addImages, blocks, handWritten, shortcodes } from './fixtures.mjs';
import { site } from './site.mjs';

const wp = await site();
const images = await addImages(wp);
// Screenshots for a person to look at: DK_WP_SHOTS=folder.
const shots = process.env.DK_WP_SHOTS;
if (shots) fs.mkdirSync(shots, { recursive: true });

const REFERENCE = 'Reference paragraph: the theme puts text in this column.';
const para = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
const classic = Object.values(handWritten(images))
  // Blank lines between answer paragraphs, as people type them: wpautop must not break the FAQ.
  .map((html) => html.replace(/<\/p>\n(\s*)<p>/g, '</p>\n\n$1<p>'));

const posts = {
  block: [para(REFERENCE), ...Object.values(blocks(images))].join('\n\n'),
  classic: [REFERENCE, ...classic].join('\n\n'),
  shortcode: [REFERENCE, ...Object.values(shortcodes(images))].join('\n\n'),
};
// Every post shows every element kind (the block timeline uses the preset, so no dk-phase there).
const KINDS = ['dk-before-after', 'dk-collagen-gauge', 'dk-faq', 'dk-faq-item', 'dk-healing-timeline', 'dk-recovery', 'dk-treatment-plan'];

let browser;
before(async () => {
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
});
after(async () => {
  await browser?.close();
});

for (const [kind, content] of Object.entries(posts)) {
  describe(`front end: ${kind} post`, () => {
    let page;
    const problems = [];
    let link;

    before(async () => {
      const r = await wp.rest('/wp/v2/posts', { user: 'author', method: 'POST', body: { title: `dermakit ${kind} post`, content, status: 'publish' } });
      assert.equal(r.status, 201, r.text.slice(0, 300));
      link = r.json.link;
      page = await browser.newPage();
      page.on('console', (m) => {
        const text = m.text();
        if (m.type() === 'error' || (m.type() === 'warning' && /^<dk-/.test(text))) problems.push(`console ${m.type()}: ${text}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (rq) => problems.push(`request failed: ${rq.url()} ${rq.failure()?.errorText}`));
      page.on('response', (rs) => rs.status() >= 400 && problems.push(`HTTP ${rs.status()}: ${rs.url()}`));
      await page.setViewport({ width: 1280, height: 900 });
      await page.goto(link, { waitUntil: 'load' });
      // Give the deferred script its turn; then the tests below say what is missing.
      await page.waitForFunction(
        () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dk-')).every((e) => customElements.get(e.localName)),
        { timeout: 5000 },
      ).catch(() => {});
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (shots) await page.screenshot({ path: path.join(shots, `${kind}-1280.png`), fullPage: true });
    });
    after(() => page?.close());

    test('the page carries the kit once, and every element kind is on it', async () => {
      const found = await page.evaluate(() => ({
        tags: [...new Set([...document.querySelectorAll('*')].map((e) => e.localName).filter((n) => n.startsWith('dk-')))].sort(),
        scripts: [...document.scripts].map((s) => s.src).filter((s) => /dermakit/.test(s)),
        leftovers: (document.querySelector('.wp-block-post-content, .entry-content')?.textContent.match(/\[\/?dermakit_[a-z_]+/g)) || [],
      }));
      assert.deepEqual(KINDS.filter((k) => !found.tags.includes(k)), [], `found ${found.tags.join(', ')}`);
      assert.equal(found.scripts.length, 1, `dermakit scripts: ${found.scripts.join(', ')}`);
      assert.deepEqual(found.leftovers, [], 'shortcodes left as text');
    });

    test('every dk-* element is upgraded (defined, shadow root rendered)', async () => {
      const bad = await page.evaluate(() =>
        [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('dk-')).flatMap((e) => {
          if (!customElements.get(e.localName)) return [`${e.localName} not defined`];
          if (e.localName === 'dk-phase') return []; // a data element: no shadow root of its own
          if (!e.shadowRoot || !e.shadowRoot.childNodes.length) return [`${e.localName} has no rendered shadow root`];
          return [];
        }));
      assert.deepEqual(bad, []);
    });

    test('FAQ: a question button toggles aria-expanded', async () => {
      const button = await page.evaluateHandle(() => document.querySelector('dk-faq-item')?.shadowRoot?.querySelector('[part="button"]'));
      assert.ok(await button.evaluate((b) => !!b), 'no question button');
      const before = await button.evaluate((b) => b.getAttribute('aria-expanded'));
      await button.click();
      await page.evaluate(() => document.querySelector('dk-faq-item').updateComplete);
      const afterClick = await button.evaluate((b) => b.getAttribute('aria-expanded'));
      assert.notEqual(afterClick, before);
      assert.ok(['true', 'false'].includes(afterClick));
      // Every answer stays inside its item (wpautop must not pull it out).
      const items = await page.evaluate(() => [...document.querySelectorAll('dk-faq-item')].map((i) => i.textContent.trim().length > 0 && !!(i.querySelector('[slot="question"]') || i.getAttribute('question'))));
      assert.ok(items.every(Boolean), `items without question or answer: ${JSON.stringify(items)}`);
      // schema: one FAQPage block with every question of the FAQ that asks for it (wpautop once left one).
      const schema = await page.evaluate(() => {
        const faq = document.querySelector('dk-faq[schema]');
        if (!faq) return null;
        const data = [...document.querySelectorAll('script[type="application/ld+json"]')]
          .map((s) => { try { return JSON.parse(s.textContent); } catch { return null; } })
          .filter((d) => d && d['@type'] === 'FAQPage');
        return { items: faq.querySelectorAll('dk-faq-item').length, blocks: data.length, questions: data[0]?.mainEntity?.length ?? 0 };
      });
      if (schema) assert.deepEqual(schema, { items: schema.items, blocks: 1, questions: schema.items });
    });

    test('gauge: the meter has aria-valuenow', async () => {
      const meters = await page.evaluate(() => [...document.querySelectorAll('dk-collagen-gauge')].map((g) => ({
        value: g.getAttribute('value'),
        now: g.shadowRoot?.querySelector('[role="meter"]')?.getAttribute('aria-valuenow') ?? null,
      })));
      assert.ok(meters.some((m) => m.now === '60'), `a gauge reads 60 (value="60"): ${JSON.stringify(meters)}`);
      for (const m of meters) {
        assert.match(String(m.now), /^\d+(\.\d+)?$/, JSON.stringify(m));
        if (m.value) assert.equal(Number(m.now), Number(m.value));
      }
    });

    test('plan: lists its sessions', async () => {
      const plans = await page.evaluate(() => [...document.querySelectorAll('dk-treatment-plan')].map((p) => ({
        sessions: Number(p.getAttribute('sessions') || 3),
        items: p.shadowRoot?.querySelectorAll('[part="list"] > li').length ?? 0,
      })));
      assert.ok(plans.some((p) => p.sessions === 4), `a plan has sessions="4": ${JSON.stringify(plans)}`);
      for (const p of plans) assert.equal(p.items, p.sessions);
    });

    test('before/after: the slider moves with a key', async () => {
      const handle = await page.evaluateHandle(() => document.querySelector('dk-before-after')?.shadowRoot?.querySelector('[role="slider"]'));
      assert.ok(await handle.evaluate((h) => !!h), 'no slider');
      // In view, both images load (lazy loading waits for that): the URLs, srcset and sizes lead to real files.
      await handle.evaluate((h) => h.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(() => [...document.querySelectorAll('dk-before-after img')].every((i) => i.complete), { timeout: 5000 }).catch(() => {});
      const images = await page.evaluate(() => [...document.querySelector('dk-before-after').querySelectorAll('img')].map((i) => ({
        slot: i.slot, alt: i.alt, loaded: i.complete && i.naturalWidth > 0, src: i.currentSrc,
      })));
      assert.deepEqual(images.map((i) => i.slot).sort(), ['after', 'before']);
      assert.ok(images.every((i) => i.alt), 'every image has alt text');
      assert.ok(images.every((i) => i.loaded), `every image loads: ${JSON.stringify(images)}`);
      const before = await handle.evaluate((h) => h.getAttribute('aria-valuenow'));
      await handle.focus();
      await page.keyboard.press('ArrowRight');
      await page.evaluate(() => document.querySelector('dk-before-after').updateComplete);
      assert.notEqual(await handle.evaluate((h) => h.getAttribute('aria-valuenow')), before);
    });

    test('1280 px: every element sits inside the theme\'s content column', async () => {
      const boxes = await page.evaluate((reference) => {
        const ref = [...document.querySelectorAll('p')].find((p) => p.textContent.trim() === reference);
        if (!ref) return { error: 'no reference paragraph' };
        const col = ref.getBoundingClientRect();
        const column = ref.closest('.is-layout-constrained');
        const out = [];
        for (const e of document.querySelectorAll('*')) {
          if (!e.localName.startsWith('dk-')) continue;
          let nested = false;
          for (let a = e.parentElement; a; a = a.parentElement) if (a.localName.startsWith('dk-')) nested = true;
          if (nested) continue;
          const r = e.getBoundingClientRect();
          out.push({ tag: e.localName, left: r.left, right: r.right, width: r.width, inColumn: !!column && column.contains(e) });
        }
        return { col: { left: col.left, right: col.right, width: col.width }, out, constrained: !!column };
      }, REFERENCE);
      assert.ok(!boxes.error, boxes.error);
      assert.ok(boxes.out.length > 0, 'no dk-* element on the page');
      assert.ok(boxes.constrained, 'the reference paragraph is not in an .is-layout-constrained column');
      assert.ok(boxes.col.width < 1000, `column ${boxes.col.width} px wide: not the theme's content column?`);
      const bad = boxes.out.filter((b) => !b.inColumn || b.width < 1 || b.left < boxes.col.left - 1 || b.right > boxes.col.right + 1);
      assert.deepEqual(bad, [], `column ${boxes.col.left}–${boxes.col.right}`);
    });

    test('390 px: no horizontal overflow', async () => {
      await page.setViewport({ width: 390, height: 844 });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      if (shots) await page.screenshot({ path: path.join(shots, `${kind}-390.png`), fullPage: true });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `scrollWidth ${width}`);
    });

    test('text is escaped once (no visible "&amp;" or "&lt;")', async () => {
      const text = await page.evaluate(() => document.querySelector('.wp-block-post-content, .entry-content')?.innerText ?? '');
      assert.doesNotMatch(text, /&(amp|lt|gt|quot|#0?39);/);
      const phases = await page.evaluate(() => [...document.querySelectorAll('dk-phase')].map((p) => p.textContent));
      if (kind !== 'shortcode') assert.ok(phases.some((t) => /collagen (&|and) elastin/.test(t)), JSON.stringify(phases));
    });

    test('no console error, no failed request, no warning from the kit', () => {
      assert.deepEqual(problems, []);
    });

    test('no PHP warning or error from the plugin', () => {
      const lines = wp.debugLog().split('\n').filter((l) => /plugins\/dermakit\//.test(l) && !/PHP Deprecated/.test(l));
      assert.deepEqual(lines, []);
    });
  });
}
