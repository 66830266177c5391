/**
 * What every widget reader shares: the export's day and language, the enclosing `<dk-recovery>`'s state, warnings,
 * and attributes parsed as `src/core/attributes.ts` parses them (same fallbacks, same clamping, one warning per
 * element and attribute). Pure: no DOM.
 */
import { type CalendarDate, parseIsoDate } from '../../core/days.js';
import { type RecoveryState, resolveRecovery } from '../../core/recovery-state.js';
import { quote } from '../../core/warn.js';
import type { HtmlElement } from '../html.js';

export interface ReadContext {
  /** The export's today: the `today` option, else the local date. */
  readonly today: CalendarDate;
  /** The enclosing `<dk-recovery>`'s state, if any. */
  readonly provided?: RecoveryState;
  readonly fallbackLang: string;
  readonly warn: (element: HtmlElement, attribute: string, message: string) => void;
}

/** The kit's elements: each is read as a widget; everything else is author content. */
export const WIDGETS = new Set([
  'dk-faq',
  'dk-faq-item',
  'dk-healing-timeline',
  'dk-collagen-gauge',
  'dk-treatment-plan',
  'dk-before-after',
  'dk-recovery',
]);

export const isHidden = (element: HtmlElement) => {
  const hidden = element.getAttribute('hidden');
  return hidden !== null && hidden.trim().toLowerCase() !== 'until-found';
};

// ─── attributes, as src/core/attributes.ts reads them ────────────────────────────────────────────────────────────

interface NumberRule {
  fallback: number;
  min?: number;
  max?: number;
  integer?: boolean;
}

export function parseNumber(element: HtmlElement, attribute: string, context: ReadContext, rule: NumberRule): number {
  const raw = element.getAttribute(attribute);
  if (raw === null) return rule.fallback;
  const parsed = raw.trim() === '' ? NaN : Number(raw.trim());
  if (!Number.isFinite(parsed)) {
    context.warn(
      element,
      attribute,
      `${quote(raw)} is not a number; ${Number.isNaN(rule.fallback) ? 'ignoring it' : `using ${rule.fallback}`}.`,
    );
    return rule.fallback;
  }
  let value = rule.integer ? Math.round(parsed) : parsed;
  if (rule.integer && value !== parsed)
    context.warn(element, attribute, `${parsed} is not a whole number; using ${value}.`);
  const { min = -Infinity, max = Infinity } = rule;
  if (value < min || value > max) {
    const clamped = Math.min(max, Math.max(min, value));
    context.warn(element, attribute, `${value} is outside ${min}–${max}; using ${clamped}.`);
    value = clamped;
  }
  return value;
}

export function parseOptionalNumber(
  element: HtmlElement,
  attribute: string,
  context: ReadContext,
  rule: Omit<NumberRule, 'fallback'>,
): number | undefined {
  if (element.getAttribute(attribute) === null) return undefined;
  const value = parseNumber(element, attribute, context, { ...rule, fallback: NaN });
  return Number.isNaN(value) ? undefined : value;
}

export function parseChoice<T extends string>(
  element: HtmlElement,
  attribute: string,
  context: ReadContext,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = element.getAttribute(attribute);
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  context.warn(element, attribute, `${quote(raw)} is not one of ${choices.join(', ')}; using ${fallback}.`);
  return fallback;
}

export function parseDate(element: HtmlElement, attribute: string, context: ReadContext): CalendarDate | undefined {
  const raw = element.getAttribute(attribute);
  if (raw === null) return undefined;
  const date = parseIsoDate(raw);
  if (!date)
    context.warn(element, attribute, `${quote(raw)} is not a calendar date in the form yyyy-mm-dd; ignoring it.`);
  return date;
}

/** A text attribute: as written when present (even empty), else the element's default. */
export const text = (element: HtmlElement, attribute: string, fallback: string) =>
  element.getAttribute(attribute) ?? fallback;

export const has = (element: HtmlElement, attribute: string) => element.getAttribute(attribute) !== null;

/** Whitespace as a browser shows it: runs collapsed to one space, none at the ends. */
export const collapse = (value: string) => value.replace(/[ \t\n\f\r]+/g, ' ').trim();

/** `lang` as `Intl` spells it (`en-gb` → `en-GB`), or `undefined` when it is no language tag. */
export function canonicalLang(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang.trim())[0];
  } catch {
    return undefined;
  }
}

/** The nearest `lang` (as `resolveLang()`), else the `lang` option, else English. */
export function langOf(element: HtmlElement, context: ReadContext): string {
  for (let node: HtmlElement | undefined = element; node; node = node.parent) {
    const lang = node.getAttribute('lang');
    if (lang === null) continue;
    if (lang.trim() === '') return context.fallbackLang;
    const canonical = canonicalLang(lang);
    if (canonical) return canonical;
    context.warn(node, 'lang', `${quote(lang)} is not a language tag; using "en".`);
    return 'en';
  }
  return context.fallbackLang;
}

/**
 * The day a timeline or gauge shows: its `day`, `treatment-date` and `today` read as the elements' base class
 * (`RecoveryDayFollower`) reads them, resolved by the same `resolveRecovery()` with the export's today for the
 * visitor's.
 */
export function followedRecovery(element: HtmlElement, context: ReadContext): RecoveryState {
  return resolveRecovery(
    {
      day: parseOptionalNumber(element, 'day', context, { integer: true }),
      treatmentDate: parseDate(element, 'treatment-date', context),
      today: parseDate(element, 'today', context),
    },
    context.provided,
    context.today,
  );
}
