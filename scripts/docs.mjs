#!/usr/bin/env node
// Renders each element's API tables (attributes, slots, parts, CSS custom properties, events) into README.md
// from the custom elements manifest, which is generated from the classes' JSDoc: the API is written once.
// Tables go between `<!-- api:dk-tag -->` and `<!-- /api:dk-tag -->`. `--check` only reports drift (exit 1).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { elementsOf, render } from './docs-render.mjs';

const check = process.argv.includes('--check');
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

const elements = elementsOf(manifest);

const readme = readFileSync('README.md', 'utf8');
const stale = [];
const missing = [];
const updated = readme.replace(/<!-- api:(dk-[\w-]+) -->[\s\S]*?<!-- \/api:\1 -->/g, (whole, tag) => {
  const declaration = elements.get(tag);
  if (!declaration) {
    missing.push(tag);
    return whole;
  }
  const next = `<!-- api:${tag} -->\n${render(declaration)}<!-- /api:${tag} -->`;
  if (next !== whole) stale.push(tag);
  return next;
});
const undocumented = [...elements.keys()].filter((tag) => !readme.includes(`<!-- api:${tag} -->`));

if (missing.length) console.error(`README names elements the source does not define: ${missing.join(', ')}`);
if (undocumented.length)
  console.error(`README has no API tables for: ${undocumented.join(', ')} (add <!-- api:TAG --><!-- /api:TAG -->)`);
if (check) {
  if (stale.length) console.error(`README API tables are out of date for ${stale.join(', ')}: run npm run docs`);
  if (stale.length || missing.length || undocumented.length) process.exit(1);
  console.log(`README API tables match the source for ${elements.size} elements.`);
} else {
  writeFileSync('README.md', updated);
  console.log(`README API tables written for ${elements.size - undocumented.length} of ${elements.size} elements.`);
  if (missing.length || undocumented.length) process.exit(1);
}
