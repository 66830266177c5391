// Formatting for `npm run bench`: statistics (median, min–max), units and fixed-layout Markdown tables.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, min and max of `to − from` (or of `to` alone) over a list of run results. */
export function stat(list, from, to) {
  const values = list.map((r) => r[to] - (from ? r[from] : 0));
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

export const span = (s) => `${ms(s.median)} (${ms(s.min)}–${ms(s.max)})`;
export const ratio = (a, b) => `${(a / b).toFixed(1)}×`;

/** Relative change from `before` to `after`, signed, e.g. "−12%". */
export function change(before, after) {
  const percent = Math.round((100 * (after - before)) / before);
  return percent > 0 ? `+${percent}%` : percent < 0 ? `−${-percent}%` : '±0%';
}

export function ms(value) {
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`;
}
export function bytes(count) {
  return count.toLocaleString('en');
}
export function signedBytes(count) {
  return count > 0 ? `+${bytes(count)}` : count < 0 ? `−${bytes(-count)}` : '±0';
}
export function kb(count) {
  return `${(count / 1024).toLocaleString('en', { maximumFractionDigits: 0 })} KB`;
}
export function signedKb(count) {
  const text = `${(count / 1024).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KB`;
  return count > 0 ? `+${text}` : text;
}
export function short(count) {
  return count % 1000 ? count.toLocaleString('en') : `${count / 1000}k`;
}

/** A Markdown table, columns padded to their widest cell (numbers right-aligned when `align` says 'r'). */
export function table(head, body, align = '') {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const pad = (cell, i) => (align[i] === 'r' ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => '-'.repeat(w + 1) + (align[i] === 'r' ? ':' : '-')).join('|')}|`);
  for (const row of body) console.log(line(row));
}
