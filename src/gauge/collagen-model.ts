/**
 * The collagen-renewal model behind `<dk-collagen-gauge>`, pure (no DOM).
 *
 * ILLUSTRATIVE, NOT A MEDICAL PREDICTION: a smooth curve shaped after the healing phases, so the gauge can show
 * roughly where a visitor is on the way. Individual results vary with skin, depth, device and aftercare.
 *
 * - Renewal: the share of a treatment's new collagen laid down by a given day, as an Erlang-2 curve
 *   `1 - (1 + t/τ)·e^(-t/τ)` normalised to reach exactly 100 on the last day of the microneedling preset
 *   (day 180). Its slope starts at zero, so it barely moves during inflammation (under 1% by day 3), climbs
 *   through the proliferative weeks (about 21% by day 21) and flattens towards 100 over the months of
 *   remodeling (about 88% by day 90). Monotone; clamped: 0 before treatment, 100 after the end.
 * - Types: fibroblasts lay down type III collagen first; as it matures it is replaced by stronger type I
 *   (the direction is III → I). The type I share of the new collagen grows with the square of the renewal
 *   towards 80%, roughly four parts type I to one part type III as in adult skin, crossing half-and-half
 *   around day 73, well inside remodeling. Because the shares follow the renewal, a gauge given a `value`
 *   and no day can still show them.
 */
import { DEFAULT_PRESET, PRESETS, recoveryLength } from '../core/phases.js';

/** The day the model reaches 100: the end of the microneedling preset's remodeling phase. */
export const RENEWAL_END = recoveryLength(PRESETS[DEFAULT_PRESET]!);

/** Type I share (percent) of the new collagen once remodeling is complete. */
export const MATURE_TYPE_I = 80;

// τ = end / 7.2 puts 99% of the un-normalised curve by the end, so the normalised one meets 100 smoothly.
const TAU = RENEWAL_END / 7.2;
// 1 − (1 + x)·e^(−x), x = t/τ. Written out it cancels to rounding noise near x = 0 (1 − 0.999…), where the curve
// must still rise: there its series x²/2 − x³/3 + x⁴/8 − … (term n: (−1)ⁿ(n − 1)xⁿ/n!) is summed instead.
const erlang = (t: number) => {
  const x = t / TAU;
  if (x >= 1) return 1 - (1 + x) * Math.exp(-x);
  let sum = 0;
  let power = x; // xⁿ/n!
  for (let n = 2; n < 30; n++) {
    power *= x / n;
    const term = (n % 2 ? -(n - 1) : n - 1) * power;
    sum += term;
    if (Math.abs(term) <= sum * 1e-17) break;
  }
  return sum;
};

/** Renewal percent (0–100, not rounded) on `day` days after treatment. Non-numbers read as 0. */
export function renewalAt(day: number): number {
  if (!(day > 0)) return 0;
  if (day >= RENEWAL_END) return 100;
  return (100 * erlang(day)) / erlang(RENEWAL_END);
}

/** Shares of the new collagen, whole percents that always add up to 100. */
export interface CollagenTypes {
  readonly typeIII: number;
  readonly typeI: number;
}

/** The type III / type I split of the new collagen at a renewal percent (clamped to 0–100). */
export function collagenTypes(renewal: number): CollagenTypes {
  const share = Math.min(1, Math.max(0, renewal / 100 || 0));
  const typeI = Math.round(MATURE_TYPE_I * share * share);
  return { typeIII: 100 - typeI, typeI };
}
