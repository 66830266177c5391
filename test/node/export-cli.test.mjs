// The dermakit-export CLI as a clinic's developer runs it (bin/dermakit-export.mjs over the BUILT module: run
// `npx rollup -c` first): a file or standard input to static or email HTML on stdout, and one clear line on stderr
// with exit code 2 for every way of calling it wrong.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const cli = fileURLToPath(new URL('../../bin/dermakit-export.mjs', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'dermakit-export-'));
const fixture = join(folder, 'landing.html');
writeFileSync(
  fixture,
  `<style>:root { --dk-color-primary: #7a3e9d; }</style>
<script src="https://clinic.example/dermakit.js" defer></script>
<h2>Your recovery</h2>
<dk-recovery treatment-date="2026-11-01">
  <dk-healing-timeline></dk-healing-timeline>
  <dk-collagen-gauge show-types></dk-collagen-gauge>
</dk-recovery>
<dk-faq>
  <dk-faq-item question="Does it hurt?"><p>A little: a numbing cream is applied first &amp; it passes quickly.</p></dk-faq-item>
</dk-faq>`,
);

/** Runs the CLI; `input` goes to its standard input. */
function run(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [cli, ...args], {
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status, stdout, stderr };
}

test('--target static: the page as HTML without scripts or custom elements, counted for --today', () => {
  const { status, stdout, stderr } = run([fixture, '--target', 'static', '--today', '2026-11-13']);
  assert.equal(status, 0, stderr);
  assert.equal(stderr, '');
  assert.match(stdout, /<details/);
  assert.match(stdout, /Does it hurt\?/);
  assert.match(stdout, /numbing cream is applied first &amp; it passes quickly/);
  assert.match(stdout, /Day 12: Proliferative/, 'the timeline says where the visitor is on that day');
  assert.match(stdout, /#7a3e9d/, "the theme rule's colour, as a literal");
  assert.ok(
    !/<script(?! type="application\/ld\+json")|<dk-|var\(--/.test(stdout),
    'no script, no custom element, no custom property',
  );
});

test('--target email: tables and inline styles, no SVG; --text prints the text part', () => {
  const html = run([fixture, '--target', 'email', '--today', '2026-11-13']);
  assert.equal(html.status, 0, html.stderr);
  assert.match(html.stdout, /<table role="presentation"/);
  assert.ok(!/<svg|<script|<dk-/.test(html.stdout));
  assert.match(html.stdout, /8%/, "the gauge's figure for day 12");
  const text = run([fixture, '--target=email', '--today=2026-11-13', '--text']);
  assert.equal(text.status, 0, text.stderr);
  assert.ok(!text.stdout.includes('<'), 'plain text');
  assert.match(text.stdout, /Does it hurt\?\nA little: a numbing cream is applied first & it passes quickly\./);
});

test('- reads standard input, with the same result as the file', () => {
  const fromFile = run([fixture, '--target', 'static', '--today', '2026-11-13']);
  const fromStdin = run(['-', '--target', 'static', '--today', '2026-11-13'], readFileSync(fixture, 'utf8'));
  assert.equal(fromStdin.status, 0, fromStdin.stderr);
  assert.equal(fromStdin.stdout, fromFile.stdout);
});

test('warnings about the markup go to stderr, the export still succeeds', () => {
  const { status, stdout, stderr } = run(
    ['-', '--target', 'static'],
    '<dk-collagen-gauge value="lots"></dk-collagen-gauge>',
  );
  assert.equal(status, 0);
  assert.equal(stderr, 'dermakit-export: warning: <dk-collagen-gauge> value: "lots" is not a number; ignoring it.\n');
  assert.match(stdout, /0%/);
});

test('a missing file, a bad target, an unknown option, no target, no input or a bad date: one line on stderr, exit code 2, nothing on stdout', () => {
  const cases = [
    [
      [join(folder, 'missing.html'), '--target', 'static'],
      /^dermakit-export: cannot read ".*missing\.html": no such file\.$/,
    ],
    [[folder, '--target', 'static'], /^dermakit-export: cannot read ".*": it is a directory\.$/],
    [
      [fixture, '--target', 'pdf'],
      /^dermakit-export: --target must be static or email, not "pdf"\. Try dermakit-export --help\.$/,
    ],
    [
      [fixture, '--target', 'static', '--inline-css'],
      /^dermakit-export: unknown option --inline-css\. Try dermakit-export --help\.$/,
    ],
    [[fixture], /^dermakit-export: missing --target static\|email\. Try dermakit-export --help\.$/],
    [
      ['--target', 'email'],
      /^dermakit-export: no input: give an HTML file, or - to read standard input\. Try dermakit-export --help\.$/,
    ],
    [[fixture, '--target'], /^dermakit-export: --target needs a value\. Try dermakit-export --help\.$/],
    [
      [fixture, '--target', 'email', '--today', '13/11/2026'],
      /^dermakit-export: --today must be a date as YYYY-MM-DD, not "13\/11\/2026"\. Try dermakit-export --help\.$/,
    ],
    [[fixture, fixture, '--target', 'email'], /^dermakit-export: one input only/],
  ];
  for (const [args, message] of cases) {
    const { status, stdout, stderr } = run(args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '', args.join(' '));
    assert.equal(stderr.split('\n').filter(Boolean).length, 1, `one line: ${stderr}`);
    assert.match(stderr.trim(), message);
  }
});

test('--help says how to call it and exits 0; package.json names the CLI in bin', () => {
  const { status, stdout } = run(['--help']);
  assert.equal(status, 0);
  assert.match(stdout, /^Usage: dermakit-export <file\.html \| -> --target static\|email/);
  assert.match(stdout, /Exit codes: 0 done, 1 the export failed, 2 bad usage or unreadable input/);
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  assert.equal(manifest.bin['dermakit-export'], 'bin/dermakit-export.mjs');
  assert.ok(manifest.files.includes('bin'));
  assert.match(readFileSync(cli, 'utf8'), /^#!\/usr\/bin\/env node\n/);
});

test('--web-url: the email starts with a link to the landing page, in the HTML and the text part; a bad address is left out with a warning', () => {
  const html = run([
    fixture,
    '--target',
    'email',
    '--web-url',
    'https://clinic.example/recovery?utm_source=email&x="y"',
  ]);
  assert.equal(html.status, 0, html.stderr);
  const first = html.stdout.indexOf('<a href="https://clinic.example/recovery?utm_source=email&amp;x=%22y%22"');
  assert.ok(first > 0 && first < html.stdout.indexOf('Your recovery'), 'the link comes before the content');
  assert.match(html.stdout, />View this in your browser<\/a>/);
  const text = run([fixture, '--target', 'email', '--text', '--web-url', 'https://clinic.example/recovery']);
  assert.match(text.stdout, /^View this in your browser: https:\/\/clinic\.example\/recovery\n\n/);
  const bad = run([fixture, '--target', 'email', '--web-url', 'javascript:alert(1)']);
  assert.equal(bad.status, 0);
  assert.doesNotMatch(bad.stdout, /javascript:|View this in your browser/);
  assert.match(bad.stderr, /webUrl option: .*not an absolute http\(s\) address/);
});
