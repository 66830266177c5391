// Before/after from the Media Library (issue 9): an author uploads two images through the REST API (WordPress makes
// the sizes), sets their alt text, and uses them in a before/after block and a [dermakit_before_after] shortcode;
// the front end has both <img slot> with srcset, sizes and the Media Library's alt text (or the alt given).
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { png } from './fixtures.mjs';
import { site } from './site.mjs';

const wp = await site();
const auth = (role) => `Basic ${Buffer.from(`${wp.users[role].login}:${wp.users[role].appPassword}`).toString('base64')}`;
const LIBRARY_ALT = { before: 'Cheek before microneedling (Media Library)', after: 'Cheek after three sessions (Media Library)' };
const GIVEN_ALT = { before: 'Given alt: before', after: 'Given alt: after' };

/** Uploads a PNG as the role through POST /wp/v2/media; returns the attachment as REST returns it. */
async function upload(role, filename, bytes) {
  const u = new URL(`${wp.url}/`);
  u.searchParams.set('rest_route', '/wp/v2/media');
  const r = await fetch(u, {
    method: 'POST',
    headers: { Authorization: auth(role), 'Content-Type': 'image/png', 'Content-Disposition': `attachment; filename="${filename}"` },
    body: bytes,
  });
  const text = await r.text();
  assert.equal(r.status, 201, text.slice(0, 300));
  return JSON.parse(text);
}

const media = {};
let post;
let html;

before(async () => {
  for (const [slot, colour] of [['before', [176, 112, 96]], ['after', [224, 176, 160]]]) {
    const m = await upload('author', `cheek-${slot}.png`, png(1200, 900, colour));
    const r = await wp.rest(`/wp/v2/media/${m.id}`, { user: 'author', method: 'POST', body: { alt_text: LIBRARY_ALT[slot] } });
    assert.equal(r.status, 200, r.text.slice(0, 300));
    media[slot] = r.json;
  }
  const j = (o) => JSON.stringify(o);
  const content = [
    `<!-- wp:dermakit/before-after ${j({ label: 'block, library alt', beforeId: media.before.id, afterId: media.after.id })} /-->`,
    `<!-- wp:dermakit/before-after ${j({ label: 'block, given alt', beforeId: media.before.id, afterId: media.after.id, beforeAlt: GIVEN_ALT.before, afterAlt: GIVEN_ALT.after })} /-->`,
    `<!-- wp:shortcode -->\n[dermakit_before_after label="shortcode, library alt" before="${media.before.id}" after="${media.after.id}"]\n<!-- /wp:shortcode -->`,
    `<!-- wp:shortcode -->\n[dermakit_before_after label="shortcode, given alt" before="${media.before.id}" after="${media.after.id}" before-alt="${GIVEN_ALT.before}" after-alt="${GIVEN_ALT.after}"]\n<!-- /wp:shortcode -->`,
  ].join('\n\n');
  const r = await wp.rest('/wp/v2/posts', { user: 'author', method: 'POST', body: { title: 'Media Library before/after', content, status: 'publish' } });
  assert.equal(r.status, 201, r.text.slice(0, 300));
  post = r.json;
  post.submitted = content;
  html = await (await fetch(post.link)).text();
});

test('the uploads are images with generated sizes and the alt text set', () => {
  for (const slot of ['before', 'after']) {
    const m = media[slot];
    assert.equal(m.media_type, 'image');
    assert.equal(m.alt_text, LIBRARY_ALT[slot]);
    assert.equal(m.media_details.width, 1200);
    const sizes = Object.keys(m.media_details.sizes || {});
    assert.ok(sizes.includes('large') && sizes.includes('medium'), `WordPress made the sizes (needs GD): ${sizes.join(', ')}`);
  }
});

test('what the author saved is what was submitted', () => {
  assert.equal(post.content.raw, post.submitted);
});

/** Each <dk-before-after> on the page: its label and its <img> tags' attributes. */
function sliders() {
  return [...html.matchAll(/<dk-before-after\b([^>]*)>([\s\S]*?)<\/dk-before-after>/g)].map(([, attrs, inner]) => ({
    label: attrs.match(/\slabel="([^"]*)"/)?.[1],
    images: [...inner.matchAll(/<img\b[^>]*>/g)].map(([tag]) => Object.fromEntries([...tag.matchAll(/\s([a-z-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, v ?? '']))),
  }));
}
const decode = (s) => s.replace(/&#0?39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

for (const [label, alt] of [['block, library alt', LIBRARY_ALT], ['block, given alt', GIVEN_ALT], ['shortcode, library alt', LIBRARY_ALT], ['shortcode, given alt', GIVEN_ALT]]) {
  test(`${label}: both <img slot> with srcset, sizes and alt`, async () => {
    const found = sliders().filter((s) => s.label === label);
    assert.equal(found.length, 1, `sliders: ${JSON.stringify(sliders().map((s) => s.label))}`);
    const { images } = found[0];
    assert.deepEqual(images.map((i) => i.slot), ['before', 'after']);
    for (const img of images) {
      const m = media[img.slot];
      assert.equal(decode(img.alt ?? ''), alt[img.slot], `${img.slot} alt`);
      assert.ok(img.srcset, `${img.slot} has srcset: ${JSON.stringify(img)}`);
      const candidates = img.srcset.split(',').map((c) => c.trim().split(/\s+/));
      assert.ok(candidates.length >= 2, img.srcset);
      assert.ok(candidates.every(([u, w]) => u.startsWith(`${wp.url}/wp-content/uploads/`) && /^\d+w$/.test(w)), img.srcset);
      assert.ok(candidates.some(([u]) => u === m.source_url || u.startsWith(m.source_url.replace(/\.png$/, '-'))), `${img.slot}: its own files`);
      assert.ok(img.sizes, `${img.slot} has sizes`);
      assert.ok(img.src.startsWith(`${wp.url}/wp-content/uploads/`), img.src);
      assert.ok(img.width && img.height, 'width and height against layout shift');
      // Every file named there exists.
      for (const u of new Set([img.src, ...candidates.map(([c]) => c)])) {
        const r = await fetch(u, { method: 'HEAD' });
        assert.equal(r.status, 200, u);
      }
    }
  });
}

test('no PHP warning or error from the plugin', () => {
  const lines = wp.debugLog().split('\n').filter((l) => /plugins\/dermakit\//.test(l) && !/PHP Deprecated/.test(l));
  assert.deepEqual(lines, []);
});
