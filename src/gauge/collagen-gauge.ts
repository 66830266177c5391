/**
 * `<dk-collagen-gauge>`: a ring showing how far a treatment's collagen renewal has come, from an author's
 * `value` or from the day after treatment through the illustrative model in `collagen-model.ts`.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { parseOptionalNumber } from '../core/attributes.js';
import { resolveLang } from '../core/locale.js';
import { animationDuration } from '../core/motion.js';
import { DEFAULT_PRESET, PRESETS, phaseAt } from '../core/phases.js';
import { RecoveryDayFollower } from '../core/recovery-follower.js';
import { fillTemplate } from '../core/text.js';
import { beforeTreatmentText } from '../core/before-treatment.js';
import { tokens } from '../core/tokens.js';
import { collagenTypes, renewalAt } from './collagen-model.js';
import { styles } from './collagen-gauge.styles.js';
import { gaugeTexts } from './gauge-texts.js';
import { numberFormat } from '../core/format.js';

const PHASES = PRESETS[DEFAULT_PRESET]!;

/**
 * A collagen-renewal gauge: an SVG ring with the percentage in the middle and a caption below.
 *
 * The figure is the `value` attribute when given. Otherwise it comes from the day after treatment (`day`, else
 * `treatment-date` and `today`, else an enclosing `<dk-recovery>`) through an illustrative model: 0 on treatment
 * day, slow during inflammation, rising through the proliferative weeks, reaching 100 at about six months. It
 * is not a medical prediction, so a model-driven gauge shows a small note saying so (`note`).
 *
 * Exposed as a `meter` with the true value at once; only the drawing sweeps from 0 the first time the gauge
 * scrolls into view (not under `prefers-reduced-motion` or `--dk-duration: 0s`). On paper it shows its value at
 * once, whether or not it was ever seen. Before treatment (a negative day) it says so, as the timeline does
 * (`before-text`), and shows no type split.
 *
 * The host is a block: ring and texts sit centred in it, the ring never wider than its box.
 *
 * @tagname dk-collagen-gauge
 * @summary Collagen-renewal ring for a treatment day or a given percentage, with the type III / type I split.
 *
 * @slot - The caption and accessible name ("Collagen renewal after your first session"). Without text, `label` is shown.
 *
 * @csspart meter - The `role="meter"` box holding the ring and the percentage.
 * @csspart ring - The SVG ring.
 * @csspart track - The ring's background circle.
 * @csspart fill - The arc that shows the percentage.
 * @csspart value - The percentage in the middle.
 * @csspart caption - The caption under the ring.
 * @csspart status - The line shown before treatment ("Treatment in 10 days").
 * @csspart types - The type III / type I split: a bar and its legend (with `show-types`).
 * @csspart legend - The split's text, a colour swatch before each share.
 * @csspart note - The "illustrative model" note.
 *
 * @cssprop [--dk-gauge-size=10em] - Width and height of the ring (never wider than the gauge's box).
 * @cssprop [--dk-gauge-thickness=10%] - Stroke width of the ring, as a percentage of its size.
 * @cssprop [--dk-gauge-fill=var(--dk-color-primary)] - Colour of the arc and of type I (lightened in dark sections). Keep 3:1 against the track.
 * @cssprop [--dk-gauge-track=var(--dk-color-track)] - Colour of the ring's track (text colour at 20 %).
 * @cssprop [--dk-gauge-type-iii=25% fill] - Inside of type III's outlined box in the bar and legend (type I is solid fill).
 */
export class DkCollagenGauge extends RecoveryDayFollower {
  static override styles = [tokens, styles];

  static override properties = {
    value: {},
    label: { useDefault: true },
    showTypes: { type: Boolean, attribute: 'show-types' },
    dayText: { attribute: 'day-text', useDefault: true },
    typesText: { attribute: 'types-text', useDefault: true },
    phaseNames: { attribute: 'phase-names' },
    note: { useDefault: true },
    beforeText: { attribute: 'before-text', useDefault: true },
    swept: { state: true },
  };

  /** Percentage to show, 0–100 (clamped with a warning). Without it the model derives one from the day. */
  value?: string;

  /**
   * Caption and accessible name when the element has no text of its own. Say what the percentage is a share of:
   * the model reaches 100 at about six months.
   * @default 'Share of the collagen renewal expected by about six months'
   */
  label: string = gaugeTexts.label;

  /** Also show the share of new type III and type I collagen, as text and a small bar. */
  showTypes = false;

  /**
   * What assistive technology reads on a day inside the healing phases (`{percent}`, `{day}`, `{phase}`).
   * Otherwise it reads the percent alone.
   * @default '{percent}, day {day}, {phase} phase'
   */
  dayText: string = gaugeTexts.dayText;

  /**
   * The split's legend (`{typeIII}`, `{typeI}`): each share is shown after a swatch of its look in the bar. The
   * default keeps "type III" on one line (a no-break space).
   * @default 'New collagen: {typeIII} type III, {typeI} type I'
   */
  typesText: string = gaugeTexts.typesText;

  /** Comma-separated names for the inflammatory, proliferative and remodeling phases (for translations). */
  phaseNames?: string;

  /** Note under a model-driven gauge; `note=""` hides it. @default 'Illustrative model, not a prediction. Individual results vary.' */
  note: string = gaugeTexts.note;

  /**
   * Shown before treatment (a negative day), as `<dk-healing-timeline>` does. `{relative}`: "in 10 days"/"tomorrow";
   * `{days}`: the number; `{date}`: the treatment date (or `{relative}` when unknown).
   * @default 'Treatment {relative}'
   */
  beforeText: string = gaugeTexts.beforeText;

  /** Whether the drawing shows the value yet (it sweeps from 0 on first sight). */
  private swept?: boolean;

  /** The author's `value`, parsed. */
  #own?: number;
  #observer?: IntersectionObserver;
  /** The element's text when it last rendered: its caption. */
  #text?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.swept) void this.updateComplete.then(() => this.#watchForSweep());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#own = parseOptionalNumber(this, 'value', this.value, { min: 0, max: 100 });
  }

  override render() {
    const lang = resolveLang(this);
    const format = numberFormat(lang, { style: 'percent' });
    const percent = (value: number) => format.format(value / 100);
    const { day, treatmentDate } = this.recovery;
    // Before treatment: nothing is renewing yet (the model gives 0), and the split would mean nothing.
    const before = day! < 0;
    const value = this.#own ?? Math.round(renewalAt(day ?? 0));
    const shown = percent(value);
    // NaN (no day) falls in no phase.
    const phase = phaseAt(PHASES, day ?? NaN);
    // The author's caption: the element's own text, whitespace collapsed (page builders add line breaks).
    const caption = (this.#text = this.textContent!).replace(/\s+/g, ' ').trim();
    return html`
      <div part="meter" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${value} aria-label=${caption || this.label}
        aria-valuetext=${
          phase
            ? fillTemplate(this.dayText, {
                percent: shown,
                day: day!,
                phase: this.phaseNames?.split(',')[PHASES.indexOf(phase)]?.trim() || phase.name,
              })
            : shown
        }>
        <svg part="ring" viewBox="0 0 100 100" aria-hidden="true">
          <circle part="track"/>
          <circle part="fill" class=${this.swept ? '' : 'unswept'} stroke-dashoffset=${100 - value} pathLength="100" stroke-dasharray="100 200"/>
        </svg>
        <span part="value" aria-hidden="true">${shown}</span>
      </div>
      <div part="caption"><slot @slotchange=${this.#handleSlotChange}></slot>${caption ? nothing : this.label}</div>
      ${
        before
          ? html`<p part="status">${beforeTreatmentText(this.beforeText, lang, day!, treatmentDate)}</p>`
          : this.showTypes
            ? this.#renderTypes(value, percent)
            : nothing
      }
      ${this.#own === undefined && day! >= 0 && this.note ? html`<small part="note">${this.note}</small>` : nothing}
    `;
  }

  /**
   * The split as a bar and its legend: `types-text` with a swatch of each type's colour before its share. The
   * swatches are empty boxes and the bar is hidden, so a screen reader reads the text once.
   */
  #renderTypes(value: number, percent: (value: number) => string) {
    const shares = collagenTypes(value);
    return html`<div part="types">
      <svg class="bar" aria-hidden="true"><rect class="typeIII" width="${shares.typeIII}%"/><rect x="${shares.typeIII}%" width="${shares.typeI}%"/></svg>
      <p part="legend">${this.typesText
        .split(/\{(typeI(?:II)?)\}/)
        .map((piece, index) =>
          index % 2
            ? html`<span class="key"><span class="swatch ${piece}"></span>${percent(shares[piece as keyof typeof shares])}</span>`
            : piece,
        )}</p>
    </div>`;
  }

  /** A caption added, removed or replaced re-renders; the slot's first filling (the caption rendered) does not. */
  #handleSlotChange(): void {
    if (this.textContent !== this.#text) this.requestUpdate();
  }

  /**
   * Sweeps the drawing the first time the gauge is seen; at once when motion is off or unobservable. Called after
   * a render, so the empty ring has been styled and the sweep is a transition from it.
   */
  #watchForSweep(): void {
    if (!this.isConnected) return;
    if (animationDuration(this) && window.IntersectionObserver) {
      (this.#observer ??= new IntersectionObserver((entries, observer) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        this.swept = true;
        observer.disconnect();
      })).observe(this);
    } else this.swept = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-collagen-gauge': DkCollagenGauge;
  }
}
