/**
 * The export's theme: the `--dk-*` tokens a snippet sets (in a `<style>` rule such as `:root { --dk-color-primary:
 * #7a3e9d }` or a `style` attribute on a widget or an element around it), then the caller's overrides, resolved to
 * literal values (`ExportTheme`): email clients know no custom properties. Pure: no DOM.
 *
 * What counts from a `<style>`: rules whose selector is one simple compound (`:root`, `html`, `body`, `dk-faq`,
 * `.clinic`, `#faq`, `section.brand`) matching the page or an element around a widget; rules inside `@layer` and
 * `@media all|screen`; the page's own `color`, `background(-color)` and `font-family` on `html`/`body`/`:root` stand
 * in for the tokens that default to them (the kit's text is the page's text). Anything else is ignored.
 *
 * Safe defaults: the kit's (primary `#0b6e69`, on-primary white, radius 0.5em = 8px, system fonts), a white
 * background, text that reads on it. Muted text and the on-primary colour are checked for 4.5:1 and adjusted.
 * Reading the declarations out of the CSS text is `theme-css.ts`; this module resolves them.
 */
import type { ExportTheme } from './model.js';
import type { HtmlElement } from './html.js';
import { type Rgb, contrast, mix, over, parseColor, toHex } from './color.js';
import { type Found, collectDeclarations, resolveVars } from './theme-css.js';

/** The overrides a caller may give (CSS values), as in `ExportOptions.theme`. */
export type ThemeOverrides = Partial<Pick<ExportTheme, 'primary' | 'text' | 'background' | 'radius' | 'font'>>;

export const DEFAULT_PRIMARY = '#0b6e69';
const LIGHT_TEXT = '#1d2a33';
const DARK_TEXT = '#e9ecef';
const NEAR_BLACK = '#111111';
/** System fonts only: the export never loads a font (no request, nothing for an email client to fetch). */
export const SYSTEM_FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const GENERIC = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);
/** Font families installed with the common systems: kept without a fallback warning. */
const SYSTEM_FAMILIES = new Set([
  '-apple-system',
  'blinkmacsystemfont',
  'segoe ui',
  'roboto',
  'helvetica',
  'helvetica neue',
  'arial',
  'verdana',
  'tahoma',
  'trebuchet ms',
  'georgia',
  'times',
  'times new roman',
  'garamond',
  'palatino',
  'palatino linotype',
  'book antiqua',
  'courier',
  'courier new',
  'lucida grande',
  'lucida sans unicode',
  'gill sans',
  'optima',
  'avenir',
  'avenir next',
  'calibri',
  'cambria',
  'candara',
  'segoe ui variable',
  'sf pro text',
  'noto sans',
  'noto serif',
  'ubuntu',
  'cantarell',
  'dejavu sans',
  'liberation sans',
  'menlo',
  'consolas',
  'monaco',
  'apple color emoji',
  'segoe ui emoji',
]);

/**
 * Reads the theme of a snippet. `scope`: the widgets and every element around them (their styles count);
 * `report` receives one line per value that could not be used.
 */
export function readTheme(
  root: HtmlElement,
  scope: readonly HtmlElement[],
  overrides: ThemeOverrides | undefined,
  report: (line: string) => void,
): ExportTheme {
  const found = collectDeclarations(root, scope);
  const custom = (name: string): Found | undefined => {
    const declaration = found.get(name);
    if (!declaration) return undefined;
    const value = resolveVars(declaration.value, found, 0);
    return value === undefined ? undefined : { value, source: declaration.source };
  };
  const given = (key: keyof ThemeOverrides): Found | undefined => {
    const value = overrides?.[key];
    return typeof value === 'string' && value.trim() ? { value, source: `theme option ${key}` } : undefined;
  };
  const badColor = (from: Found, fallback: string) => {
    report(
      `${from.source}: "${cut(from.value)}" is not a colour the export can use (hex, rgb(), hsl() or a colour name); using ${fallback}.`,
    );
  };
  /** The first of `candidates` that is a colour, painted over `under` when it is translucent. */
  const color = (
    candidates: (Found | undefined)[],
    under: Rgb | undefined,
    fallback: () => string,
  ): { rgb: Rgb; authored?: Found } => {
    for (const candidate of candidates) {
      if (!candidate || isInherited(candidate.value)) continue;
      const rgb = parseColor(candidate.value);
      if (rgb) return { rgb: rgb.a < 1 && under ? over(rgb, under) : { ...rgb, a: 1 }, authored: candidate };
      badColor(candidate, fallback());
    }
    return { rgb: parseColor(fallback())! };
  };

  const page = (property: string) => found.get(`page:${property}`);
  const background = color(
    [given('background'), page('background-color'), page('background')],
    parseColor('#fff'),
    () => '#ffffff',
  ).rgb;
  const readable = () =>
    contrast(parseColor(LIGHT_TEXT)!, background) >= contrast(parseColor(DARK_TEXT)!, background)
      ? LIGHT_TEXT
      : DARK_TEXT;
  let { rgb: text, authored: textFrom } = color(
    [given('text'), custom('--dk-color-text'), page('color')],
    background,
    readable,
  );
  if (contrast(text, background) < 4.5) {
    const fallback = bestOf([readable(), '#000000', '#ffffff'], background);
    if (textFrom)
      report(
        `${textFrom.source}: "${cut(textFrom.value)}" has ${ratio(text, background)}:1 against the background ${toHex(background)} (needs 4.5:1); using ${toHex(fallback)}.`,
      );
    text = fallback;
  }
  const primary = color([given('primary'), custom('--dk-color-primary')], background, () => DEFAULT_PRIMARY).rgb;
  let { rgb: onPrimary, authored: onPrimaryFrom } = color([custom('--dk-color-on-primary')], primary, () => '#ffffff');
  if (contrast(onPrimary, primary) < 4.5) {
    const fallback = bestOf(['#ffffff', NEAR_BLACK], primary);
    if (onPrimaryFrom)
      report(
        `${onPrimaryFrom.source}: "${cut(onPrimaryFrom.value)}" has ${ratio(onPrimary, primary)}:1 against the primary colour ${toHex(primary)} (needs 4.5:1); using ${toHex(fallback)}.`,
      );
    onPrimary = fallback;
  }
  const mutedFound = custom('--dk-color-muted');
  let { rgb: muted, authored: mutedFrom } = color([mutedFound], background, () => toHex(mix(text, background, 0.82)));
  if (contrast(muted, background) < 4.5) {
    // Towards the text colour (which reads) until it reads too.
    let share = 0.82;
    let adjusted = mix(text, background, share);
    while (contrast(adjusted, background) < 4.5 && share < 1)
      adjusted = mix(text, background, (share = Math.min(1, share + 0.02)));
    if (mutedFrom)
      report(
        `${mutedFrom.source}: "${cut(mutedFrom.value)}" has ${ratio(muted, background)}:1 against the background ${toHex(background)} (needs 4.5:1); using ${toHex(adjusted)}.`,
      );
    muted = adjusted;
  }
  const track = color([custom('--dk-color-track')], background, () => toHex(mix(text, background, 0.2))).rgb;

  return {
    primary: toHex(primary),
    onPrimary: toHex(onPrimary),
    text: toHex(text),
    muted: toHex(muted),
    track: toHex(track),
    background: toHex(background),
    radius: readRadius([given('radius'), custom('--dk-radius')], report),
    font: readFont([given('font'), custom('--dk-font-family'), page('font-family')], report),
  };
}

const cut = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);
const ratio = (a: Rgb, b: Rgb) => (Math.floor(contrast(a, b) * 100) / 100).toString();
const isInherited = (value: string) => /^(currentcolor|inherit|initial|unset|revert|revert-layer)$/i.test(value.trim());

function bestOf(candidates: string[], against: Rgb): Rgb {
  return candidates.map((hex) => parseColor(hex)!).sort((a, b) => contrast(b, against) - contrast(a, against))[0]!;
}

/** A radius in px: px as given, em/rem at 16 px, capped at 48px. */
function readRadius(candidates: (Found | undefined)[], report: (line: string) => void): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const match = /^(\d*\.?\d+)(px|em|rem)?$/i.exec(candidate.value.trim());
    if (match && (match[2] || +match[1]! === 0)) {
      const px = +match[1]! * (match[2] && match[2].toLowerCase() !== 'px' ? 16 : 1);
      return `${Math.round(Math.min(48, px) * 100) / 100}px`;
    }
    report(`${candidate.source}: "${cut(candidate.value)}" is not a length in px, em or rem; using 8px.`);
  }
  return '8px';
}

/**
 * A font stack with system fonts only: families are kept when they are names (letters, digits, spaces, hyphens);
 * a stack without a generic family gets the system stack after it, so a web font it names (never loaded) falls back.
 */
function readFont(candidates: (Found | undefined)[], report: (line: string) => void): string {
  for (const candidate of candidates) {
    if (!candidate || isInherited(candidate.value)) continue;
    const families: string[] = [];
    let bad = false;
    for (const part of candidate.value.split(',')) {
      const name = part
        .trim()
        .replace(/^(['"])(.*)\1$/, '$2')
        .trim();
      if (!/^-?[A-Za-z][\w -]*$/.test(name)) {
        bad = true;
        continue;
      }
      families.push(GENERIC.has(name.toLowerCase()) || !/\s/.test(name) ? name : `'${name}'`);
    }
    if (bad) report(`${candidate.source}: dropped what is not a font name in "${cut(candidate.value)}".`);
    if (!families.length) continue;
    const generic = families.some((family) => GENERIC.has(family.toLowerCase()));
    const unknown = families.filter(
      (family) => !GENERIC.has(family.toLowerCase()) && !SYSTEM_FAMILIES.has(family.replace(/'/g, '').toLowerCase()),
    );
    if (generic) return families.join(', ');
    if (unknown.length)
      report(
        `${candidate.source}: ${unknown.join(', ')} is not loaded by the export (no web fonts); the system fonts follow it.`,
      );
    return `${families.join(', ')}, ${SYSTEM_FONT}`;
  }
  return SYSTEM_FONT;
}
