/**
 * What the form's typed strings mean. Numbers and dates stay strings as typed (so the form shows what was typed);
 * these say whether one is a whole number, a decimal, a date, a web or script address, a colour, and how two colours
 * contrast. `checks.ts` uses them to say what is wrong, `markup.ts` to write only values that are right. Pure.
 */
import { parseIsoDate } from '../../src/core/days.js';

/** A whole number in [min, max], or undefined. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\s*-?\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** A number (decimals allowed) in [min, max], or undefined. */
export function decimal(text: string, min: number, max: number): number | undefined {
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** `YYYY-MM-DD` of a real calendar day. */
export function isDate(text: string): boolean {
  return parseIsoDate(text.trim()) !== undefined;
}

/** An absolute http(s) address. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^https?:\/\//i.test(text.trim());
  } catch {
    return false;
  }
}

/** Where the script may be hosted: an absolute http(s) address or a path on the same site (`/js/dermakit.js`). */
export function isScriptUrl(text: string): boolean {
  const value = text.trim();
  return isHttpUrl(value) || /^\/(?!\/)[^\s"'<>\\]*$/.test(value);
}

/**
 * The script address the form starts with: a placeholder, written into the snippet until a real one is typed and
 * flagged by the checks until then.
 */
export const EXAMPLE_SCRIPT_URL = 'https://www.your-clinic.example/wp-content/plugins/dermakit/assets/dermakit.js';

export function isHexColor(text: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(text.trim());
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channel = (offset: number) => {
      const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text on the brand colour: white or near-black, whichever reads better. */
export function onPrimary(primary: string): string {
  return contrastRatio(primary, '#ffffff') >= contrastRatio(primary, '#111111') ? '#ffffff' : '#111111';
}
