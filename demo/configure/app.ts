/**
 * The configurator: a form (Lit's `html`/`render`; Lit escapes every value), the live preview (the real `dk-*`
 * elements, built from the same tree as the snippet by `patch.ts`), and the outputs, each with a Copy button.
 * The whole configuration lives in the URL fragment; nothing is sent and nothing is stored.
 *
 * This module mounts it and holds its state: every edit goes through `change`, which checks the configuration,
 * remakes the exports, schedules the link and redraws. What is drawn lives beside it: `form/` (one module per
 * fieldset), `preview.ts`, `outputs.ts`, `link.ts`; `announcer.ts` and `status.ts` hold what is read out.
 *
 * The kit itself is not imported here: the page loads `dist/dermakit.js` (tests import the elements themselves).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { Config } from './config.js';
import { type Problem, validate } from './checks.js';
import { Announcer } from './announcer.js';
import { type Exports, runExports } from './exports.js';
import { type Sri, computeSri } from './integrity.js';
import { ConfigLink, openingConfig } from './link.js';
import { outputsSection } from './outputs.js';
import { paintPreview, previewSection } from './preview.js';
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

  const opening = openingConfig(useHash, base);
  let config: Config = opening.config;
  /** Why the link's configuration could not be shown; cleared when a snippet is loaded or another link followed. */
  let notice = opening.error ?? '';
  let problems: Problem[] = validate(config);
  let exports: Exports = runExports(config);
  let sri: Sri = { state: 'pending' };
  const paste = emptyPasteBox();
  const announcer = new Announcer(draw, () => problems);
  const status = new StatusLines(draw);
  const link = new ConfigLink({
    useHash,
    base,
    config: () => config,
    follow(decoded) {
      notice = decoded.error ?? '';
      replaceConfig(decoded.config);
    },
  });

  /** After any edit: check, remake the exports, update the link soon, redraw (preview included). */
  function change(mutate: (draft: Config) => void, { quiet = false } = {}): void {
    mutate(config);
    problems = validate(config);
    exports = runExports(config);
    link.writeSoon();
    draw();
    if (!quiet) announcer.sayNewProblemsSoon();
  }

  /** A configuration from another link: its problems are shown, not read out. */
  function replaceConfig(next: Config): void {
    config = next;
    problems = validate(config);
    announcer.knowCurrentProblems();
    exports = runExports(config);
    draw();
  }

  const form: Form = {
    get config() {
      return config;
    },
    id,
    problemOf: (field) => problems.find((problem) => problem.field === field),
    change,
    adopt(next) {
      notice = '';
      config = next;
      change(() => {}, { quiet: true });
    },
    draw,
    announce: (message) => announcer.say(message),
    focus: (name) => root.querySelector<HTMLElement>(`#${id(name)}`)?.focus(),
  };

  function template(): TemplateResult {
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
            ${link.shareLine(id, status)}
          </form>
        </section>
        ${previewSection(id, config)}
      </div>
      ${outputsSection({ root, id, config, sri, exports, status })}
      <div class="visually-hidden" aria-live="polite" id=${id('announce')}>${announcer.text}</div>
    `;
  }

  function draw(): void {
    render(template(), root);
    const canvas = root.querySelector<HTMLElement>(`#${id('preview')}`);
    if (canvas) paintPreview(canvas, config);
  }

  root.classList.add('cfg');
  link.writeNow();
  draw();

  const ready = computeSri(kitUrl).then((result) => {
    sri = result;
    draw();
  });

  return {
    config: () => structuredClone(config),
    ready,
    destroy() {
      link.stop();
      mounted--;
      announcer.stop();
      status.stop();
      render(nothing, root);
      root.classList.remove('cfg');
    },
  };
}
