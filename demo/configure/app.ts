/**
 * The configurator: a form (Lit's `html`/`render`; Lit escapes every value), the live preview (the real `dk-*`
 * elements, built from the same tree as the snippet by `patch.ts`), and the four outputs, each with a Copy button.
 * The whole configuration lives in the URL fragment; nothing is sent and nothing is stored.
 *
 * The kit itself is not imported here: the page loads `dist/dermakit.js` (tests import the elements themselves).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import {
  type Config,
  type FaqItem,
  type PhaseConfig,
  type Problem,
  ELEMENTS,
  FONTS,
  type FontKey,
  THEME_PRESETS,
  type PresetKey,
  defaultConfig,
  presetOf,
  presetPhases,
  validate,
} from './config.js';
import { resolvedTheme, snippet, snippetTree } from './markup.js';
import { toShortcode } from './shortcode.js';
import { decodeFragment, encodeFragment } from './fragment.js';
import { readMarkup } from './read.js';
import { type ExportOutput, exportDay, runExport } from './exports.js';
import { patchChildren } from './patch.js';

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
  let loadMessage = '';
  let loadOk = true;
  let pasted = '';
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

  function focusLater(selector: string): void {
    root.querySelector<HTMLElement>(selector)?.focus();
  }

  // ------------------------------------------------------------------------------------------------------------
  // Fields

  const describedBy = (field: string, hint?: boolean) =>
    [hint ? id(`${field}-hint`) : '', problemOf(field) ? id(`${field}-problem`) : ''].filter(Boolean).join(' ') ||
    nothing;

  const problemLine = (field: string) => {
    const problem = problemOf(field);
    return problem
      ? html`<p class="cfg-problem cfg-problem--${problem.level}" id=${id(`${field}-problem`)}><span class="cfg-problem__kind">${problem.level === 'error' ? 'Error' : 'Check'}:</span> ${problem.message}</p>`
      : nothing;
  };

  const hintLine = (field: string, hint?: string | TemplateResult) =>
    hint ? html`<p class="cfg-hint" id=${id(`${field}-hint`)}>${hint}</p>` : nothing;

  function textField(
    field: string,
    label: string,
    value: string,
    set: (draft: Config, value: string) => void,
    {
      hint,
      type = 'text',
      multiline = false,
      inputmode,
    }: { hint?: string | TemplateResult; type?: string; multiline?: boolean; inputmode?: string } = {},
  ): TemplateResult {
    const invalid = problemOf(field)?.level === 'error' ? 'true' : nothing;
    const onInput = (event: Event) => change((draft) => set(draft, (event.target as HTMLInputElement).value));
    const control = multiline
      ? html`<textarea id=${id(field)} rows="3" .value=${value} aria-invalid=${invalid} aria-describedby=${describedBy(field, Boolean(hint))} @input=${onInput}></textarea>`
      : html`<input id=${id(field)} type=${type} .value=${value} inputmode=${inputmode ?? nothing} aria-invalid=${invalid} aria-describedby=${describedBy(field, Boolean(hint))} @input=${onInput}>`;
    return html`<div class="cfg-field"><label for=${id(field)}>${label}</label>${hintLine(field, hint)}${control}${problemLine(field)}</div>`;
  }

  function checkbox(
    field: string,
    label: string,
    checked: boolean,
    set: (draft: Config, value: boolean) => void,
    hint?: string,
  ): TemplateResult {
    return html`<div class="cfg-check">
      <input type="checkbox" id=${id(field)} .checked=${checked} aria-describedby=${describedBy(field, Boolean(hint))}
        @change=${(event: Event) => change((draft) => set(draft, (event.target as HTMLInputElement).checked))}>
      <label for=${id(field)}>${label}</label>${hintLine(field, hint)}${problemLine(field)}
    </div>`;
  }

  function select<T extends string>(
    field: string,
    label: string,
    value: T,
    choices: readonly (readonly [T, string])[],
    set: (draft: Config, value: T) => void,
    hint?: string,
  ): TemplateResult {
    return html`<div class="cfg-field"><label for=${id(field)}>${label}</label>${hintLine(field, hint)}
      <select id=${id(field)} aria-describedby=${describedBy(field, Boolean(hint))} @change=${(event: Event) => change((draft) => set(draft, (event.target as HTMLSelectElement).value as T))}>
        ${choices.map(([choice, text]) => html`<option value=${choice} ?selected=${choice === value}>${text}</option>`)}
      </select>${problemLine(field)}</div>`;
  }

  function radios<T extends string>(
    field: string,
    legend: string,
    value: T,
    choices: readonly (readonly [T, string])[],
    set: (draft: Config, value: T) => void,
  ): TemplateResult {
    return html`<fieldset class="cfg-radios"><legend>${legend}</legend>
      ${choices.map(
        ([
          choice,
          text,
        ]) => html`<div class="cfg-check"><input type="radio" name=${id(field)} id=${id(`${field}-${choice}`)} value=${choice} .checked=${choice === value}
          @change=${() => change((draft) => set(draft, choice))}><label for=${id(`${field}-${choice}`)}>${text}</label></div>`,
      )}
    </fieldset>`;
  }

  /** Up / down / remove buttons of a list item; focus follows the item (or lands on a neighbour). */
  function listButtons(kind: 'faq' | 'phase', index: number, count: number, noun: string): TemplateResult {
    const list = (draft: Config): unknown[] => (kind === 'faq' ? draft.faq.items : draft.timeline.phases);
    const move = (by: -1 | 1) => {
      const to = index + by;
      change(
        (draft) => {
          const items = list(draft);
          [items[index], items[to]] = [items[to], items[index]];
        },
        { quiet: true },
      );
      const button = to === 0 ? 'down' : to === count - 1 ? 'up' : by === -1 ? 'up' : 'down';
      focusLater(`#${id(`${kind}-${to}-${button}`)}`);
      announce(`${noun} ${index + 1} moved to position ${to + 1} of ${count}.`);
    };
    const remove = () => {
      change((draft) => void list(draft).splice(index, 1), { quiet: true });
      const left = count - 1;
      focusLater(
        left
          ? `#${id(`${kind}-${Math.min(index, left - 1)}-${kind === 'faq' ? 'question' : 'name'}`)}`
          : `#${id(`${kind}-add`)}`,
      );
      announce(`${noun} ${index + 1} removed. ${left} left.`);
    };
    return html`<div class="cfg-item-actions">
      <button type="button" id=${id(`${kind}-${index}-up`)} ?disabled=${index === 0} @click=${() => move(-1)}>Move up<span class="visually-hidden">: ${noun.toLowerCase()} ${index + 1}</span></button>
      <button type="button" id=${id(`${kind}-${index}-down`)} ?disabled=${index === count - 1} @click=${() => move(1)}>Move down<span class="visually-hidden">: ${noun.toLowerCase()} ${index + 1}</span></button>
      <button type="button" id=${id(`${kind}-${index}-remove`)} class="cfg-remove" @click=${remove}>Remove<span class="visually-hidden">: ${noun.toLowerCase()} ${index + 1}</span></button>
    </div>`;
  }

  // ------------------------------------------------------------------------------------------------------------
  // Content fieldsets, one set per element

  function faqFields(): TemplateResult {
    const items = config.faq.items;
    const add = () => {
      change((draft) => void draft.faq.items.push({ question: '', answer: '' }), { quiet: true });
      focusLater(`#${id(`faq-${config.faq.items.length - 1}-question`)}`);
      announce(`Question ${config.faq.items.length} added.`);
    };
    return html`<fieldset class="cfg-group"><legend>Questions and answers</legend>
      <ol class="cfg-items">
        ${items.map(
          (item: FaqItem, index) => html`<li><fieldset class="cfg-item"><legend>Question ${index + 1}</legend>
            ${textField(`faq-${index}-question`, 'Question', item.question, (draft, value) => (draft.faq.items[index]!.question = value))}
            ${textField(
              `faq-${index}-answer`,
              'Answer',
              item.answer,
              (draft, value) => (draft.faq.items[index]!.answer = value),
              {
                multiline: true,
                hint: 'A blank line starts a new paragraph.',
              },
            )}
            ${listButtons('faq', index, items.length, 'Question')}
          </fieldset></li>`,
        )}
      </ol>
      <button type="button" id=${id('faq-add')} class="cfg-add" aria-describedby=${describedBy('faq-add')} @click=${add}>Add a question</button>${problemLine('faq-add')}
    </fieldset>
    <fieldset class="cfg-group"><legend>FAQ options</legend>
      ${checkbox('faq-searchable', 'Search field above the questions', config.faq.searchable, (draft, value) => (draft.faq.searchable = value))}
      ${checkbox('faq-multiple', 'Several answers open at once', config.faq.multiple || config.faq.expandAll, (draft, value) => (draft.faq.multiple = value))}
      ${checkbox('faq-expand-all', '“Expand all” button', config.faq.expandAll, (draft, value) => (draft.faq.expandAll = value), 'Turns on “several open at once”.')}
      ${checkbox('faq-schema', 'Search-engine data (FAQPage)', config.faq.schema, (draft, value) => (draft.faq.schema = value), 'Leave it off if your SEO plugin already adds FAQ data.')}
      ${select(
        'faq-heading',
        'Heading level of the questions',
        config.faq.headingLevel,
        ['2', '3', '4', '5', '6'].map((level) => [level, `Level ${level} (h${level})`] as const),
        (draft, value) => (draft.faq.headingLevel = value),
        'Use 3 under a level-2 heading on your page.',
      )}
    </fieldset>`;
  }

  function phaseFields(): TemplateResult {
    const timeline = config.timeline;
    const add = () => {
      const last = timeline.phases[timeline.phases.length - 1];
      const start = last ? last.end : '0';
      change((draft) => void draft.timeline.phases.push({ name: '', start, end: '', text: '' }), { quiet: true });
      focusLater(`#${id(`phase-${config.timeline.phases.length - 1}-name`)}`);
      announce(`Phase ${config.timeline.phases.length} added.`);
    };
    const custom =
      timeline.phasesMode === 'custom'
        ? html`<ol class="cfg-items">
              ${timeline.phases.map(
                (phase: PhaseConfig, index) => html`<li><fieldset class="cfg-item"><legend>Phase ${index + 1}</legend>
                  ${textField(`phase-${index}-name`, 'Name', phase.name, (draft, value) => (draft.timeline.phases[index]!.name = value))}
                  <div class="cfg-pair">
                    ${textField(`phase-${index}-start`, 'From day', phase.start, (draft, value) => (draft.timeline.phases[index]!.start = value), { inputmode: 'numeric' })}
                    ${textField(`phase-${index}-end`, 'To day', phase.end, (draft, value) => (draft.timeline.phases[index]!.end = value), { inputmode: 'numeric' })}
                  </div>
                  ${textField(`phase-${index}-text`, 'What happens', phase.text, (draft, value) => (draft.timeline.phases[index]!.text = value), { multiline: true })}
                  ${listButtons('phase', index, timeline.phases.length, 'Phase')}
                </fieldset></li>`,
              )}
            </ol>
            <button type="button" id=${id('phase-add')} class="cfg-add" aria-describedby=${describedBy('phase-add')} @click=${add}>Add a phase</button>${problemLine('phase-add')}`
        : html`<p class="cfg-hint">Inflammatory (days 0–3), Proliferative (3–21), Remodeling (21–180), with the kit’s short texts.</p>`;
    return html`<fieldset class="cfg-group"><legend>Healing phases</legend>
      ${radios(
        'timeline-mode',
        'Which phases',
        timeline.phasesMode,
        [
          ['preset', 'The kit’s microneedling phases'],
          ['custom', 'Your own phases'],
        ] as const,
        (draft, value) => {
          draft.timeline.phasesMode = value;
          if (value === 'custom' && !draft.timeline.phases.length) draft.timeline.phases = presetPhases();
        },
      )}
      ${custom}
    </fieldset>`;
  }

  const DATE_HINT = 'YYYY-MM-DD. Leave empty to show the phases without a current day.';

  function timelineFields(): TemplateResult {
    return html`${phaseFields()}
      <fieldset class="cfg-group"><legend>Timeline options</legend>
        ${textField('timeline-date', 'Treatment date', config.timeline.treatmentDate, (draft, value) => (draft.timeline.treatmentDate = value), { hint: DATE_HINT, inputmode: 'numeric' })}
        ${textField('timeline-label', 'Name for screen readers', config.timeline.label, (draft, value) => (draft.timeline.label = value), { hint: 'Default: “Healing phases”.' })}
        ${select(
          'timeline-orientation',
          'Layout',
          config.timeline.orientation,
          [
            ['auto', 'Automatic (side by side when there is room)'],
            ['horizontal', 'Side by side'],
            ['vertical', 'One above the other'],
          ] as const,
          (draft, value) => (draft.timeline.orientation = value),
        )}
      </fieldset>`;
  }

  function gaugeFields(inRecovery = false): TemplateResult {
    const gauge = config.gauge;
    return html`<fieldset class="cfg-group"><legend>Collagen gauge</legend>
      ${
        inRecovery
          ? nothing
          : radios(
              'gauge-mode',
              'The percentage',
              gauge.mode,
              [
                ['model', 'From the days since treatment (illustrative model)'],
                ['value', 'A figure you give'],
              ] as const,
              (draft, value) => (draft.gauge.mode = value),
            )
      }
      ${!inRecovery && gauge.mode === 'value' ? textField('gauge-value', 'Percentage (0–100)', gauge.value, (draft, value) => (draft.gauge.value = value), { inputmode: 'decimal' }) : nothing}
      ${!inRecovery && gauge.mode === 'model' ? textField('gauge-date', 'Treatment date', gauge.treatmentDate, (draft, value) => (draft.gauge.treatmentDate = value), { hint: DATE_HINT, inputmode: 'numeric' }) : nothing}
      ${textField('gauge-caption', 'Caption', gauge.caption, (draft, value) => (draft.gauge.caption = value), { hint: 'Default: “Share of the collagen renewal expected by about six months”.' })}
      ${checkbox('gauge-types', 'Show the type III / type I split', gauge.showTypes, (draft, value) => (draft.gauge.showTypes = value))}
    </fieldset>`;
  }

  function planFields(inRecovery = false): TemplateResult {
    const plan = config.plan;
    return html`<fieldset class="cfg-group"><legend>Treatment plan</legend>
      <div class="cfg-pair">
        ${textField('plan-sessions', 'Sessions (1–12)', plan.sessions, (draft, value) => (draft.plan.sessions = value), { inputmode: 'numeric' })}
        ${textField('plan-interval', `Interval (${plan.intervalUnit})`, plan.interval, (draft, value) => (draft.plan.interval = value), { inputmode: 'numeric' })}
      </div>
      ${select(
        'plan-unit',
        'Interval counted in',
        plan.intervalUnit,
        [
          ['weeks', 'Weeks'],
          ['days', 'Days'],
        ] as const,
        (draft, value) => (draft.plan.intervalUnit = value),
      )}
      ${inRecovery ? nothing : textField('plan-start', 'First session', plan.startDate, (draft, value) => (draft.plan.startDate = value), { hint: 'YYYY-MM-DD. Leave empty to show “Week 0, Week 4…”.', inputmode: 'numeric' })}
      ${textField('plan-completed', 'Sessions done', plan.completed, (draft, value) => (draft.plan.completed = value), { hint: 'Leave empty to count sessions dated before today as done.', inputmode: 'numeric' })}
      ${textField('plan-title', 'Calendar event title', plan.eventTitle, (draft, value) => (draft.plan.eventTitle = value), { hint: '{n} and {total} become “1” and “3”.' })}
      ${textField('plan-location', 'Clinic name and address', plan.location, (draft, value) => (draft.plan.location = value))}
      ${textField('plan-description', 'Calendar event note', plan.description, (draft, value) => (draft.plan.description = value))}
      ${textField('plan-text', 'Text shown before the plan loads', plan.text, (draft, value) => (draft.plan.text = value), { multiline: true })}
    </fieldset>`;
  }

  function recoveryFields(): TemplateResult {
    const recovery = config.recovery;
    return html`<fieldset class="cfg-group"><legend>Recovery section</legend>
        ${textField('recovery-date', 'Treatment date', recovery.treatmentDate, (draft, value) => (draft.recovery.treatmentDate = value), { hint: 'YYYY-MM-DD: every widget inside counts from it.', inputmode: 'numeric' })}
        ${textField('recovery-intro', 'Heading', recovery.intro, (draft, value) => (draft.recovery.intro = value))}
        ${checkbox('recovery-picker', 'Date field for visitors', recovery.datePicker, (draft, value) => (draft.recovery.datePicker = value))}
        ${checkbox('recovery-scrubber', 'Day slider', recovery.scrubber, (draft, value) => (draft.recovery.scrubber = value))}
        ${checkbox('recovery-timeline', 'Healing timeline inside', recovery.timeline, (draft, value) => (draft.recovery.timeline = value))}
        ${checkbox('recovery-gauge', 'Collagen gauge inside', recovery.gauge, (draft, value) => (draft.recovery.gauge = value))}
        ${checkbox('recovery-plan', 'Treatment plan inside', recovery.plan, (draft, value) => (draft.recovery.plan = value))}
      </fieldset>
      ${recovery.timeline ? phaseFields() : nothing}
      ${recovery.gauge ? gaugeFields(true) : nothing}
      ${recovery.plan ? planFields(true) : nothing}`;
  }

  function imageFields(side: 'before' | 'after'): TemplateResult {
    const image = config.beforeAfter[side];
    const name = side === 'before' ? 'Before' : 'After';
    return html`<fieldset class="cfg-item"><legend>${name} picture</legend>
      ${textField(
        `ba-${side}-src`,
        'Picture address (URL)',
        image.src,
        (draft, value) => (draft.beforeAfter[side].src = value),
        {
          type: 'url',
          hint: 'The full address, https://…; JPEG or PNG if you also send it by email.',
        },
      )}
      ${textField(`ba-${side}-alt`, 'Description (alt text)', image.alt, (draft, value) => (draft.beforeAfter[side].alt = value), { multiline: true })}
    </fieldset>`;
  }

  function beforeAfterFields(): TemplateResult {
    const ba = config.beforeAfter;
    return html`<fieldset class="cfg-group"><legend>Before/after pictures</legend>
        ${imageFields('before')} ${imageFields('after')}
        <div class="cfg-pair">
          ${textField('ba-width', 'Width (px)', ba.width, (draft, value) => (draft.beforeAfter.width = value), { inputmode: 'numeric' })}
          ${textField('ba-height', 'Height (px)', ba.height, (draft, value) => (draft.beforeAfter.height = value), { inputmode: 'numeric' })}
        </div>
        <p class="cfg-hint">This page’s preview shows pictures from this server only; your page loads them from their address.</p>
      </fieldset>
      <fieldset class="cfg-group"><legend>Slider options</legend>
        ${textField('ba-label', 'Name for screen readers', ba.label, (draft, value) => (draft.beforeAfter.label = value))}
        ${textField('ba-position', 'Divider position (0–100)', ba.position, (draft, value) => (draft.beforeAfter.position = value), { inputmode: 'decimal' })}
        ${select(
          'ba-orientation',
          'Layout',
          ba.orientation,
          [
            ['horizontal', 'Side by side'],
            ['vertical', 'Before on top, after below'],
          ] as const,
          (draft, value) => (draft.beforeAfter.orientation = value),
        )}
        <div class="cfg-pair">
          ${textField('ba-before-label', 'Before chip', ba.beforeLabel, (draft, value) => (draft.beforeAfter.beforeLabel = value))}
          ${textField('ba-after-label', 'After chip', ba.afterLabel, (draft, value) => (draft.beforeAfter.afterLabel = value))}
        </div>
      </fieldset>`;
  }

  function contentFields(): TemplateResult {
    switch (config.element) {
      case 'timeline':
        return timelineFields();
      case 'gauge':
        return gaugeFields();
      case 'recovery':
        return recoveryFields();
      case 'plan':
        return planFields();
      case 'before-after':
        return beforeAfterFields();
      default:
        return faqFields();
    }
  }

  function colourField(key: 'primary' | 'text' | 'background', label: string): TemplateResult {
    const field = `theme-${key}`;
    return html`<div class="cfg-field cfg-colour"><label for=${id(field)}>${label}</label>
      <input type="color" id=${id(field)} .value=${config.theme[key]} aria-describedby=${describedBy(field)}
        @input=${(event: Event) => change((draft) => (draft.theme[key] = (event.target as HTMLInputElement).value))}>
      <output for=${id(field)} class="cfg-colour__value">${config.theme[key]}</output>${problemLine(field)}</div>`;
  }

  function themeFields(): TemplateResult {
    const preset = presetOf(config.theme);
    const choices = [
      ...(Object.entries(THEME_PRESETS) as [PresetKey, (typeof THEME_PRESETS)[PresetKey]][]).map(
        ([key, value]) => [key, value.label] as const,
      ),
      ['custom', 'Your own colours'] as const,
    ];
    return html`<fieldset class="cfg-group"><legend>Theme</legend>
      ${select('theme-preset', 'Preset', preset, choices, (draft, value) => {
        if (value !== 'custom') draft.theme = { ...THEME_PRESETS[value].theme, paint: draft.theme.paint };
      })}
      ${colourField('primary', 'Brand colour')}
      ${colourField('text', 'Text colour')}
      ${colourField('background', 'Background')}
      ${textField('theme-radius', 'Corner radius (px)', config.theme.radius, (draft, value) => (draft.theme.radius = value), { inputmode: 'numeric' })}
      ${select(
        'theme-font',
        'Font',
        config.theme.font,
        (Object.keys(FONTS) as FontKey[]).map((key) => [key, FONTS[key].label] as const),
        (draft, value) => (draft.theme.font = value),
        'System fonts only: nothing is downloaded.',
      )}
      ${checkbox('theme-paint', 'Paint the background and text colour behind the widget', config.theme.paint, (draft, value) => (draft.theme.paint = value), 'Off: the widget takes your page section’s colours.')}
    </fieldset>`;
  }

  function snippetFields(): TemplateResult {
    return html`<fieldset class="cfg-group"><legend>Snippet</legend>
      ${textField(
        'script-url',
        'Where dermakit.js is hosted',
        config.scriptUrl,
        (draft, value) => (draft.scriptUrl = value),
        {
          type: 'url',
          hint: html`Upload <a href=${kitUrl} download="dermakit.js">dermakit.js</a> to a site you control (for example your WordPress site with the dermakit plugin, which serves it from its own folder) and paste its address.`,
        },
      )}
      ${checkbox('integrity', 'Add the integrity hash (SRI)', config.integrity, (draft, value) => (draft.integrity = value), 'The browser then refuses a changed file. On another site than your page, the host must allow it (CORS); untick if the widget does not load.')}
      ${textField(
        'web-url',
        'Landing page address (optional)',
        config.webUrl,
        (draft, value) => (draft.webUrl = value),
        {
          type: 'url',
          hint: 'The email then starts with a “View this in your browser” link to it.',
        },
      )}
      ${textField('today', 'Count days as of', config.today, (draft, value) => (draft.today = value), { hint: `For the preview and the exports; empty: today (${exportDay({ ...config, today: '' })}). Visitors always see their own today.`, inputmode: 'numeric' })}
    </fieldset>`;
  }

  function loadFields(): TemplateResult {
    const load = () => {
      const result = readMarkup(pasted, config);
      loadOk = result.ok;
      loadMessage = result.message;
      if (result.ok) {
        notice = '';
        config = result.config;
        change(() => {}, { quiet: true });
      } else draw();
    };
    return html`<details class="cfg-load"><summary>Load an existing snippet</summary>
      <div class="cfg-field"><label for=${id('load-text')}>Paste an existing snippet</label>
        <p class="cfg-hint" id=${id('load-text-hint')}>HTML with dk-* elements. It is read here, never run or sent.</p>
        <textarea id=${id('load-text')} rows="5" .value=${pasted} aria-describedby=${id('load-text-hint')} @input=${(event: Event) => (pasted = (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <button type="button" id=${id('load-button')} @click=${load}>Load into the form</button>
      <p class="cfg-status ${loadOk ? '' : 'cfg-status--error'}" role="status" id=${id('load-status')}>${loadMessage}</p>
    </details>`;
  }

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
            ${radios(
              'element',
              'Element',
              config.element,
              ELEMENTS.map((element) => [element.kind, element.label] as const),
              (draft, value) => (draft.element = value),
            )}
            ${contentFields()}
            ${themeFields()}
            ${snippetFields()}
            ${loadFields()}
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
