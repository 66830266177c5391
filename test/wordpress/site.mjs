// The WordPress the tests run against: the one scripts/wordpress/test.mjs started (DK_WP_STATE), or, when a test
// file runs on its own (`node --test test/wordpress/kses.test.mjs`), one started here and stopped after the file.
import { execSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { connect, startWordPress } from '../../scripts/wordpress/env.mjs';

let shared;

export async function site() {
  if (shared) return shared;
  if (process.env.DK_WP_STATE) {
    shared = connect(JSON.parse(process.env.DK_WP_STATE));
  } else {
    const wp = await startWordPress();
    after(() => wp.stop());
    shared = wp;
  }
  return shared;
}

/** The dermakit/* blocks the active plugin registers: { name: { attribute: type } } (read through WordPress). */
export async function registeredBlocks(wp) {
  const out = await wp.wpCli(`
$r = array();
foreach (WP_Block_Type_Registry::get_instance()->get_all_registered() as $name => $type) {
  if (strpos($name, 'dermakit/') === 0) $r[$name] = array_map(function ($a) { return isset($a['type']) ? $a['type'] : null; }, (array) $type->attributes);
}
echo json_encode($r);`);
  return JSON.parse(out.slice(out.indexOf('{')) || '{}');
}

/** Names of the dermakit_* shortcodes the active plugin registers. */
export async function registeredShortcodes(wp) {
  const out = await wp.wpCli(`echo json_encode(array_values(array_filter(array_keys($GLOBALS['shortcode_tags']), function ($t) { return strpos($t, 'dermakit_') === 0; })));`);
  return JSON.parse(out.slice(out.indexOf('[')));
}

/**
 * Logs a role in through wp-login.php in a puppeteer page (the page's browser keeps the cookies). wp-login.php focuses
 * and selects the user name field 200 ms after it loads: typing before that lost characters to the selection now and
 * then, so this waits for that focus and checks both fields before pressing Log In.
 */
export async function logIn(page, wp, role) {
  const who = wp.users[role];
  await page.goto(`${wp.url}/wp-login.php`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.activeElement?.id === 'user_login', { timeout: 5000 }).catch(() => {});
  await page.type('#user_login', who.login);
  await page.type('#user_pass', who.password);
  const typed = await page.evaluate(() => [document.getElementById('user_login').value, document.getElementById('user_pass').value]);
  if (typed[0] !== who.login || typed[1] !== who.password) throw new Error(`log-in form for ${role} holds ${JSON.stringify(typed[0])}`);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
  if (!(await page.$('#wpadminbar'))) throw new Error(`log-in as ${role} failed: ${page.url()}`);
}

/**
 * Logs a role in with plain HTTP (no browser): returns a Cookie header value for fetch(). wp-login.php wants its
 * test cookie sent back and answers 302 with the auth cookies.
 */
export async function cookieLogin(wp, role) {
  const who = wp.users[role];
  const r = await fetch(`${wp.url}/wp-login.php`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: 'wordpress_test_cookie=WP%20Cookie%20check' },
    body: new URLSearchParams({ log: who.login, pwd: who.password, testcookie: '1', 'wp-submit': 'Log In' }),
  });
  const cookies = r.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => /^wordpress_/.test(c) && !/=deleted$/.test(c));
  if (r.status !== 302 || !cookies.some((c) => c.startsWith('wordpress_logged_in_'))) {
    throw new Error(`log-in as ${role} failed: HTTP ${r.status}`);
  }
  return cookies.join('; ');
}

/**
 * Reports, on stderr, any request of `page` still unanswered after `slowMs` (once per request), with what else is
 * in flight: the evidence needed when a wp-admin page never finishes loading.
 */
export function reportSlowRequests(page, label, slowMs = 15000) {
  const pending = new Map();
  const done = (r) => pending.delete(r);
  page.on('request', (r) => pending.set(r, {
    url: r.url(), method: r.method(), type: r.resourceType(), t: Date.now(), told: false,
    body: (r.postData() ?? '').slice(0, 200),
    from: (r.initiator()?.stack?.callFrames ?? []).slice(0, 6).map((f) => `${f.functionName}@${f.url.split('/').pop()}:${f.lineNumber}`).join(' < '),
  }));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  // A page left behind takes its requests with it (puppeteer reports no end for them).
  page.on('framenavigated', (frame) => frame === page.mainFrame() && pending.clear());
  const timer = setInterval(() => {
    const now = Date.now();
    const slow = [...pending.values()].filter((p) => !p.told && now - p.t > slowMs);
    if (!slow.length) return;
    for (const p of slow) p.told = true;
    console.error(`[${label}] ${slow.length} request(s) unanswered after ${slowMs / 1000} s (of ${pending.size} in flight):\n` +
      [...pending.values()].map((p) => `  ${((now - p.t) / 1000).toFixed(1)} s ${p.method} ${p.type} ${p.url} ${p.body} ${p.from}`).join('\n'));
    if (process.env.DK_WP_DEBUG_SOCKETS) {
      const port = new URL(page.url()).port;
      const sh = (c) => { try { return execSync(c, { encoding: 'utf8' }); } catch (e) { return String(e); } };
      console.error(sh(`ss -tnpi '( sport = :${port} or dport = :${port} )'`));
      console.error(sh(`for p in $(pgrep -f 'php -S 127.0.0.1:${port}'); do echo "$p $(cat /proc/$p/wchan) $(cat /proc/$p/stat | cut -d' ' -f3)"; done`));
    }
  }, 1000);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * What a wp-admin page looked like when a wait failed: its address, load state, what of the editor exists, the notices
 * shown, and a screenshot in DK_WP_SHOTS (or the temp folder). Printed on stderr; the wait's error is rethrown.
 */
export async function explainTimeout(page, label, error) {
  const shot = path.join(process.env.DK_WP_SHOTS || os.tmpdir(), `dermakit-wp-${label}-${Date.now()}.png`);
  const state = await page.evaluate(() => ({
    url: location.href,
    readyState: document.readyState,
    title: document.title,
    bodyClass: document.body?.className,
    wpData: !!window.wp?.data,
    editor: !!document.querySelector('.edit-post-header'),
    postId: window.wp?.data?.select('core/editor')?.getCurrentPostId?.() ?? null,
    saving: window.wp?.data?.select('core/editor')?.isSavingPost?.() ?? null,
    status: window.wp?.data?.select('core/editor')?.getEditedPostAttribute?.('status') ?? null,
    savingLocked: window.wp?.data?.select('core/editor')?.isPostSavingLocked?.() ?? null,
    notices: (window.wp?.data?.select('core/notices')?.getNotices?.() ?? []).map((n) => n.content),
    text: document.body?.innerText.slice(0, 400),
  })).catch((e) => ({ evaluate: String(e) }));
  await page.screenshot({ path: shot }).catch(() => {});
  console.error(`[${label}] ${error.message}\n${JSON.stringify(state, null, 2)}\nscreenshot: ${shot}`);
  throw error;
}

/**
 * Clicks an element once it has stopped moving. wp-admin's panels slide in: a click aimed while the publish panel
 * was still animating landed beside its button now and then, and the post was never published.
 */
export async function clickWhenStill(page, handle, timeout = 10000) {
  const end = Date.now() + timeout;
  let last = null;
  while (Date.now() < end) {
    const box = await handle.boundingBox();
    if (box && last && box.x === last.x && box.y === last.y && box.width === last.width && box.height === last.height) break;
    last = box;
    await new Promise((r) => setTimeout(r, 100));
  }
  await handle.click();
}
