#!/usr/bin/env node
// `npm run bench`: figures for the README's Performance section, printed and never asserted.
// 1. Builds: the working tree's dist/ (`npm run build`; `--no-build` reuses it), and each `--baseline <git-ref>`
//    built in a temporary git worktree (node_modules linked, `npx rollup -c`), removed afterwards. `--current
//    <git-ref>` measures a ref the same way instead of the working tree. Bytes of every script and dermakit.css.
// 2. Render, in Debian's headless Chromium, fresh page and browser context per run, every page of every build
//    interleaved: the full page (420 elements) and a clinic's FAQ page (2 dk-faq, 30 items, page text), each
//    against its native-HTML twin; the FAQ page with dist/dermakit-faq.js and with the whole kit. Time from the
//    kit's <script> starting to every element rendered, and the main thread's CPU time, as ratios to native.
// 3. Network (current build; `--no-network` skips it): the same pages over an emulated slow mobile connection
//    (DevTools' "Slow 4G"), gzipped, 5 runs each: bytes received, first text painted and navigation → rendered.
// 4. Memory (current build; `--no-memory` skips it): JS heap before, halfway and after 10,000 attach/detach cycles
//    of each element, after forced GC, with live dk-* elements, WeakRefs and event listeners counted.
// Everything is served from a local http server on 127.0.0.1; nothing else is fetched.
// Options: --runs N (default 9, at least 7), --cycles N (default 10000), --no-build, --no-network, --no-memory,
// --baseline REF (repeatable), --current REF. CHROME_PATH picks the browser.
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { refBuild, removeWorktrees, workingTreeBuild } from './bench/builds.mjs';
import { startBrowser } from './bench/browser.mjs';
import { printMemory, runMemory, WARMUP_CYCLES } from './bench/memory.mjs';
import { memoryPage } from './bench/memory-page.mjs';
import { NETWORK, NETWORK_RUNS, networkCases, printNetwork, runNetwork } from './bench/network.mjs';
import { renderCases, runRender } from './bench/render.mjs';
import { printRender } from './bench/render-report.mjs';
import { startServer } from './bench/server.mjs';
import { printSizes } from './bench/sizes.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const values = (name) => args.flatMap((arg, i) => (arg === `--${name}` && args[i + 1] ? [args[i + 1]] : []));
const number = (name, fallback) => (values(name).length ? Number(values(name).at(-1)) : fallback);
const RUNS = Math.max(7, number('runs', 9));
const CYCLES = number('cycles', 10_000);
const MEMORY = !args.includes('--no-memory');
const NETWORK_ON = !args.includes('--no-network');
const began = performance.now();
const loadBefore = loadavg()[0];
const elapsed = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
const log = (message) => console.log(`[${elapsed().padStart(5)}] ${message}`);

for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    removeWorktrees(root);
    process.exit(130);
  });

// ---------------------------------------------------------------- builds

const builds = {};
try {
  const [currentRef] = values('current');
  if (currentRef) {
    log(`building ${currentRef} in a temporary worktree (rollup -c)…`);
    builds.current = refBuild(root, currentRef);
  } else {
    if (!args.includes('--no-build')) log('building dist/ (npm run build)…');
    builds.current = workingTreeBuild(root, { build: !args.includes('--no-build') });
  }
  for (const [index, ref] of values('baseline').entries()) {
    log(`building baseline ${ref} in a temporary worktree (rollup -c)…`);
    builds[`base-${index + 1}`] = refBuild(root, ref);
  }
} catch (error) {
  removeWorktrees(root);
  console.error(`${error.message}\nbench: a build failed; nothing measured.`);
  process.exit(1);
}
const labelOf = (c) =>
  c.build ? `${builds[c.build].label}${c.script === 'dermakit-faq.js' ? ' faq.js' : ''}` : 'native';

// ---------------------------------------------------------------- server and browser

const { pages, cases } = renderCases(builds);
pages['/current/memory.html'] = memoryPage('/current/dist/dermakit.js');
const server = await startServer(root, pages, builds);
const browser = await startBrowser(server.origin);

try {
  log(`render: ${RUNS} rounds of ${cases.length} pages, interleaved (+1 warm-up round)…`);
  const results = await runRender({
    freshPage: browser.freshPage,
    origin: server.origin,
    cases,
    runs: RUNS,
    log,
    labelOf,
  });

  let network;
  const slowCases = networkCases(cases);
  if (NETWORK_ON) {
    log(`network: ${NETWORK_RUNS} rounds of ${slowCases.length} pages over "${NETWORK}"…`);
    network = await runNetwork({
      freshPage: browser.freshPage,
      origin: server.origin,
      cases: slowCases,
      runs: NETWORK_RUNS,
      log,
      labelOf,
    });
  }

  let memory;
  if (MEMORY) {
    log(`memory: ${CYCLES.toLocaleString('en')} attach/detach cycles per element (after ${WARMUP_CYCLES} warm-up)…`);
    memory = await runMemory({
      freshPage: browser.freshPage,
      url: `${server.origin}/current/memory.html`,
      cycles: CYCLES,
      log,
      elapsed,
    });
  }

  // -------------------------------------------------------------- report
  const baselines = Object.keys(builds)
    .filter((key) => key !== 'current')
    .map((key) => builds[key]);
  console.log('\n# dermakit bench');
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}, ${browser.version} (headless)`,
  );
  console.log(
    `Load average (1 min) at start ${loadBefore.toFixed(1)}, at end ${loadavg()[0].toFixed(1)}: other work on the machine stretches the clock times.`,
  );
  console.log(`Current: ${builds.current.describe}`);
  for (const base of baselines) console.log(`Baseline: ${base.describe}`);

  console.log('\n## Bytes of every script and the stylesheet');
  printSizes(builds.current, baselines);

  printRender({ results, builds, runs: RUNS });
  if (network) printNetwork({ results: network, cases: slowCases, runs: NETWORK_RUNS });
  if (memory) printMemory(memory, CYCLES, `dermakit.js, ${builds.current.label}`);

  const problems = [...new Set(browser.problems.concat(server.strays.map((path) => `unexpected request: ${path}`)))];
  console.log(`\nConsole warnings/errors, page errors, stray requests: ${problems.length ? '' : 'none'}`);
  for (const line of problems.slice(0, 20)) console.log(`  ${line}`);
  console.log(`\nBench took ${elapsed()}.`);
} finally {
  await browser.close();
  await server.close();
}
