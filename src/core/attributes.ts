/**
 * Parsing of author-written attributes. Any attribute can be garbage (`value="abc"`, `day="-4"`): these
 * helpers turn it into a sane value and report the mistake through `warn()`, naming element and attribute.
 */
import { type CalendarDate, parseIsoDate } from './days.js';
import { quote, warn } from './warn.js';

export interface NumberRule {
  /** Used when the attribute is absent. */
  fallback: number;
  min?: number;
  max?: number;
  /** Round to a whole number (days, sessions, heading levels). */
  integer?: boolean;
}

/**
 * Reads a numeric attribute. Absent → `fallback` silently; not a finite number → `fallback` with a warning;
 * outside `min`/`max` → clamped with a warning. Accepts what `Number()` accepts ("12", " 1e1 "), not "12px".
 */
export function parseNumber(element: Element, attribute: string, raw: unknown, rule: NumberRule): number {
  const parsed = toNumber(raw);
  if (parsed === undefined) return rule.fallback;
  if (Number.isNaN(parsed) || !Number.isFinite(parsed)) {
    // parseOptionalNumber passes NaN for "no fallback": the attribute then reads as absent.
    warn(
      element,
      attribute,
      `${quote(raw)} is not a number; ${Number.isNaN(rule.fallback) ? 'ignoring it' : `using ${rule.fallback}`}.`,
    );
    return rule.fallback;
  }
  let value = rule.integer ? Math.round(parsed) : parsed;
  if (rule.integer && value !== parsed) warn(element, attribute, `${parsed} is not a whole number; using ${value}.`);
  const { min = -Infinity, max = Infinity } = rule;
  if (value < min || value > max) {
    const clamped = Math.min(max, Math.max(min, value));
    warn(element, attribute, `${value} is outside ${min}–${max}; using ${clamped}.`);
    value = clamped;
  }
  return value;
}

/** Like `parseNumber` but keeps "absent" distinct: returns `undefined` when the attribute is not set. */
export function parseOptionalNumber(
  element: Element,
  attribute: string,
  raw: unknown,
  rule: Omit<NumberRule, 'fallback'>,
): number | undefined {
  if (toNumber(raw) === undefined) return undefined;
  const value = parseNumber(element, attribute, raw, { ...rule, fallback: NaN });
  return Number.isNaN(value) ? undefined : value;
}

/** Reads an enumerated attribute (`orientation="vertical"`); anything else falls back with a warning. */
export function parseChoice<T extends string>(
  element: Element,
  attribute: string,
  raw: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  if (raw === null || raw === undefined) return fallback;
  const value = String(raw).trim().toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  warn(element, attribute, `${quote(raw)} is not one of ${choices.join(', ')}; using ${fallback}.`);
  return fallback;
}

function toNumber(raw: unknown): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw === 'number') return raw;
  const text = String(raw).trim();
  return text === '' ? NaN : Number(text);
}

/** Reads an ISO date attribute (`treatment-date="2026-11-01"`); an invalid one warns and reads as absent. */
export function parseDate(element: Element, attribute: string, raw: unknown): CalendarDate | undefined {
  if (raw === null || raw === undefined) return undefined;
  const date = parseIsoDate(String(raw));
  if (!date) warn(element, attribute, `${quote(raw)} is not a calendar date in the form yyyy-mm-dd; ignoring it.`);
  return date;
}
