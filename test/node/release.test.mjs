// The release a site owner downloads (scripts/build-release.mjs, the last step of `npm run build`): the folder holds
// the kit, its integrity hash and tag, the CSS, the WordPress plugin, the licences and a README; the hash is the
// file's; the zip holds exactly the folder and is byte-identical when built again.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { inflateRawSync } from 'node:zlib';

const root = new URL('../..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `dermakit-${version}`;
const folder = join(root, 'dist/release', name);
const zipPath = join(root, 'dist', `${name}.zip`);
const read = (file) => readFileSync(join(folder, file));

/** The entries of a zip file, by name: reads the central directory (as unzip does), inflating each file. */
function unzip(bytes) {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const entryName = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + size);
    entries.set(entryName, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

const ELEMENT_SCRIPTS = [
  'dermakit-before-after.js',
  'dermakit-faq.js',
  'dermakit-gauge.js',
  'dermakit-plan.js',
  'dermakit-recovery.js',
  'dermakit-timeline.js',
];

test('the release folder holds the kit, the per-element scripts, their hashes, the CSS, the plugin, the licences and a README', () => {
  assert.deepEqual(readdirSync(folder).sort(), [
    'LICENSE',
    'README.txt',
    ...ELEMENT_SCRIPTS,
    'dermakit-wordpress.zip',
    'dermakit.css',
    'dermakit.js',
    'integrity.txt',
  ]);
  for (const file of ['dermakit.js', ...ELEMENT_SCRIPTS, 'dermakit.css', 'dermakit-wordpress.zip']) {
    assert.ok(read(file).equals(readFileSync(join(root, 'dist', file))), `${file} is the build's`);
  }
  const license = read('LICENSE').toString();
  assert.match(license, /^MIT License/);
  assert.match(
    license,
    /@lit\/context [\d.]+: Copyright \(c\) \d{4} Google LLC/,
    "Lit's notice: dermakit.js bundles it",
  );
  assert.match(license, /Redistributions in binary form must reproduce/);

  const readme = read('README.txt').toString();
  assert.match(readme, new RegExp(`^dermakit ${version.replace(/\./g, '\\.')}\\n`));
  for (const file of [
    'dermakit.js',
    'integrity.txt',
    'dermakit.css',
    'dermakit-wordpress.zip',
    'LICENSE',
    ...ELEMENT_SCRIPTS,
  ])
    assert.match(readme, new RegExp(`^${file.replace('.', '\\.')}\\s`, 'm'), `README.txt says what ${file} is`);
  assert.match(readme, /<script src="\/js\/dermakit\.js" defer><\/script>/, 'the one tag to add');
  assert.match(readme, /Upload Plugin/, 'how to install the WordPress zip');
  assert.match(readme, /demo\/configure\.html/, 'where the configurator is');
});

test('integrity.txt: the sha384 of dermakit.js, and a tag that carries it', () => {
  const expected = `sha384-${createHash('sha384').update(read('dermakit.js')).digest('base64')}`;
  const text = read('integrity.txt').toString();
  assert.equal(text.split('\n')[0], expected, 'first line: the hash alone');
  const tag = /<script [^>]*><\/script>/.exec(text)?.[0];
  assert.ok(tag, 'a <script> tag');
  assert.ok(tag.includes(`integrity="${expected}"`), tag);
  assert.match(tag, / crossorigin="anonymous"/);
  assert.match(tag, / defer>/);
});

test('integrity.txt: a tag with the right hash for each per-element script', () => {
  const text = read('integrity.txt').toString();
  for (const file of ELEMENT_SCRIPTS) {
    const tag = new RegExp(`<script src="/js/${file.replace('.', '\\.')}" [^>]*></script>`).exec(text)?.[0];
    assert.ok(tag, `a tag for ${file}`);
    const hash = `sha384-${createHash('sha384').update(read(file)).digest('base64')}`;
    assert.ok(tag.includes(`integrity="${hash}"`), `${file}'s own hash: ${tag}`);
  }
});

test('the zip holds exactly the folder, and a second build writes the same bytes', () => {
  const first = readFileSync(zipPath);
  const entries = unzip(first);
  assert.deepEqual(
    [...entries.keys()],
    [
      `${name}/`,
      ...readdirSync(folder)
        .sort()
        .map((file) => `${name}/${file}`),
    ],
    'one top folder, entries sorted',
  );
  for (const file of readdirSync(folder))
    assert.ok(entries.get(`${name}/${file}`).equals(read(file)), `${file} in the zip is the folder's`);

  // Built again elsewhere (dist/ stays as it is: pack.test.mjs packs it meanwhile).
  const again = mkdtempSync(join(tmpdir(), 'dermakit-release-'));
  try {
    execFileSync(process.execPath, [join(root, 'scripts/build-release.mjs'), '--out', again], {
      cwd: root,
      stdio: 'ignore',
    });
    assert.ok(
      readFileSync(join(again, `${name}.zip`)).equals(first),
      `dist/${name}.zip is byte-identical when built again`,
    );
  } finally {
    rmSync(again, { recursive: true, force: true });
  }
  assert.deepEqual(
    readdirSync(join(root, 'dist')).filter((file) => /^dermakit-\d.*\.zip$/.test(file)),
    [`${name}.zip`],
    'one release zip, of this version',
  );
});
