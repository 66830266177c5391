#!/usr/bin/env node
// `npm run bench`: figures for the README's Performance section, printed and never asserted.
// 1. Builds dist/ (`npm run build`; `--no-build` reuses it) and prints dist/dermakit.js minified and gzip -9.
// 2. Render: a generated clinic page (10 FAQs of 30 items, 50 gauges, 20 timelines, 20 plans, 10 before/after
//    sliders) against its native-HTML twin, in Debian's headless Chromium, fresh page and browser context per
//    run, the two interleaved. Time from the kit's <script> starting to every element rendered.
// 3. Memory: JS heap before, halfway and after 10,000 attach/detach cycles of each element, after forced GC,
//    with live dk-* elements, WeakRefs and event listeners counted.
// Everything is served from a local http server on 127.0.0.1; nothing else is fetched.
// Options: --runs N (default 9), --cycles N (default 10000), --no-build. CHROME_PATH picks the browser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { dermakitPage, memoryPage, memoryScenarios, nativePage } from './bench/pages.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = Math.max(7, option('runs', 9));
const CYCLES = option('cycles', 10_000);
const WARMUP_CYCLES = 200;
const HALF = Math.floor(CYCLES / 2);
const TAGS = [
  'dk-faq',
  'dk-faq-item',
  'dk-recovery',
  'dk-healing-timeline',
  'dk-phase',
  'dk-collagen-gauge',
  'dk-treatment-plan',
  'dk-before-after',
];
const began = performance.now();
const loadBefore = loadavg()[0];
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
const log = (message) => console.log(`[${elapsed().padStart(5)}] ${message}`);

// ---------------------------------------------------------------- build and size

if (!args.includes('--no-build')) {
  log('building dist/ (npm run build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr, '\nbench: the build failed; nothing measured.');
    process.exit(1);
  }
}
const bundle = readFileSync(join(root, 'dist/dermakit.js'));
const size = { minified: bundle.length, gzip: gzipSync(bundle, { level: 9 }).length };

// ---------------------------------------------------------------- local server

const pages = { '/dermakit.html': dermakitPage(), '/native.html': nativePage(), '/memory.html': memoryPage() };
const requests = [];
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  requests.push(path);
  const send = (type, body) => response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  try {
    if (pages[path]) return send('text/html; charset=utf-8', pages[path]);
    if (path === '/dist/dermakit.js') return send('text/javascript; charset=utf-8', bundle);
    const image = /^\/images\/([a-z-]+\.svg)$/.exec(path);
    if (image) return send('image/svg+xml', readFileSync(join(root, 'demo/images', image[1])));
    if (path === '/favicon.ico') return response.writeHead(204).end();
  } catch {
    // fall through to 404
  }
  response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- browser

const profile = mkdtempSync(join(tmpdir(), 'dermakit-bench-'));
const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  userDataDir: profile,
  defaultViewport: { width: 1280, height: 800 },
  args: chromiumArgs,
});
const chromium = await browser.version();
const problems = [];

async function freshPage() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
      problems.push(`request outside the bench server: ${request.url()}`);
  });
  return { page, close: () => context.close() };
}

try {
  // -------------------------------------------------------------- render
  async function renderRun(kind) {
    const { page, close } = await freshPage();
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
      await page.goto(`${origin}/${kind}.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.benchResult', { timeout: 60_000 });
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN);
      const result = await page.evaluate('window.benchResult');
      // CPU time of the renderer's main thread (thread ticks): what the page cost, whatever else the machine runs.
      return {
        ...result,
        cpu: metric('ThreadTime'),
        styleLayout: metric('RecalcStyleDuration') + metric('LayoutDuration'),
      };
    } finally {
      await close();
    }
  }

  log(`render: ${RUNS} runs each of the dermakit page and the native page, interleaved (+1 warm-up each)…`);
  const runs = { dermakit: [], native: [] };
  let shape;
  for (let i = -1; i < RUNS; i++) {
    const order = i % 2 ? ['dermakit', 'native'] : ['native', 'dermakit'];
    for (const kind of order) {
      const result = await renderRun(kind);
      if (i >= 0) runs[kind].push(result);
      if (kind === 'dermakit') shape ??= result;
    }
    if (i < 0) continue;
    const [dk, native] = [runs.dermakit.at(-1), runs.native.at(-1)];
    log(
      `  run ${i + 1}/${RUNS}: script start → rendered: dermakit ${ms(dk.rendered - dk.start)}, native ${ms(native.rendered - native.start)}; ` +
        `main-thread CPU: ${ms(dk.cpu)}, ${ms(native.cpu)}`,
    );
  }

  // -------------------------------------------------------------- memory
  log(
    `memory: ${CYCLES.toLocaleString('en')} attach/detach cycles per element (after ${WARMUP_CYCLES} warm-up cycles)…`,
  );
  const memory = [];
  for (const scenario of memoryScenarios) {
    const { page, close } = await freshPage();
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(`${origin}/memory.html`, { waitUntil: 'load' });
      await page.bringToFront();
      const measure = async () => {
        for (let i = 0; i < 6; i++) {
          await cdp.send('HeapProfiler.collectGarbage');
          await new Promise((done) => setTimeout(done, 30));
        }
        const heap = await cdp.send('Runtime.getHeapUsage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const listeners = metrics.find((m) => m.name === 'JSEventListeners')?.value;
        // Live objects on the heap, counted by prototype: detached elements a leak keeps alive, and the WeakRefs
        // @lit/context's ContextRoot holds (two per context request still waiting for a provider).
        let elements = 0;
        for (const tag of TAGS) elements += await countObjects(cdp, `customElements.get('${tag}')?.prototype ?? null`);
        const weakRefs = await countObjects(cdp, 'WeakRef.prototype');
        return { js: heap.usedSize, embedder: heap.embedderHeapUsedSize, listeners, elements, weakRefs };
      };
      await page.evaluate((name) => window.benchSetup(name), scenario);
      await page.evaluate((n) => window.benchCycles(n), WARMUP_CYCLES);
      const before = await measure();
      // Measured at half-time too: a cache fills once, a leak keeps growing through the second half.
      let seconds = 0;
      const cycles = async (count) => {
        const started = performance.now();
        for (let done = 0; done < count; done += 1_000) {
          if (process.stdout.isTTY) process.stdout.write(`\r[${elapsed().padStart(5)}]   ${scenario}…`);
          await page.evaluate((n) => window.benchCycles(n), Math.min(1_000, count - done));
        }
        if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
        seconds += (performance.now() - started) / 1000;
      };
      await cycles(HALF);
      const half = await measure();
      await cycles(CYCLES - HALF);
      const after = await measure();
      memory.push({ scenario, before, half, after, seconds });
      log(`  ${scenario}: ${kb(before.js)} → ${kb(half.js)} → ${kb(after.js)} (${seconds.toFixed(1)} s)`);
    } finally {
      await close();
    }
  }

  // -------------------------------------------------------------- report
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const stat = (list, from, to) => {
    const values = list.map((r) => r[to] - (from ? r[from] : 0));
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  const span = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;

  console.log('\n# dermakit bench');
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${chromium} (headless)`,
  );
  console.log(
    `Load average (1 min) at start ${loadBefore.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}: other work on the machine stretches the times.`,
  );
  console.log(
    `Bundle dist/dermakit.js: ${size.minified.toLocaleString('en')} bytes minified, ${size.gzip.toLocaleString('en')} bytes gzip -9`,
  );

  const c = shape.counts;
  console.log(`\n## Render (median of ${RUNS} runs, min–max; fresh page each run)`);
  console.log(
    `Page: ${c['dk-faq']} dk-faq with ${c['dk-faq-item']} items, ${c['dk-collagen-gauge']} gauges, ${c['dk-healing-timeline']} timelines (${c['dk-phase']} phases), ` +
      `${c['dk-treatment-plan']} plans, ${c['dk-before-after']} before/after, in ${c['dk-recovery']} dk-recovery; ${shape.elements} Lit elements, ${shape.undefinedCount} left undefined.`,
  );
  const rows = [
    ['script start → rendered', stat(runs.dermakit, 'start', 'rendered'), stat(runs.native, 'start', 'rendered')],
    ['  of which: until the script returns', stat(runs.dermakit, 'start', 'evaluated'), null],
    ['navigation → rendered', stat(runs.dermakit, null, 'rendered'), stat(runs.native, null, 'rendered')],
    ['main-thread CPU, whole load (thread time)', stat(runs.dermakit, null, 'cpu'), stat(runs.native, null, 'cpu')],
    ['  of which: style + layout', stat(runs.dermakit, null, 'styleLayout'), stat(runs.native, null, 'styleLayout')],
  ];
  table(
    ['Measure', 'dermakit', 'native HTML', 'ratio'],
    rows.map(([name, dk, native]) => [
      name,
      span(dk),
      native ? span(native) : '',
      native ? `${(dk.median / native.median).toFixed(1)}×` : '',
    ]),
  );

  console.log(
    `\n## Memory: ${CYCLES.toLocaleString('en')} cycles of create → append → await updateComplete → remove, after forced GC`,
  );
  table(
    [
      'Element',
      'JS heap before',
      `after ${short(HALF)}`,
      `after ${short(CYCLES)}`,
      'delta',
      'B/cycle, 2nd half',
      'DOM heap Δ',
      'live dk-*',
      'WeakRefs',
      'listeners',
      'time',
    ],
    memory.map(({ scenario, before, half, after, seconds }) => [
      scenario,
      kb(before.js),
      kb(half.js),
      kb(after.js),
      signedKb(after.js - before.js),
      `${Math.round((after.js - half.js) / (CYCLES - HALF))} B`,
      before.embedder === undefined ? 'n/a' : signedKb(after.embedder - before.embedder),
      `${before.elements} → ${after.elements}`,
      `${before.weakRefs} → ${after.weakRefs}`,
      `${before.listeners} → ${after.listeners}`,
      `${seconds.toFixed(1)} s`,
    ]),
  );
  console.log(
    'JS heap: V8 used size; DOM heap: Blink objects (noisy); live dk-*: kit elements still on the heap (the ones the',
  );
  console.log('scenario keeps attached included); listeners: event listeners in the page.');
  console.log(
    'A listener, observer or timer left behind on disconnect keeps its detached element alive: live dk-* elements would',
  );
  console.log(
    `climb by up to ${CYCLES.toLocaleString('en')} and the heap by hundreds of bytes or more per cycle. WeakRefs are @lit/context's`,
  );
  console.log(
    'ContextRoot buffering requests of widgets outside any <dk-recovery> (two per widget ever connected, about 60-80 B);',
  );
  console.log('the buffer empties when a <dk-recovery> connects.');

  const outside = requests.filter(
    (path) => !pages[path] && path !== '/dist/dermakit.js' && !path.startsWith('/images/') && path !== '/favicon.ico',
  );
  const unique = [...new Set(problems.concat(outside.map((path) => `unexpected request: ${path}`)))];
  console.log(`\nConsole warnings/errors, page errors, stray requests: ${unique.length ? '' : 'none'}`);
  for (const line of unique.slice(0, 20)) console.log(`  ${line}`);
  console.log(`\nBench took ${elapsed()}.`);
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

/** How many live objects have the prototype `expression` evaluates to (0 for null). */
async function countObjects(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'bench' });
  if (!result.objectId) return 0;
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: result.objectId,
    objectGroup: 'bench',
  });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
  return length.value;
}

function short(count) {
  return count % 1000 ? count.toLocaleString('en') : `${count / 1000}k`;
}
function ms(value) {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}
function kb(bytes) {
  return `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KB`;
}
function signedKb(bytes) {
  const text = `${(bytes / 1024).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KB`;
  return bytes > 0 ? `+${text}` : text;
}
function table(head, body) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const line = (cells) => `| ${cells.map((cell, i) => String(cell).padEnd(widths[i])).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}
