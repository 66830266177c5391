/**
 * A phase's span in a fitting unit for the page's language ("0–3 days", "1–6 months"), through `Intl`. Pure.
 *
 * Unit by the phase's end: days up to three weeks, weeks up to three months, months beyond. Values are rounded to
 * whole units: the ranges are approximate by nature.
 */
type SpanUnit = 'day' | 'week' | 'month';

const UNIT_DAYS: Record<SpanUnit, number> = { day: 1, week: 7, month: 365.25 / 12 };

export function spanUnit(end: number): SpanUnit {
  return end <= 21 ? 'day' : end <= 91 ? 'week' : 'month';
}

export function formatSpan(lang: string, start: number, end: number): string {
  const unit = spanUnit(end);
  const from = Math.round(start / UNIT_DAYS[unit]);
  const to = Math.round(end / UNIT_DAYS[unit]);
  const format = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' }) as Intl.NumberFormat & {
    formatRange?: (a: number, b: number) => string;
  };
  if (from === to) return format.format(to);
  return format.formatRange ? format.formatRange(from, to) : `${new Intl.NumberFormat(lang).format(from)}–${format.format(to)}`;
}
