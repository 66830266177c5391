// `npm start`'s demo server (scripts/serve.mjs + web-dev-server.config.mjs): what a developer relies on when they
// open the printed URL — the demo under the strict CSP, loopback only, the repository's tooling never served, and a
// second `npm start` moving to the next free port instead of failing.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { after, before, describe, test } from 'node:test';
import { contentSecurityPolicy } from '../../web-dev-server.config.mjs';

const root = new URL('../../', import.meta.url);
const servers = [];

/** Starts the demo server on `port` and resolves with the origin it printed. */
function startServer(port) {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(server);
  return new Promise((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`serve.mjs exited (${code})`)));
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)\/demo\//.exec(output);
      if (match) resolve({ origin: `http://127.0.0.1:${match[1]}`, output: () => output });
    });
  });
}

describe('the demo server', () => {
  const port = 20000 + Math.floor(Math.random() * 20000);
  let origin;

  before(async () => {
    ({ origin } = await startServer(port));
  });

  after(() => {
    for (const server of servers) server.kill();
  });

  test('serves the demo with the strict Content-Security-Policy and no caching', async () => {
    const response = await fetch(`${origin}/demo/`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/html/);
    assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy);
    assert.equal(response.headers.get('cache-control'), 'no-cache');
    assert.match(await response.text(), /<script src="\.\.\/dist\/dermakit\.js"/);
  });

  test('sends the policy on errors too, and redirects the root to the demo', async () => {
    const missing = await fetch(`${origin}/demo/nothing-here.html`);
    assert.equal(missing.status, 404);
    assert.equal(missing.headers.get('content-security-policy'), contentSecurityPolicy);
    const home = await fetch(`${origin}/`, { redirect: 'manual' });
    assert.equal(home.status, 302);
    assert.equal(home.headers.get('location'), '/demo/');
  });

  test('never serves node_modules or .git, however the path is spelled', async () => {
    for (const path of ['/node_modules/lit/package.json', '/%6eode_modules/lit/package.json', '/.git/HEAD', '/.git']) {
      assert.equal((await fetch(`${origin}${path}`)).status, 403, path);
    }
  });

  test('listens on loopback only', async () => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address.family === 'IPv4' && !address.internal);
    if (!outside) return; // a machine with no network has nothing to reach the server from
    await assert.rejects(fetch(`http://${outside.address}:${port}/demo/`, { signal: AbortSignal.timeout(2000) }));
  });

  test('a second server moves to the next free port', async () => {
    const second = await startServer(port);
    assert.equal(second.origin, `http://127.0.0.1:${port + 1}`);
    assert.doesNotMatch(second.output(), new RegExp(`:${port}/`), 'the taken port is never announced');
    assert.equal((await fetch(`${second.origin}/demo/`)).status, 200);
  });
});
