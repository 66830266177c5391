// Bytes of every script and the stylesheet of each measured build: minified, gzip -9 and brotli (quality 11),
// with the change from each baseline to the current build.
import { measureBytes } from '../script-sizes.mjs';
import { bytes, change, signedBytes, table } from './report.mjs';

const measure = (file) => file && measureBytes(file);

/** Prints one table: per file, a row per build (the current one first) and the change from each baseline. */
export function printSizes(current, baselines) {
  const names = [...current.files.keys()];
  for (const base of baselines) for (const name of base.files.keys()) if (!names.includes(name)) names.push(name);
  const body = [];
  for (const name of names) {
    const now = measure(current.files.get(name));
    const cells = (s) => (s ? [bytes(s.minified), bytes(s.gzip), bytes(s.brotli)] : ['—', '—', '—']);
    body.push([`dist/${name}`, current.label, ...cells(now)]);
    for (const base of baselines) {
      const then = measure(base.files.get(name));
      body.push(['', base.label, ...cells(then)]);
      if (!now || !then) {
        body.push(['', `change from ${base.label}`, now ? 'new' : 'gone', '', '']);
        continue;
      }
      const delta = (key) => `${signedBytes(now[key] - then[key])} (${change(then[key], now[key])})`;
      body.push(['', `change from ${base.label}`, delta('minified'), delta('gzip'), delta('brotli')]);
    }
  }
  table(['File', 'build', 'minified', 'gzip -9', 'brotli'], body, '  rrr');
}
