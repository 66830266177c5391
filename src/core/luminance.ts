/**
 * Is a computed CSS colour light? Pure: reads the strings browsers return from `getComputedStyle().color`.
 *
 * Light text means the section behind it is dark, which is all `color-scheme.ts` needs to know: the kit never
 * looks for the background itself (it may be an image or a gradient), it trusts that the page's text is readable.
 */

/** Relative luminance at which black and white text contrast equally with a colour (√(1.05 × 0.05) − 0.05). */
const MIDPOINT = 0.179;

/**
 * `true` for a light colour, `false` for a dark one, `undefined` when the string is not a colour this understands.
 * Handles `rgb()`/`rgba()` (0–255), `color(srgb …)` (0–1), and the perceptual `oklab()`/`oklch()` (L 0–1 or %)
 * and `lab()`/`lch()` (L 0–100) that browsers keep for colours authored in those spaces.
 */
export function isLightColor(computed: string): boolean | undefined {
  const match = /^(?:(rgba?)|(color)|(ok)?l(?:ab|ch))\((?:srgb\s+)?([-\d.e]+)(%?)[\s,]+([-\d.e]+)[\s,]+([-\d.e]+)/.exec(
    computed.trim().toLowerCase(),
  );
  if (!match) return undefined;
  const [, rgb, srgb, ok, , percent] = match;
  const numbers = [match[4], match[6], match[7]].map(Number);
  if (numbers.some(Number.isNaN)) return undefined;
  if (rgb || srgb) {
    const [r, g, b] = numbers.map((value) => {
      const channel = Math.min(1, Math.max(0, rgb ? value / 255 : value));
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > MIDPOINT;
  }
  // Perceptual lightness: OKLab's L is close to the cube root of luminance; CIE L* of 49.5 is luminance 0.179.
  return ok ? numbers[0]! / (percent ? 100 : 1) > Math.cbrt(MIDPOINT) : numbers[0]! > 49.5;
}
