/**
 * Reads `dk-*` markup into a `SnippetExport`: what each widget would say, as plain data, for one day. Pure: no DOM
 * (the markup goes through `html.ts`), so it runs in Node and in the configurator alike.
 *
 * This module walks the document and hands each widget to its reader in `read/` (one per element). Each reads its
 * widget the way the element reads itself: the same attributes, warnings and pure modules, and the same default
 * texts (each element's `*-texts.ts`), so the export says what the widget says for the same markup and day.
 * Author content around and inside the widgets becomes safe `Rich` (`read/content.ts`).
 */
import { localDateOf, parseIsoDate } from '../core/days.js';
import { quote } from '../core/warn.js';
import { type HtmlElement, type HtmlNode, findAll, hasDescendant, parseHtml } from './html.js';
import type { SnippetExport, WidgetExport } from './model.js';
import { type ThemeOverrides, readTheme } from './theme.js';
import { type ReadContext, WIDGETS, canonicalLang, isHidden, langOf } from './read/context.js';
import { DROPPED, sanitizeBlock } from './read/content.js';
import { readBeforeAfter } from './read/before-after.js';
import { readFaq, readLoneFaqItem } from './read/faq.js';
import { readGauge } from './read/gauge.js';
import { readPlan } from './read/plan.js';
import { readRecovery } from './read/recovery.js';
import { readTimeline } from './read/timeline.js';

/** What `readSnippet` takes: `ExportOptions` without the target. */
export interface ReadOptions {
  /** The day to count for, `YYYY-MM-DD` (default: today in the local zone). Attributes `today` in the markup win. */
  today?: string;
  /** Overrides for the theme found in the markup: any of primary, text, background, radius, font (CSS values). */
  theme?: ThemeOverrides;
  /** Language when the markup has no `lang` (default 'en'). */
  lang?: string;
  /**
   * Address of the web page with the same content (the landing page). The email then starts with a link to it, for
   * readers whose mail app shows the message poorly. Absolute http(s) only; anything else is left out with a warning.
   */
  webUrl?: string;
  /** The words of that link (default "View this in your browser"). */
  webText?: string;
}

const WEB_TEXT = 'View this in your browser';

/** The checked web link, or undefined (with a warning) for anything but an absolute http(s) address. */
function webLink(options: ReadOptions, warnings: string[]): SnippetExport['web'] {
  if (options.webUrl === undefined || String(options.webUrl).trim() === '') return undefined;
  const raw = String(options.webUrl).trim();
  let url: URL | undefined;
  try {
    // Written out in full (`https:host` would be read relative to the page by browsers).
    url = /^https?:\/\/[^/\s?#]/i.test(raw) ? new URL(raw) : undefined;
  } catch {
    url = undefined;
  }
  if (!url) {
    warnings.push(`webUrl option: ${quote(raw)} is not an absolute http(s) address; the email has no web link.`);
    return undefined;
  }
  const text = typeof options.webText === 'string' && options.webText.trim() ? options.webText.trim() : WEB_TEXT;
  return { url: url.href, text };
}

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
  if (options.lang !== undefined && !optionLang)
    warnings.push(`lang option: ${quote(options.lang)} is not a language tag; using "en".`);
  let today = parseIsoDate(options.today);
  if (options.today !== undefined && !today)
    warnings.push(
      `today option: ${quote(options.today)} is not a calendar date in the form yyyy-mm-dd; using today's date.`,
    );
  today ??= localDateOf();
  const context: ReadContext = { today, fallbackLang: optionLang ?? 'en', warn };
  const widgets = readChildren(root.children, context);
  const widgetElements = findAll(root, (element) => WIDGETS.has(element.name));
  const lang =
    root.getAttribute('lang') !== null
      ? langOf(root, context)
      : widgetElements.length
        ? langOf(widgetElements[0]!, context)
        : context.fallbackLang;
  const theme = readTheme(root, widgetElements, options.theme, (line) => warnings.push(line));
  const web = webLink(options, warnings);
  return web ? { lang, theme, widgets, warnings, web } : { lang, theme, widgets, warnings };
}

const containsWidget = (element: HtmlElement) => hasDescendant(element, (child) => WIDGETS.has(child.name));

/** Widgets and the content between them, in document order; elements around a widget are opened, not kept. */
function readChildren(nodes: readonly HtmlNode[], context: ReadContext): WidgetExport[] {
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

function readWidget(element: HtmlElement, context: ReadContext): WidgetExport[] {
  switch (element.name) {
    case 'dk-faq':
      return readFaq(element, context);
    case 'dk-faq-item':
      return [readLoneFaqItem(element, context)];
    case 'dk-healing-timeline':
      return [readTimeline(element, context)];
    case 'dk-collagen-gauge':
      return [readGauge(element, context)];
    case 'dk-treatment-plan':
      return [readPlan(element, context)];
    case 'dk-before-after':
      return [readBeforeAfter(element, context)];
    default:
      return [readRecovery(element, context, readChildren)];
  }
}
