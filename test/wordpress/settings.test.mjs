// Settings → dermakit (issue 9): an administrator saves brand colour, text colour, radius and font through the real
// settings form in Chromium; the front end then carries exactly one `:root{--dk-…}` rule with those values; hostile
// input is dropped (on save, and again when printed); authors and editors cannot reach the page or options.php.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { cookieLogin, logIn, site, reportSlowRequests } from './site.mjs';

const wp = await site();
const SETTINGS = `${wp.url}/wp-admin/options-general.php?page=dermakit`;
const GOOD = { primary: '#0b6e69', text: '#1f2937', radius: '12px', font: '"Source Sans 3", Arial, sans-serif' };
const HOSTILE = {
  primary: 'red;}body{x',
  text: '</style><script>alert(1)</script>',
  radius: '1px;}body{display:none}',
  font: 'Arial;}</style><script>alert(2)</script>',
};

let browser;
let page;
const problems = [];

before(async () => {
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  page = await browser.newPage();
  reportSlowRequests(page, 'settings');
  page.on('pageerror', (e) => problems.push(`${page.url()}: page error: ${e.message}`));
  page.on('dialog', (d) => { problems.push(`${page.url()}: dialog ${d.message()}`); d.dismiss(); });
  await logIn(page, wp, 'administrator');
});
after(async () => {
  await browser?.close();
  // Later test files see the site without tokens.
  await wp.wpCli(`delete_option('dermakit_settings');`);
});

const savedOption = async () => JSON.parse((await wp.wpCli(`echo "\\n@@" . json_encode(get_option('dermakit_settings', null));`)).split('\n@@')[1]);
const frontHtml = async () => (await fetch(`${wp.url}/`)).text();
/** Every `:root{…}` rule that sets a --dk-* property, as printed. */
const tokenRules = (html) => html.match(/:root\s*\{[^}]*--dk-[^}]*\}/g) || [];

/** Fills the form as a person would (select the field, type), saves, waits for the reloaded page. */
async function saveForm(values, { type = true } = {}) {
  await page.goto(SETTINGS, { waitUntil: 'load' });
  for (const [key, value] of Object.entries(values)) {
    const field = await page.waitForSelector(`#dermakit-${key}`);
    if (type) {
      await field.click({ clickCount: 3 });
      await page.keyboard.press('Backspace');
      await field.type(value);
    } else {
      await field.evaluate((f, v) => { f.value = v; f.dispatchEvent(new Event('input', { bubbles: true })); }, value);
    }
  }
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#submit')]);
  return page.evaluate(() => !!document.querySelector('#setting-error-settings_updated'));
}

test('the settings page has the four fields and a live preview', async () => {
  await page.goto(SETTINGS, { waitUntil: 'load' });
  const fields = await page.evaluate(() => [...document.querySelectorAll('input[name^="dermakit_settings["]')].map((i) => i.name).sort());
  assert.deepEqual(fields, ['dermakit_settings[font]', 'dermakit_settings[primary]', 'dermakit_settings[radius]', 'dermakit_settings[text]']);
  await page.type('#dermakit-primary', '#123456');
  const preview = await page.evaluate(() => document.getElementById('dermakit-preview')?.style.getPropertyValue('--dk-color-primary').trim());
  assert.equal(preview, '#123456', 'typing the brand colour restyles the preview');
  const upgraded = await page.evaluate(() => [...document.querySelectorAll('#dermakit-preview *')]
    .filter((e) => e.localName.startsWith('dk-')).every((e) => customElements.get(e.localName) && e.shadowRoot));
  assert.ok(upgraded, 'the preview shows the real widgets');
});

test('admin saves colours, radius and font through the form: the front end has one :root rule with them', async () => {
  assert.ok(await saveForm(GOOD), 'WordPress says "Settings saved."');
  assert.deepEqual(await savedOption(), GOOD);
  // The form shows what was saved (quotes in the font survive the round trip through the value attribute).
  const shown = await page.evaluate(() => Object.fromEntries(['primary', 'text', 'radius', 'font'].map((k) => [k, document.getElementById(`dermakit-${k}`).value])));
  assert.deepEqual(shown, GOOD);

  const html = await frontHtml();
  const rules = tokenRules(html);
  assert.equal(rules.length, 1, `rules: ${JSON.stringify(rules)}`);
  const declared = Object.fromEntries(rules[0].replace(/^:root\s*\{|\}$/g, '').split(';').filter(Boolean).map((d) => {
    const i = d.indexOf(':');
    return [d.slice(0, i).trim(), d.slice(i + 1).trim()];
  }));
  assert.deepEqual(declared, {
    '--dk-color-primary': GOOD.primary,
    '--dk-color-text': GOOD.text,
    '--dk-font-family': GOOD.font,
    '--dk-radius': GOOD.radius,
  });
  // Printed after the kit's stylesheet (so it wins), in the head.
  const head = html.slice(0, html.indexOf('</head>'));
  assert.ok(head.includes(rules[0]), 'the rule is in the head');
  assert.ok(head.indexOf(rules[0]) > head.search(/<link[^>]+dermakit\.css/), 'the rule comes after dermakit.css');

  // And the browser applies it.
  const front = await browser.newPage();
  try {
    await front.goto(`${wp.url}/`, { waitUntil: 'load' });
    const computed = await front.evaluate(() => {
      const s = getComputedStyle(document.documentElement);
      return Object.fromEntries(['--dk-color-primary', '--dk-color-text', '--dk-radius', '--dk-font-family'].map((p) => [p, s.getPropertyValue(p).trim()]));
    });
    assert.deepEqual(computed, { '--dk-color-primary': GOOD.primary, '--dk-color-text': GOOD.text, '--dk-radius': GOOD.radius, '--dk-font-family': GOOD.font });
  } finally {
    await front.close();
  }
});

test('hostile input is dropped on save and never reaches the page', async () => {
  // One good value among them, so there is still one rule to look at.
  assert.ok(await saveForm({ ...HOSTILE, text: '#222222' }, { type: false }), 'WordPress says "Settings saved."');
  assert.deepEqual(await savedOption(), { text: '#222222' });
  const html = await frontHtml();
  assert.deepEqual(tokenRules(html), [':root{--dk-color-text:#222222}']);
  assert.doesNotMatch(html, /body\{x|body\{display:none|alert\([12]\)/);
  // The settings page itself prints the saved values only escaped.
  const admin = await page.content();
  assert.doesNotMatch(admin, /<script>alert/);
});

test('hostile values that bypass the save filter are dropped when printed', async () => {
  const raw = { ...HOSTILE, text: '#333333', extra: '}body{x' };
  await wp.wpCli(`remove_all_filters('sanitize_option_dermakit_settings');
update_option('dermakit_settings', json_decode(base64_decode('${Buffer.from(JSON.stringify(raw)).toString('base64')}'), true));`);
  const html = await frontHtml();
  assert.deepEqual(tokenRules(html), [':root{--dk-color-text:#333333}']);
  assert.doesNotMatch(html, /body\{x|body\{display:none|alert\([12]\)/);
  await page.goto(SETTINGS, { waitUntil: 'load' });
  const preview = await page.evaluate(() => document.getElementById('dermakit-preview').getAttribute('style'));
  assert.doesNotMatch(preview, /body|script|red;/, preview);
  const admin = await page.content();
  assert.doesNotMatch(admin, /<script>alert/);
});

test('no settings at all: no :root rule', async () => {
  await wp.wpCli(`delete_option('dermakit_settings');`);
  assert.deepEqual(tokenRules(await frontHtml()), []);
});

for (const role of ['author', 'editor']) {
  test(`${role} cannot reach the settings page or save the settings`, async () => {
    await wp.wpCli(`update_option('dermakit_settings', array('primary' => '#0b6e69'));`);
    const cookie = await cookieLogin(wp, role);
    const dashboard = await (await fetch(`${wp.url}/wp-admin/`, { headers: { Cookie: cookie } })).text();
    assert.match(dashboard, /id="wpadminbar"/, 'logged in');
    assert.doesNotMatch(dashboard, /page=dermakit/, 'no menu entry');
    const r = await fetch(SETTINGS, { headers: { Cookie: cookie }, redirect: 'manual' });
    const body = await r.text();
    assert.equal(r.status, 403, body.slice(0, 200));
    assert.doesNotMatch(body, /dermakit_settings\[/);
    const post = await fetch(`${wp.url}/wp-admin/options.php`, {
      method: 'POST',
      redirect: 'manual',
      headers: { Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded', Referer: SETTINGS },
      body: new URLSearchParams({ option_page: 'dermakit', action: 'update', 'dermakit_settings[primary]': '#ff0000' }),
    });
    assert.equal(post.status, 403);
    assert.deepEqual(await savedOption(), { primary: '#0b6e69' });
  });
}

test('no page error or dialog on the way', () => {
  assert.deepEqual(problems, []);
});
