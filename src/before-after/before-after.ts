/**
 * `<dk-before-after>`: a before/after photo comparison with a divider the visitor drags or moves by keyboard.
 * The two images stay the clinic's own light-DOM `<img>` elements (alt, srcset, loading untouched); the
 * element only stacks them, clips the after image to its side of the divider and adds a slider handle and labels.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { DermakitElement } from '../core/element.js';
import { parseChoice, parseNumber } from '../core/attributes.js';
import { emit } from '../core/events.js';
import { resolveLang } from '../core/locale.js';
import { fillTemplate } from '../core/text.js';
import { tokens } from '../core/tokens.js';
import { warn } from '../core/warn.js';
import { styles } from './before-after.styles.js';
import { clampPosition, positionFromKey, positionFromPoint } from './position.js';
import { beforeAfterTexts } from './before-after-texts.js';
import { numberFormat } from '../core/format.js';

const SIDES = ['before', 'after'] as const;
type Side = (typeof SIDES)[number];

/**
 * A before/after comparison slider: before on the left, after on the right (mirrored in a right-to-left page)
 * or, with `orientation="vertical"`, before on top and after below, split by a divider. Visitors drag anywhere
 * on the image (mouse, touch, pen) or focus the handle and use the arrow keys (the divider moves the way they
 * point), Page Up/Page Down (±10) and Home/End.
 *
 * `position` is how far across the divider sits, from the before side: 30 means the before image fills the
 * first 30% (from the left, or the top) and the after image the other 70%. Screen readers meet a slider
 * that says what is seen ("Showing 70% after"); its value is `position` when horizontal, and `100 − position`
 * when vertical, so that "increase" (ArrowUp) moves the divider up there.
 *
 * @tagname dk-before-after
 * @summary Before/after photo comparison with a draggable, keyboard-operable divider.
 *
 * @slot before - The before image: an `<img>` with `alt`, `width` and `height` (its `srcset`, `sizes` and `loading` are kept).
 * @slot after - The after image, the same way.
 *
 * @csspart frame - The box holding both images; takes the images' aspect ratio.
 * @csspart before - The before image's layer.
 * @csspart after - The after image's layer (clipped to the divider).
 * @csspart divider - The line between the images.
 * @csspart handle - The round handle on the divider (the focusable slider).
 * @csspart label - Both "Before"/"After" chips.
 * @csspart before-label - The "Before" chip.
 * @csspart after-label - The "After" chip.
 * @csspart placeholder - Shown instead of a missing or broken image, with its alt text.
 *
 * @cssprop [--dk-before-after-ratio=the images' width / height, else 4 / 3] - Forces the box's aspect ratio (e.g. `1`); images are cropped to fill it.
 * @cssprop [--dk-before-after-divider-color=#fff] - The divider line (it has a dark edge for contrast on light photos).
 * @cssprop [--dk-before-after-handle-size=2.75em] - Diameter of the handle (44 px beside 16 px text, never under 24 px: a comfortable touch target).
 *
 * @fires {CustomEvent<{ position: number }>} dk-change - The visitor moved the divider (on release after a drag or tap, on each key press); `position` is 0–100, measured like the attribute. Not fired when the page sets `position`.
 */
export class DkBeforeAfter extends DermakitElement {
  static override styles = [tokens, styles];

  static override properties = {
    position: {},
    orientation: {},
    label: { useDefault: true },
    beforeLabel: { attribute: 'before-label', useDefault: true },
    afterLabel: { attribute: 'after-label', useDefault: true },
    hideLabels: { attribute: 'hide-labels', type: Boolean },
    valueText: { attribute: 'value-text', useDefault: true },
  };

  /** How far across the divider sits, 0–100, measured from the before side (the left; the right in a right-to-left page; the top when vertical): the share of the before image showing, the after image shows on the rest (0: only after, 100: only before). Out of range → clamped; not a number → 50. */
  position = '50';

  /** `horizontal` (side by side) or `vertical` (before on top, after below). */
  orientation = 'horizontal';

  /** Accessible name of the slider; name each one when a page has several. @default 'Before and after comparison' */
  label: string = beforeAfterTexts.label;

  /** Text of the chip on the before image; empty hides it. @default 'Before' */
  beforeLabel: string = beforeAfterTexts.beforeLabel;

  /** Text of the chip on the after image; empty hides it. @default 'After' */
  afterLabel: string = beforeAfterTexts.afterLabel;

  /** Hides both chips. */
  hideLabels = false;

  /** What screen readers say for the value; `{after}` is the share of the after image showing, `{before}` the rest. @default 'Showing {after}% after' */
  valueText: string = beforeAfterTexts.valueText;

  /** Where the divider is now: `position` parsed, until the visitor moves it (then `requestUpdate()`). */
  #current!: number;
  #ratio?: string;
  /** `horizontal` or `vertical`, parsed from `orientation`. */
  #orientation!: string;
  #vertical!: boolean;
  /** The slotted before and after images (`null` when missing), found in `willUpdate`. */
  #images!: (HTMLImageElement | null)[];
  /** The position when a drag began; `undefined` when no pointer is down. */
  #dragStart?: number;
  /** A finger is down on the image and has not moved yet. */
  #tap?: boolean;

  constructor() {
    super();
    // Image load/error events do not bubble, but they pass the host on the way down (capture phase).
    for (const type of ['load', 'error']) this.addEventListener(type, () => this.requestUpdate(), true);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('position')) {
      this.#current = clampPosition(parseNumber(this, 'position', this.position, { fallback: 50, min: 0, max: 100 }));
    }
    this.#orientation = parseChoice(this, 'orientation', this.orientation, ['horizontal', 'vertical'], 'horizontal');
    this.#vertical = this.#orientation === 'vertical';
    this.#images = SIDES.map((side) => {
      const image = this.querySelector<HTMLImageElement>(`:scope>[slot=${side}]`);
      if (!image && document.readyState !== 'loading') {
        warn(this, 'slot', `no <img slot="${side}"> child; showing a placeholder.`);
      }
      return image;
    });
  }

  override render() {
    const before = Math.round(this.#current);
    const format = numberFormat(resolveLang(this)).format;
    const images = this.#images;
    const layers = SIDES.map((side, index) => this.#renderLayer(side, images[index]!));
    // The slider's children are presentational (ARIA), so the icon needs no aria-hidden.
    this.#ratio = aspectRatio(images);
    return html`<div part="frame" class=${this.#orientation}
      @pointerdown=${this.#handlePointerDown} @pointermove=${this.#handlePointerMove}
      @pointerup=${this.#handlePointerEnd} @pointercancel=${this.#handlePointerEnd}
      >${layers}<div part="divider"></div><div part="handle" role="slider" tabindex="0"
      aria-label=${this.label} aria-orientation=${this.#orientation} aria-valuemin="0" aria-valuemax="100"
      aria-valuenow=${this.#vertical ? 100 - before : before}
      aria-valuetext=${fillTemplate(this.valueText, { after: format(100 - before), before: format(before) })}
      @keydown=${this.#handleKeyDown}
      ><svg viewBox="-8 -8 40 40"><path d="M9 6 3 12l6 6zm6 0 6 6-6 6z"/></svg></div></div>`;
  }

  /**
   * The divider's place and the box's shape go in as custom properties through the CSSOM: a strict
   * Content-Security-Policy (`style-src 'self'`) blocks a `style="…"` attribute written into the markup.
   */
  override updated(): void {
    const { style } = this.renderRoot.querySelector<HTMLElement>('[part=frame]')!;
    style.setProperty('--_pos', `${this.#current}%`);
    style.setProperty('--_ratio', this.#ratio ?? '');
  }

  #renderLayer(side: Side, content: HTMLImageElement | null) {
    const text = this[`${side}Label` as const];
    // A broken image is "complete" with no pixels: this also catches one that failed before the script ran.
    // (Other elements have no `complete`: never a placeholder.)
    const failed = !content || (content.complete && !content.naturalWidth);
    const placeholder = failed
      ? html`<div part="placeholder" aria-hidden="true">${content?.alt || text}</div>`
      : nothing;
    const chip =
      this.hideLabels || !text ? nothing : html`<span part="label ${side}-label" aria-hidden="true">${text}</span>`;
    return html`<div part=${side}
      ><slot name=${side} @slotchange=${() => this.requestUpdate()}></slot>${placeholder}${chip}</div>`;
  }

  #handlePointerDown(event: PointerEvent): void {
    if (event.button) return;
    // No text selection, no native drag; focus goes to the handle so the arrow keys carry on from here.
    event.preventDefault();
    const handle = this.renderRoot.querySelector<HTMLElement>('[part=handle]')!;
    handle.focus({ preventScroll: true });
    try {
      (event.currentTarget as Element).setPointerCapture(event.pointerId);
    } catch {
      // Not a live pointer (a synthetic event): dragging still works while it stays over the image.
    }
    this.#dragStart = this.#current;
    // Grabbing the handle (or its icon) does not jump. A finger waits for its first move or lifts (a tap): one
    // scrolling the page past the image must not move the divider.
    const jump = !handle.contains(event.target as Node);
    this.#tap = jump && event.pointerType === 'touch';
    if (jump && !this.#tap) this.#moveTo(event);
  }

  #handlePointerMove(event: PointerEvent): void {
    if (!event.buttons || this.#dragStart === undefined) return;
    this.#tap = false;
    this.#moveTo(event);
  }

  #handlePointerEnd(event: PointerEvent): void {
    const start = this.#dragStart;
    if (start === undefined) return;
    this.#dragStart = undefined;
    if (this.#tap && event.type === 'pointerup') this.#moveTo(event);
    if (this.#current !== start) emit(this, 'dk-change', { position: this.#current });
  }

  #moveTo(event: PointerEvent): void {
    const box = (event.currentTarget as Element).getBoundingClientRect();
    this.#current = positionFromPoint(box, event.clientX, event.clientY, this.#vertical, this.matches(':dir(rtl)'));
    this.requestUpdate();
  }

  #handleKeyDown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const next = positionFromKey(event.key, this.#current, this.#vertical, this.matches(':dir(rtl)'));
    if (next === undefined) return;
    event.preventDefault();
    if (next === this.#current) return;
    this.#current = next;
    this.requestUpdate();
    emit(this, 'dk-change', { position: next });
  }
}

/**
 * The box's ratio: the before image's width/height attributes (known before it loads), else its natural size,
 * else the after image's.
 */
function aspectRatio(images: (HTMLImageElement | null)[]): string | undefined {
  for (const image of images) {
    const [width, height] = [Number(image?.getAttribute('width')), Number(image?.getAttribute('height'))];
    if (width > 0 && height > 0) return `${width}/${height}`;
    if (image?.naturalWidth) return `${image.naturalWidth}/${image.naturalHeight}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-before-after': DkBeforeAfter;
  }
}
