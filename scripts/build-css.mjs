#!/usr/bin/env node
// `npm run build` (after rollup): dist/dermakit.css, the optional stylesheet that keeps a page from jumping when
// dermakit.js runs late. src/core/upgrade.css first, then every src/<folder>/*.upgrade.css sorted by path (the same
// bytes on every machine), minified with the templates' minifyCss. Prints its size, minified and gzip -9.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { minifyCss } from './minify-templates.mjs';

const root = new URL('..', import.meta.url);
const src = new URL('src/', root);
const first = 'core/upgrade.css';
const parts = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(new URL(`${dir.name}/`, src))
      .filter((name) => name.endsWith('.upgrade.css'))
      .map((name) => `${dir.name}/${name}`),
  )
  .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const files = [first, ...parts.filter((path) => path !== first)].filter((path) => existsSync(new URL(path, src)));

const css = minifyCss(files.map((path) => readFileSync(new URL(path, src), 'utf8')).join('\n')).trim();
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/dermakit.css', root), `${css}\n`);
const bytes = Buffer.byteLength(`${css}\n`);
const gzip = gzipSync(`${css}\n`, { level: 9 }).length;
console.log(
  `dermakit.css: ${bytes.toLocaleString('en')} bytes minified, ${gzip.toLocaleString('en')} bytes gzip (${files.length} files: ${files.join(', ')})`,
);
