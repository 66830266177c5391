#!/usr/bin/env node
// A real, throw-away WordPress for the plugin's tests: Debian's `wordpress` (6.1), MariaDB and `php -S`, all on
// loopback, all in one temp folder, all stopped by process id.
//
//   node scripts/wordpress/env.mjs start [--port N] [--plugin ZIP|DIR|none]   (prints URL and passwords, leaves it running)
//   node scripts/wordpress/env.mjs stop                                            (stops what `start` left running)
//
//   import { startWordPress } from './env.mjs';
//   const wp = await startWordPress();   // { url, users, wpCli(php), rest(route, opts), stop() }
//
// Installs `wordpress mariadb-server php-cli php-mysql unzip` with apt when missing (root, as here and in CI).
// MariaDB runs with its own datadir and a Unix socket only (--skip-networking); the site is a private copy of
// /usr/share/wordpress with our own wp-config.php (Debian's reads /etc/wordpress/config-HOST.php); php -S serves it
// on 127.0.0.1:<free port>. Plain permalinks: the REST API is at /?rest_route=/… .
import { spawn, execFile, execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WP_SOURCE = '/usr/share/wordpress';
export const DEFAULT_ZIP = path.join(root, 'dist/dermakit-wordpress.zip');
const STATE_FILE = path.join(os.tmpdir(), 'dermakit-wordpress-env.json');

/** The roles the tests log in as; every one gets an application password. */
export const ROLES = ['administrator', 'editor', 'author', 'contributor'];

const log = (...a) => console.error('[wordpress]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

// ---------------------------------------------------------------------------------------------------------------
// Packages

const PACKAGES = [
  ['wordpress', () => fs.existsSync(`${WP_SOURCE}/wp-load.php`)],
  // Only a Recommends of wordpress, and installs below run with --no-install-recommends: the block theme the tests
  // measure the content column of.
  ['wordpress-theme-twentytwentythree', () => fs.existsSync(`${WP_SOURCE}/wp-content/themes/twentytwentythree/theme.json`)],
  ['mariadb-server', () => fs.existsSync('/usr/sbin/mariadbd') && has('mariadb-install-db') && has('mariadb')],
  ['php-cli', () => has('php')],
  ['php-mysql', () => has('php') && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0],
  ['unzip', () => has('unzip')],
];

/** Installs the Debian packages that are missing; returns their names. Services stay down (no system MariaDB). */
export function ensurePackages() {
  const missing = PACKAGES.filter(([, ok]) => !ok()).map(([name]) => name);
  if (!missing.length) return missing;
  const t = Date.now();
  log(`installing ${missing.join(' ')} with apt-get`);
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Keep apt from starting a system MariaDB: this script starts its own. A policy-rc.d that exits 101 tells
  // invoke-rc.d "not now"; Docker images (and this machine) already have one.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !fs.existsSync(policy) && process.getuid?.() === 0;
  if (ownPolicy) fs.writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    const run = (args) => {
      const r = spawnSync(sudo[0] || args[0], sudo.length ? args : args.slice(1), { env, stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status})`);
    };
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]);
  } finally {
    if (ownPolicy) fs.rmSync(policy, { force: true });
  }
  log(`installed ${missing.join(' ')} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return missing;
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(what, check, timeoutMs = 30000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops a process group we started (detached, so its group id is its pid): TERM, then KILL after `graceMs`. */
export async function killGroup(pid, graceMs = 5000) {
  if (!pid || !alive(pid)) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    try { process.kill(pid, 'SIGTERM'); } catch { /* gone */ }
  }
  const end = Date.now() + graceMs;
  while (Date.now() < end && alive(pid)) await sleep(50);
  if (alive(pid)) {
    try { process.kill(-pid, 'SIGKILL'); } catch { try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  // php -S workers are in the same group; give them a moment to go too.
  const end2 = Date.now() + 2000;
  while (Date.now() < end2) {
    try { process.kill(-pid, 0); } catch { return; }
    await sleep(50);
  }
  try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
}

function killGroupSync(pid) {
  try { process.kill(-pid, 'SIGKILL'); } catch { /* gone */ }
  try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
}

const phpString = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

// ---------------------------------------------------------------------------------------------------------------
// The plugin under test

/** Puts the plugin into wp-content/plugins; returns its main file relative to that folder. */
function installPlugin(plugin, pluginsDir) {
  if (plugin.endsWith('.zip')) {
    execFileSync('unzip', ['-q', '-o', plugin, '-d', pluginsDir]);
  } else {
    execFileSync('cp', ['-a', plugin, path.join(pluginsDir, path.basename(plugin))]);
  }
  const main = 'dermakit/dermakit.php';
  if (!fs.existsSync(path.join(pluginsDir, main))) throw new Error(`${plugin} has no ${main}`);
  return main;
}

// ---------------------------------------------------------------------------------------------------------------
// Start

/**
 * Starts MariaDB, a fresh WordPress site and php -S; activates the plugin.
 * @param {object} [o]
 * @param {number} [o.port] HTTP port on 127.0.0.1 (default: a free one)
 * @param {string} [o.plugin] path of the plugin zip or folder (default: dist/dermakit-wordpress.zip, which
 *   `npm run build` writes); `null` for none
 * @param {boolean} [o.detached] leave the processes running when this Node process exits (the CLI's `start`)
 */
export async function startWordPress({ port, plugin, detached = false } = {}) {
  const t0 = Date.now();
  const timings = {};
  const mark = (name, since) => (timings[name] = Date.now() - since);

  let t = Date.now();
  const installed = ensurePackages();
  mark('packages', t);

  if (plugin === undefined) {
    if (!fs.existsSync(DEFAULT_ZIP)) throw new Error(`${path.relative(root, DEFAULT_ZIP)} is missing: run npm run build first`);
    plugin = DEFAULT_ZIP;
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dermakit-wp-'));
  const pids = [];
  let stopped = false;

  const cleanupSync = () => {
    if (stopped) return;
    stopped = true;
    for (const pid of pids) killGroupSync(pid);
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    cleanupSync();
    process.kill(process.pid, sig);
  };
  if (!detached) {
    process.once('exit', cleanupSync);
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }

  try {
    // MariaDB: a fresh datadir, socket only.
    t = Date.now();
    const data = path.join(dir, 'mysql');
    const socket = path.join(dir, 'mysql.sock');
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--user=root',
      '--auth-root-authentication-method=normal', '--skip-test-db', '--skip-name-resolve'], { stdio: 'ignore' });
    const mlog = fs.openSync(path.join(dir, 'mariadb.log'), 'a');
    const mariadb = spawn('mariadbd', ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`,
      `--pid-file=${path.join(dir, 'mariadb.pid')}`, '--skip-networking', '--user=root', '--skip-log-bin',
      '--innodb-buffer-pool-size=64M', '--skip-name-resolve'], { detached: true, stdio: ['ignore', mlog, mlog] });
    pids.push(mariadb.pid);
    let mariadbExit = null;
    mariadb.on('exit', (code) => (mariadbExit = code));
    await waitFor('MariaDB', () => {
      if (mariadbExit !== null) throw new Error(`mariadbd exited (${mariadbExit}); see ${dir}/mariadb.log`);
      return fs.existsSync(socket);
    });
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e',
      "CREATE DATABASE wordpress; CREATE USER 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; " +
      "GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"]);
    mark('mariadb', t);

    // The site: a private copy of Debian's tree with our own wp-config.php.
    t = Date.now();
    port ??= await freePort();
    const url = `http://127.0.0.1:${port}`;
    const site = path.join(dir, 'site');
    execFileSync('cp', ['-a', WP_SOURCE, site]);
    // Debian links some libraries in (underscore, backbone, …) with relative links into /usr/share/javascript,
    // which the copy would break: point them at their absolute targets.
    for (const link of execFileSync('find', [site, '-type', 'l'], { encoding: 'utf8' }).split('\n').filter(Boolean)) {
      let target;
      try { target = fs.realpathSync(path.join(WP_SOURCE, path.relative(site, link))); } catch { continue; }
      fs.rmSync(link);
      fs.symlinkSync(target, link);
    }
    fs.writeFileSync(path.join(site, 'wp-config.php'), `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wordpress');
define('DB_HOST', ${phpString(`localhost:${socket}`)});
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    .map((k) => `define('${k}', ${phpString(`${k}-${Math.random().toString(36).slice(2)}`)});`).join('\n')}
$table_prefix = 'wp_';
define('WP_HOME', ${phpString(url)});
define('WP_SITEURL', ${phpString(url)});
define('WP_ENVIRONMENT_TYPE', 'local'); // application passwords over plain HTTP
define('WP_HTTP_BLOCK_EXTERNAL', true); // no network here: never wait for wordpress.org
define('AUTOMATIC_UPDATER_DISABLED', true);
define('DISABLE_WP_CRON', true);
define('FS_METHOD', 'direct');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${phpString(path.join(dir, 'debug.log'))});
define('SCRIPT_DEBUG', false);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`);
    fs.mkdirSync(path.join(site, 'wp-content/uploads'), { recursive: true });
    fs.mkdirSync(path.join(site, 'wp-content/mu-plugins'), { recursive: true });
    // Test-environment only: no mail (no MTA here).
    fs.writeFileSync(path.join(site, 'wp-content/mu-plugins/dermakit-test-env.php'), `<?php
// Test environment only (scripts/wordpress/env.mjs): there is no mail server.
if (!function_exists('wp_mail')) { function wp_mail() { return true; } }
`);
    const pluginMain = plugin ? installPlugin(plugin, path.join(site, 'wp-content/plugins')) : null;
    const router = path.join(dir, 'router.php');
    fs.writeFileSync(router, `<?php
// php -S router: real files as they are, everything else through WordPress's index.php.
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$file = $_SERVER['DOCUMENT_ROOT'] . $path;
if (is_file($file) || (is_dir($file) && is_file(rtrim($file, '/') . '/index.php'))) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
`);
    mark('site', t);

    // php -S with 16 workers. Each worker serves one connection at a time, and Chromium opens several at once,
    // some of them idle (preconnects, kept-alive sockets): with 4 workers the block editor's hundred requests were
    // seen to stall now and then on a busy machine. Idle workers cost nothing but memory.
    t = Date.now();
    const plog = fs.openSync(path.join(dir, 'php-server.log'), 'a');
    const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, router], {
      cwd: site, detached: true, stdio: ['ignore', plog, plog],
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '16' },
    });
    pids.push(server.pid);
    let serverExit = null;
    server.on('exit', (code) => (serverExit = code));

    const { php: wpCli } = connect({ url, port, dir, site });
    const load = `require ${phpString(path.join(site, 'wp-load.php'))};\n`;

    // Install the site, users, application passwords; activate the plugin.
    const out = await wpCli(`
define('WP_INSTALLING', true);
${load}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
add_filter('wp_is_application_passwords_available', '__return_true');
$r = wp_install('dermakit test site', 'admin', 'admin@example.com', false, '', 'admin-password');
update_option('show_avatars', 0); // Gravatar is on the network: no requests from test pages
$users = array();
foreach (${`array(${ROLES.map(phpString).join(', ')})`} as $role) {
  $login = $role === 'administrator' ? 'admin' : $role;
  $id = $role === 'administrator' ? (int) $r['user_id'] : wp_insert_user(array(
    'user_login' => $login, 'user_pass' => $login . '-password', 'user_email' => $login . '@example.com', 'role' => $role,
    'display_name' => ucfirst($role),
  ));
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  $app = WP_Application_Passwords::create_new_application_password($id, array('name' => 'dermakit tests'));
  if (is_wp_error($app)) { fwrite(STDERR, $app->get_error_message()); exit(1); }
  $users[$role] = array('id' => $id, 'login' => $login, 'password' => $login . '-password', 'appPassword' => $app[0]);
}
$plugin = ${plugin ? phpString(pluginMain) : 'null'};
$active = null;
if ($plugin) {
  $a = activate_plugin($plugin);
  if (is_wp_error($a)) { fwrite(STDERR, 'activate_plugin: ' . $a->get_error_message()); exit(1); }
  $active = is_plugin_active($plugin);
}
echo json_encode(array('users' => $users, 'plugin' => $plugin, 'active' => $active, 'theme' => get_stylesheet(), 'version' => get_bloginfo('version')));
`);
    const info = JSON.parse(out.slice(out.indexOf('{')));
    mark('install', t);

    t = Date.now();
    await waitFor('php -S', async () => {
      if (serverExit !== null) throw new Error(`php -S exited (${serverExit}); see ${dir}/php-server.log`);
      try {
        const r = await fetch(`${url}/?rest_route=/`, { signal: AbortSignal.timeout(5000) });
        return r.ok;
      } catch {
        return false;
      }
    });
    mark('server', t);
    timings.total = Date.now() - t0;

    const stop = async () => {
      if (stopped) return;
      stopped = true;
      process.off('exit', cleanupSync);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      const ts = Date.now();
      for (const pid of [...pids].reverse()) await killGroup(pid);
      fs.rmSync(dir, { recursive: true, force: true });
      log(`stopped in ${((Date.now() - ts) / 1000).toFixed(1)} s`);
    };

    if (detached) {
      mariadb.unref();
      server.unref();
    }
    log(`WordPress ${info.version} at ${url} (theme ${info.theme}, plugin ${info.plugin ?? 'none'}${info.active ? ' active' : ''}) ` +
      `started in ${(timings.total / 1000).toFixed(1)} s: ${Object.entries(timings).filter(([k]) => k !== 'total')
        .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')}${installed.length ? ` (installed ${installed.join(' ')})` : ''}`);
    const state = {
      url, port, dir, site, socket, pids, users: info.users, plugin: info.plugin, pluginSource: plugin,
      version: info.version, theme: info.theme, timings,
    };
    return { ...connect(state), state, stop };
  } catch (e) {
    cleanupSync();
    process.off('exit', cleanupSync);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    throw e;
  }
}

/**
 * Helpers for a running WordPress described by a state object (what startWordPress() returns as `state`; the
 * test runner hands it to test files in DK_WP_STATE).
 */
export function connect(state) {
  const { url, port, dir, site } = state;
  const php = async (code) => {
    const file = path.join(dir, `cli-${process.pid}-${Math.random().toString(36).slice(2)}.php`);
    fs.writeFileSync(file, `<?php
$_SERVER['HTTP_HOST'] = ${phpString(`127.0.0.1:${port}`)};
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
${code}
`);
    try {
      const { stdout } = await execFileP('php', ['-d', 'display_errors=stderr', file], {
        cwd: site, maxBuffer: 64 << 20,
        env: { ...process.env, DK_WP_SITE: site },
      });
      return stdout;
    } catch (e) {
      throw new Error(`PHP failed: ${e.message}\n${e.stdout || ''}`);
    } finally {
      fs.rmSync(file, { force: true });
    }
  };
  const load = `require ${phpString(path.join(site, 'wp-load.php'))};\n`;
  const rest = async (route, { user, method = 'GET', body, query } = {}) => {
    const u = new URL(url + '/');
    u.searchParams.set('rest_route', route);
    for (const [k, v] of Object.entries(query || {})) u.searchParams.set(k, v);
    const headers = { Accept: 'application/json' };
    if (user) {
      const who = state.users[user];
      if (!who) throw new Error(`no user ${user}`);
      headers.Authorization = `Basic ${Buffer.from(`${who.login}:${who.appPassword}`).toString('base64')}`;
    }
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const r = await fetch(u, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    let json;
    try { json = JSON.parse(text); } catch { json = undefined; }
    return { status: r.status, json, text };
  };

  return {
    ...state,
    /** Runs PHP with WordPress loaded (as no user; call wp_set_current_user()). Returns stdout. */
    wpCli: (code) => php(load + code),
    /** Runs PHP without loading WordPress. */
    php,
    /** A REST request, authenticated with the role's application password when `user` is given. */
    rest,
    /** WordPress's debug.log (PHP notices, warnings and errors) so far. */
    debugLog: () => (fs.existsSync(path.join(dir, 'debug.log')) ? fs.readFileSync(path.join(dir, 'debug.log'), 'utf8') : ''),
  };
}

/** Stops a WordPress described by a state object ({ pids, dir }), e.g. one the CLI's `start` left running. */
export async function stopWordPress(state) {
  for (const pid of [...(state.pids || [])].reverse()) await killGroup(pid);
  if (state.dir && path.basename(state.dir).startsWith('dermakit-wp-')) fs.rmSync(state.dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [cmd, ...args] = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  if (cmd === 'start') {
    if (fs.existsSync(STATE_FILE)) {
      console.error(`already started (${STATE_FILE}); run: node scripts/wordpress/env.mjs stop`);
      process.exit(1);
    }
    const port = opt('port') ? Number(opt('port')) : undefined;
    const plugin = opt('plugin') === 'none' ? null : opt('plugin') ? path.resolve(opt('plugin')) : undefined;
    const wp = await startWordPress({ port, plugin, detached: true });
    fs.writeFileSync(STATE_FILE, JSON.stringify(wp.state, null, 2));
    console.log(`${wp.url}/wp-admin/  (admin / admin-password; editor, author, contributor: <login>-password)`);
    for (const [role, u] of Object.entries(wp.users)) console.log(`  ${role.padEnd(13)} ${u.login}  application password ${u.appPassword}`);
    console.log(`stop with: node scripts/wordpress/env.mjs stop   (state in ${STATE_FILE})`);
    process.exit(0);
  } else if (cmd === 'stop') {
    if (!fs.existsSync(STATE_FILE)) {
      console.error('nothing to stop');
      process.exit(0);
    }
    const state = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'));
    await stopWordPress(state);
    fs.rmSync(STATE_FILE, { force: true });
    console.error('[wordpress] stopped');
  } else {
    console.error('usage: node scripts/wordpress/env.mjs start [--port N] [--plugin ZIP|DIR|none] | stop');
    process.exit(2);
  }
}
