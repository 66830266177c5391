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
 */
import type { ExportTheme } from './model.js';
import type { HtmlElement } from './html.js';
import { findAll, textContent } from './html.js';
import { type Rgb, contrast, mix, over, parseColor, toHex } from './color.js';

/** The overrides a caller may give (CSS values), as in `ExportOptions.theme`. */
export type ThemeOverrides = Partial<Pick<ExportTheme, 'primary' | 'text' | 'background' | 'radius' | 'font'>>;

export const DEFAULT_PRIMARY = '#0b6e69';
const LIGHT_TEXT = '#1d2a33';
const DARK_TEXT = '#e9ecef';
const NEAR_BLACK = '#111111';
/** System fonts only: the export never loads a font (no request, nothing for an email client to fetch). */
export const SYSTEM_FONT = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong']);
/** Font families installed with the common systems: kept without a fallback warning. */
const SYSTEM_FAMILIES = new Set(
  [
    '-apple-system', 'blinkmacsystemfont', 'segoe ui', 'roboto', 'helvetica', 'helvetica neue', 'arial', 'verdana', 'tahoma',
    'trebuchet ms', 'georgia', 'times', 'times new roman', 'garamond', 'palatino', 'palatino linotype', 'book antiqua',
    'courier', 'courier new', 'lucida grande', 'lucida sans unicode', 'gill sans', 'optima', 'avenir', 'avenir next',
    'calibri', 'cambria', 'candara', 'segoe ui variable', 'sf pro text', 'noto sans', 'noto serif', 'ubuntu', 'cantarell',
    'dejavu sans', 'liberation sans', 'menlo', 'consolas', 'monaco', 'apple color emoji', 'segoe ui emoji',
  ],
);

/** A declaration found in the snippet, with where it came from (for warnings). */
interface Found {
  readonly value: string;
  readonly source: string;
}

/**
 * Reads the theme of a snippet. `scope`: the widgets and every element around them (their styles count);
 * `report` receives one line per value that could not be used.
 */
export function readTheme(root: HtmlElement, scope: readonly HtmlElement[], overrides: ThemeOverrides | undefined, report: (line: string) => void): ExportTheme {
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
    report(`${from.source}: "${cut(from.value)}" is not a colour the export can use (hex, rgb(), hsl() or a colour name); using ${fallback}.`);
  };
  /** The first of `candidates` that is a colour, painted over `under` when it is translucent. */
  const color = (candidates: (Found | undefined)[], under: Rgb | undefined, fallback: () => string): { rgb: Rgb; authored?: Found } => {
    for (const candidate of candidates) {
      if (!candidate || isInherited(candidate.value)) continue;
      const rgb = parseColor(candidate.value);
      if (rgb) return { rgb: rgb.a < 1 && under ? over(rgb, under) : { ...rgb, a: 1 }, authored: candidate };
      badColor(candidate, fallback());
    }
    return { rgb: parseColor(fallback())! };
  };

  const page = (property: string) => found.get(`page:${property}`);
  const background = color([given('background'), page('background-color'), page('background')], parseColor('#fff'), () => '#ffffff').rgb;
  const readable = () => (contrast(parseColor(LIGHT_TEXT)!, background) >= contrast(parseColor(DARK_TEXT)!, background) ? LIGHT_TEXT : DARK_TEXT);
  let { rgb: text, authored: textFrom } = color([given('text'), custom('--dk-color-text'), page('color')], background, readable);
  if (contrast(text, background) < 4.5) {
    const fallback = bestOf([readable(), '#000000', '#ffffff'], background);
    if (textFrom) report(`${textFrom.source}: "${cut(textFrom.value)}" has ${ratio(text, background)}:1 against the background ${toHex(background)} (needs 4.5:1); using ${toHex(fallback)}.`);
    text = fallback;
  }
  const primary = color([given('primary'), custom('--dk-color-primary')], background, () => DEFAULT_PRIMARY).rgb;
  let { rgb: onPrimary, authored: onPrimaryFrom } = color([custom('--dk-color-on-primary')], primary, () => '#ffffff');
  if (contrast(onPrimary, primary) < 4.5) {
    const fallback = bestOf(['#ffffff', NEAR_BLACK], primary);
    if (onPrimaryFrom) report(`${onPrimaryFrom.source}: "${cut(onPrimaryFrom.value)}" has ${ratio(onPrimary, primary)}:1 against the primary colour ${toHex(primary)} (needs 4.5:1); using ${toHex(fallback)}.`);
    onPrimary = fallback;
  }
  const mutedFound = custom('--dk-color-muted');
  let { rgb: muted, authored: mutedFrom } = color([mutedFound], background, () => toHex(mix(text, background, 0.82)));
  if (contrast(muted, background) < 4.5) {
    // Towards the text colour (which reads) until it reads too.
    let share = 0.82;
    let adjusted = mix(text, background, share);
    while (contrast(adjusted, background) < 4.5 && share < 1) adjusted = mix(text, background, (share = Math.min(1, share + 0.02)));
    if (mutedFrom) report(`${mutedFrom.source}: "${cut(mutedFrom.value)}" has ${ratio(muted, background)}:1 against the background ${toHex(background)} (needs 4.5:1); using ${toHex(adjusted)}.`);
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
      const name = part.trim().replace(/^(['"])(.*)\1$/, '$2').trim();
      if (!/^-?[A-Za-z][\w -]*$/.test(name)) {
        bad = true;
        continue;
      }
      families.push(GENERIC.has(name.toLowerCase()) || !/\s/.test(name) ? name : `'${name}'`);
    }
    if (bad) report(`${candidate.source}: dropped what is not a font name in "${cut(candidate.value)}".`);
    if (!families.length) continue;
    const generic = families.some((family) => GENERIC.has(family.toLowerCase()));
    const unknown = families.filter((family) => !GENERIC.has(family.toLowerCase()) && !SYSTEM_FAMILIES.has(family.replace(/'/g, '').toLowerCase()));
    if (generic) return families.join(', ');
    if (unknown.length) report(`${candidate.source}: ${unknown.join(', ')} is not loaded by the export (no web fonts); the system fonts follow it.`);
    return `${families.join(', ')}, ${SYSTEM_FONT}`;
  }
  return SYSTEM_FONT;
}

// ─── reading declarations ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Custom properties (`--*`) from matching rules and `style` attributes, later ones winning, plus the page's
 * `color`, `background(-color)` and `font-family` as `page:<property>`.
 */
function collectDeclarations(root: HtmlElement, scope: readonly HtmlElement[]): Map<string, Found> {
  const found = new Map<string, Found>();
  const inScope = new Set<HtmlElement>([root]);
  for (const element of scope) for (let node: HtmlElement | undefined = element; node; node = node.parent) inScope.add(node);
  for (const style of findAll(root, (element) => element.name === 'style')) {
    for (const rule of cssRules(textContent(style))) {
      const matchesPage = rule.selectors.some((selector) => selector.page);
      if (!rule.selectors.some((selector) => [...inScope].some((element) => selectorMatches(selector, element, root)))) continue;
      for (const [property, value] of rule.declarations) {
        if (property.startsWith('--')) found.set(property, { value, source: `<style> ${property}` });
        // The page's own colours count only when they are plain colours (a background may be an image).
        else if (matchesPage && (property === 'font-family' || (['color', 'background-color', 'background'].includes(property) && parseColor(value)))) {
          found.set(`page:${property}`, { value, source: `<style> ${property}` });
        }
      }
    }
  }
  // Inline styles, outer elements first: the one nearest a widget wins, as the cascade would have it.
  const ordered = findAll(root, (element) => inScope.has(element) && element.getAttribute('style') !== null);
  for (const element of ordered) {
    for (const [property, value] of declarations(element.getAttribute('style')!)) {
      if (property.startsWith('--')) found.set(property, { value, source: `<${element.name}> style ${property}` });
    }
  }
  return found;
}

/** Replaces `var(--name, fallback)` from the declarations found; `undefined` when a reference cannot be resolved. */
function resolveVars(value: string, found: Map<string, Found>, depth: number): string | undefined {
  if (depth > 8) return undefined;
  const match = /var\(\s*(--[\w-]+)\s*(?:,([^()]*(?:\([^()]*\)[^()]*)*))?\)/.exec(value);
  if (!match) return value.trim();
  const referenced = found.get(match[1]!);
  const replacement = referenced ? resolveVars(referenced.value, found, depth + 1) : match[2]?.trim();
  if (replacement === undefined) return undefined;
  return resolveVars(value.slice(0, match.index) + replacement + value.slice(match.index + match[0].length), found, depth + 1);
}

interface Selector {
  readonly tag?: string;
  readonly classes: readonly string[];
  readonly id?: string;
  /** `:root`, `html` or `body`: the page itself. */
  readonly page: boolean;
}

interface Rule {
  readonly selectors: readonly Selector[];
  readonly declarations: readonly [string, string][];
}

/** One simple compound selector (`section.brand`, `#faq`, `:root`), else `undefined`. */
function parseSelector(text: string): Selector | undefined {
  const match = /^(\*|[a-z][a-z0-9-]*)?((?:[.#][a-z0-9_-]+|:root)*)$/i.exec(text.trim());
  if (!match || !text.trim()) return undefined;
  const tag = match[1]?.toLowerCase();
  const parts = match[2]!.match(/[.#][\w-]+|:root/gi) ?? [];
  const root = parts.some((part) => part.toLowerCase() === ':root');
  return {
    tag: tag === '*' ? undefined : tag,
    classes: parts.filter((part) => part.startsWith('.')).map((part) => part.slice(1)),
    id: parts.find((part) => part.startsWith('#'))?.slice(1),
    page: root || tag === 'html' || tag === 'body',
  };
}

function selectorMatches(selector: Selector, element: HtmlElement, root: HtmlElement): boolean {
  if (selector.page) return element === root && !selector.classes.length && !selector.id ? true : element === root && matchesAttributes(selector, element);
  if (element === root) return !selector.tag && !selector.id && !selector.classes.length;
  if (selector.tag && selector.tag !== element.name) return false;
  return matchesAttributes(selector, element);
}

function matchesAttributes(selector: Selector, element: HtmlElement): boolean {
  const classes = (element.getAttribute('class') ?? '').split(/\s+/);
  return (selector.id === undefined || element.getAttribute('id') === selector.id) && selector.classes.every((name) => classes.includes(name));
}

/** The rules of a style sheet's text, in order, with `@layer` and `@media all|screen` blocks opened. */
export function cssRules(text: string): Rule[] {
  const css = text.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ');
  const rules: Rule[] = [];
  let i = 0;
  const read = (end: number) => {
    while (i < end) {
      const open = css.indexOf('{', i);
      if (open < 0 || open >= end) return;
      const prelude = css.slice(i, open).trim();
      const close = matchingBrace(css, open);
      const body = css.slice(open + 1, close);
      if (prelude.startsWith('@')) {
        if (/^@layer\b/i.test(prelude) || /^@media\s+(all|screen)\s*$/i.test(prelude)) {
          const saved = i;
          i = open + 1;
          read(close);
          i = saved;
        }
      } else {
        const selectors = prelude.split(',').map(parseSelector);
        if (selectors.every(Boolean)) rules.push({ selectors: selectors as Selector[], declarations: declarations(body) });
      }
      i = close + 1;
    }
  };
  read(css.length);
  return rules;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  return css.length;
}

/** `property: value` pairs of a declaration block (property names lower-cased except custom ones, `!important` dropped). */
export function declarations(block: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of block.split(/;(?![^(]*\))/)) {
    const colon = part.indexOf(':');
    if (colon < 0) continue;
    const raw = part.slice(0, colon).trim();
    const property = raw.startsWith('--') ? raw : raw.toLowerCase();
    const value = part.slice(colon + 1).replace(/!\s*important\s*$/i, '').trim();
    if (/^(--[\w-]+|[a-z-]+)$/i.test(property) && value) pairs.push([property, value]);
  }
  return pairs;
}
