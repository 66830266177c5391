#!/usr/bin/env node
// Runs the browser test suite (web-test-runner) in Debian's Chromium, Firefox ESR and WebKitGTK.
// Finds the browsers (or says how to install them), starts WebKitWebDriver on a free port and, when there is no
// display, runs everything under xvfb-run. Extra arguments go to web-test-runner (e.g. `--files test/faq/*.ts`).
// DK_BROWSERS=chromium limits the browsers while developing; CI and `npm test` run all three.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromiumPath } from './chromium.mjs';

const browsers = (process.env.DK_BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
const paths = {
  chromium: chromiumPath,
  firefox: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver',
  webkit: process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfbRun: '/usr/bin/xvfb-run',
};

const needsDisplay = browsers.includes('webkit') && !process.env.DISPLAY;
const missing = [
  browsers.includes('chromium') && !existsSync(paths.chromium) && `Chromium (${paths.chromium}; or set CHROME_PATH)`,
  browsers.includes('firefox') && !existsSync(paths.firefox) && `Firefox ESR (${paths.firefox}; or set FIREFOX_PATH)`,
  browsers.includes('webkit') && !existsSync(paths.webkitDriver) && `WebKitWebDriver (${paths.webkitDriver})`,
  browsers.includes('webkit') && !existsSync(paths.webkit) && `WebKitGTK MiniBrowser (${paths.webkit})`,
  needsDisplay && !existsSync(paths.xvfbRun) && 'xvfb-run (a virtual display for WebKit)',
].filter(Boolean);

if (missing.length) {
  console.error(
    `dermakit tests need real browsers, and these are missing:\n  - ${missing.join('\n  - ')}\n\n` +
      'On Debian/Ubuntu install them with:\n  sudo apt-get update && sudo apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb\n' +
      '(npm-downloaded browsers are not used). To run a subset meanwhile: DK_BROWSERS=chromium npm test',
  );
  process.exit(1);
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not start within 10 s');
}

const env = { ...process.env, DK_BROWSERS: browsers.join(',') };
let driver;
if (browsers.includes('webkit')) {
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  // The driver starts MiniBrowser, so it needs the display too.
  driver = needsDisplay
    ? spawn(paths.xvfbRun, ['-a', paths.webkitDriver, `--port=${port}`], { env, stdio: 'ignore', detached: true })
    : spawn(paths.webkitDriver, [`--port=${port}`], { env, stdio: 'ignore', detached: true });
  await waitForDriver(port, driver);
}

const stopDriver = () => {
  if (driver && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
};
process.on('exit', stopDriver);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

// test/jump/ runs as its own group in Chromium and Firefox (web-test-runner.config.mjs): `--files` naming only
// files there becomes `--group jump`, so WebKit (whose default group leaves test/jump/ out) does not run them.
let args = process.argv.slice(2);
const filePatterns = [];
const otherArgs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--files=')) filePatterns.push(args[i].slice('--files='.length));
  else if (args[i] === '--files')
    while (i + 1 < args.length && !args[i + 1].startsWith('-')) filePatterns.push(args[++i]);
  else otherArgs.push(args[i]);
}
if (filePatterns.length && filePatterns.every((pattern) => pattern.replace(/^\.\//, '').startsWith('test/jump/'))) {
  env.DK_JUMP_FILES = filePatterns.join(',');
  args = [...otherArgs, '--group', 'jump'];
}

const runner = spawn('npx', ['web-test-runner', ...args], { env, stdio: 'inherit' });
runner.on('exit', (code, signal) => {
  stopDriver();
  process.exit(code ?? (signal ? 1 : 0));
});
