/**
 * Is a computed CSS colour light? Pure: reads the strings browsers return from `getComputedStyle().color`.
 *
 * Light text means the section behind it is dark, which is all `color-scheme.ts` needs to know: the kit never
 * looks for the background itself (it may be an image or a gradient), it trusts that the page's text is readable.
 */

/** Relative luminance at which black and white text contrast equally with a colour (√(1.05 × 0.05) − 0.05). */
const MIDPOINT = 0.179;

const linear = (channel: number): number => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);

/**
 * `true` for a light colour, `false` for a dark one, `undefined` when the string is not a colour this understands.
 * Handles `rgb()`/`rgba()` (0–255), `color(srgb …)` (0–1), and the perceptual `oklab()`/`oklch()` (L 0–1 or %)
 * and `lab()`/`lch()` (L 0–100) that browsers keep for colours authored in those spaces.
 */
export function isLightColor(computed: string): boolean | undefined {
  const match = /^(rgba?|color|oklab|oklch|lab|lch)\((?:srgb\s+)?([-\d.e]+)(%?)[\s,]+([-\d.e]+)[\s,]+([-\d.e]+)/i.exec(computed.trim());
  if (!match) return undefined;
  const [, space, first, percent, second, third] = match;
  const numbers = [first, second, third].map(Number);
  if (numbers.some(Number.isNaN)) return undefined;
  const kind = space!.toLowerCase();
  if (kind === 'rgb' || kind === 'rgba' || kind === 'color') {
    const scale = kind === 'color' ? 1 : 255;
    const [r, g, b] = numbers.map((value) => linear(Math.min(1, Math.max(0, value / scale))));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > MIDPOINT;
  }
  // Perceptual lightness: OKLab's L is close to the cube root of luminance; CIE L* of 49.5 is luminance 0.179.
  const lightness = kind.startsWith('ok') ? (percent ? numbers[0]! / 100 : numbers[0]!) : numbers[0]! / 100;
  return kind.startsWith('ok') ? lightness > Math.cbrt(MIDPOINT) : lightness > 0.495;
}
