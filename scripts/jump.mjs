#!/usr/bin/env node
// `npm run jump`: how far the page's text moves when dermakit.js runs late (issue 8), for the README's Performance
// section; printed, never asserted (test/jump/late-script.test.ts asserts).
// The page of test/jump/pages.ts (every widget, each followed by a paragraph) is loaded in Debian's headless
// Chromium at 390 and 1280 px, with and without dist/dermakit.css; dist/dermakit.js is added after the first layout
// (test/jump/measure.ts, transpiled here with TypeScript and served as is). Per widget: how much its own box grew or
// shrank when it upgraded (the move it adds to everything below it); last row: the largest move of any paragraph.
// Options: --no-build (reuse dist/), --firefox (Firefox ESR through puppeteer instead; FIREFOX_PATH), --dist DIR
// (measure another build's dermakit.js, e.g. an older commit's `git archive` built in /tmp; implies --no-build; the
// with-CSS columns only when DIR has a dermakit.css).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import ts from 'typescript';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(new URL('..', import.meta.url).pathname);
const args = process.argv.slice(2);
const firefox = args.includes('--firefox');
const WIDTHS = [390, 1280];
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? resolve(args[distAt + 1]) : join(root, 'dist');
const withCss = existsSync(join(dist, 'dermakit.css'));

if (!args.includes('--no-build') && distAt < 0) {
  console.log('building dist/ (npm run build)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr, '\njump: the build failed; nothing measured.');
    process.exit(1);
  }
}

const harness = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>jump</title></head><body>
<script type="module">
  import { measureJump } from '/test/jump/measure.js';
  import { ALL_WIDGETS_MARKUP, WIDGETS } from '/test/jump/pages.js';
  window.jump = async () => {
    const runs = [];
    for (const width of ${JSON.stringify(WIDTHS)}) {
      for (const css of ${withCss ? '[false, true]' : '[false]'}) runs.push({ width, css, ...(await measureJump({ markup: ALL_WIDGETS_MARKUP, width, css })) });
    }
    return { names: WIDGETS.map((widget) => widget.name), runs };
  };
</script></body></html>`;

const types = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
  const send = (type, body) =>
    response.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' }).end(body);
  try {
    if (path === '/') return send('text/html', harness);
    const module = /^\/test\/jump\/([a-z-]+)\.js$/.exec(path);
    if (module) {
      const source = readFileSync(join(root, 'test/jump', `${module[1]}.ts`), 'utf8');
      return send(
        types['.js'],
        ts.transpileModule(source, {
          compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ES2022 },
        }).outputText,
      );
    }
    const built = /^\/dist\/(dermakit\.(?:js|css))$/.exec(path);
    if (built) return send(types[built[1].slice(built[1].lastIndexOf('.'))], readFileSync(join(dist, built[1])));
    const image = /^\/demo\/images\/[a-z-]+\.svg$/.exec(path);
    if (image) return send(types['.svg'], readFileSync(join(root, path)));
  } catch {
    // fall through to 404
  }
  response.writeHead(404).end();
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const profile = mkdtempSync(join(tmpdir(), 'dermakit-jump-'));
const browser = await puppeteer.launch(
  firefox
    ? {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        headless: true,
        defaultViewport: { width: 1400, height: 1000 },
      }
    : {
        executablePath: chromiumPath,
        headless: true,
        userDataDir: profile,
        defaultViewport: { width: 1400, height: 1000 },
        args: chromiumArgs,
      },
);
const problems = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  await page.waitForFunction('typeof window.jump === "function"');
  const { names, runs } = await page.evaluate('window.jump()');
  const version = await browser.version();

  const css = withCss ? readFileSync(join(dist, 'dermakit.css')) : undefined;
  const signed = (value) =>
    `${value > 0 ? '+' : value < 0 ? '−' : ''}${Math.abs(Math.round(value)).toLocaleString('en')} px`;
  const columns = runs.map((run) => `${run.width} px, ${run.css ? 'with' : 'without'} CSS`);
  const rows = [
    ...names.map((name, i) => [name, ...runs.map((run) => signed(run.own[i]))]),
    ['Largest move of any paragraph', ...runs.map((run) => `${Math.round(run.max).toLocaleString('en')} px`)],
  ];
  console.log(`\n# How far the text after each widget moves when dermakit.js runs late (${version}, headless)`);
  if (dist !== join(root, 'dist')) console.log(`Build measured: ${dist}`);
  console.log(
    css
      ? `dermakit.css: ${css.length.toLocaleString('en')} bytes, ${gzipSync(css, { level: 9 }).length.toLocaleString('en')} bytes gzip -9.`
      : 'No dermakit.css in this build.',
  );
  console.log(
    'Page: every widget, each followed by a paragraph; the script is added after the first layout. Per widget: how much',
  );
  console.log(
    'its box grows (+) or shrinks (−) when it upgrades, moving everything below it. Goal: every paragraph within 16 px.\n',
  );
  console.log(`| Widget | ${columns.join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log(`\nConsole warnings/errors, page errors: ${problems.length ? '' : 'none'}`);
  for (const line of [...new Set(problems)].slice(0, 20)) console.log(`  ${line}`);
} finally {
  await browser.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
