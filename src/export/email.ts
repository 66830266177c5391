/**
 * The email export: a `SnippetExport` as an HTML fragment for an email builder's HTML block, plus its plain-text
 * part. Written for the mail clients caniemail.com tracks (Gmail, Outlook on Windows, the web and phones, Apple
 * Mail): `role="presentation"` tables for layout, inline CSS only with literal colours, no SVG, no custom
 * properties, no flexbox or grid, no web fonts, no `<details>` (answers are printed open), no border-radius (Outlook
 * on Windows draws square corners anyway, and caniemail lists it as unsupported there). A column of at most 600 px,
 * fluid below it; Outlook on Windows, which ignores max-width on anything but tables, gets a fixed 600 px table in
 * a conditional comment. Images only from absolute http(s) URLs with a size; other images leave their alt text.
 * Pure: no DOM.
 */
import { attribute, cleanTheme, escapeHtml, safeImageUrl, safeUrl } from './escape.js';
import type {
  BeforeAfterExport,
  ExportTheme,
  FaqExport,
  GaugeExport,
  ImageExport,
  PlanExport,
  RecoveryExport,
  SnippetExport,
  TimelineExport,
  WidgetExport,
} from './model.js';
import { type WidgetWriters, writeWidgetWith } from './widget-writers.js';
import { type RichOptions, collapseSpace, richPlain, writeImage, writeRich } from './rich.js';

/** The email's column and its padding: images are drawn at most as wide as what is left. */
const WIDTH = 600;
const PADDING = 24;
const CONTENT = WIDTH - 2 * PADDING;

const text = (value: string) => escapeHtml(collapseSpace(value).trim());
const style = (css: string) => attribute('style', css);
const words = (value: string) => collapseSpace(value).trim();

/** A layout table (read as plain content by screen readers), full width of its cell. */
const table = (rows: string, css = '') =>
  `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${style(`width:100%;border-collapse:collapse${css ? `;${css}` : ''}`)}>${rows}</table>`;
const row = (cell: string, css: string) => `<tr><td${style(css)}>${cell}</td></tr>`;

interface Context {
  readonly theme: ExportTheme;
  readonly rich: RichOptions;
}

/** A paragraph in the theme's text colour (Outlook.com and some webmails reset colours on `p`). */
const para = (content: string, theme: ExportTheme, css = '') =>
  `<p${style(`margin:0 0 8px;color:${theme.text}${css ? `;${css}` : ''}`)}>${content}</p>`;

/** Words on a brand-colour fill: the current phase, the next session. The words carry it, not the colour. */
const chip = (value: string, theme: ExportTheme) =>
  `<span${style(`background-color:${theme.primary};color:${theme.onPrimary};font-weight:bold;padding:2px 8px`)}>${text(value)}</span>`;

/** The FAQ, every answer open: each question a heading at the FAQ's level, its answer below, rules between. */
function writeFaq(faq: FaqExport, { theme, rich }: Context): string {
  const level = Math.min(6, Math.max(2, Math.round(faq.headingLevel) || 3));
  // An item without a question shows its answer on its own, as the widget does; one with neither, nothing.
  const rows = faq.items
    .filter((item) => item.question.trim() !== '' || item.answer.length)
    .map((item) =>
      row(
        (item.question.trim()
          ? `<h${level}${style(`margin:0 0 8px;font-size:18px;line-height:26px;font-weight:bold;color:${theme.text}`)}>${text(item.question)}</h${level}>`
          : '') + writeRich(item.answer, rich),
        `padding:16px 0 4px;border-top:1px solid ${theme.track}`,
      ),
    )
    .join('');
  return rows ? table(rows, `border-bottom:1px solid ${theme.track}`) : '';
}

/** The timeline: its label, then one row per phase with a bar on its left; the current phase says so in words. */
function writeTimeline(timeline: TimelineExport, { theme, rich }: Context): string {
  const current = timeline.phases.some((phase) => phase.current);
  let html = timeline.label.trim() ? para(`<strong>${text(timeline.label)}</strong>`, theme) : '';
  if (!current && timeline.status.trim()) html += para(text(timeline.status), theme);
  const rows = timeline.phases
    .map((phase) => {
      const head =
        `<strong>${text(phase.name)}</strong>` +
        (phase.span.trim() ? ` <span${style(`color:${theme.muted}`)}>· ${text(phase.span)}</span>` : '');
      const now = phase.current && timeline.status.trim() ? para(chip(timeline.status, theme), theme) : '';
      const edge = phase.current ? theme.primary : theme.track;
      return row(
        para(head, theme, 'margin:0 0 4px') + now + writeRich(phase.content, rich),
        `padding:8px 0 4px 12px;border-left:4px solid ${edge}`,
      );
    })
    .join(row('', 'height:8px;font-size:1px;line-height:1px'));
  return html + table(rows);
}

/** The gauge: its label, the value in large text, a two-cell bar (filled share, track), then the widget's lines. */
function writeGauge(gauge: GaugeExport, { theme }: Context): string {
  const value = Math.round(Math.min(100, Math.max(0, Number.isFinite(gauge.value) ? gauge.value : 0)));
  const valueText = words(gauge.valueText) || `${value}%`;
  const cell = (width: number, color: string) =>
    `<td width="${width}%"${style(`width:${width}%;height:12px;background-color:${color};font-size:1px;line-height:1px`)}>&nbsp;</td>`;
  // A 0 % or 100 % cell still takes a sliver in some clients: then the bar is one cell.
  const bar = `<tr>${value > 0 ? cell(value, theme.primary) : ''}${value < 100 ? cell(100 - value, theme.track) : ''}</tr>`;
  return (
    para(text(gauge.label), theme) +
    para(escapeHtml(valueText), theme, 'font-size:32px;line-height:40px;font-weight:bold') +
    table(bar, 'margin:0 0 8px') +
    gauge.details
      .filter((line) => line.trim())
      .map((line) => para(text(line), theme, `font-size:14px;line-height:20px;color:${theme.muted}`))
      .join('')
  );
}

/** The plan: the author's text, then a table of dated sessions with their state in words, then the progress line. */
function writePlan(plan: PlanExport, { theme, rich }: Context): string {
  let html = plan.title.trim() ? para(`<strong>${text(plan.title)}</strong>`, theme) : '';
  html += writeRich(plan.content, rich);
  const rows = plan.sessions
    .map((session) => {
      const state =
        session.status === 'next'
          ? chip(session.statusText, theme)
          : `<span${style(`color:${theme.muted}`)}>${text(session.statusText)}</span>`;
      const line = `border-bottom:1px solid ${theme.track}`;
      return (
        `<tr><td${style(`padding:8px 8px 8px 0;${line};vertical-align:top;color:${theme.text}`)}><strong>${text(session.label)}</strong>` +
        (session.dateText.trim() ? `<br>${text(session.dateText)}` : '') +
        `</td><td width="96" align="right"${style(`width:96px;padding:8px 0;${line};vertical-align:top;text-align:right;font-size:14px`)}>${state}</td></tr>`
      );
    })
    .join('');
  if (rows) html += table(rows, `border-top:1px solid ${theme.track};margin:0 0 8px`);
  if (plan.progress.trim()) html += para(text(plan.progress), theme, `color:${theme.muted}`);
  return html;
}

/** One side of before/after: the image (absolute http(s), sized, not SVG) or its alt text, captioned with its label. */
function writeSide(image: ImageExport, { theme, rich }: Context, width: number): string {
  const picture = writeImage(image, { ...rich, maxImageWidth: width }, { block: true });
  const shown = picture.startsWith('<img');
  const label = text(image.label);
  // Without its picture, the label leads: "Before" and then what the picture shows.
  if (!shown)
    return (
      para(`<strong>${label}</strong>`, theme, 'margin:0 0 4px') +
      para(picture, theme, `font-size:14px;line-height:20px;color:${theme.muted}`)
    );
  return `${picture}<p${style(`margin:4px 0 8px;font-weight:bold;color:${theme.text}`)}>${label}</p>`;
}

/** Before/after: the two sides in two cells (each half the column), the comparison's label under them. */
function writeBeforeAfter(pair: BeforeAfterExport, context: Context): string {
  const sides = [pair.before, pair.after].filter((image): image is ImageExport => !!image);
  if (!sides.length) return pair.label.trim() ? para(text(pair.label), context.theme) : '';
  const gap = 16;
  const width = sides.length === 2 ? Math.floor((CONTENT - gap) / 2) : CONTENT;
  const cells = sides
    .map(
      (image, index) =>
        `<td width="${100 / sides.length}%" valign="top"${style(`width:${100 / sides.length}%;vertical-align:top;${index ? `padding:0 0 0 ${gap / 2}px` : sides.length === 2 ? `padding:0 ${gap / 2}px 0 0` : ''}`)}>${writeSide(image, context, width)}</td>`,
    )
    .join('');
  return (
    table(`<tr>${cells}</tr>`, 'margin:0 0 8px') +
    (pair.label.trim() ? para(text(pair.label), context.theme, `color:${context.theme.muted}`) : '')
  );
}

/** Recovery: its intro, where the reader is on the export's day, then the widgets it holds. */
function writeRecovery(recovery: RecoveryExport, context: Context): string {
  return (
    writeRich(recovery.intro, context.rich) +
    (recovery.status.trim() ? para(`<strong>${text(recovery.status)}</strong>`, context.theme) : '') +
    table(writeRows(recovery.children, context))
  );
}

const WRITERS: WidgetWriters<Context> = {
  faq: writeFaq,
  timeline: writeTimeline,
  gauge: writeGauge,
  plan: writePlan,
  'before-after': writeBeforeAfter,
  recovery: writeRecovery,
  content: (widget, context) => writeRich(widget.content, context.rich),
};

const writeWidget = (widget: WidgetExport, context: Context): string => writeWidgetWith(WRITERS, widget, context);

/** One table row per widget, spaced with cell padding (Outlook ignores most margins). */
function writeRows(widgets: readonly WidgetExport[], context: Context): string {
  return widgets
    .map((widget) => writeWidget(widget, context))
    .filter(Boolean)
    .map((html) => row(html, 'padding:0 0 16px'))
    .join('');
}

/**
 * The theme for mail clients: the font stack without the `system-ui`/`ui-*` keywords (Outlook on Windows does not
 * know them, caniemail lists them as unsupported there); the rest of the stack names the same system fonts.
 */
function emailTheme(theme: ExportTheme): ExportTheme {
  const families = theme.font
    .split(',')
    .map((family) => family.trim())
    .filter((family) => family && !/^(system-ui|ui-(serif|sans-serif|rounded|monospace))$/i.test(family));
  return { ...theme, font: families.length ? families.join(', ') : 'Helvetica, Arial, sans-serif' };
}

// —— The text part ——

const indent = (block: string, by = '   ') =>
  block
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

function plainWidget(widget: WidgetExport): string {
  switch (widget.kind) {
    case 'faq':
      return (
        widget.items
          // An answer without a question stands on its own, as in the widget.
          .map((item) =>
            item.question.trim() ? `${words(item.question)}\n${richPlain(item.answer)}` : richPlain(item.answer),
          )
          .filter(Boolean)
          .join('\n\n')
      );
    case 'timeline': {
      const current = widget.phases.some((phase) => phase.current);
      const head = [words(widget.label), current ? '' : words(widget.status)].filter(Boolean).join('\n');
      const phases = widget.phases.map((phase, index) => {
        const title = `${index + 1}. ${words(phase.name)}${phase.span.trim() ? ` (${words(phase.span)})` : ''}`;
        const now = phase.current && widget.status.trim() ? `\n   >> ${words(widget.status)}` : '';
        const content = richPlain(phase.content);
        return `${title}${now}${content ? `\n${indent(content)}` : ''}`;
      });
      return [head, phases.join('\n')].filter(Boolean).join('\n\n');
    }
    case 'gauge':
      return [`${words(widget.label)}: ${words(widget.valueText)}`, ...widget.details.map(words)]
        .filter(Boolean)
        .join('\n');
    case 'plan': {
      const sessions = widget.sessions.map((session) =>
        [words(session.label), words(session.dateText), words(session.statusText)].filter(Boolean).join(' — '),
      );
      return [words(widget.title), richPlain(widget.content), sessions.join('\n'), words(widget.progress)]
        .filter(Boolean)
        .join('\n\n');
    }
    case 'before-after': {
      const sides = [widget.before, widget.after]
        .filter((image): image is ImageExport => !!image)
        .map((image) => {
          const url = safeImageUrl(image.src, false);
          return `${words(image.label)}: ${words(image.alt)}${url ? ` [${url}]` : ''}`;
        });
      return [words(widget.label), ...sides].filter(Boolean).join('\n');
    }
    case 'recovery':
      return [richPlain(widget.intro), words(widget.status), plainWidgets(widget.children)]
        .filter(Boolean)
        .join('\n\n');
    case 'content':
      return richPlain(widget.content);
    default:
      return '';
  }
}

function plainWidgets(widgets: readonly WidgetExport[]): string {
  return widgets.map(plainWidget).filter(Boolean).join('\n\n');
}

/**
 * The email fragment and its text part. The fragment has no `<html>`/`<body>` (the builder wraps it); its outer
 * table paints the theme's background, the inner one is the 600 px column.
 */
export function writeEmail(snippet: SnippetExport): { html: string; text: string } {
  const theme = emailTheme(cleanTheme(snippet.theme));
  const context: Context = { theme, rich: { target: 'email', theme, maxImageWidth: CONTENT } };
  const lang = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(snippet.lang ?? '') ? snippet.lang : 'en';
  const rows = writeRows(snippet.widgets, context);
  // The column: a div capped at 600 px (Apple Mail on iOS ignores max-width on tables), fluid below; Outlook on
  // Windows ignores it and gets the fixed table in the conditional comments around it.
  // "View this in your browser" above the content, where mail apps that show the message poorly send readers.
  const web = snippet.web && safeUrl(snippet.web.url, { relative: false, httpOnly: true });
  const webLine =
    web && snippet.web
      ? table(
          row(
            `<a${attribute('href', web)}${style(`color:${theme.text};text-decoration:underline`)}>${text(snippet.web.text)}</a>`,
            `padding:8px ${PADDING}px;font-family:${theme.font};font-size:13px;line-height:20px;color:${theme.muted};text-align:center`,
          ),
        )
      : '';
  const column =
    `<div${attribute('lang', lang)}${style(`max-width:${WIDTH}px;margin:0 auto;text-align:left`)}>` +
    webLine +
    table(
      `<tr><td${style(`padding:${PADDING}px ${PADDING}px ${PADDING - 16}px;font-family:${theme.font};font-size:16px;line-height:24px;color:${theme.text};text-align:left`)}>${table(rows)}</td></tr>`,
      `background-color:${theme.background}`,
    ) +
    '</div>';
  const html =
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${style(`width:100%;border-collapse:collapse;background-color:${theme.background}`)}><tr><td align="center"${style('padding:0')}>` +
    `<!--[if mso]><table role="presentation" width="${WIDTH}" cellpadding="0" cellspacing="0" border="0"><tr><td><![endif]-->` +
    column +
    '<!--[if mso]></td></tr></table><![endif]-->' +
    '</td></tr></table>';
  const webText = web && snippet.web ? `${words(snippet.web.text)}: ${web}\n\n` : '';
  return { html, text: `${webText}${plainWidgets(snippet.widgets)}\n` };
}
