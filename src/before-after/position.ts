/**
 * Where the before/after divider sits, pure (no DOM): clamping, keyboard steps and pointer → position.
 *
 * `position` is how far across the divider sits, 0–100, measured from the before side: from the inline-start
 * edge (left, or right in a right-to-left page) or, in a vertical slider, from the top. So it is the share of
 * the before image showing; the after image fills the rest. Why that way round: clinics and their visitors read
 * a comparison as a story, before first (left, or on top) and after second (right, or below).
 *
 * Arrow keys move the divider the way they point on screen. The slider's ARIA value follows the WAI-ARIA APG
 * (ArrowRight and ArrowUp increase it): horizontally it is `position` itself (mirrored with the arrows in RTL,
 * which the APG allows); vertically it is `100 − position`, because ArrowUp moves the divider up. Page Up/Down,
 * Home and End step that ARIA value, so Home always means "value 0" and End "value 100".
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
  return isFinite(value) ? Math.round(Math.min(100, Math.max(0, value)) * 10) / 10 : 50;
}

/** The position under a pointer at (`x`, `y`), in the coordinates `box` is in. */
export function positionFromPoint(box: Box, x: number, y: number, vertical: boolean, rtl: boolean): number {
  const across = (x - box.left) / box.width;
  return clampPosition(100 * (vertical ? (y - box.top) / box.height : rtl ? 1 - across : across));
}

/** How each APG slider key changes the ARIA value. */
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
 * The position after pressing `key`, or `undefined` for a key the slider does not handle. Steps land on whole
 * numbers (from 37.4, a step up goes to 38 and a step down to 37). In a horizontal RTL slider ArrowLeft and
 * ArrowRight swap, so each still moves the divider the way it points; a vertical one counts from the top.
 */
export function positionFromKey(key: string, current: number, vertical: boolean, rtl: boolean): number | undefined {
  let step = STEPS[key];
  if (step) {
    if (vertical || (rtl && /Left|Right/.test(key))) step = -step;
    return clampPosition((step > 0 ? Math.floor : Math.ceil)(current + step));
  }
}
