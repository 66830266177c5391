/**
 * Reads `dk-*` markup into a `SnippetExport`: what each widget would say, as plain data, for one day. Pure: no DOM
 * (the markup goes through `html.ts`), so it runs in Node and in the configurator alike.
 *
 * Each widget is read the way its element reads itself: the same attributes, defaults, warnings and pure modules
 * (`days`, `phases`, `validatePhases`, `formatSpan`, `renewalAt`, `collagenTypes`, `planSessions`,
 * `beforeTreatmentText`, `fillTemplate`), so the export says what the widget says for the same markup and day.
 * The default texts below are copies of the elements' property defaults (private to the classes).
 *
 * Author content (answers, phase texts, the recovery intro, anything around the widgets) becomes `Rich`: a safe set
 * of tags, links only to http(s)/mailto/tel, images only from http(s) or relative sources; every other element is
 * replaced by its children, and scripts, styles, forms, frames and embedded SVG are left out with their content.
 */
import { type CalendarDate, daysBetween, localDateOf, parseIsoDate, toUtcDate } from '../core/days.js';
import { DEFAULT_PRESET, PRESETS, type Phase, phaseAt, recoveryLength } from '../core/phases.js';
import { beforeTreatmentText } from '../core/before-treatment.js';
import { fillTemplate } from '../core/text.js';
import { quote } from '../core/warn.js';
import { formatSpan } from '../timeline/span.js';
import { validatePhases } from '../timeline/validate-phases.js';
import { collagenTypes, renewalAt } from '../gauge/collagen-model.js';
import { planSessions } from '../plan/plan-model.js';
import { type HtmlElement, type HtmlNode, closest, findAll, hasDescendant, parseHtml, textContent } from './html.js';
import type {
  BeforeAfterExport,
  FaqExport,
  GaugeExport,
  ImageExport,
  PlanExport,
  RecoveryExport,
  Rich,
  RichTag,
  SnippetExport,
  TimelineExport,
  WidgetExport,
} from './model.js';
import { type ThemeOverrides, readTheme } from './theme.js';

/** What `readSnippet` takes: `ExportOptions` without the target. */
export interface ReadOptions {
  /** The day to count for, `YYYY-MM-DD` (default: today in the local zone). Attributes `today` in the markup win. */
  today?: string;
  /** Overrides for the theme found in the markup: any of primary, text, background, radius, font (CSS values). */
  theme?: ThemeOverrides;
  /** Language when the markup has no `lang` (default 'en'). */
  lang?: string;
}

/** The recovery state a widget follows (as `src/core/recovery-context.ts`'s `RecoveryState`). */
interface RecoveryState {
  readonly treatmentDate?: CalendarDate;
  readonly today: CalendarDate;
  readonly day?: number;
}

interface Context {
  /** The export's today: the `today` option, else the local date. */
  readonly today: CalendarDate;
  /** The enclosing `<dk-recovery>`'s state, if any. */
  readonly provided?: RecoveryState;
  readonly fallbackLang: string;
  readonly warn: (element: HtmlElement, attribute: string, message: string) => void;
}

const WIDGETS = new Set(['dk-faq', 'dk-faq-item', 'dk-healing-timeline', 'dk-collagen-gauge', 'dk-treatment-plan', 'dk-before-after', 'dk-recovery']);

/** Turns `dk-*` markup into the content both writers print. Never throws: problems become `warnings`. */
export function readSnippet(markup: string, options: ReadOptions = {}): SnippetExport {
  const warnings: string[] = [];
  const seen = new Map<HtmlElement, Set<string>>();
  const warn = (element: HtmlElement, attribute: string, message: string) => {
    // One line per element and attribute, as the elements' own `warn()` logs once.
    let keys = seen.get(element);
    if (!keys) seen.set(element, (keys = new Set()));
    if (keys.has(attribute)) return;
    keys.add(attribute);
    warnings.push(`<${element.name}>${attribute ? ` ${attribute}` : ''}: ${message}`);
  };
  const root = parseHtml(typeof markup === 'string' ? markup : String(markup ?? ''));
  const optionLang = options.lang === undefined ? undefined : canonicalLang(options.lang);
  if (options.lang !== undefined && !optionLang) warnings.push(`lang option: ${quote(options.lang)} is not a language tag; using "en".`);
  let today = parseIsoDate(options.today);
  if (options.today !== undefined && !today) warnings.push(`today option: ${quote(options.today)} is not a calendar date in the form yyyy-mm-dd; using today's date.`);
  today ??= localDateOf();
  const context: Context = { today, fallbackLang: optionLang ?? 'en', warn };
  const widgets = readChildren(root.children, context);
  const widgetElements = findAll(root, (element) => WIDGETS.has(element.name));
  const lang = root.getAttribute('lang') !== null ? langOf(root, context) : widgetElements.length ? langOf(widgetElements[0]!, context) : context.fallbackLang;
  const theme = readTheme(root, widgetElements, options.theme, (line) => warnings.push(line));
  return { lang, theme, widgets, warnings };
}

// ─── walking the document ────────────────────────────────────────────────────────────────────────────────────────

const isHidden = (element: HtmlElement) => {
  const hidden = element.getAttribute('hidden');
  return hidden !== null && hidden.trim().toLowerCase() !== 'until-found';
};

const containsWidget = (element: HtmlElement) => hasDescendant(element, (child) => WIDGETS.has(child.name));

/** Widgets and the content between them, in document order; elements around a widget are opened, not kept. */
function readChildren(nodes: readonly HtmlNode[], context: Context): WidgetExport[] {
  const widgets: WidgetExport[] = [];
  let pending: HtmlNode[] = [];
  const flush = () => {
    const content = sanitizeBlock(pending, context, true);
    if (content.length) widgets.push({ kind: 'content', content });
    pending = [];
  };
  for (const node of nodes) {
    if (node.type === 'element' && !isHidden(node) && WIDGETS.has(node.name)) {
      flush();
      widgets.push(...readWidget(node, context));
    } else if (node.type === 'element' && !isHidden(node) && !DROPPED.has(node.name) && containsWidget(node)) {
      flush();
      widgets.push(...readChildren(node.children, context));
    } else pending.push(node);
  }
  flush();
  return widgets;
}

function readWidget(element: HtmlElement, context: Context): WidgetExport[] {
  switch (element.name) {
    case 'dk-faq':
      return readFaq(element, context);
    case 'dk-faq-item':
      return [{ kind: 'faq', headingLevel: 3, multiple: false, schema: false, items: [readFaqItem(element, context)] }];
    case 'dk-healing-timeline':
      return [readTimeline(element, context)];
    case 'dk-collagen-gauge':
      return [readGauge(element, context)];
    case 'dk-treatment-plan':
      return [readPlan(element, context)];
    case 'dk-before-after':
      return [readBeforeAfter(element, context)];
    default:
      return [readRecovery(element, context)];
  }
}

// ─── attributes, as src/core/attributes.ts reads them ────────────────────────────────────────────────────────────

interface NumberRule {
  fallback: number;
  min?: number;
  max?: number;
  integer?: boolean;
}

function parseNumber(element: HtmlElement, attribute: string, context: Context, rule: NumberRule): number {
  const raw = element.getAttribute(attribute);
  if (raw === null) return rule.fallback;
  const parsed = raw.trim() === '' ? NaN : Number(raw.trim());
  if (!Number.isFinite(parsed)) {
    context.warn(element, attribute, `${quote(raw)} is not a number; ${Number.isNaN(rule.fallback) ? 'ignoring it' : `using ${rule.fallback}`}.`);
    return rule.fallback;
  }
  let value = rule.integer ? Math.round(parsed) : parsed;
  if (rule.integer && value !== parsed) context.warn(element, attribute, `${parsed} is not a whole number; using ${value}.`);
  const { min = -Infinity, max = Infinity } = rule;
  if (value < min || value > max) {
    const clamped = Math.min(max, Math.max(min, value));
    context.warn(element, attribute, `${value} is outside ${min}–${max}; using ${clamped}.`);
    value = clamped;
  }
  return value;
}

function parseOptionalNumber(element: HtmlElement, attribute: string, context: Context, rule: Omit<NumberRule, 'fallback'>): number | undefined {
  if (element.getAttribute(attribute) === null) return undefined;
  const value = parseNumber(element, attribute, context, { ...rule, fallback: NaN });
  return Number.isNaN(value) ? undefined : value;
}

function parseChoice<T extends string>(element: HtmlElement, attribute: string, context: Context, choices: readonly T[], fallback: T): T {
  const raw = element.getAttribute(attribute);
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  if ((choices as readonly string[]).includes(value)) return value as T;
  context.warn(element, attribute, `${quote(raw)} is not one of ${choices.join(', ')}; using ${fallback}.`);
  return fallback;
}

function parseDate(element: HtmlElement, attribute: string, context: Context): CalendarDate | undefined {
  const raw = element.getAttribute(attribute);
  if (raw === null) return undefined;
  const date = parseIsoDate(raw);
  if (!date) context.warn(element, attribute, `${quote(raw)} is not a calendar date in the form yyyy-mm-dd; ignoring it.`);
  return date;
}

/** A text attribute: as written when present (even empty), else the element's default. */
const text = (element: HtmlElement, attribute: string, fallback: string) => element.getAttribute(attribute) ?? fallback;

const has = (element: HtmlElement, attribute: string) => element.getAttribute(attribute) !== null;

const collapse = (value: string) => value.replace(/[ \t\n\f\r]+/g, ' ').trim();

function canonicalLang(lang: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(lang.trim())[0];
  } catch {
    return undefined;
  }
}

/** The nearest `lang` (as `resolveLang()`), else the `lang` option, else English. */
function langOf(element: HtmlElement, context: Context): string {
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
 * The day a widget shows: its own `day`, else its own `treatment-date` (with its `today`), else the enclosing
 * recovery's, else none (`followedRecovery()` + `resolveRecovery()`, with the export's today for the clock).
 */
function followedRecovery(element: HtmlElement, context: Context): RecoveryState {
  return resolveRecovery(
    {
      day: parseOptionalNumber(element, 'day', context, { integer: true }),
      treatmentDate: parseDate(element, 'treatment-date', context),
      today: parseDate(element, 'today', context),
    },
    context,
  );
}

function resolveRecovery(own: { day?: number; treatmentDate?: CalendarDate; today?: CalendarDate }, context: Context): RecoveryState {
  const { provided } = context;
  const today = own.today ?? provided?.today ?? context.today;
  if (own.day !== undefined) return { treatmentDate: own.treatmentDate ?? provided?.treatmentDate, today, day: own.day };
  if (own.treatmentDate) return { treatmentDate: own.treatmentDate, today, day: daysBetween(own.treatmentDate, today) };
  if (provided) return { ...provided, today };
  return { today };
}

// ─── <dk-faq> ────────────────────────────────────────────────────────────────────────────────────────────────────

function readFaq(element: HtmlElement, context: Context): WidgetExport[] {
  const items = findAll(element, (child) => child.name === 'dk-faq-item' && !isHidden(child) && closest(child.parent, 'dk-faq') === element);
  const faq: FaqExport = {
    kind: 'faq',
    headingLevel: parseNumber(element, 'heading-level', context, { fallback: 3, min: 2, max: 6, integer: true }),
    multiple: has(element, 'multiple'),
    schema: has(element, 'schema'),
    items: items.map((item) => readFaqItem(item, context)),
  };
  if (has(element, 'expand-all') && !faq.multiple) context.warn(element, 'expand-all', 'needs multiple (several answers open at once); not showing the button.');
  // Content the author put in the FAQ beside its items (a heading, a note) shows with it: keep it after the items.
  const around = sanitizeBlock(element.children, context, true, (child) => child.name === 'dk-faq-item' || containsItem(child));
  return around.length ? [faq, { kind: 'content', content: around }] : [faq];
}

const containsItem = (element: HtmlElement) => hasDescendant(element, (child) => child.name === 'dk-faq-item');

function readFaqItem(item: HtmlElement, context: Context): FaqExport['items'][number] {
  const slotted = item.children.find((child): child is HtmlElement => child.type === 'element' && child.getAttribute('slot') === 'question');
  const question = collapse(slotted ? textContent(slotted) : (item.getAttribute('question') ?? ''));
  if (!question) context.warn(item, 'question', 'missing: add question="…" or a slot="question" child. The answer shows on its own.');
  const answer = sanitizeBlock(
    item.children.filter((child) => !(child.type === 'element' && child.getAttribute('slot') === 'question')),
    context,
    false,
  );
  return { question, answer };
}

// ─── <dk-healing-timeline> ───────────────────────────────────────────────────────────────────────────────────────

type ShownPhase = Phase & { readonly source?: HtmlElement };

/** The phases a timeline draws: its `<dk-phase>` children after validation, else its preset. */
function timelinePhases(element: HtmlElement, context: Context): readonly ShownPhase[] {
  const sources = findAll(element, (child) => child.name === 'dk-phase' && closest(child.parent, 'dk-healing-timeline') === element);
  if (sources.length) return validatePhases(sources, (source, attribute, message) => context.warn(source, attribute, message));
  return PRESETS[parseChoice(element, 'preset', context, Object.keys(PRESETS), DEFAULT_PRESET)]!;
}

function readTimeline(element: HtmlElement, context: Context): TimelineExport {
  const { day, treatmentDate } = followedRecovery(element, context);
  const lang = langOf(element, context);
  const number = (value: number) => new Intl.NumberFormat(lang).format(value);
  const shown = timelinePhases(element, context);
  // Read for their warnings, as the element does; the export has one layout.
  parseChoice(element, 'orientation', context, ['auto', 'horizontal', 'vertical'], 'auto');
  parseChoice(element, 'scale', context, ['equal', 'time'], 'equal');
  const current = day === undefined ? undefined : phaseAt(shown, day);
  const dayText = day === undefined ? '' : fillTemplate(text(element, 'marker-text', 'Day {day}'), { day: number(day) });
  let status = '';
  if (day !== undefined && shown.length) {
    if (current) status = `${dayText}: ${current.name}`;
    else if (day < 0) status = beforeTreatmentText(text(element, 'before-text', 'Treatment {relative}'), lang, day, treatmentDate);
    else if (day > recoveryLength(shown)) status = fillTemplate(text(element, 'complete-text', 'Day {day}: healing complete'), { day: number(day) });
    else status = dayText;
  }
  return {
    kind: 'timeline',
    label: text(element, 'label', 'Healing phases'),
    phases: shown.map((phase) => ({
      name: phase.name,
      start: phase.start,
      end: phase.end,
      span: phase.source?.getAttribute('span') ?? formatSpan(lang, phase.start, phase.end),
      content: phase.source ? sanitizeBlock(phase.source.children, context, false) : phase.text ? [{ text: phase.text }] : [],
      current: phase === current,
    })),
    day: day ?? null,
    status,
  };
}

// ─── <dk-collagen-gauge> ─────────────────────────────────────────────────────────────────────────────────────────

const GAUGE_PHASES = PRESETS[DEFAULT_PRESET]!;

function readGauge(element: HtmlElement, context: Context): GaugeExport {
  const own = parseOptionalNumber(element, 'value', context, { min: 0, max: 100 });
  const { day, treatmentDate } = followedRecovery(element, context);
  const lang = langOf(element, context);
  const format = new Intl.NumberFormat(lang, { style: 'percent' });
  const percent = (value: number) => format.format(value / 100);
  const value = own ?? Math.round(renewalAt(day ?? 0));
  const shown = percent(value);
  const phase = phaseAt(GAUGE_PHASES, day ?? NaN);
  const caption = collapse(textContent(element));
  const details: string[] = [];
  // What the meter's value text says on a day inside the phases ("42 %, day 30, Remodeling phase").
  if (phase) {
    const names = element.getAttribute('phase-names')?.split(',');
    details.push(
      fillTemplate(text(element, 'day-text', '{percent}, day {day}, {phase} phase'), {
        percent: shown,
        day: day!,
        phase: names?.[GAUGE_PHASES.indexOf(phase)]?.trim() || phase.name,
      }),
    );
  }
  if (day !== undefined && day < 0) {
    details.push(beforeTreatmentText(text(element, 'before-text', 'Treatment {relative}'), lang, day, treatmentDate));
  } else if (has(element, 'show-types')) {
    const shares = collagenTypes(value);
    // The default keeps "type III" on one line with a no-break space, as the element's does.
    details.push(fillTemplate(text(element, 'types-text', 'New collagen: {typeIII} type\u00a0III, {typeI} type\u00a0I'), { typeIII: percent(shares.typeIII), typeI: percent(shares.typeI) }));
  }
  const note = text(element, 'note', 'Illustrative model, not a prediction. Individual results vary.');
  if (own === undefined && day !== undefined && day >= 0 && note) details.push(note);
  return {
    kind: 'gauge',
    label: caption || text(element, 'label', 'Share of the collagen renewal expected by about six months'),
    value,
    valueText: shown,
    details,
  };
}

// ─── <dk-treatment-plan> ─────────────────────────────────────────────────────────────────────────────────────────

function readPlan(element: HtmlElement, context: Context): PlanExport {
  const sessions = parseNumber(element, 'sessions', context, { fallback: 3, min: 1, max: 12, integer: true });
  const weeks = parseNumber(element, 'interval-weeks', context, { fallback: 4, min: 1, max: 26, integer: true });
  const days = parseOptionalNumber(element, 'interval-days', context, { min: 1, max: 182, integer: true });
  if (days && has(element, 'interval-weeks')) context.warn(element, 'interval-weeks', 'ignored: interval-days is set and wins.');
  const today = parseDate(element, 'today', context);
  const provided = context.provided;
  // An own today measures from the recovery's treatment date too, instead of taking its day as given.
  const state = resolveRecovery({ treatmentDate: parseDate(element, 'start-date', context) ?? (today && provided?.treatmentDate), today }, context);
  const intervalDays = days ?? weeks * 7;
  const steps = planSessions({
    sessions,
    intervalDays,
    start: state.treatmentDate,
    completed: parseOptionalNumber(element, 'completed', context, { min: 0, max: sessions, integer: true }),
    elapsed: state.day,
  });
  const lang = langOf(element, context);
  const number = new Intl.NumberFormat(lang).format;
  const date = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
  const total = number(steps.length);
  const statusText = { done: text(element, 'done-label', 'Done'), next: text(element, 'next-label', 'Next'), upcoming: text(element, 'upcoming-label', 'Upcoming') };
  const relative = intervalDays % 7 ? text(element, 'day-label', 'Day {day}') : text(element, 'week-label', 'Week {week}');
  // The session's words without its date ("Session 2"): the writers print the date beside it.
  const label = withoutWhen(text(element, 'session-label', 'Session {n} — {when}'));
  return {
    kind: 'plan',
    title: '',
    sessions: steps.map(({ index, offset, date: day, status }) => ({
      number: index,
      date: day,
      dateText: day ? date.format(toUtcDate(day)) : fillTemplate(relative, { day: number(offset), week: number(offset / 7) }),
      label: fillTemplate(label, { n: number(index), total }),
      status,
      statusText: statusText[status],
    })),
    progress: fillTemplate(text(element, 'progress-label', '{completed} of {total} sessions complete'), {
      completed: number(steps.filter((step) => step.status == 'done').length),
      total,
    }),
    content: sanitizeBlock(element.children, context, true),
  };
}

/** `Session {n} — {when}` → `Session {n}`: the `{when}` placeholder and the punctuation joining it dropped. */
function withoutWhen(template: string): string {
  if (!template.includes('{when}')) return template;
  return template.replace(/[\s—–\-:,]*\{when\}[\s—–\-:,]*/g, ' ').trim() || template.replace(/\{when\}/g, '').trim();
}

// ─── <dk-before-after> ───────────────────────────────────────────────────────────────────────────────────────────

function readBeforeAfter(element: HtmlElement, context: Context): BeforeAfterExport {
  parseNumber(element, 'position', context, { fallback: 50, min: 0, max: 100 });
  parseChoice(element, 'orientation', context, ['horizontal', 'vertical'], 'horizontal');
  const side = (name: 'before' | 'after'): ImageExport | null => {
    const slotted = element.children.find((child): child is HtmlElement => child.type === 'element' && child.getAttribute('slot') === name);
    const image = slotted?.name === 'img' ? slotted : slotted && findAll(slotted, (child) => child.name === 'img')[0];
    if (!image) {
      context.warn(element, `slot ${name}`, `no <img slot="${name}"> child; showing a placeholder.`);
      return null;
    }
    const src = safeUrl(image.getAttribute('src') ?? '', 'image');
    if (!src) {
      context.warn(image, 'src', `${quote(image.getAttribute('src') ?? '')} is not an http(s) or relative image URL; leaving the ${name} image out.`);
      return null;
    }
    return {
      src,
      alt: image.getAttribute('alt') ?? '',
      ...imageSize(image, context),
      ...optional('srcset', safeSrcset(image.getAttribute('srcset'))),
      ...optional('sizes', image.getAttribute('sizes') ?? undefined),
      label: text(element, `${name}-label`, name === 'before' ? 'Before' : 'After'),
    };
  };
  return { kind: 'before-after', label: text(element, 'label', 'Before and after comparison'), before: side('before'), after: side('after') };
}

const optional = <K extends string>(key: K, value: string | undefined) => (value ? ({ [key]: value } as Record<K, string>) : {});

function imageSize(image: HtmlElement, context: Context): { width?: number; height?: number } {
  const size: { width?: number; height?: number } = {};
  for (const key of ['width', 'height'] as const) {
    const raw = image.getAttribute(key);
    if (raw === null) continue;
    const value = Number(raw.trim());
    if (Number.isFinite(value) && value > 0 && raw.trim() !== '') size[key] = Math.round(value);
    else context.warn(image, key, `${quote(raw)} is not a size in pixels; leaving it out.`);
  }
  return size;
}

// ─── <dk-recovery> ───────────────────────────────────────────────────────────────────────────────────────────────

function readRecovery(element: HtmlElement, context: Context): RecoveryExport {
  const treatmentDate = parseDate(element, 'treatment-date', context);
  const today = parseDate(element, 'today', context) ?? context.today;
  let day = treatmentDate && daysBetween(treatmentDate, today);
  // With a scrubber the slider is the day on show: the date's day, else day 0.
  if (has(element, 'scrubber')) day ??= 0;
  const provided: RecoveryState = { treatmentDate, today, day };
  const inner: Context = { ...context, provided };
  const intro = element.children.filter((child) => child.type === 'element' && child.getAttribute('slot') === 'intro');
  // Children with another slot name have no slot to show in; the rest is the recovery's content.
  const rest = element.children.filter((child) => child.type !== 'element' || child.getAttribute('slot') === null);
  let status = '';
  if (day !== undefined) {
    const timeline = findAll(element, (child) => child.name === 'dk-healing-timeline')[0];
    const own = timeline ? timelinePhases(timeline, inner) : [];
    const phases = own.length ? own : PRESETS[DEFAULT_PRESET]!;
    const max = recoveryLength(phases);
    const phase = phaseAt(phases, Math.min(max, Math.max(0, day)));
    const lang = langOf(element, context);
    status =
      day < 0
        ? beforeTreatmentText(text(element, 'before-text', 'Treatment {relative}'), lang, day, treatmentDate)
        : fillTemplate(
            day > max ? text(element, 'complete-text', 'Day {day}: healing complete') : phase ? text(element, 'scrubber-text', 'Day {day} — {phase} phase') : text(element, 'scrubber-gap-text', 'Day {day}'),
            { day: day.toLocaleString(lang), phase: phase?.name ?? '' },
          );
  }
  return { kind: 'recovery', intro: sanitizeBlock(intro, context, true), children: readChildren(rest, inner), status };
}

// ─── author content → Rich ───────────────────────────────────────────────────────────────────────────────────────

const KEPT = new Set<string>(['p', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'br', 'a', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'small', 'sub', 'sup', 'img']);
/** Left out with everything inside: code, styling, forms, embedded documents and graphics. */
const DROPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'frame', 'frameset', 'noembed', 'noframes', 'applet',
  'svg', 'math', 'canvas', 'audio', 'video', 'picture', 'source', 'track', 'map', 'area', 'form', 'input', 'button',
  'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'meter', 'progress', 'title', 'meta', 'link', 'base',
  'head', 'param', 'dialog', 'slot', 'xmp',
]);
/** Blocks: replaced by their children, but their inline runs stay apart (as paragraphs). */
const BLOCK = new Set([
  'p', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'div', 'section', 'article', 'aside', 'header',
  'footer', 'main', 'nav', 'figure', 'figcaption', 'address', 'details', 'summary', 'dl', 'dt', 'dd', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'pre', 'hr', 'center', 'fieldset', 'legend', 'hgroup', 'menu',
]);
const BLOCK_RICH = new Set(['p', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

const isBlock = (node: Rich) => 'tag' in node && BLOCK_RICH.has(node.tag);

/**
 * Author content as `Rich`, with its whitespace tidied: `paragraphs` wraps loose inline runs in `<p>` when the
 * content also has blocks (or always, for content outside the widgets), so texts from two `<div>`s do not run
 * together. `skip` leaves some elements out (the FAQ's items, read on their own).
 */
function sanitizeBlock(nodes: readonly HtmlNode[], context: Context, paragraphs: boolean, skip?: (element: HtmlElement) => boolean): Rich[] {
  const out: Rich[] = [];
  for (const node of nodes) out.push(...sanitize(node, context, skip));
  return arrange(out, paragraphs);
}

function sanitize(node: HtmlNode, context: Context, skip?: (element: HtmlElement) => boolean): Rich[] {
  if (node.type === 'text') return node.text ? [{ text: node.text.replace(/[ \t\n\f\r]+/g, ' ') }] : [];
  if (DROPPED.has(node.name) || isHidden(node) || skip?.(node)) return [];
  const children = () => node.children.flatMap((child) => sanitize(child, context, skip));
  const name = node.name === 'h1' ? 'h2' : node.name;
  if (!KEPT.has(name)) {
    // An unknown block keeps its runs apart; an unknown inline element (span, u, code, a custom tag) just its text.
    return BLOCK.has(name) ? arrange(children(), true, true) : children();
  }
  if (name === 'br') return [{ tag: 'br', children: [] }];
  if (name === 'img') {
    const src = safeUrl(node.getAttribute('src') ?? '', 'image');
    if (!src) {
      context.warn(node, 'src', `${quote(node.getAttribute('src') ?? '')} is not an http(s) or relative image URL; leaving the image out.`);
      return [];
    }
    const attributes: Record<string, string> = { src, alt: node.getAttribute('alt') ?? '' };
    const size = imageSize(node, context);
    if (size.width) attributes.width = String(size.width);
    if (size.height) attributes.height = String(size.height);
    const srcset = safeSrcset(node.getAttribute('srcset'));
    if (srcset) attributes.srcset = srcset;
    const sizes = node.getAttribute('sizes');
    if (srcset && sizes) attributes.sizes = sizes;
    return [{ tag: 'img', attributes, children: [] }];
  }
  if (name === 'a') {
    const href = safeUrl(node.getAttribute('href') ?? '', 'link');
    // A link to a place the export cannot go (a script, this page's anchors) keeps its words.
    if (!href) return children();
    return [{ tag: 'a', attributes: { href }, children: arrange(children(), false) }];
  }
  return [{ tag: name as RichTag, children: arrange(children(), name === 'blockquote' || name === 'li') }];
}

/**
 * Tidies a list of siblings: merges adjacent texts, trims space at the edges of the run and around blocks, drops
 * empty texts, and (with `paragraphs`) wraps inline runs in `<p>` when blocks sit among them (`always`: even alone).
 */
function arrange(nodes: readonly Rich[], paragraphs: boolean, always = false): Rich[] {
  const merged: Rich[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if ('text' in node && last && 'text' in last) merged[merged.length - 1] = { text: last.text + node.text };
    else merged.push(node);
  }
  const hasBlock = merged.some(isBlock);
  const runs: Rich[][] = [];
  const result: Rich[] = [];
  let run: Rich[] = [];
  const endRun = () => {
    const trimmed = trimRun(run);
    run = [];
    if (!trimmed.length) return;
    if (paragraphs && (hasBlock || always)) result.push({ tag: 'p', children: trimmed });
    else result.push(...trimmed);
    runs.push(trimmed);
  };
  for (const node of merged) {
    if (isBlock(node)) {
      endRun();
      result.push(node);
    } else run.push(node);
  }
  endRun();
  return result;
}

/** An inline run without its leading and trailing spaces (and without anything but spaces). */
function trimRun(run: Rich[]): Rich[] {
  const nodes = [...run];
  while (nodes.length && 'text' in nodes[0]! && !nodes[0].text.trim()) nodes.shift();
  while (nodes.length && 'text' in nodes[nodes.length - 1]! && !(nodes[nodes.length - 1] as { text: string }).text.trim()) nodes.pop();
  if (!nodes.length) return [];
  const first = nodes[0]!;
  if ('text' in first) nodes[0] = { text: first.text.replace(/^[ \t\n\f\r]+/, '') };
  const last = nodes[nodes.length - 1]!;
  if ('text' in last) nodes[nodes.length - 1] = { text: last.text.replace(/[ \t\n\f\r]+$/, '') };
  // A run of nothing but line breaks says nothing.
  return nodes.every((node) => 'tag' in node && node.tag === 'br') ? [] : nodes;
}

/**
 * A URL the export may print: http(s), mailto and tel for links; http(s) and relative for images (a relative one
 * is for the static page; the email writer makes it absolute or leaves it out). Tabs and line breaks inside are
 * dropped first, as browsers do, so `java&#9;script:` is seen for what it is. Anything else: `undefined`.
 */
export function safeUrl(raw: string, kind: 'link' | 'image'): string | undefined {
  // eslint-disable-next-line no-control-regex
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!url) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (kind === 'link') return scheme && ['http', 'https', 'mailto', 'tel'].includes(scheme) ? url : undefined;
  if (scheme) return scheme === 'http' || scheme === 'https' ? url : undefined;
  // Relative (or protocol-relative) image sources, but not `#` or a control character trick.
  return /[\u0000-\u001f\\]/.test(url) || url.startsWith('#') ? undefined : url;
}

/** A `srcset` whose every candidate is a safe image URL, else `undefined`. */
function safeSrcset(raw: string | null): string | undefined {
  if (!raw?.trim()) return undefined;
  const candidates = raw.split(',').map((candidate) => candidate.trim()).filter(Boolean);
  const safe = candidates.every((candidate) => safeUrl(candidate.split(/\s+/)[0]!, 'image'));
  return safe ? candidates.join(', ') : undefined;
}
