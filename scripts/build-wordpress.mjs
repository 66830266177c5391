#!/usr/bin/env node
// Builds the WordPress plugin: dist/wordpress/dermakit/ (the unpacked plugin) and dist/dermakit-wordpress.zip
// (one top folder `dermakit/`, dermakit.php its main file). It holds wordpress/ as written, the current
// dist/dermakit.js, the per-element dist/dermakit-<family>.js and dist/dermakit.css in assets/, and
// includes/elements.php: each tag's public attributes and which per-element script defines it, generated from the
// custom elements manifest (never committed, so it cannot drift from the source). The zip is
// deterministic: entries sorted, fixed timestamps and permissions, so the same sources give the same bytes
// (scripts/zip.mjs, shared with the release zip). `php -l` checks every PHP file when php is installed.
import { makePot } from './wordpress-pot.mjs';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { elementsOf } from './docs-render.mjs';
import { entriesOf, zip as zipOf } from './zip.mjs';

const started = performance.now();
const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'wordpress');
const stage = join(root, 'dist/wordpress/dermakit');
const zipPath = join(root, 'dist/dermakit-wordpress.zip');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

for (const file of ['dist/dermakit.js', 'dist/dermakit.css']) {
  if (!existsSync(join(root, file)))
    throw new Error(`${file} is missing: run rollup -c && node scripts/build-css.mjs first`);
}

// The manifest, fresh from the source (as scripts/docs.mjs makes it).
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  cwd: root,
  stdio: 'ignore',
});
const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const elements = elementsOf(manifest);
/** Each declaration's module, `dist/esm/<folder>/<name>.js`. */
const modulePaths = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [declaration, module.path])),
);

/** Each tag's public attributes (as README's tables list them), name => 'boolean' | 'string', sorted. */
function attributesOf(declaration) {
  const privacy = new Map((declaration.members ?? []).map((member) => [member.name, member.privacy]));
  const fields = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  return (declaration.attributes ?? [])
    .filter((attribute) => !['private', 'protected'].includes(privacy.get(attribute.fieldName)))
    .map((attribute) => {
      const type = attribute.type?.text ?? fields.get(attribute.fieldName)?.type?.text ?? '';
      return [attribute.name, /^boolean\b/.test(type.trim()) ? 'boolean' : 'string'];
    })
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const php = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 10);

rmSync(join(root, 'dist/wordpress'), { recursive: true, force: true });
mkdirSync(stage, { recursive: true });
cpSync(source, stage, { recursive: true });
mkdirSync(join(stage, 'assets'), { recursive: true });
cpSync(join(root, 'dist/dermakit.js'), join(stage, 'assets/dermakit.js'));
cpSync(join(root, 'dist/dermakit.css'), join(stage, 'assets/dermakit.css'));

// The per-element scripts, for sites that load only what a page shows: each with the tags it defines (read from
// its entry's imports of element folders, matched to the manifest's modules) and its gzip size, so the plugin can
// pick the smallest one that covers a page.
const elementScripts = readdirSync(join(root, 'src/bundles'))
  .filter((name) => /^dermakit-[a-z-]+\.ts$/.test(name))
  .sort()
  .map((name) => {
    const file = name.replace(/\.ts$/, '.js');
    if (!existsSync(join(root, 'dist', file))) throw new Error(`dist/${file} is missing: run rollup -c first`);
    cpSync(join(root, 'dist', file), join(stage, 'assets', file));
    const entry = readFileSync(join(root, 'src/bundles', name), 'utf8');
    const folders = [...entry.matchAll(/^import '\.\.\/([a-z-]+)\/index\.js';$/gm)].map(([, folder]) => folder);
    const tags = [...elements.values()]
      .filter((declaration) =>
        folders.some((folder) => modulePaths.get(declaration)?.startsWith(`dist/esm/${folder}/`)),
      )
      .map((declaration) => declaration.tagName)
      .sort();
    if (!tags.length) throw new Error(`src/bundles/${name} defines no element the manifest knows`);
    return { file, tags, gzip: gzipSync(readFileSync(join(root, 'dist', file)), { level: 9 }).length };
  });

// The version from package.json, in the plugin header, its constant and readme.txt's Stable tag.
const setVersion = (file, pairs) => {
  let text = readFileSync(file, 'utf8');
  for (const [pattern, replacement] of pairs) {
    if (!pattern.test(text)) throw new Error(`${relative(root, file)}: no match for ${pattern}`);
    text = text.replace(pattern, replacement);
  }
  writeFileSync(file, text);
};
setVersion(join(stage, 'dermakit.php'), [
  [/^( \* Version:\s*).*$/m, `$1${version}`],
  [/define\( 'DERMAKIT_VERSION', '[^']*' \);/, `define( 'DERMAKIT_VERSION', ${php(version)} );`],
]);
for (const name of readdirSync(join(stage, 'blocks')).sort()) {
  const file = join(stage, 'blocks', name, 'block.json');
  if (existsSync(file)) setVersion(file, [[/"version": "[^"]*"/, `"version": ${JSON.stringify(version)}`]]);
}
if (existsSync(join(stage, 'readme.txt')))
  setVersion(join(stage, 'readme.txt'), [[/^(Stable tag:\s*).*$/m, `$1${version}`]]);

// The translation template, from the staged sources (so it lists exactly what the zip's code asks for).
const header = readFileSync(join(stage, 'dermakit.php'), 'utf8');
const headerField = (name) => new RegExp(`^ \\* ${name}:\\s*(.*)$`, 'm').exec(header)?.[1].trim() ?? '';
mkdirSync(join(stage, 'languages'), { recursive: true });
writeFileSync(
  join(stage, 'languages/dermakit.pot'),
  makePot(stage, { version, name: headerField('Plugin Name'), description: headerField('Description') }),
);

const assetHashes = [
  'assets/dermakit.css',
  'assets/dermakit.js',
  ...elementScripts.map(({ file }) => `assets/${file}`),
  'blocks/editor.js',
]
  .filter((file) => existsSync(join(stage, file)))
  .map((file) => `\t\t${php(file.split('/').pop())} => ${php(hash(readFileSync(join(stage, file))))},`);
const tags = [...elements.values()].map((declaration) => {
  const attributes = attributesOf(declaration).map(([name, type]) => `\t\t\t${php(name)} => ${php(type)},`);
  return [`\t\t${php(declaration.tagName)} => array(`, ...attributes, '\t\t),'].join('\n');
});
writeFileSync(
  join(stage, 'includes/elements.php'),
  [
    '<?php',
    '/**',
    ' * Generated by scripts/build-wordpress.mjs from the custom elements manifest: do not edit.',
    ' *',
    ' * @package dermakit',
    ' */',
    '',
    "defined( 'ABSPATH' ) || exit;",
    '',
    '/**',
    " * Every element's documented attributes: tag => ( attribute => 'boolean' | 'string' ), sorted.",
    ' *',
    ' * @return array<string,array<string,string>>',
    ' */',
    'function dermakit_elements() {',
    '\treturn array(',
    ...tags,
    '\t);',
    '}',
    '',
    '/**',
    ' * A hash of each asset, for cache busting.',
    ' *',
    ' * @return array<string,string>',
    ' */',
    'function dermakit_asset_versions() {',
    '\treturn array(',
    ...assetHashes,
    '\t);',
    '}',
    '',
    '/**',
    ' * The per-element scripts, smallest first: file => ( the tags it defines, sorted ). The plugin loads the first',
    ' * that defines every tag a page shows, or dermakit.js when none does.',
    ' *',
    ' * @return array<string,string[]>',
    ' */',
    'function dermakit_element_scripts() {',
    '\treturn array(',
    ...[...elementScripts]
      .sort((a, b) => a.gzip - b.gzip || (a.file < b.file ? -1 : 1))
      .map(({ file, tags }) => `\t\t${php(file)} => array( ${tags.map(php).join(', ')} ),`),
    '\t);',
    '}',
    '',
  ].join('\n'),
);

// Files and folders, as zip paths relative to dist/wordpress (one top folder `dermakit/`), sorted.
const entries = entriesOf(stage, join(root, 'dist/wordpress'));

// php -l on every PHP file, when PHP is here.
const phpFiles = entries.filter((entry) => entry.name.endsWith('.php'));
const phpCheck = spawnSync('php', ['--version'], { stdio: 'ignore' });
if (phpCheck.error || phpCheck.status !== 0) {
  console.log('php not found: skipped php -l on the plugin');
} else {
  const failed = phpFiles.filter((entry) => spawnSync('php', ['-l', entry.full], { encoding: 'utf8' }).status !== 0);
  if (failed.length) {
    for (const entry of failed) console.error(spawnSync('php', ['-l', entry.full], { encoding: 'utf8' }).stdout);
    throw new Error(`php -l failed for ${failed.map((entry) => entry.name).join(', ')}`);
  }
  console.log(`php -l: ${phpFiles.length} PHP files clean`);
}

mkdirSync(dirname(zipPath), { recursive: true });
const zip = zipOf(entries);
writeFileSync(zipPath, zip);

const files = entries.filter((entry) => !entry.dir).length;
console.log(
  `dist/dermakit-wordpress.zip: ${(zip.length / 1024).toFixed(1)} KB, ${files} files, ${elements.size} elements, version ${version}, sha256 ${createHash('sha256').update(zip).digest('hex').slice(0, 16)}… (${Math.round(performance.now() - started)} ms)`,
);
