/**
 * "Copy to your page": the five code boxes (HTML snippet, WordPress shortcode, no-JavaScript HTML, email HTML and
 * its text part), each with a Copy button and an announced status, the exports' Download buttons, sizes and notes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Config } from './config.js';
import { copyText, download } from './copy.js';
import { type ExportOutput, type Exports, exportDay } from './exports.js';
import type { Sri } from './integrity.js';
import { snippet } from './markup.js';
import { toShortcode } from './shortcode.js';
import type { OutputId, StatusLines } from './status.js';

/** What the outputs show, and where. */
export interface OutputsView {
  readonly root: HTMLElement;
  readonly id: (name: string) => string;
  readonly config: Config;
  readonly sri: Sri;
  readonly exports: Exports;
  readonly status: StatusLines;
}

/** Gmail clips an email past this size. */
const GMAIL_CLIP_BYTES = 102 * 1024;

const fullDocument = (title: string, body: string, lang = 'en') =>
  `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

const kb = (text: string) => `${(bytesOf(text) / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;

async function copy(view: OutputsView, output: OutputId, text: string): Promise<void> {
  const box = view.root.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${view.id(output)}`);
  const result = await copyText(text, box);
  view.status.show(output, result === 'copied' ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
}

function codeBox(
  view: OutputsView,
  output: OutputId,
  title: string,
  text: string,
  help: string | TemplateResult,
  extra: TemplateResult | typeof nothing = nothing,
  rows = 8,
): TemplateResult {
  const id = view.id;
  return html`<div class="cfg-output">
      <label for=${id(output)} class="cfg-output__title">${title}</label>
      <p class="cfg-hint" id=${id(`${output}-hint`)}>${help}</p>
      <textarea id=${id(output)} class="cfg-code" readonly rows=${rows} spellcheck="false" .value=${text} aria-describedby=${id(`${output}-hint`)}></textarea>
      <div class="cfg-output__actions">
        <button type="button" id=${id(`${output}-copy`)} @click=${() => copy(view, output, text)}>Copy<span class="visually-hidden"> ${title.toLowerCase()}</span></button>
        ${extra}
        <span class="cfg-status" role="status" id=${id(`${output}-status`)}>${view.status.of(output)}</span>
      </div>
    </div>`;
}

/** A code box for an export: its size in the help, a Download button, and the export's notes under it. */
function exportBox(
  view: OutputsView,
  output: 'out-static' | 'out-email',
  title: string,
  result: ExportOutput,
  help: string,
): TemplateResult {
  const made = !result.error;
  const file = output === 'out-static' ? 'dermakit-no-javascript.html' : 'dermakit-email.html';
  const downloadButton = made
    ? html`<button type="button" id=${view.id(`${output}-download`)} @click=${() => download(file, fullDocument(title, result.html))}>Download .html<span class="visually-hidden">: ${title.toLowerCase()}</span></button>`
    : nothing;
  const size = made ? ` ${kb(result.html)}.` : '';
  return html`${codeBox(view, output, title, result.error ?? result.html, `${help}${size}`, downloadButton)}
      ${
        result.warnings.length
          ? html`<ul class="cfg-warnings" aria-label=${`${title}: notes`}>${result.warnings.map((warning) => html`<li>${warning}</li>`)}</ul>`
          : nothing
      }`;
}

/** What the snippet's help says about its integrity hash. */
function sriHelp(sri: Sri, wanted: boolean): string {
  if (sri.state === 'pending') return 'Computing the integrity hash…';
  if (sri.state === 'error') return `No integrity hash: ${sri.message}.`;
  return wanted
    ? 'With the hash of the dermakit.js this page serves: host that same file.'
    : 'Without an integrity hash.';
}

export function outputsSection(view: OutputsView): TemplateResult {
  const { config, sri, exports } = view;
  const integrity = sri.state === 'ok' ? sri.value : undefined;
  const day = exportDay(config);
  const clipped = !exports.email.error && bytesOf(exports.email.html) > GMAIL_CLIP_BYTES;
  return html`<section class="cfg-outputs" aria-labelledby=${view.id('outputs-title')}>
      <h2 id=${view.id('outputs-title')}>Copy to your page</h2>
      ${codeBox(view, 'out-snippet', 'HTML snippet', snippet(config, integrity), html`For a page or builder that accepts HTML with a script (an HTML or “embed” box). ${sriHelp(sri, config.integrity)}`, nothing, 12)}
      ${codeBox(view, 'out-shortcode', 'WordPress shortcode', toShortcode(config), 'With the dermakit plugin installed: paste into a Shortcode block or a page builder’s shortcode module.')}
      ${exportBox(view, 'out-static', 'No-JavaScript HTML', exports.static, `For builders that strip scripts: plain HTML with inline styles, counted for ${day}.`)}
      ${exportBox(view, 'out-email', 'Email HTML', exports.email, `Tables and inline styles for newsletters, counted for ${day}${clipped ? ': over 102 KB, Gmail will clip it' : ''}.`)}
      ${codeBox(view, 'out-email-text', 'Email text part', exports.email.text, 'The plain-text version to send alongside the email HTML.')}
    </section>`;
}
