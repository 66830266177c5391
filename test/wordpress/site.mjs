// The WordPress the tests run against: the one scripts/wordpress/test.mjs started (DK_WP_STATE), or, when a test
// file runs on its own (`node --test test/wordpress/kses.test.mjs`), one started here and stopped after the file.
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

/** Logs a role in through wp-login.php in a puppeteer page (the page's browser keeps the cookies). */
export async function logIn(page, wp, role) {
  const who = wp.users[role];
  await page.goto(`${wp.url}/wp-login.php`, { waitUntil: 'load' });
  await page.type('#user_login', who.login);
  await page.type('#user_pass', who.password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('#wp-submit')]);
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
