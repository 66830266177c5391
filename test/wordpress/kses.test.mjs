// kses per role (issue 9): for author and contributor (no unfiltered_html), what was saved equals what was
// submitted, for every hand-written element, shortcode and block, through the REST API (application passwords)
// and through wp_insert_post() under kses; and <script>, on* handlers and javascript: URLs are still stripped.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { addImages, blocks, dangerous, handWritten, shortcodes } from './fixtures.mjs';
import { registeredBlocks, registeredShortcodes, site } from './site.mjs';

const wp = await site();
const images = await addImages(wp);
const groups = { 'hand-written HTML': handWritten(images), shortcode: shortcodes(images), block: blocks(images) };
const ROLES = ['author', 'contributor'];

async function saveRest(role, content) {
  const r = await wp.rest('/wp/v2/posts', { user: role, method: 'POST', body: { title: 'kses', content, status: 'draft' } });
  assert.equal(r.status, 201, `REST create as ${role}: ${r.text.slice(0, 300)}`);
  return r.json.content.raw;
}

/** wp_insert_post() as the role (kses filters follow the current user); returns each saved post_content. */
async function saveInsertPost(role, contents) {
  const b64 = Buffer.from(JSON.stringify(contents)).toString('base64');
  const out = await wp.wpCli(`
wp_set_current_user(${wp.users[role].id});
$out = array('@unfiltered_html' => current_user_can('unfiltered_html'));
foreach (json_decode(base64_decode('${b64}'), true) as $k => $html) {
  $id = wp_insert_post(wp_slash(array('post_title' => 'kses ' . $k, 'post_content' => $html, 'post_status' => 'draft')), true);
  $out[$k] = is_wp_error($id) ? 'ERROR: ' . $id->get_error_message() : get_post($id)->post_content;
}
echo "\\n@@JSON@@" . json_encode($out);`);
  return JSON.parse(out.slice(out.indexOf('@@JSON@@') + 8));
}

test('the roles under test lack unfiltered_html (so kses applies to them)', async () => {
  for (const role of ROLES) {
    const saved = await saveInsertPost(role, {});
    assert.equal(saved['@unfiltered_html'], false, role);
  }
});

test('the plugin registers every block the fixtures use, with the attributes they set', async () => {
  const registered = await registeredBlocks(wp);
  const problems = [];
  for (const markup of Object.values(groups.block)) {
    for (const m of markup.matchAll(/<!-- wp:(dermakit\/[a-z-]+)(?: (\{.*?\}))? \/?-->/g)) {
      const [, name, json] = m;
      if (!registered[name]) {
        problems.push(`${name} is not registered`);
        continue;
      }
      for (const [attr, value] of Object.entries(json ? JSON.parse(json) : {})) {
        const type = registered[name][attr];
        if (type === undefined) problems.push(`${name} has no attribute ${attr} (has ${Object.keys(registered[name]).join(', ')})`);
        else if (type && typeof value !== (type === 'integer' ? 'number' : type)) problems.push(`${name} ${attr} is a ${type}, the fixture gives ${typeof value}`);
      }
    }
  }
  for (const name of ['dermakit/faq', 'dermakit/healing-timeline', 'dermakit/collagen-gauge', 'dermakit/recovery', 'dermakit/treatment-plan', 'dermakit/before-after']) {
    if (!registered[name]) problems.push(`${name} is not registered`);
  }
  assert.deepEqual([...new Set(problems)], []);
});

test('the plugin registers one shortcode per element', async () => {
  const registered = await registeredShortcodes(wp);
  const expected = ['dermakit_before_after', 'dermakit_collagen_gauge', 'dermakit_faq', 'dermakit_faq_item',
    'dermakit_healing_timeline', 'dermakit_phase', 'dermakit_recovery', 'dermakit_treatment_plan'];
  assert.deepEqual(expected.filter((s) => !registered.includes(s)), [], `registered: ${registered.join(', ')}`);
});

for (const role of ROLES) {
  describe(`${role}: REST API (application password)`, () => {
    for (const [group, fixtures] of Object.entries(groups)) {
      for (const [name, html] of Object.entries(fixtures)) {
        test(`${group}: ${name} saved as submitted`, async () => {
          assert.equal(await saveRest(role, html), html);
        });
      }
    }
    test('<script>, on* handlers and javascript: URLs are still stripped', async () => {
      for (const [html, bad] of dangerous) {
        const saved = await saveRest(role, html);
        assert.doesNotMatch(saved, bad, `from ${html}`);
      }
    });
  });

  describe(`${role}: wp_insert_post() under kses`, () => {
    let saved;
    const all = {};
    for (const [group, fixtures] of Object.entries(groups)) {
      for (const [name, html] of Object.entries(fixtures)) all[`${group}: ${name}`] = html;
    }
    dangerous.forEach(([html], i) => (all[`dangerous ${i}`] = html));
    const get = async (key) => (saved ??= await saveInsertPost(role, all))[key];
    for (const [group, fixtures] of Object.entries(groups)) {
      for (const name of Object.keys(fixtures)) {
        test(`${group}: ${name} saved as submitted`, async () => {
          const key = `${group}: ${name}`;
          assert.equal(await get(key), all[key]);
        });
      }
    }
    test('<script>, on* handlers and javascript: URLs are still stripped', async () => {
      for (const [i, [html, bad]] of dangerous.entries()) {
        assert.doesNotMatch(await get(`dangerous ${i}`), bad, `from ${html}`);
      }
    });
  });
}
