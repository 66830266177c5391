#!/usr/bin/env node
// `npm run lighthouse`: builds the kit, serves the demo (with its strict CSP) on a free local port and runs
// Lighthouse against it in Debian's Chromium (CHROME_PATH overrides), mobile and desktop. Prints the four category
// scores and the cumulative layout shift. Figures are printed, not asserted.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

execFileSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });

/** Starts scripts/serve.mjs on a free port (PORT=0 is not offered by it, so take a high one) and waits for its URL. */
function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: '18080' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      const match = /(http:\/\/\S+\/demo\/)/.exec(String(chunk));
      if (match) resolve({ server, url: match[1] });
    });
    server.once('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
  });
}

const { server, url } = await startServer();
const userDataDir = mkdtempSync(join(tmpdir(), 'dk-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  userDataDir,
  chromeFlags: chromiumArgs,
});

const rows = [];
let version = '';
try {
  for (const [name, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ]) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, config);
    version = lhr.lighthouseVersion;
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    rows.push({
      run: name,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      CLS: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      LCP: `${Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN)} ms`,
      TBT: `${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN)} ms`,
    });
    const failing = Object.values(lhr.audits).filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
    );
    for (const audit of failing) console.log(`  ${name}: ${audit.id} — ${audit.title}`);
  }
} finally {
  await chrome.kill();
  server.kill();
  rmSync(userDataDir, { recursive: true, force: true });
}

console.log(`\nLighthouse ${version} on ${url} (Chromium at ${chromiumPath})`);
console.table(rows);
