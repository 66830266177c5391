/**
 * `<dk-recovery>`: one treatment date for every widget inside it, shared through `@lit/context`.
 *
 * A block like a section of the page: its content (intro, timeline, gauge, plan) lays out as it would without it,
 * and only its optional controls (a date field and a day scrubber) take room of their own. The scrubber stays on
 * screen while its content scrolls by (sticky), so a visitor on a phone sees what dragging it moves. Colours come
 * from the section it sits in; it never recolours the author's content. A date a visitor picks stays in memory.
 */
import { ContextProvider } from '@lit/context';
import { html, nothing } from 'lit';
import { DermakitElement } from '../core/element.js';
import { parseDate } from '../core/attributes.js';
import { formatIsoDate, parseIsoDate } from '../core/days.js';
import { emit } from '../core/events.js';
import { resolveLang } from '../core/locale.js';
import { DEFAULT_PRESET, PRESETS, phaseAt, recoveryLength } from '../core/phases.js';
import { recoveryContext } from '../core/recovery-context.js';
import { resolveRecovery } from '../core/recovery-state.js';
import { fillTemplate } from '../core/text.js';
import { tokens } from '../core/tokens.js';
import { beforeTreatmentText } from '../core/before-treatment.js';
import { styles } from './recovery.styles.js';
import { recoveryTexts } from './recovery-texts.js';
import { numberFormat } from '../core/format.js';

/**
 * @tagname dk-recovery
 * @summary Shares one treatment date (and the day a visitor explores) with every dermakit widget inside it.
 *
 * @slot intro - Content shown before the controls: a heading and a sentence saying what they do.
 * @slot - Any content. Every timeline, gauge or plan inside, at any depth, follows this element's day unless it
 *   sets its own `day` or `treatment-date`.
 *
 * @csspart controls - The date field and the scrubber, one above the other (no box of its own: the scrubber sticks
 *   to the top of the screen within the whole element).
 * @csspart date-field - Label and date input.
 * @csspart date-input - The date input.
 * @csspart scrubber - Label, slider and day text; stays at the top of the screen while the content scrolls by.
 * @csspart range - The slider.
 * @csspart value - The day and phase shown under the slider ("Day 12 — Proliferative phase").
 *
 * @cssprop [--dk-recovery-controls-background=Canvas] - Behind the scrubber, which content scrolls under: set it to
 *   your section's background (the default is the browser's page colour, dark in dark sections).
 * @cssprop [--dk-recovery-sticky-top=0] - Where the scrubber stops at the top of the screen: the height of a sticky
 *   site header, if the page has one.
 *
 * @fires {CustomEvent<{ treatmentDate?: string; day?: number }>} dk-recovery-change - A visitor picked a date or moved
 *   the scrubber (`treatmentDate` as `yyyy-mm-dd`; `day` as every widget inside now shows it).
 */
export class DkRecovery extends DermakitElement {
  static override styles = [tokens, styles];

  static override properties = {
    treatmentDate: { attribute: 'treatment-date' },
    today: {},
    scrubber: { type: Boolean },
    datePicker: { type: Boolean, attribute: 'date-picker' },
    dateLabel: { attribute: 'date-label', useDefault: true },
    scrubberLabel: { attribute: 'scrubber-label', useDefault: true },
    scrubberText: { attribute: 'scrubber-text', useDefault: true },
    scrubberGapText: { attribute: 'scrubber-gap-text', useDefault: true },
    beforeText: { attribute: 'before-text', useDefault: true },
    completeText: { attribute: 'complete-text', useDefault: true },
  };

  /** Treatment date, `yyyy-mm-dd`. The current day is counted from it to `today`. */
  treatmentDate?: string;

  /** The visitor's today, `yyyy-mm-dd` (default: the date on the visitor's device). */
  today?: string;

  /** Shows a slider from day 0 to the end of the last phase: a visitor sees what happens on any day. */
  scrubber = false;

  /** Shows a date field where a visitor enters their own treatment date (kept in memory only). */
  datePicker = false;

  /** Label of the date field. @default 'Your treatment date' */
  dateLabel: string = recoveryTexts.dateLabel;

  /** Label of the scrubber. @default 'Day after treatment' */
  scrubberLabel: string = recoveryTexts.scrubberLabel;

  /** The scrubber's value, read by screen readers and shown beside it. `{day}`, `{phase}`: the phase's name. @default 'Day {day} — {phase} phase' */
  scrubberText: string = recoveryTexts.scrubberText;

  /** The scrubber's value on a day no phase covers (a gap between phases). `{day}`. @default 'Day {day}' */
  scrubberGapText: string = recoveryTexts.scrubberGapText;

  /**
   * The scrubber's value before treatment, until the visitor moves it (the slider rests on day 0), worded as
   * `<dk-healing-timeline>` says it. `{relative}`: "in 5 days"/"tomorrow"; `{days}`: the number; `{date}`: the
   * treatment date.
   * @default 'Treatment {relative}'
   */
  beforeText: string = recoveryTexts.beforeText;

  /** The scrubber's value after the last phase (from the dates; the slider rests at its end), worded as the timeline's. `{day}`: days since treatment. @default 'Day {day}: healing complete' */
  completeText: string = recoveryTexts.completeText;

  /** The day a visitor moved the scrubber to, until the date changes. */
  #scrubbedDay?: number;

  /** Shares the state with every widget inside, present or added later, at any depth. */
  #provider = new ContextProvider(this, { context: recoveryContext });

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('treatmentDate') || changed.has('today')) this.#scrubbedDay = undefined;
    // With a scrubber the slider is the day on show: the visitor's pick, else the date's day, else day 0.
    const {
      treatmentDate,
      today,
      day = this.scrubber ? 0 : undefined,
    } = resolveRecovery(
      {
        day: this.scrubber ? this.#scrubbedDay : undefined,
        treatmentDate: parseDate(this, 'treatment-date', this.treatmentDate),
        today: parseDate(this, 'today', this.today),
      },
      undefined,
    );
    const state = { treatmentDate, today, day };
    // Widgets re-render on every new value: hand one on only when something in it changed.
    if (JSON.stringify(state) !== JSON.stringify(this.#provider.value)) this.#provider.setValue(state);
  }

  override render() {
    const { treatmentDate, day = 0 } = this.#provider.value!;
    // The scrubber spans the phases of the timeline inside, else the default preset.
    const timelinePhases = this.querySelector('dk-healing-timeline')?.phases;
    const phases = timelinePhases?.length ? timelinePhases : PRESETS[DEFAULT_PRESET]!;
    const max = recoveryLength(phases);
    const value = Math.min(max, Math.max(0, day));
    const phase = phaseAt(phases, value);
    const lang = resolveLang(this);
    // Before treatment the slider rests on day 0 but says what the timeline says; the widgets keep the negative day.
    // After the last phase it rests at its end and says, as the timeline does, that healing is complete.
    const text =
      day < 0
        ? beforeTreatmentText(this.beforeText, lang, day, treatmentDate)
        : fillTemplate(day > max ? this.completeText : phase ? this.scrubberText : this.scrubberGapText, {
            day: numberFormat(lang).format(day),
            phase: phase?.name ?? '',
          });
    return html`<slot name="intro"></slot>${
      this.datePicker || this.scrubber
        ? html`<div part="controls">${
            this.datePicker
              ? html`<div part="date-field"><label for="date">${this.dateLabel}</label><input id="date" part="date-input" type="date"
                    .value=${treatmentDate ? formatIsoDate(treatmentDate) : ''} @input=${this.#handleDateInput}></div>`
              : nothing
          }${
            this.scrubber
              ? html`<div part="scrubber"><label for="range">${this.scrubberLabel}</label><input id="range" part="range" type="range"
                    min="0" max=${max} step="1" .value=${value} aria-valuetext=${text} @input=${this.#handleScrub}><span part="value"
                    aria-hidden="true">${text}</span></div>`
              : nothing
          }</div>`
        : nothing
    }<slot @dk-phases-change=${this.#handlePhasesChange} @focusin=${this.#handleFocusIn}></slot>`;
  }

  #handleDateInput(event: Event): void {
    const { value } = event.target as HTMLInputElement;
    // A half-typed date is not a choice yet: keep the last one. Chromium reports each digit of the year as it is
    // typed (0002-, 0020-, 0202-, 2026-10-15); a year below 1000 is one of those.
    if (value && (parseIsoDate(value)?.year ?? 0) < 1000) return;
    // The visitor's date takes the attribute's place, in memory only (the attribute is not rewritten).
    this.treatmentDate = value || undefined;
    this.#scrubbedDay = undefined;
    void this.#announceChange();
  }

  /** The scrubber spans the phases of the timeline inside, which tells us when they change. */
  #handlePhasesChange(): void {
    this.requestUpdate();
  }

  /**
   * Content a visitor tabs to must not hide under the stuck scrubber: once the browser has scrolled it into view,
   * scroll it out from under the scrubber (and its focus ring).
   */
  #handleFocusIn(event: FocusEvent): void {
    const scrubber = this.renderRoot.querySelector('[part=scrubber]');
    if (!scrubber) return;
    const focused = event.composedPath()[0] as Element;
    requestAnimationFrame(() => {
      // 8 px: room for the focus ring between the scrubber's edge and the focused element.
      const covered = scrubber.getBoundingClientRect().bottom + 8 - focused.getBoundingClientRect().top;
      if (covered > 0) scrollBy(0, -covered);
    });
  }

  #handleScrub(event: Event): void {
    this.#scrubbedDay = +(event.target as HTMLInputElement).value;
    void this.#announceChange();
  }

  async #announceChange(): Promise<void> {
    this.requestUpdate();
    await this.updateComplete;
    const { treatmentDate, day } = this.#provider.value!;
    emit(this, 'dk-recovery-change', { treatmentDate: treatmentDate && formatIsoDate(treatmentDate), day });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-recovery': DkRecovery;
  }
}
