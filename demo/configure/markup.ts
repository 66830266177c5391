/**
 * Configuration → the `dk-*` markup, as a small tree of plain data. The same tree is printed as the HTML snippet
 * (`serialize`, every text and attribute escaped) and built as the live preview (`patch.ts`, DOM APIs only), so
 * the preview is exactly what the snippet makes. Pure: no DOM.
 */
import type { Config } from './config.js';
import { SECTION_CLASS, themeCss } from './theme-css.js';
import { EXAMPLE_SCRIPT_URL, decimal, isDate, isHttpUrl, isScriptUrl, wholeNumber } from './values.js';

// The snippet prints the theme's rule (made in `theme-css.ts`) above the markup: offered here with its other parts.
export { themeCss };

/** An element: tag, attributes in order (`true` = boolean attribute), children. Text is a string. */
export interface MarkupElement {
  readonly tag: string;
  readonly attributes: readonly (readonly [string, string | true])[];
  readonly children: readonly MarkupNode[];
}
export type MarkupNode = MarkupElement | string;

const el = (
  tag: string,
  attributes: (readonly [string, string | true] | false | undefined)[] = [],
  children: MarkupNode[] = [],
): MarkupElement => ({
  tag,
  attributes: attributes.filter((attribute): attribute is readonly [string, string | true] => Boolean(attribute)),
  children,
});

/** `[name, value]` when the value is not empty and not the element's default. */
const attr = (name: string, value: string, fallback = ''): readonly [string, string] | undefined => {
  const trimmed = value.trim();
  return trimmed && trimmed !== fallback ? [name, trimmed] : undefined;
};
const flag = (name: string, on: boolean): readonly [string, true] | undefined => (on ? [name, true] : undefined);

/** Paragraphs from plain text: a blank line starts a new `<p>`, a single line break becomes `<br>`. */
export function paragraphs(text: string): MarkupElement[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => el('p', [], inlineLines(block)));
}

function inlineLines(text: string): MarkupNode[] {
  const nodes: MarkupNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index) nodes.push(el('br'));
    nodes.push(line.trim());
  });
  return nodes;
}

export interface TreeOptions {
  /** The preview's day: `today` on the dated widgets (never in the snippet). */
  readonly today?: string;
}

function todayAttr(options: TreeOptions) {
  return options.today && isDate(options.today) ? (['today', options.today.trim()] as const) : undefined;
}

function faq(config: Config): MarkupElement {
  const { faq } = config;
  const items = faq.items
    .filter((item) => item.question.trim())
    .map((item) =>
      el('dk-faq-item', [], [el('span', [['slot', 'question']], [item.question.trim()]), ...paragraphs(item.answer)]),
    );
  return el(
    'dk-faq',
    [
      flag('searchable', faq.searchable),
      flag('multiple', faq.multiple || faq.expandAll),
      flag('expand-all', faq.expandAll),
      flag('schema', faq.schema),
      attr('heading-level', String(wholeNumber(faq.headingLevel, 2, 6) ?? 3), '3'),
    ],
    items,
  );
}

function phases(config: Config): MarkupElement[] {
  if (config.timeline.phasesMode !== 'custom') return [];
  return config.timeline.phases.flatMap((phase) => {
    const start = wholeNumber(phase.start, 0, 3650);
    const end = wholeNumber(phase.end, 0, 3650);
    // A phase the kit would skip (no days, or ending before it starts) is left out; the form says why.
    if (start === undefined || end === undefined || end <= start) return [];
    const text = phase.text.trim().replace(/\s*\n\s*/g, ' ');
    return [
      el('dk-phase', [attr('name', phase.name), ['start', String(start)], ['end', String(end)]], text ? [text] : []),
    ];
  });
}

function timeline(config: Config, options: TreeOptions, inRecovery = false): MarkupElement {
  const { timeline } = config;
  const date =
    !inRecovery && isDate(timeline.treatmentDate) ? attr('treatment-date', timeline.treatmentDate) : undefined;
  return el(
    'dk-healing-timeline',
    [
      date,
      attr('label', timeline.label, 'Healing phases'),
      attr('orientation', timeline.orientation, 'auto'),
      !inRecovery && date ? todayAttr(options) : undefined,
    ],
    phases(config),
  );
}

function gauge(config: Config, options: TreeOptions, inRecovery = false): MarkupElement {
  const { gauge } = config;
  const value = !inRecovery && gauge.mode === 'value' ? decimal(gauge.value, 0, 100) : undefined;
  const date =
    !inRecovery && gauge.mode === 'model' && isDate(gauge.treatmentDate)
      ? attr('treatment-date', gauge.treatmentDate)
      : undefined;
  return el(
    'dk-collagen-gauge',
    [
      value !== undefined ? ['value', String(value)] : undefined,
      date,
      flag('show-types', gauge.showTypes),
      date ? todayAttr(options) : undefined,
    ],
    gauge.caption.trim() ? [gauge.caption.trim()] : [],
  );
}

function plan(config: Config, options: TreeOptions, inRecovery = false): MarkupElement {
  const { plan } = config;
  const sessions = wholeNumber(plan.sessions, 1, 12);
  const days = plan.intervalUnit === 'days';
  const interval = wholeNumber(plan.interval, 1, days ? 182 : 26);
  const completed = plan.completed.trim() ? wholeNumber(plan.completed, 0, sessions ?? 12) : undefined;
  const start = !inRecovery && isDate(plan.startDate) ? attr('start-date', plan.startDate) : undefined;
  return el(
    'dk-treatment-plan',
    [
      sessions !== undefined ? ['sessions', String(sessions)] : undefined,
      interval !== undefined ? [days ? 'interval-days' : 'interval-weeks', String(interval)] : undefined,
      start,
      completed !== undefined ? ['completed', String(completed)] : undefined,
      attr('event-title', plan.eventTitle, 'Treatment session {n} of {total}'),
      attr('location', plan.location),
      attr('description', plan.description),
      !inRecovery ? todayAttr(options) : undefined,
    ],
    paragraphs(plan.text),
  );
}

function recovery(config: Config, options: TreeOptions): MarkupElement {
  const { recovery } = config;
  const children: MarkupNode[] = [];
  if (recovery.intro.trim()) children.push(el('h2', [['slot', 'intro']], [recovery.intro.trim()]));
  if (recovery.timeline) children.push(timeline(config, options, true));
  if (recovery.gauge) children.push(gauge(config, options, true));
  if (recovery.plan) children.push(plan(config, options, true));
  return el(
    'dk-recovery',
    [
      isDate(recovery.treatmentDate) ? attr('treatment-date', recovery.treatmentDate) : undefined,
      flag('date-picker', recovery.datePicker),
      flag('scrubber', recovery.scrubber),
      todayAttr(options),
    ],
    children,
  );
}

function image(config: Config, side: 'before' | 'after'): MarkupElement | undefined {
  const { beforeAfter } = config;
  const { src, alt } = beforeAfter[side];
  if (!isHttpUrl(src)) return undefined;
  const width = wholeNumber(beforeAfter.width, 1, 10000);
  const height = wholeNumber(beforeAfter.height, 1, 10000);
  return el('img', [
    ['slot', side],
    ['src', src.trim()],
    ['alt', alt.trim()],
    width !== undefined ? ['width', String(width)] : undefined,
    height !== undefined ? ['height', String(height)] : undefined,
    ['loading', 'lazy'],
  ]);
}

function beforeAfter(config: Config): MarkupElement {
  const ba = config.beforeAfter;
  const position = decimal(ba.position, 0, 100);
  return el(
    'dk-before-after',
    [
      attr('label', ba.label, 'Before and after comparison'),
      position !== undefined && position !== 50 ? ['position', String(position)] : undefined,
      attr('orientation', ba.orientation, 'horizontal'),
      ba.beforeLabel.trim() !== 'Before' ? ['before-label', ba.beforeLabel.trim()] : undefined,
      ba.afterLabel.trim() !== 'After' ? ['after-label', ba.afterLabel.trim()] : undefined,
    ],
    [image(config, 'before'), image(config, 'after')].filter((node): node is MarkupElement => Boolean(node)),
  );
}

/** The chosen element's markup (without the theme box around it). */
export function widgetTree(config: Config, options: TreeOptions = {}): MarkupElement {
  switch (config.element) {
    case 'timeline':
      return timeline(config, options);
    case 'gauge':
      return gauge(config, options);
    case 'recovery':
      return recovery(config, options);
    case 'plan':
      return plan(config, options);
    case 'before-after':
      return beforeAfter(config);
    default:
      return faq(config);
  }
}

/** The element markup as the snippet has it: the widget, inside the painted box when the theme paints one. */
export function snippetTree(config: Config, options: TreeOptions = {}): MarkupElement {
  const widget = widgetTree(config, options);
  return config.theme.paint ? el('div', [['class', SECTION_CLASS]], [widget]) : widget;
}

// ---------------------------------------------------------------------------------------------------------------
// Printing

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '` for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

const VOID = new Set(['br', 'img']);
const INLINE = new Set(['span', 'br', 'a', 'strong', 'em', 'b', 'i', 'img']);

function openTag(node: MarkupElement): string {
  const attributes = node.attributes
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<${node.tag}${attributes}>`;
}

/** Prints a tree as indented HTML: elements holding only text and inline elements stay on one line. */
export function serialize(node: MarkupNode, indent = ''): string {
  if (typeof node === 'string') return indent + escapeHtml(node);
  const open = openTag(node);
  if (VOID.has(node.tag)) return indent + open;
  const close = `</${node.tag}>`;
  const inline = node.children.every((child) => typeof child === 'string' || INLINE.has(child.tag));
  if (inline) return indent + open + node.children.map((child) => serialize(child)).join('') + close;
  return [indent + open, ...node.children.map((child) => serialize(child, `${indent}  `)), indent + close].join('\n');
}

/** The `<script>` tag: the hosting address (the example when it is not usable), and the SRI hash when wanted. */
export function scriptTag(config: Config, integrity?: string): string {
  const src = isScriptUrl(config.scriptUrl) ? config.scriptUrl.trim() : EXAMPLE_SCRIPT_URL;
  const sri = config.integrity && integrity ? ` integrity="${escapeHtml(integrity)}" crossorigin="anonymous"` : '';
  return `<script src="${escapeHtml(src)}"${sri} defer></script>`;
}

/** The whole HTML snippet: script tag, theme rule, element markup. */
export function snippet(config: Config, integrity?: string): string {
  return [scriptTag(config, integrity), `<style>\n${themeCss(config)}\n</style>`, serialize(snippetTree(config))].join(
    '\n',
  );
}

/** The markup handed to the exports: the theme rule and the element (no script). */
export function exportMarkup(config: Config): string {
  return [`<style>\n${themeCss(config)}\n</style>`, serialize(snippetTree(config))].join('\n');
}
