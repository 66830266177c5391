/**
 * The no-JavaScript export: a `SnippetExport` as plain HTML for page builders that strip scripts and unknown tags.
 * Inline styles with the theme's literal colours, no classes, no custom elements, no script but the FAQPage JSON-LD
 * (data, never run). Each widget is written with the semantics the live widget has: the FAQ as `<details>`, the
 * timeline and the plan as ordered lists with the current step in words, the gauge as an SVG ring named with its
 * value, before/after as two captioned images. Everything wraps and shrinks down to a 320 px column. Pure: no DOM.
 */
import { buildFaqPage, serializeJsonLd } from '../faq/schema.js';
import { attribute, cleanTheme, escapeHtml, safeSrcset } from './escape.js';
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
import { type RichOptions, collapseSpace, richText, writeImage, writeRich } from './rich.js';

const text = (value: string) => escapeHtml(collapseSpace(value).trim());
const style = (css: string) => attribute('style', css);

/** A short, stable hash of a text (FNV-1a): names a FAQ's `<details>` group after its questions. */
function hash(value: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) h = Math.imul(h ^ value.charCodeAt(index), 0x01000193);
  return (h >>> 0).toString(36);
}

interface Context {
  readonly theme: ExportTheme;
  readonly rich: RichOptions;
}

/**
 * The FAQ: one `<details>` per question, its answer below. Without `multiple` the items share a `name`, so opening
 * one closes the others (exclusive accordions: Chromium 120, Safari 17.2, Firefox 130; older browsers simply let
 * several stay open). The name is drawn from the questions, so two exported FAQs on one page stay independent.
 *
 * The heading sits inside `<summary>`: the question is then the summary's own text, so the disclosure button is
 * named by the question in every browser, and the whole row is the click target. Firefox keeps the heading inside
 * the button, so NVDA and JAWS users also reach each question by heading navigation; Chromium and WebKit treat
 * the summary's children as presentational and flatten it to a button named by the question — never worse than no
 * heading. The alternatives are worse for everyone: a heading before each `<details>` repeating the question makes
 * every screen reader say it twice, and a generic "Show answer" summary leaves buttons without distinct names.
 * The heading is `display:inline` so the summary's disclosure triangle stays on the question's line.
 */
function writeFaq(faq: FaqExport, { theme, rich }: Context): string {
  const level = Math.min(6, Math.max(2, Math.round(faq.headingLevel) || 3));
  // An item without a question shows its answer on its own, always open, as the widget does; one with neither, nothing.
  const items = faq.items.filter((item) => item.question.trim() !== '' || item.answer.length);
  const questions = items.filter((item) => item.question.trim() !== '');
  const name = faq.multiple ? '' : `dk-faq-${hash(questions.map((item) => item.question).join('\n'))}`;
  let html = '';
  if (faq.schema && questions.length) {
    const data = buildFaqPage(
      questions.map((item) => ({ question: collapseSpace(item.question), answer: richText(item.answer) })),
    );
    // serializeJsonLd writes <, > and & as \u escapes: no text can close the script element.
    html += `<script type="application/ld+json">${serializeJsonLd(data)}</script>`;
  }
  for (const [index, item] of items.entries()) {
    const rule = `margin:0;border-bottom:1px solid ${theme.track};${index ? '' : `border-top:1px solid ${theme.track}`}`;
    const answer = writeRich(item.answer, rich);
    if (!item.question.trim()) {
      html += `<div${style(`padding:0.75em 0;${rule}`)}>${answer}</div>`;
      continue;
    }
    html +=
      `<details${attribute('name', name)}${style(rule)}>` +
      `<summary${style('cursor:pointer;padding:0.75em 0;min-height:24px')}>` +
      `<h${level}${style('display:inline;margin:0;font-size:1.125em;line-height:1.4;font-weight:700')}>${text(item.question)}</h${level}>` +
      `</summary><div${style('padding:0 0 0.75em')}>${answer}</div></details>`;
  }
  return html;
}

/** A chip: words on a brand-colour fill (the current phase, the next session), readable without its colour. */
const chip = (words: string, theme: ExportTheme) =>
  `<strong${style(`display:inline-block;padding:0.125em 0.5em;border-radius:${theme.radius};background-color:${theme.primary};color:${theme.onPrimary};font-size:0.875em`)}>${text(words)}</strong>`;

/**
 * The timeline: an ordered list of phases (a list role restated: Safari drops it from unstyled lists), the current
 * one `aria-current="step"` with the status sentence ("Day 12: Proliferative phase") on it in a chip, so it is told
 * in words, not by colour. A day no phase covers (before treatment, after the last phase) gets its sentence above.
 */
function writeTimeline(timeline: TimelineExport, { theme, rich }: Context): string {
  const current = timeline.phases.some((phase) => phase.current);
  let html =
    !current && timeline.status.trim()
      ? `<p${style('margin:0 0 0.75em;font-weight:700')}>${text(timeline.status)}</p>`
      : '';
  html += `<ol role="list"${attribute('aria-label', collapseSpace(timeline.label).trim())}${style('list-style:none;margin:0;padding:0')}>`;
  for (const phase of timeline.phases) {
    const edge = phase.current ? `4px solid ${theme.primary}` : `4px solid ${theme.track}`;
    html +=
      `<li${phase.current ? ' aria-current="step"' : ''}${style(`margin:0 0 0.75em;padding:0.25em 0 0.25em 0.875em;border-left:${edge}`)}>` +
      `<p${style('margin:0 0 0.25em')}><strong>${text(phase.name)}</strong>` +
      (phase.span.trim() ? ` <span${style(`color:${theme.muted}`)}>${text(phase.span)}</span>` : '') +
      `</p>` +
      (phase.current && timeline.status.trim()
        ? `<p${style('margin:0 0 0.5em')}>${chip(timeline.status, theme)}</p>`
        : '') +
      `<div>${writeRich(phase.content, rich)}</div></li>`;
  }
  return `${html}</ol>`;
}

/**
 * The gauge: a ring drawn in SVG (`role="img"` named by its value), the value also as text in the ring, inside a
 * figure whose caption is the gauge's label; the widget's extra lines (day, phase, type split, note) below.
 */
function writeGauge(gauge: GaugeExport, { theme }: Context): string {
  const value = Math.min(100, Math.max(0, Number.isFinite(gauge.value) ? gauge.value : 0));
  const valueText = collapseSpace(gauge.valueText).trim() || `${Math.round(value)}%`;
  const ring =
    `<svg role="img"${attribute('aria-label', valueText)} viewBox="0 0 100 100" width="160" height="160"${style('display:block;margin:0 auto;max-width:100%;height:auto')}>` +
    `<circle cx="50" cy="50" r="45" fill="none"${attribute('stroke', theme.track)} stroke-width="10"/>` +
    (value > 0
      ? `<circle cx="50" cy="50" r="45" fill="none"${attribute('stroke', theme.primary)} stroke-width="10" pathLength="100" stroke-dasharray="${value} 100" transform="rotate(-90 50 50)"/>`
      : '') +
    `<text x="50" y="50" text-anchor="middle" dominant-baseline="central" font-size="20" font-weight="700"${attribute('fill', theme.text)}>${escapeHtml(valueText)}</text></svg>`;
  const details = gauge.details
    .filter((line) => line.trim())
    .map((line) => `<p${style(`margin:0.25em 0 0;font-size:0.875em;color:${theme.muted}`)}>${text(line)}</p>`)
    .join('');
  return `<figure${style('margin:0;text-align:center')}>${ring}<figcaption${style('margin:0.5em 0 0')}>${text(gauge.label)}</figcaption>${details}</figure>`;
}

/** The plan: the author's text, then an ordered list of dated sessions each with its state in words, then the progress line. */
function writePlan(plan: PlanExport, { theme, rich }: Context): string {
  let html = plan.title.trim() ? `<p${style('margin:0 0 0.5em;font-weight:700')}>${text(plan.title)}</p>` : '';
  html += writeRich(plan.content, rich);
  html += `<ol role="list"${attribute('aria-label', collapseSpace(plan.title).trim())}${style('list-style:none;margin:0;padding:0')}>`;
  for (const session of plan.sessions) {
    const filled = session.status !== 'upcoming';
    const marker = `<span aria-hidden="true"${style(
      `display:inline-block;box-sizing:border-box;width:1.75em;height:1.75em;margin-right:0.5em;border-radius:50%;text-align:center;line-height:1.5em;font-weight:700;vertical-align:middle;` +
        `border:2px solid ${filled ? theme.primary : theme.track};background-color:${filled ? theme.primary : 'transparent'};color:${filled ? theme.onPrimary : theme.text}`,
    )}>${session.status === 'done' ? '✓' : escapeHtml(String(session.number))}</span>`;
    const state =
      session.status === 'next'
        ? chip(session.statusText, theme)
        : `<span${style(`color:${theme.muted};font-size:0.875em`)}>${text(session.statusText)}</span>`;
    html +=
      `<li${session.status === 'next' ? ' aria-current="step"' : ''}${style(`margin:0;padding:0.5em 0;border-bottom:1px solid ${theme.track}`)}>` +
      `${marker}<strong>${text(session.label)}</strong>` +
      (session.dateText.trim() ? ` — <span>${text(session.dateText)}</span>` : '') +
      ` ${state}</li>`;
  }
  html += '</ol>';
  if (plan.progress.trim()) html += `<p${style(`margin:0.5em 0 0;color:${theme.muted}`)}>${text(plan.progress)}</p>`;
  return html;
}

/** One side of before/after: the image captioned "Before"/"After", or (no usable source) its label and alt text. */
function writeSide(image: ImageExport | null, context: Context): string {
  if (!image) return '';
  const picture = writeImage(image, context.rich, {
    srcset: safeSrcset(image.srcset, true),
    sizes: image.sizes,
    block: true,
  });
  const shown = picture.startsWith('<img');
  const body = shown
    ? picture
    : `<p${style(`margin:0;padding:0.75em;border:1px solid ${context.theme.track};border-radius:${context.theme.radius}`)}>${picture}</p>`;
  return (
    `<figure${style('flex:1 1 12em;min-width:0;margin:0')}>${body}` +
    `<figcaption${style('margin:0.25em 0 0;font-weight:700')}>${text(image.label)}</figcaption></figure>`
  );
}

/** Before/after: the two pictures side by side (stacked in a narrow column), the comparison's label under them. */
function writeBeforeAfter(pair: BeforeAfterExport, context: Context): string {
  const sides = writeSide(pair.before, context) + writeSide(pair.after, context);
  return (
    `<figure${style('margin:0')}><div${style('display:flex;flex-wrap:wrap;gap:1em')}>${sides}</div>` +
    (pair.label.trim()
      ? `<figcaption${style(`margin:0.5em 0 0;color:${context.theme.muted}`)}>${text(pair.label)}</figcaption>`
      : '') +
    '</figure>'
  );
}

/** Recovery: its intro, where the visitor is on the export's day, then the widgets it holds. */
function writeRecovery(recovery: RecoveryExport, context: Context): string {
  return (
    `<section>${writeRich(recovery.intro, context.rich)}` +
    (recovery.status.trim() ? `<p${style('margin:0 0 1em;font-weight:700')}>${text(recovery.status)}</p>` : '') +
    `${writeWidgets(recovery.children, context)}</section>`
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

function writeWidgets(widgets: readonly WidgetExport[], context: Context): string {
  return widgets.map((widget) => `<div${style('margin:0 0 1.5em')}>${writeWidget(widget, context)}</div>`).join('');
}

/** The snippet as one block of plain HTML: the theme's font and colours painted on it, never wider than its column. */
export function writeStatic(snippet: SnippetExport): string {
  const theme = cleanTheme(snippet.theme);
  const context: Context = { theme, rich: { target: 'static', theme } };
  const lang = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(snippet.lang ?? '') ? snippet.lang : 'en';
  return `<div${attribute('lang', lang)}${style(
    `box-sizing:border-box;max-width:100%;padding:1em;border-radius:${theme.radius};background-color:${theme.background};color:${theme.text};` +
      `font-family:${theme.font};line-height:1.5;overflow-wrap:anywhere`,
  )}>${writeWidgets(snippet.widgets, context)}</div>`;
}
