/**
 * A phase's span in a fitting unit for the page's language ("0–3 days", "1–6 months"), through `Intl`. Pure.
 *
 * Unit by the phase's end: days up to three weeks, weeks up to three months, months beyond. Values are rounded to
 * whole units: the ranges are approximate by nature. Firefox before 116 has no `formatRange`: "3–21 days" is
 * then put together by hand.
 */
import { numberFormat } from '../core/format.js';
export function formatSpan(lang: string, start: number, end: number): string {
  const [unit, days] = (end <= 21 ? ['day', 1] : end <= 91 ? ['week', 7] : ['month', 365.25 / 12]) as [string, number];
  const from = Math.round(start / days);
  const to = Math.round(end / days);
  const format = numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }) as Intl.NumberFormat & {
    formatRange?: (a: number, b: number) => string;
  };
  return from === to
    ? format.format(to)
    : (format.formatRange?.(from, to) ?? `${numberFormat(lang).format(from)}–${format.format(to)}`);
}
