/**
 * `dermakit/export`: `dk-*` markup to HTML that needs no JavaScript — a static page fragment for builders that strip
 * scripts, or an email (HTML and a text part) — with the kit's texts, numbers and dates for one day and the theme's
 * tokens resolved to literal values. Pure functions: no DOM, no network; they run in Node (the `dermakit-export`
 * CLI) and in the browser (the configurator). Nothing here is in `dist/dermakit.js`.
 */
import { type ReadOptions, readSnippet } from './read.js';
import { writeStatic } from './static.js';
import { writeEmail } from './email.js';

export type {
  BeforeAfterExport,
  ContentExport,
  ExportTheme,
  FaqExport,
  GaugeExport,
  ImageExport,
  PhaseExport,
  PlanExport,
  RecoveryExport,
  Rich,
  RichTag,
  SnippetExport,
  TimelineExport,
  WidgetExport,
} from './model.js';
export type { ReadOptions } from './read.js';
export { readSnippet, writeStatic, writeEmail };

export interface ExportOptions extends ReadOptions {
  /** `static`: an HTML fragment with inline styles and no script; `email`: email-safe HTML (tables, inline CSS). */
  target: 'static' | 'email';
}

export interface ExportResult {
  /** The exported HTML fragment. */
  html: string;
  /** The same content as plain text (the email's text part; for `static`, the same text rendering). */
  text: string;
  /** One line per problem found in the markup or options (bad attribute, missing image, unusable colour…). */
  warnings: string[];
}

/**
 * Reads `markup` and writes it for `options.target`. Bad markup never throws (it shows up in `warnings`); an unknown
 * target is a programming error and throws a `RangeError`.
 */
export function exportSnippet(markup: string, options: ExportOptions): ExportResult {
  const target = options?.target;
  if (target !== 'static' && target !== 'email')
    throw new RangeError(`dermakit export: target must be "static" or "email", not ${JSON.stringify(target)}.`);
  const { today, theme, lang, webUrl, webText } = options;
  const snippet = readSnippet(markup, { today, theme, lang, webUrl, webText });
  const email = writeEmail(snippet);
  const html = target === 'email' ? email.html : writeStatic(snippet);
  return { html, text: email.text, warnings: [...snippet.warnings] };
}
