// Every suite runs in Debian's Chromium, Firefox ESR and WebKitGTK (Safari's engine: most clinic visitors are
// on iPhones). Run through `npm test` (scripts/test.mjs), which finds the browsers, starts WebKitWebDriver
// and a virtual display, and says how to install what is missing.
//
// Environment (set by scripts/test.mjs): DK_BROWSERS (comma list of chromium,firefox,webkit),
// CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PORT, WEBKIT_BROWSER_PATH.
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { frameworkPlugins } from './test/frameworks/serve-frameworks.mjs';

const wanted = (process.env.DK_BROWSERS ?? 'chromium,firefox,webkit').split(',');

const chromiumTestArgs = [
  ...chromiumArgs,
  // Two test pages share the browser: keep the one in the background rendering (frames, timers), or
  // requestAnimationFrame-based waits stall there.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumTestArgs },
      // Each page in its own browser context, so each is a visible, focused page: in a hidden background tab a
      // mouse move with a button held (sendMouse drag) never completes, whatever the flags above.
      async createPage({ browser }) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        page.once('close', () => context.close().catch(() => {}));
        return page;
      },
      concurrency: 2,
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
      },
      // One tab at a time: keys sent to a background tab were seen to miss their focused element.
      concurrency: 1,
    }),
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT || 4444),
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    }),
};

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: forced-colours mode in Chromium, through the DevTools
 * protocol (the runner's own emulateMedia hands `forcedColors` to Playwright only). Firefox's and WebKit's drivers
 * cannot emulate it: the command answers false there and the forced-colours tests say so.
 */
function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (!page?.createCDPSession) return false;
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

function hasTimeZoneTests() {
  return readdirSync('test', { recursive: true }).some((file) => String(file).endsWith('.tz.test.ts'));
}

/** Calendar-day tests run again in Chromium with the visitor's time zone emulated (DST days are 23 or 25 hours). */
function timeZoneGroup(timeZone) {
  return {
    name: `tz-${timeZone.replace('/', '-').toLowerCase()}`,
    files: 'test/**/*.tz.test.ts',
    browsers: [
      chromeLauncher({
        launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumTestArgs },
        async createPage({ browser }) {
          const page = await browser.newPage();
          await page.emulateTimezone(timeZone);
          return page;
        },
      }),
    ],
  };
}

const browsers = Object.fromEntries(wanted.filter((name) => launchers[name]).map((name) => [name, launchers[name]()]));

/**
 * The late-script jump measure (test/jump/) is issue 8's Chromium and Firefox test: its own group, sharing their
 * browsers, and out of the default files (so WebKit skips it). A run with `--files` leaves it out; scripts/test.mjs
 * turns `--files test/jump/…` into `--group jump` with DK_JUMP_FILES.
 */
function jumpGroup() {
  const engines = ['chromium', 'firefox'].filter((name) => browsers[name]).map((name) => browsers[name]);
  const focused = process.argv.some((arg) => arg === '--files' || arg.startsWith('--files='));
  if ((focused && !process.argv.includes('--group')) || !engines.length) return [];
  return [
    { name: 'jump', files: process.env.DK_JUMP_FILES?.split(',') ?? 'test/jump/**/*.test.ts', browsers: engines },
  ];
}

export default {
  files: ['test/**/*.test.ts', '!test/**/*.tz.test.ts', '!test/jump/**'],
  // Test what ships: Lit's production build (its dev build also logs a banner in every file).
  nodeResolve: { exportConditions: ['production'] },
  // WebKit runs one file at a time: the WebDriver launcher supports keyboard and pointer commands
  // (sendKeys, sendMouse) only with a global concurrency of 1. Chromium sets its own above.
  concurrency: 1,
  browserStartTimeout: 120000,
  // The whole run, not one test: WebKit runs its files one at a time and CI machines have two cores.
  testsFinishTimeout: 1200000,
  // React's CommonJS served as ES modules for the framework host tests (test/frameworks/), then TypeScript.
  plugins: [
    ...frameworkPlugins(),
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
    forcedColorsPlugin(),
  ],
  // test/csp/strict-csp.html (and only it) is served as a clinic would serve it: the file as written (without the
  // runner's injected web-socket script) and the strict policy as a real HTTP header. test/csp/strict-csp.test.ts
  // proves the kit runs there with no violation and no request but the page's own files.
  middleware: [
    async (context, next) => {
      if (context.path !== '/test/csp/strict-csp.html') return next();
      context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      context.type = 'html';
      context.body = await readFile(new URL('./test/csp/strict-csp.html', import.meta.url));
    },
  ],
  browsers: Object.values(browsers),
  groups: [
    ...jumpGroup(),
    ...(process.env.DK_SKIP_TZ || !hasTimeZoneTests()
      ? []
      : [timeZoneGroup('Europe/Berlin'), timeZoneGroup('America/New_York')]),
  ],
  testFramework: { config: { timeout: 10000 } },
};
