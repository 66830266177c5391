#!/usr/bin/env node
// The last step of `npm run build`: what a site owner downloads from the releases page, with no Node and no build.
//   dist/release/dermakit-<version>/   dermakit.js, integrity.txt (its SRI hash and the ready <script> tag, then
//                                      the same for each per-element script), the per-element scripts
//                                      (dermakit-faq.js…), dermakit.css, dermakit-wordpress.zip, LICENSE, README.txt
//   dist/dermakit-<version>.zip        that folder, zipped (scripts/zip.mjs: sorted, fixed timestamps, so a rebuild
//                                      of the same sources gives the same bytes)
// The release's LICENSE is the kit's MIT licence followed by Lit's BSD-3-Clause notice: dermakit.js bundles Lit and
// @lit/context, whose licence asks that a binary copy carry it (the minifier drops their comments).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { entriesOf, zip } from './zip.mjs';

const root = new URL('..', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const name = `dermakit-${version}`;
// `--out DIR` writes DIR/release/… and DIR/dermakit-<version>.zip instead (test/node/release.test.mjs rebuilds there).
const outArg = process.argv.indexOf('--out');
const out = outArg > 0 ? process.argv[outArg + 1] : join(root, 'dist');
const folder = join(out, 'release', name);
const zipPath = join(out, `${name}.zip`);

for (const file of ['dist/dermakit.js', 'dist/dermakit.css', 'dist/dermakit-wordpress.zip', 'LICENSE']) {
  if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run npm run build`);
}

// A fresh folder, and no zip left from an earlier version (dermakit-wordpress.zip is not a release zip).
rmSync(join(out, 'release'), { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const file of readdirSync(out)) {
  if (/^dermakit-\d[\w.+-]*\.zip$/.test(file)) rmSync(join(out, file));
}
mkdirSync(folder, { recursive: true });

/** The per-element scripts (one widget family each), sorted: `dermakit-before-after.js`… */
const elementScripts = readdirSync(join(root, 'dist'))
  .filter((file) => /^dermakit-[a-z-]+\.js$/.test(file))
  .sort();
if (!elementScripts.length) throw new Error('dist/dermakit-<family>.js are missing: run npm run build');

for (const file of ['dermakit.js', ...elementScripts, 'dermakit.css', 'dermakit-wordpress.zip'])
  cpSync(join(root, 'dist', file), join(folder, file));

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const tagFor = (file, hash) => `<script src="/js/${file}" integrity="${hash}" crossorigin="anonymous" defer></script>`;
const script = readFileSync(join(root, 'dist/dermakit.js'));
const integrity = sri(script);
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`; // as README.md counts
const gzipKb = (bytes) => kb(gzipSync(bytes, { level: 9 }).length);
writeFileSync(
  join(folder, 'integrity.txt'),
  [
    integrity,
    '',
    `The Subresource Integrity hash of dermakit.js ${version}: with it, browsers refuse the file if anyone changes it.`,
    'The tag to add, with the address where you uploaded the file:',
    '',
    tagFor('dermakit.js', integrity),
    '',
    'The per-element scripts, if you use one of them instead:',
    ...elementScripts.flatMap((file) => ['', tagFor(file, sri(readFileSync(join(root, 'dist', file))))]),
    '',
  ].join('\n'),
);

/** README.txt's lines for the per-element scripts, names padded like the rest of its file list. */
const elementScriptLines = elementScripts
  .map((file) => `${file.padEnd(24)} ${gzipKb(readFileSync(join(root, 'dist', file)))} gzip`)
  .join('\n');

writeFileSync(
  join(folder, 'README.txt'),
  `dermakit ${version}
${'='.repeat(`dermakit ${version}`.length)}

Accessible web components for clinic websites: an FAQ accordion, a healing-phase timeline, a collagen gauge,
a treatment-series planner and a before/after slider. One script, plain HTML, no cookies, no requests to
anyone else's server.

What is in this folder
----------------------
dermakit.js             the kit (${kb(script.length)}, ${gzipKb(script)} gzip). Upload it to your own site.
integrity.txt           its integrity hash (sha384-...) and the ready-to-paste <script> tag with it,
                        then the same for each per-element script below.
dermakit.css            optional: keeps the text below a widget from jumping while the script loads.
dermakit-wordpress.zip  the WordPress plugin, with the kit inside (WordPress 6.1+, PHP 7.4+).
LICENSE                 MIT for dermakit; the notice for Lit, which dermakit.js contains.

Smaller files for pages with one widget family (the same kind of file as dermakit.js; use one of
them instead of dermakit.js, or two on one page; from three families on, dermakit.js is smaller):
${elementScriptLines}

Any website
-----------
1. Upload dermakit.js to your site, for example as /js/dermakit.js.
2. Add one tag to every page that shows a widget: in the <head>, the theme's footer, or a page
   builder's HTML box:

     <script src="/js/dermakit.js" defer></script>

   integrity.txt has the same tag with the file's integrity hash, if your site's policy asks for one
   (a script on another site than the page also needs that site's CORS header).
3. Optional: upload dermakit.css too and add <link rel="stylesheet" href="/css/dermakit.css"> in the <head>.
4. Write the widgets as plain HTML where they should appear: the project's README.md shows each
   element with its attributes.

WordPress
---------
Plugins > Add New > Upload Plugin, choose dermakit-wordpress.zip, Activate. The widgets are then in the
block inserter (search "FAQ", "Healing timeline", ...) and available as shortcodes for page builders.
Do not add the <script> tag as well: the plugin brings the script.

Landing-page and email builders
-------------------------------
The configurator (demo/configure.html in the project's repository, README.md, section "Landing pages
and email") writes the snippet for HubSpot, Mailchimp, Unbounce, Wix, Squarespace and others, the HTML
without JavaScript for builders that strip scripts, and the email version.

Updating: replace dermakit.js (and the plugin) with the new release's files; copy the new tag from its
integrity.txt if you use the hash.
`,
);

// dermakit's licence, then Lit's: the copyright lines of the Lit packages the bundle holds, and their licence text once.
const lit = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'].map((pkg) => {
  const dir = join(root, 'node_modules', pkg);
  const text = readFileSync(join(dir, 'LICENSE'), 'utf8').replace(/\s+$/, '');
  const { version: pkgVersion } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  return { pkg, pkgVersion, text, copyright: /^Copyright .*$/m.exec(text)?.[0] ?? '' };
});
const litText = lit[0].text.replace(/^Copyright .*\n\n?/m, '');
writeFileSync(
  join(folder, 'LICENSE'),
  [
    readFileSync(join(root, 'LICENSE'), 'utf8').replace(/\s+$/, ''),
    '',
    '',
    '-----',
    '',
    'dermakit.js contains Lit (https://lit.dev):',
    ...lit.map(({ pkg, pkgVersion, copyright }) => `  ${pkg} ${pkgVersion}: ${copyright}`),
    'under this licence:',
    '',
    litText,
    '',
  ].join('\n'),
);

const bytes = zip(entriesOf(folder, join(out, 'release')));
writeFileSync(zipPath, bytes);
console.log(
  `${relative(root, zipPath)}: ${kb(bytes.length)}, ${readdirSync(folder).length} files (${relative(root, folder)}/), dermakit.js ${integrity.slice(0, 19)}…, sha256 ${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}…`,
);
