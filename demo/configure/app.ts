/**
 * The configurator: a form (Lit's `html`/`render`; Lit escapes every value; one module per fieldset in `form/`),
 * the live preview (the real `dk-*` elements, built from the same tree as the snippet by `patch.ts`), and the
 * outputs (`outputs.ts`), each with a Copy button. The whole configuration lives in the URL fragment; nothing is sent and nothing
 * is stored.
 *
 * The kit itself is not imported here: the page loads `dist/dermakit.js` (tests import the elements themselves).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { type Config, type Problem, defaultConfig, validate } from './config.js';
import { resolvedTheme, snippetTree } from './markup.js';
import { decodeFragment, encodeFragment } from './fragment.js';
import { copyText } from './copy.js';
import { type Exports, runExports } from './exports.js';
import { type Sri, computeSri } from './integrity.js';
import { outputsSection } from './outputs.js';
import { patchChildren } from './patch.js';
import { StatusLines } from './status.js';
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
  let exports: Exports = runExports(config);
  const status = new StatusLines(draw);
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

  /** After any change: check, draw, update the preview, the link and the exports. */
  function change(mutate: (draft: Config) => void, { quiet = false } = {}): void {
    mutate(config);
    problems = validate(config);
    exports = runExports(config);
    scheduleHash();
    draw();
    if (!quiet) scheduleProblemAnnouncement();
  }

  function replaceConfig(next: Config): void {
    config = next;
    problems = validate(config);
    announced = new Set(problems.map((problem) => problem.message));
    exports = runExports(config);
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

  function template(): TemplateResult {
    const share = () => {
      writeHash();
      const link = useHash ? location.href : `${location.href.split('#')[0]}${encodeFragment(config, base)}`;
      void copyText(link, null).then((result) =>
        status.show('share', result === 'copied' ? 'Link copied.' : `Copy this link: ${link}`),
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
              <span class="cfg-status" role="status" id=${id('share-status')}>${status.of('share')}</span>
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
      ${outputsSection({ root, id, config, sri, exports, status })}
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
  writeHash();
  draw();
  window.addEventListener('hashchange', onHashChange);

  const ready = computeSri(kitUrl).then((result) => {
    sri = result;
    draw();
  });

  return {
    config: () => structuredClone(config),
    ready,
    destroy() {
      window.removeEventListener('hashchange', onHashChange);
      mounted--;
      clearTimeout(announceTimer);
      clearTimeout(hashTimer);
      status.stop();
      render(nothing, root);
      root.classList.remove('cfg');
    },
  };
}
