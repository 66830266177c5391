/**
 * Where the export's theme comes from: the `--dk-*` custom properties (and the page's own colours and font) a
 * snippet sets in `<style>` rules and `style` attributes, read from the CSS text with no DOM. Only what can apply
 * to a widget counts: rules whose selector is one simple compound matching the page or an element around a widget,
 * inside `@layer` and `@media all|screen` too. `theme.ts` turns what is found here into literal values.
 */
import { type HtmlElement, findAll, textContent } from './html.js';
import { parseColor } from './color.js';

/** A declaration found in the snippet, with where it came from (for warnings). */
export interface Found {
  readonly value: string;
  readonly source: string;
}

/**
 * Custom properties (`--*`) from matching rules and `style` attributes, later ones winning, plus the page's
 * `color`, `background(-color)` and `font-family` as `page:<property>`.
 */
export function collectDeclarations(root: HtmlElement, scope: readonly HtmlElement[]): Map<string, Found> {
  const found = new Map<string, Found>();
  const inScope = new Set<HtmlElement>([root]);
  for (const element of scope)
    for (let node: HtmlElement | undefined = element; node; node = node.parent) inScope.add(node);
  for (const style of findAll(root, (element) => element.name === 'style')) {
    for (const rule of cssRules(textContent(style))) {
      const matchesPage = rule.selectors.some((selector) => selector.page);
      if (!rule.selectors.some((selector) => [...inScope].some((element) => selectorMatches(selector, element, root))))
        continue;
      for (const [property, value] of rule.declarations) {
        if (property.startsWith('--')) found.set(property, { value, source: `<style> ${property}` });
        // The page's own colours count only when they are plain colours (a background may be an image).
        else if (
          matchesPage &&
          (property === 'font-family' ||
            (['color', 'background-color', 'background'].includes(property) && parseColor(value)))
        ) {
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
export function resolveVars(value: string, found: Map<string, Found>, depth: number): string | undefined {
  if (depth > 8) return undefined;
  const match = /var\(\s*(--[\w-]+)\s*(?:,([^()]*(?:\([^()]*\)[^()]*)*))?\)/.exec(value);
  if (!match) return value.trim();
  const referenced = found.get(match[1]!);
  const replacement = referenced ? resolveVars(referenced.value, found, depth + 1) : match[2]?.trim();
  if (replacement === undefined) return undefined;
  return resolveVars(
    value.slice(0, match.index) + replacement + value.slice(match.index + match[0].length),
    found,
    depth + 1,
  );
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
  if (selector.page)
    return element === root && !selector.classes.length && !selector.id
      ? true
      : element === root && matchesAttributes(selector, element);
  if (element === root) return !selector.tag && !selector.id && !selector.classes.length;
  if (selector.tag && selector.tag !== element.name) return false;
  return matchesAttributes(selector, element);
}

function matchesAttributes(selector: Selector, element: HtmlElement): boolean {
  const classes = (element.getAttribute('class') ?? '').split(/\s+/);
  return (
    (selector.id === undefined || element.getAttribute('id') === selector.id) &&
    selector.classes.every((name) => classes.includes(name))
  );
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
        if (selectors.every(Boolean))
          rules.push({ selectors: selectors as Selector[], declarations: declarations(body) });
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
    const value = part
      .slice(colon + 1)
      .replace(/!\s*important\s*$/i, '')
      .trim();
    if (/^(--[\w-]+|[a-z-]+)$/i.test(property) && value) pairs.push([property, value]);
  }
  return pairs;
}
