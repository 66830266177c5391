/**
 * `<dk-healing-timeline>`: the healing phases after a treatment as an ordered list, the visitor's day marked.
 *
 * The list and its items are drawn in the shadow root and each `<dk-phase>` (or the `<p>` a page builder wrapped
 * it in) is slotted into its item by manual assignment: list, items and `aria-current` then live in one tree and
 * read as a list in every engine, while the phase text stays light DOM. Any other child (a stray `<p>` or `<br>`
 * from a page builder) is simply not shown.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { parseChoice } from '../core/attributes.js';
import { beforeTreatmentText } from '../core/before-treatment.js';
import { emit } from '../core/events.js';
import { resolveLang } from '../core/locale.js';
import { DEFAULT_PRESET, PRESETS, type Phase, phaseAt, recoveryLength } from '../core/phases.js';
import { RecoveryDayFollower } from '../core/recovery-follower.js';
import { fillTemplate } from '../core/text.js';
import { tokens } from '../core/tokens.js';
import { warn } from '../core/warn.js';
import { styles } from './healing-timeline.styles.js';
import { formatSpan } from './span.js';
import { validatePhases } from './validate-phases.js';
import { timelineTexts } from './timeline-texts.js';
import { numberFormat } from '../core/format.js';

/** A phase as drawn: from the preset, or from the `<dk-phase>` it was read from (`source`). */
type ShownPhase = Phase & { readonly source?: Element };

/**
 * @tagname dk-healing-timeline
 * @summary The healing phases after a treatment as an ordered list, with the visitor's current day marked.
 *
 * @slot - `<dk-phase>` elements, one per phase, in order (each may sit in a `<p>` a page builder added). Without
 *   any, the `preset` is shown.
 *
 * @csspart status - The line shown before treatment ("Treatment in 5 days"), after the last phase ("Healing
 *   complete") or on a day between two phases.
 * @csspart list - The ordered list of phases.
 * @csspart phase - Each phase (a list item). The current phase also has the part `current`, past phases `done`.
 * @csspart current - The current phase.
 * @csspart done - A phase that is over.
 * @csspart name - A phase's name.
 * @csspart span - A phase's span ("3–21 days").
 * @csspart segment - A phase's bar.
 * @csspart marker - The "Day N" marker on the current phase's bar.
 * @csspart text - The description of a preset phase (a `<dk-phase>`'s own text is light DOM: style it directly).
 *
 * @cssprop [--dk-timeline-segment=var(--dk-color-track)] - Bar of a phase still ahead (default: the text colour at 20 %).
 * @cssprop [--dk-timeline-done=var(--dk-color-primary)] - Bar of a past phase, the elapsed part of the current one and
 *   the ring round the marker (in dark sections lightened towards the text colour).
 * @cssprop [--dk-timeline-current=var(--dk-color-primary)] - Outline of the current phase (lightened in dark sections).
 * @cssprop [--dk-timeline-marker=var(--dk-color-primary)] - Background of the "Day N" marker.
 * @cssprop [--dk-timeline-marker-text=var(--dk-color-on-primary)] - Text of the "Day N" marker.
 *
 * @fires {CustomEvent<{ phases: Phase[] }>} dk-phases-change - The phases it shows changed (and on first render):
 *   `{ name, start, end, text }` each. `<dk-recovery>` listens to size its scrubber.
 */
export class DkHealingTimeline extends RecoveryDayFollower {
  static override styles = [tokens, styles];

  static override properties = {
    preset: {},
    orientation: {},
    scale: {},
    label: { useDefault: true },
    markerText: { attribute: 'marker-text', useDefault: true },
    beforeText: { attribute: 'before-text', useDefault: true },
    completeText: { attribute: 'complete-text', useDefault: true },
  };
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', slotAssignment: 'manual' };

  /** Built-in phases shown when there are no `<dk-phase>` children (only `microneedling` so far). */
  preset = 'microneedling';

  /**
   * `horizontal` or `vertical` forces a layout; `auto` sets phases side by side when the element's own width gives
   * each at least 12em and room for the longest word of its name (from 36em for three short names), else stacks them.
   */
  orientation = 'auto';

  /** `equal`: every phase gets the same width, so a 3-day phase stays readable; `time`: widths follow the days. */
  scale = 'equal';

  /** Accessible name of the list. @default 'Healing phases' */
  label: string = timelineTexts.label;

  /** Text of the marker on the current phase. `{day}`: days since treatment. @default 'Day {day}' */
  markerText: string = timelineTexts.markerText;

  /** Shown before treatment. `{relative}`: "in 5 days"/"tomorrow"; `{days}`: the number; `{date}`: the treatment date (or `{relative}` when unknown). @default 'Treatment {relative}' */
  beforeText: string = timelineTexts.beforeText;

  /** Shown after the last phase. `{day}`: days since treatment. @default 'Day {day}: healing complete' */
  completeText: string = timelineTexts.completeText;

  #shown: readonly ShownPhase[] = [];
  /** Where the day sits inside the current phase, 0–1. */
  #at?: number;
  #shownKey?: string;
  /** `orientation` and `scale` parsed: the list's classes. */
  #layout!: string;
  #observer = new MutationObserver(() => this.requestUpdate());

  /** The phases as drawn (read-only): from the `<dk-phase>` children after validation, else the preset. */
  get phases(): readonly Phase[] {
    return this.#shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Phases are attributes and children: a page builder may edit or replace them at any time.
    this.#observer.observe(this, { childList: true, subtree: true, attributeFilter: ['name', 'start', 'end', 'span'] });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Phases of a timeline nested inside this one are its own.
    const elements = [...this.querySelectorAll('dk-phase')].filter(
      (phase) => phase.closest('dk-healing-timeline') === this,
    );
    this.#shown = elements.length
      ? validatePhases(elements, warn)
      : PRESETS[parseChoice(this, 'preset', this.preset, Object.keys(PRESETS), DEFAULT_PRESET)]!;
    const orientation = parseChoice(this, 'orientation', this.orientation, ['auto', 'horizontal', 'vertical'], 'auto');
    this.#layout = `${orientation} ${parseChoice(this, 'scale', this.scale, ['equal', 'time'], 'equal')}`;
  }

  override render() {
    const { day, treatmentDate } = this.recovery;
    const shown = this.#shown;
    const lang = resolveLang(this);
    const number = (value: number) => numberFormat(lang).format(value);
    // Without a day no phase is current (comparisons with undefined are false), nor done, and no text shows.
    const current = phaseAt(shown, day!);
    const dayText = fillTemplate(this.markerText, { day: number(day!) });
    // The days no phase covers: before treatment, after the last phase, or in a gap.
    let status = '';
    if (day !== undefined && !current && shown.length) {
      status =
        day < 0
          ? beforeTreatmentText(this.beforeText, lang, day, treatmentDate)
          : day > recoveryLength(shown)
            ? fillTemplate(this.completeText, { day: number(day) })
            : dayText;
    }
    this.#at = current && (day! - current.start) / (current.end - current.start);
    return html`${status ? html`<p part="status">${status}</p>` : nothing}<ol
      part="list"
      role="list"
      class=${this.#layout}
      aria-label=${this.label}
    >
      ${shown.map((phase) => {
        const { start, end, source } = phase;
        const isCurrent = phase === current;
        const span = source?.getAttribute('span') ?? formatSpan(lang, start, end);
        return html`<li
          part=${isCurrent ? 'phase current' : day! >= end ? 'phase done' : 'phase'}
          aria-current=${isCurrent ? 'step' : nothing}
        ><span part="name">${phase.name}</span>${span ? html`<span part="span">${span}</span>` : nothing}<span part="segment"
          >${isCurrent ? html`<span class="fill"></span><span part="marker">${dayText}</span>` : nothing}</span
        >${source ? html`<slot></slot>` : html`<p part="text">${phase.text}</p>`}</li>`;
      })}
    </ol>`;
  }

  override updated(): void {
    // One slot per phase, and only when every phase comes from a <dk-phase>. Only children can be slotted:
    // WordPress's wpautop wraps inline tags separated by blank lines in `<p>`, so a phase may arrive as
    // `<p><dk-phase>…</dk-phase></p>`; the `<p>` (our child holding it) is then shown in its place.
    this.renderRoot
      .querySelectorAll('slot')
      .forEach((slot, index) => slot.assign(this.#shown[index]!.source!.closest('dk-healing-timeline > *')!));
    // Widths and the marker's place as custom properties through the CSSOM: a strict Content-Security-Policy
    // (`style-src 'self'`) blocks a `style="…"` attribute written into the markup.
    // What side by side needs (see the styles): how many phases, and the longest word of their names.
    let chars = 0;
    for (const { name } of this.#shown) for (const word of name.split(/\s+/)) chars = Math.max(chars, word.length);
    const list = this.renderRoot.querySelector('ol')!.style;
    list.setProperty('--_n', String(this.#shown.length || 1));
    list.setProperty('--_chars', String(chars));
    this.renderRoot.querySelectorAll('li').forEach(({ style, ariaCurrent }, index) => {
      const { start, end } = this.#shown[index]!;
      style.setProperty('--_w', String(end - start));
      style.setProperty('--_at', ariaCurrent ? String(this.#at) : '');
    });
    const key = this.#shown.map(({ name, start, end }) => `${start}-${end} ${name}`).join('\n');
    if (key !== this.#shownKey) {
      this.#shownKey = key;
      emit(this, 'dk-phases-change', { phases: this.#shown });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-healing-timeline': DkHealingTimeline;
  }
}
