/**
 * `<dk-healing-timeline>`: the healing phases after a treatment as an ordered list, the visitor's day marked.
 *
 * The list and its items are drawn in the shadow root and each `<dk-phase>` (or the `<p>` a page builder wrapped
 * it in) is slotted into its item by manual assignment: list, items and `aria-current` then live in one tree and
 * read as a list in every engine, while the phase text stays light DOM. Any other child (a stray `<p>` or `<br>`
 * from a page builder) is simply not shown.
 */
import { LitElement, html, nothing } from 'lit';
import { styleProps } from '../core/style-props.js';
import { parseChoice, parseDate, parseOptionalNumber } from '../core/attributes.js';
import { toUtcDate } from '../core/days.js';
import { emit } from '../core/events.js';
import { resolveLang } from '../core/locale.js';
import { DEFAULT_PRESET, PRESETS, type Phase, phaseAt, recoveryLength } from '../core/phases.js';
import { consumeRecovery } from '../core/recovery-consumer.js';
import { type RecoveryState, resolveRecovery } from '../core/recovery-context.js';
import { fillTemplate } from '../core/text.js';
import { tokens } from '../core/tokens.js';
import { warn } from '../core/warn.js';
import { styles } from './healing-timeline.styles.js';
import { formatSpan } from './span.js';
import { validatePhases } from './validate-phases.js';

/** A phase as drawn: from the preset, or from a `<dk-phase>` (its element and `span` override). */
interface ShownPhase extends Phase {
  readonly element?: Element;
  readonly span?: string | null;
}

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
 * @cssprop [--dk-timeline-segment=var(--dk-color-border)] - Bar of a phase still ahead.
 * @cssprop [--dk-timeline-done=var(--dk-color-primary)] - Bar of a past phase and the elapsed part of the current one.
 * @cssprop [--dk-timeline-current=var(--dk-color-primary)] - Outline of the current phase.
 * @cssprop [--dk-timeline-marker=var(--dk-color-primary)] - Background of the "Day N" marker.
 * @cssprop [--dk-timeline-marker-text=var(--dk-color-on-primary)] - Text of the "Day N" marker.
 *
 * @fires {CustomEvent<{ phases: Phase[] }>} dk-phases-change - The phases it shows changed (and on first render):
 *   `{ name, start, end, text }` each. `<dk-recovery>` listens to size its scrubber.
 */
export class DkHealingTimeline extends LitElement {
  static override styles = [tokens, styles];

  static override properties = {
    day: {},
    treatmentDate: { attribute: 'treatment-date' },
    today: {},
    preset: {},
    orientation: {},
    scale: {},
    label: { useDefault: true },
    markerText: { attribute: 'marker-text', useDefault: true },
    beforeText: { attribute: 'before-text', useDefault: true },
    completeText: { attribute: 'complete-text', useDefault: true },
  };
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  /** Days since treatment (a whole number; negative = before treatment). Wins over dates and `<dk-recovery>`. */
  day?: string;

  /** Treatment date, `yyyy-mm-dd`. Without `day`, the current day is counted from it to `today`. */
  treatmentDate?: string;

  /** The visitor's today, `yyyy-mm-dd` (default: the date on the visitor's device). */
  today?: string;

  /** Built-in phases shown when there are no `<dk-phase>` children (only `microneedling` so far). */
  preset = 'microneedling';

  /** `horizontal` or `vertical` forces a layout; `auto` follows the element's own width (side by side from 36rem). */
  orientation = 'auto';

  /** `equal`: every phase gets the same width, so a 3-day phase stays readable; `time`: widths follow the days. */
  scale = 'equal';

  /** Accessible name of the list. */
  label = 'Healing phases';

  /** Text of the marker on the current phase. `{day}`: days since treatment. */
  markerText = 'Day {day}';

  /** Shown before treatment. `{relative}`: "in 5 days"/"tomorrow"; `{days}`: the number; `{date}`: the treatment date (or `{relative}` when unknown). */
  beforeText = 'Treatment {relative}';

  /** Shown after the last phase. `{day}`: days since treatment. */
  completeText = 'Day {day}: healing complete';

  #provided = consumeRecovery(this);

  #recovery: RecoveryState = resolveRecovery({}, undefined);
  #locale = 'en';
  #shown: readonly ShownPhase[] = [];
  #shownKey?: string;
  #observer = new MutationObserver(() => this.requestUpdate());

  /** The phases as drawn (read-only): from the `<dk-phase>` children after validation, else the preset. */
  get phases(): readonly Phase[] {
    return this.#shown;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Phases are attributes and children: a page builder may edit or replace them at any time.
    this.#observer.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['name', 'start', 'end', 'span'] });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  override willUpdate(): void {
    const own = {
      day: parseOptionalNumber(this, 'day', this.day, { integer: true }),
      treatmentDate: parseDate(this, 'treatment-date', this.treatmentDate),
      today: parseDate(this, 'today', this.today),
    };
    this.#recovery = resolveRecovery(own, this.#provided.value);
    this.#locale = resolveLang(this);
    this.#shown = this.#readPhases();
  }

  #readPhases(): readonly ShownPhase[] {
    const elements = [...this.querySelectorAll('dk-phase')].filter((phase) => phase.closest('dk-healing-timeline') === this);
    if (!elements.length) return PRESETS[parseChoice(this, 'preset', this.preset, Object.keys(PRESETS), DEFAULT_PRESET)]!;
    const read = (phase: Element) => ({ name: phase.getAttribute('name'), start: phase.getAttribute('start'), end: phase.getAttribute('end') });
    const { phases, problems } = validatePhases(elements.map(read));
    for (const problem of problems) warn(elements[problem.source]!, problem.attribute, problem.message);
    return phases.map((phase) => ({ ...phase, element: this.#childHolding(elements[phase.source]!), span: elements[phase.source]!.getAttribute('span') }));
  }

  /**
   * Only children can be slotted. WordPress's wpautop wraps inline tags separated by blank lines in `<p>`, so a
   * phase may arrive as `<p><dk-phase>…</dk-phase></p>`: the `<p>` is shown in its place.
   */
  #childHolding(phase: Element): Element {
    let node = phase;
    while (node.parentElement !== this) node = node.parentElement!;
    return node;
  }

  override render() {
    const { day } = this.#recovery;
    const current = day === undefined ? undefined : phaseAt(this.#shown, day);
    const status = this.#statusText(current);
    const layout = `${parseChoice(this, 'orientation', this.orientation, ['auto', 'horizontal', 'vertical'], 'auto')} ${parseChoice(this, 'scale', this.scale, ['equal', 'time'], 'equal')}`;
    return html`${status ? html`<p part="status">${status}</p>` : nothing}
      <ol part="list" role="list" class=${layout} aria-label=${this.label}>
        ${this.#shown.map((phase) => this.#renderPhase(phase, phase === current, day))}
      </ol>`;
  }

  #renderPhase(phase: ShownPhase, isCurrent: boolean, day: number | undefined) {
    const done = !isCurrent && day !== undefined && day >= phase.end;
    const span = phase.span ?? formatSpan(this.#locale, phase.start, phase.end);
    // Where the day sits inside the phase, 0–1: the marker and the filled part of the bar follow it.
    const at = isCurrent ? Math.min(1, Math.max(0, (day! - phase.start) / (phase.end - phase.start))) : undefined;
    return html`<li
      part=${isCurrent ? 'phase current' : done ? 'phase done' : 'phase'}
      aria-current=${isCurrent ? 'step' : nothing}
      style=${styleProps({ '--_w': phase.end - phase.start, '--_at': at })}
    >
      <span part="name">${phase.name}</span>
      ${span ? html`<span part="span">${span}</span>` : nothing}
      <span part="segment"
        >${isCurrent
          ? html`<span class="fill"></span><span part="marker">${fillTemplate(this.markerText, { day: this.#number(day!) })}</span><span class="rest"></span>`
          : nothing}</span
      >
      ${phase.element ? html`<slot></slot>` : html`<p part="text">${phase.text}</p>`}
    </li>`;
  }

  /** Text for the days no phase covers: before treatment, after the last phase, or in a gap. */
  #statusText(current: Phase | undefined): string | undefined {
    const { day, treatmentDate } = this.#recovery;
    if (day === undefined || current || !this.#shown.length) return undefined;
    if (day < 0) {
      const relative = new Intl.RelativeTimeFormat(this.#locale, { numeric: 'auto' }).format(-day, 'day');
      const date = treatmentDate
        ? new Intl.DateTimeFormat(this.#locale, { timeZone: 'UTC', dateStyle: 'long' }).format(toUtcDate(treatmentDate))
        : relative;
      return fillTemplate(this.beforeText, { relative, days: this.#number(-day), date });
    }
    return fillTemplate(day > recoveryLength(this.#shown) ? this.completeText : this.markerText, { day: this.#number(day) });
  }

  #number(value: number): string {
    return new Intl.NumberFormat(this.#locale).format(value);
  }

  override updated(): void {
    const slots = this.renderRoot.querySelectorAll('slot');
    let index = 0;
    for (const phase of this.#shown) if (phase.element) slots[index++]?.assign(phase.element);
    const key = JSON.stringify(this.#shown.map(({ name, start, end }) => [name, start, end]));
    if (key !== this.#shownKey) {
      this.#shownKey = key;
      emit(this, 'dk-phases-change', { phases: this.phases });
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-healing-timeline': DkHealingTimeline;
  }
}
