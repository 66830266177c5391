#!/usr/bin/env node
// npm run test:wordpress — one real WordPress (scripts/wordpress/env.mjs) for every test file in test/wordpress/,
// handed to them in DK_WP_STATE; stopped afterwards, also on failure, Ctrl+C or the overall time limit.
//   node scripts/wordpress/test.mjs [--plugin ZIP|DIR] [test files…]   (no files: every test/wordpress/*.test.mjs)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_ZIP, startWordPress } from './env.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
let plugin;
const i = args.indexOf('--plugin');
if (i >= 0) {
  plugin = path.resolve(args[i + 1]);
  args.splice(i, 2);
} else if (!fs.existsSync(DEFAULT_ZIP)) {
  console.error(`[wordpress] ${path.relative(root, DEFAULT_ZIP)} is missing: run npm run build first`);
  process.exit(1);
}
const files = args.length
  ? args
  : fs.readdirSync(path.join(root, 'test/wordpress')).filter((f) => f.endsWith('.test.mjs')).sort()
      .map((f) => path.join('test/wordpress', f));
const LIMIT_MS = Number(process.env.DK_WP_TIMEOUT_MS || 8 * 60 * 1000);

const t0 = Date.now();
const wp = await startWordPress({ plugin });
const tStarted = Date.now();
let code = 1;
try {
  const child = spawn(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
    cwd: root, stdio: 'inherit', detached: true,
    env: { ...process.env, DK_WP_STATE: JSON.stringify(wp.state) },
  });
  // Over time: TERM first (puppeteer closes its Chromium on SIGTERM), KILL 5 s later.
  const timer = setTimeout(() => {
    console.error(`[wordpress] tests still running after ${LIMIT_MS / 1000} s: stopping them`);
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000).unref();
  }, LIMIT_MS);
  const forward = (sig) => { try { process.kill(-child.pid, sig); } catch { /* gone */ } };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  clearTimeout(timer);
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone: Chromium and friends ended with it */ }
} finally {
  const tTests = Date.now();
  await wp.stop();
  console.error(`[wordpress] start ${((tStarted - t0) / 1000).toFixed(1)} s, tests ${((tTests - tStarted) / 1000).toFixed(1)} s, total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
process.exit(code);
