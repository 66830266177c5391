/**
 * The configurator: a form (Lit's `html`/`render`; Lit escapes every value; one module per fieldset in `form/`),
 * the live preview (the real `dk-*` elements, built from the same tree as the snippet by `patch.ts`), and the
 * outputs, each with a Copy button. The whole configuration lives in the URL fragment; nothing is sent and nothing
 * is stored.
 *
 * The kit itself is not imported here: the page loads `dist/dermakit.js` (tests import the elements themselves).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { type Config, type Problem, defaultConfig, validate } from './config.js';
import { resolvedTheme, snippet, snippetTree } from './markup.js';
import { toShortcode } from './shortcode.js';
import { decodeFragment, encodeFragment } from './fragment.js';
import { type ExportOutput, exportDay, runExport } from './exports.js';
import { patchChildren } from './patch.js';
import type { Form } from './form/context.js';
import { contentFields, elementChoice } from './form/content.js';
import { emptyPasteBox, loadFields } from './form/load.js';
import { snippetFields } from './form/snippet.js';
import { themeFields } from './form/theme.js';

export interface MountOptions {
  /** Where the kit's script is served, for its SRI hash (default `../dist/dermakit.js` from the page). */
  readonly kitUrl?: string;
  /** Keep the configuration in `location.hash` (default true). */
  readonly useHash?: boolean;
  /** The address the default images are resolved against (default: the document's). */
  readonly base?: string;
}

export interface Configurator {
  /** The current configuration (a copy). */
  readonly config: () => Config;
  /** Resolves once the script's SRI hash is known (or could not be computed). */
  readonly ready: Promise<void>;
  /** Removes the configurator and its listeners. */
  readonly destroy: () => void;
}

type Sri =
  | { readonly state: 'pending' }
  | { readonly state: 'ok'; readonly value: string }
  | { readonly state: 'error'; readonly message: string };

type OutputId = 'out-snippet' | 'out-shortcode' | 'out-static' | 'out-email' | 'out-email-text' | 'share';

/** SHA-384 of the file the page serves, as an SRI value. */
async function integrityOf(url: string): Promise<string> {
  if (!globalThis.crypto?.subtle)
    throw new Error('this page is not served over https or localhost, so the browser offers no hashing');
  const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}; run npm run build`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/** Copies text: the Clipboard API, else the selected text box and `execCommand('copy')`. */
async function copyText(
  text: string,
  box: HTMLTextAreaElement | HTMLInputElement | null,
): Promise<'copied' | 'selected'> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    // Not allowed here (no secure context, no permission): fall back to the selection.
  }
  if (!box) return 'selected';
  const focused = document.activeElement as HTMLElement | null;
  box.focus();
  box.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  if (copied) {
    focused?.focus();
    return 'copied';
  }
  return 'selected';
}

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/html;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fullDocument = (title: string, body: string, lang = 'en') =>
  `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${title}</title>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

const kb = (text: string) =>
  `${(new TextEncoder().encode(text).length / 1024).toLocaleString('en', { maximumFractionDigits: 1 })} KB`;

/** How many configurators are mounted now (a second one at the same time gets prefixed ids). */
let mounted = 0;

/** Mounts the configurator into `root` (its content is replaced). */
export function mountConfigurator(root: HTMLElement, options: MountOptions = {}): Configurator {
  const useHash = options.useHash ?? true;
  const base = options.base ?? document.baseURI;
  const kitUrl = new URL(options.kitUrl ?? '../dist/dermakit.js', document.baseURI).href;
  // Ids must be unique if a test mounts two; the page has one, with the plain ids its labels need.
  const prefix = mounted++ ? `c${mounted}-` : '';
  const id = (name: string) => prefix + name;

  const initial = useHash ? decodeFragment(location.hash, base) : { config: defaultConfig(base) };
  let config: Config = initial.config;
  let notice = 'error' in initial && initial.error ? initial.error : '';
  let problems: Problem[] = validate(config);
  let sri: Sri = { state: 'pending' };
  let exports: { static: ExportOutput; email: ExportOutput } | undefined;
  const statuses = new Map<OutputId, string>();
  const timers = new Map<OutputId, ReturnType<typeof setTimeout>>();
  const paste = emptyPasteBox();
  let announcement = '';
  let announced = new Set(problems.map((problem) => problem.message));
  let announceTimer: ReturnType<typeof setTimeout> | undefined;

  const problemOf = (field: string) => problems.find((problem) => problem.field === field);

  function announce(message: string): void {
    // Emptied first, so the same sentence twice is read twice.
    announcement = '';
    draw();
    requestAnimationFrame(() => {
      announcement = message;
      draw();
    });
  }

  /** Reads new problems out once typing pauses (not on every key). */
  function scheduleProblemAnnouncement(): void {
    clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      const fresh = problems.filter((problem) => !announced.has(problem.message));
      announced = new Set(problems.map((problem) => problem.message));
      if (fresh.length) announce(fresh.map((problem) => problem.message).join(' '));
    }, 900);
  }

  let hashTimer: ReturnType<typeof setTimeout> | undefined;

  /** Puts the configuration in the address now. */
  function writeHash(): void {
    clearTimeout(hashTimer);
    hashTimer = undefined;
    if (!useHash) return;
    const fragment = encodeFragment(config, base);
    try {
      if (location.hash !== fragment) history.replaceState(history.state, '', fragment);
    } catch {
      // Safari allows 100 replaceState calls in 10 s: the next write (or Copy link) catches up.
    }
  }

  /** While typing: at most one address update every 400 ms (Safari throws past 100 in 10 s). */
  function scheduleHash(): void {
    if (useHash && hashTimer === undefined) hashTimer = setTimeout(writeHash, 400);
  }

  function computeExports(): void {
    exports = { static: runExport(config, 'static'), email: runExport(config, 'email') };
  }

  /** After any change: check, draw, update the preview, the link and the exports. */
  function change(mutate: (draft: Config) => void, { quiet = false } = {}): void {
    mutate(config);
    problems = validate(config);
    computeExports();
    scheduleHash();
    draw();
    if (!quiet) scheduleProblemAnnouncement();
  }

  function replaceConfig(next: Config): void {
    config = next;
    problems = validate(config);
    announced = new Set(problems.map((problem) => problem.message));
    computeExports();
    draw();
  }

  function onHashChange(): void {
    if (!useHash) return;
    // The visitor went to another link: it wins over a write still waiting.
    clearTimeout(hashTimer);
    hashTimer = undefined;
    if (location.hash === encodeFragment(config, base)) return;
    const decoded = decodeFragment(location.hash, base);
    notice = decoded.error ?? '';
    replaceConfig(decoded.config);
  }

  function setStatus(output: OutputId, message: string): void {
    statuses.set(output, message);
    clearTimeout(timers.get(output));
    timers.set(
      output,
      setTimeout(() => (statuses.set(output, ''), draw()), 6000),
    );
    draw();
  }

  async function copy(output: OutputId, text: string): Promise<void> {
    const box = root.querySelector<HTMLTextAreaElement | HTMLInputElement>(`#${id(output)}`);
    const result = await copyText(text, box);
    setStatus(output, result === 'copied' ? 'Copied.' : 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  }

  const form: Form = {
    get config() {
      return config;
    },
    id,
    problemOf,
    change,
    adopt(next) {
      notice = '';
      config = next;
      change(() => {}, { quiet: true });
    },
    draw,
    announce,
    focus: (name) => root.querySelector<HTMLElement>(`#${id(name)}`)?.focus(),
  };
  // ------------------------------------------------------------------------------------------------------------
  // Outputs

  function codeBox(
    output: OutputId,
    title: string,
    text: string,
    help: string | TemplateResult,
    extra: TemplateResult | typeof nothing = nothing,
    rows = 8,
  ): TemplateResult {
    return html`<div class="cfg-output">
      <label for=${id(output)} class="cfg-output__title">${title}</label>
      <p class="cfg-hint" id=${id(`${output}-hint`)}>${help}</p>
      <textarea id=${id(output)} class="cfg-code" readonly rows=${rows} spellcheck="false" .value=${text} aria-describedby=${id(`${output}-hint`)}></textarea>
      <div class="cfg-output__actions">
        <button type="button" id=${id(`${output}-copy`)} @click=${() => copy(output, text)}>Copy<span class="visually-hidden"> ${title.toLowerCase()}</span></button>
        ${extra}
        <span class="cfg-status" role="status" id=${id(`${output}-status`)}>${statuses.get(output) ?? ''}</span>
      </div>
    </div>`;
  }

  function exportBox(
    output: 'out-static' | 'out-email',
    title: string,
    result: ExportOutput | undefined,
    help: string,
  ): TemplateResult {
    const htmlText = result?.error ?? result?.html ?? '';
    const file = output === 'out-static' ? 'dermakit-no-javascript.html' : 'dermakit-email.html';
    const extra =
      result && !result.error
        ? html`<button type="button" id=${id(`${output}-download`)} @click=${() => download(file, fullDocument(title, result.html))}>Download .html<span class="visually-hidden">: ${title.toLowerCase()}</span></button>`
        : nothing;
    const size = result && !result.error ? ` ${kb(result.html)}.` : '';
    return html`${codeBox(output, title, htmlText, `${help}${size}`, extra)}
      ${
        result?.warnings.length
          ? html`<ul class="cfg-warnings" aria-label=${`${title}: notes`}>${result.warnings.map((warning) => html`<li>${warning}</li>`)}</ul>`
          : nothing
      }`;
  }

  function outputs(): TemplateResult {
    const integrity = sri.state === 'ok' ? sri.value : undefined;
    const sriHelp =
      sri.state === 'pending'
        ? 'Computing the integrity hash…'
        : sri.state === 'error'
          ? `No integrity hash: ${sri.message}.`
          : config.integrity
            ? 'With the hash of the dermakit.js this page serves: host that same file.'
            : 'Without an integrity hash.';
    const emailSize = exports?.email && !exports.email.error ? new TextEncoder().encode(exports.email.html).length : 0;
    return html`<section class="cfg-outputs" aria-labelledby=${id('outputs-title')}>
      <h2 id=${id('outputs-title')}>Copy to your page</h2>
      ${codeBox('out-snippet', 'HTML snippet', snippet(config, integrity), html`For a page or builder that accepts HTML with a script (an HTML or “embed” box). ${sriHelp}`, nothing, 12)}
      ${codeBox('out-shortcode', 'WordPress shortcode', toShortcode(config), 'With the dermakit plugin installed: paste into a Shortcode block or a page builder’s shortcode module.')}
      ${exportBox('out-static', 'No-JavaScript HTML', exports?.static, `For builders that strip scripts: plain HTML with inline styles, counted for ${exportDay(config)}.`)}
      ${exportBox('out-email', 'Email HTML', exports?.email, `Tables and inline styles for newsletters, counted for ${exportDay(config)}${emailSize > 102 * 1024 ? ': over 102 KB, Gmail will clip it' : ''}.`)}
      ${codeBox('out-email-text', 'Email text part', exports?.email?.text ?? '', 'The plain-text version to send alongside the email HTML.')}
    </section>`;
  }

  // ------------------------------------------------------------------------------------------------------------

  function template(): TemplateResult {
    const share = () => {
      writeHash();
      const link = useHash ? location.href : `${location.href.split('#')[0]}${encodeFragment(config, base)}`;
      void copyText(link, null).then((result) =>
        setStatus('share', result === 'copied' ? 'Link copied.' : `Copy this link: ${link}`),
      );
    };
    return html`
      ${notice ? html`<p class="cfg-notice" role="alert" id=${id('notice')}>${notice}</p>` : nothing}
      <div class="cfg-workspace">
        <section class="cfg-editor" aria-labelledby=${id('editor-title')}>
          <h2 id=${id('editor-title')}>Your widget</h2>
          <form class="cfg-form" novalidate @submit=${(event: Event) => event.preventDefault()}>
            ${elementChoice(form)}
            ${contentFields(form)}
            ${themeFields(form)}
            ${snippetFields(form, kitUrl)}
            ${loadFields(form, paste)}
            <div class="cfg-share">
              <button type="button" id=${id('share')} @click=${share}>Copy link to this configuration</button>
              <span class="cfg-status" role="status" id=${id('share-status')}>${statuses.get('share') ?? ''}</span>
              <p class="cfg-hint">The settings are in the link itself: nothing is sent or stored.</p>
            </div>
          </form>
        </section>
        <section class="cfg-preview" aria-labelledby=${id('preview-title')}>
          <h2 id=${id('preview-title')}>Live preview</h2>
          <p class="cfg-hint">${config.theme.paint ? 'The real widget, on the theme’s background.' : 'The real widget; on your page it takes the section’s colours.'}</p>
          <div class="cfg-canvas" id=${id('preview')}></div>
        </section>
      </div>
      ${outputs()}
      <div class="visually-hidden" aria-live="polite" id=${id('announce')}>${announcement}</div>
    `;
  }

  function paintPreview(): void {
    const canvas = root.querySelector<HTMLElement>(`#${id('preview')}`);
    if (!canvas) return;
    const theme = resolvedTheme(config);
    canvas.style.setProperty('--dk-color-primary', theme.primary);
    canvas.style.setProperty('--dk-color-on-primary', theme.onPrimary);
    canvas.style.setProperty('--dk-color-text', theme.text);
    canvas.style.setProperty('--dk-radius', theme.radius);
    canvas.style.setProperty('--dk-recovery-controls-background', theme.background);
    canvas.style.background = theme.background;
    canvas.style.color = theme.text;
    canvas.style.borderRadius = theme.radius;
    canvas.style.fontFamily = theme.font === 'inherit' ? '' : theme.font;
    const tree = snippetTree(
      { ...config, theme: { ...config.theme, paint: false } },
      { today: config.today.trim() || undefined },
    );
    patchChildren(canvas, [tree]);
  }

  function draw(): void {
    render(template(), root);
    paintPreview();
  }

  root.classList.add('cfg');
  computeExports();
  writeHash();
  draw();
  window.addEventListener('hashchange', onHashChange);

  const ready = integrityOf(kitUrl)
    .then(
      (value) => void (sri = { state: 'ok', value }),
      (error: unknown) =>
        void (sri = { state: 'error', message: error instanceof Error ? error.message : String(error) }),
    )
    .then(() => draw());

  return {
    config: () => structuredClone(config),
    ready,
    destroy() {
      window.removeEventListener('hashchange', onHashChange);
      mounted--;
      clearTimeout(announceTimer);
      clearTimeout(hashTimer);
      timers.forEach((timer) => clearTimeout(timer));
      render(nothing, root);
      root.classList.remove('cfg');
    },
  };
}
