/**
 * Where the before/after divider sits, pure (no DOM): clamping, keyboard steps and pointer → position.
 *
 * `position` is how much of the after image shows, 0–100. The after image is revealed from the inline-start
 * edge (left, or right in a right-to-left page) or, in a vertical slider, from the bottom up. So the value
 * grows in the direction a slider's value grows (WAI-ARIA APG): rightward (leftward in RTL) and upward.
 * Arrow keys move the divider the way they point on screen, and assistive technology's "increment"
 * (which sends ArrowRight, ArrowLeft in RTL, or ArrowUp) shows more of the after image.
 */

/** The part of a box the pointer is measured in (a `DOMRect` fits). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Clamps to 0–100 and rounds to a tenth: finer than a pixel on any screen, short in events. Not finite → 50. */
export function clampPosition(value: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(100, Math.max(0, value)) * 10) / 10 : 50;
}

/** The position under a pointer at (`x`, `y`), in the coordinates `box` is in. */
export function positionFromPoint(box: Box, x: number, y: number, vertical: boolean, rtl: boolean): number {
  const share = vertical
    ? (box.top + box.height - y) / box.height
    : rtl
      ? (box.left + box.width - x) / box.width
      : (x - box.left) / box.width;
  return clampPosition(share * 100);
}

const STEPS: Readonly<Record<string, number>> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 10,
  PageDown: -10,
  Home: -100,
  End: 100,
};

/**
 * The position after pressing `key` (APG slider keys), or `undefined` for a key the slider does not handle.
 * Steps land on whole numbers (from 37.4, ArrowRight goes to 38 and ArrowLeft to 37). In RTL ArrowLeft and
 * ArrowRight swap, so each still moves the divider the way it points.
 */
export function positionFromKey(key: string, current: number, rtl: boolean): number | undefined {
  const step = STEPS[key];
  if (step === undefined) return undefined;
  const signed = rtl && (key === 'ArrowLeft' || key === 'ArrowRight') ? -step : step;
  const target = current + signed;
  return clampPosition(signed > 0 ? Math.floor(target) : Math.ceil(target));
}
