#!/usr/bin/env node
// Where the bytes of dist/dermakit.js go: builds the one-script bundle in memory with a source map, attributes
// every minified character to its source module, and splits the bundle's gzip -9 size between modules in
// proportion to each one's own compressed size. An estimate (gzip shares context across modules), but a steady one
// for comparing before and after a change. `npm run size` (add `--all` to list every module). First, every built
// script in dist/ (the whole kit and the per-element scripts) minified, gzip -9 and brotli.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { SourceMapConsumer } from 'source-map';
import config from '../rollup.config.mjs';
import { measureBytes } from './script-sizes.mjs';

const scripts = existsSync('dist')
  ? readdirSync('dist')
      .filter((name) => /^dermakit.*\.js$/.test(name))
      .sort()
  : [];
if (scripts.length) {
  const rows = scripts.map((name) => {
    const { minified, gzip, brotli } = measureBytes(readFileSync(`dist/${name}`));
    return [name, minified, gzip, brotli];
  });
  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(
    `${'script'.padEnd(width)}  ${'minified'.padStart(9)}  ${'gzip -9'.padStart(8)}  ${'brotli'.padStart(8)}`,
  );
  for (const [name, ...sizes] of rows)
    console.log(`${name.padEnd(width)}  ${sizes.map((n, i) => n.toLocaleString('en').padStart(i ? 8 : 9)).join('  ')}`);
  console.log('');
} else {
  console.log('(run npm run build first to see every script in dist/)\n');
}

const [kit] = config;
const bundle = await rollup({
  input: kit.input,
  plugins: kit.plugins.filter((plugin) => plugin.name !== 'report-size'),
  onwarn() {},
});
const { output } = await bundle.generate({ ...kit.output, sourcemap: true });
// Measured without the source map comment that `generate` appends, so the figures match dist/dermakit.js.
const code = output[0].code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '');
const { map } = output[0];
const consumer = await new SourceMapConsumer(map);

const text = new Map();
code.split('\n').forEach((line, index) => {
  for (let column = 0; column < line.length; column++) {
    const { source } = consumer.originalPositionFor({
      line: index + 1,
      column,
      bias: SourceMapConsumer.GREATEST_LOWER_BOUND,
    });
    const module = source ? source.replace(/.*node_modules\//, '').replace(/.*\/src\//, 'src/') : '(wrapper)';
    text.set(module, (text.get(module) ?? '') + line[column]);
  }
});

const total = gzipSync(code, { level: 9 }).length;
const own = [...text].map(([module, chars]) => [module, gzipSync(chars, { level: 9 }).length]);
const sum = own.reduce((all, [, bytes]) => all + bytes, 0);
const share = (bytes) => Math.round((bytes / sum) * total);
const groupOf = (module) =>
  module.startsWith('src/')
    ? module
        .split('/')
        .slice(0, module.split('/').length > 2 ? 2 : 1)
        .join('/')
    : module.startsWith('@lit/context')
      ? '@lit/context'
      : 'lit';
const groups = new Map();
for (const [module, bytes] of own) groups.set(groupOf(module), (groups.get(groupOf(module)) ?? 0) + share(bytes));

console.log(
  `Where dermakit.js's gzip bytes go (an estimate from a source-mapped build of it: ${code.length.toLocaleString('en')} bytes minified, ${total.toLocaleString('en')} gzip -9):\n`,
);
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1]))
  console.log(`${String(bytes).padStart(6)}  ${group}`);
if (process.argv.includes('--all')) {
  console.log('');
  for (const [module, bytes] of own.sort((a, b) => b[1] - a[1]))
    console.log(`${String(share(bytes)).padStart(6)}  ${module}`);
}
