/**
 * A small HTML parser for the export: tokenizer and tree builder, pure (no DOM), so the same code runs in Node and
 * in the configurator's page. It reads what authors and page builders write, not the whole HTML standard: elements
 * with quoted, unquoted and boolean attributes, text, void elements, raw-text `<script>`/`<style>` (kept as text so
 * the theme rule can be read; nothing here ever runs or prints a script), character references (`html-entities.ts`),
 * case-insensitive names, and the implied end tags authors rely on (`<p>` before a block, `<li>`, `<dt>`/`<dd>`,
 * table cells). Comments, doctypes and processing instructions are dropped. Garbage never throws: a stray `<` is
 * text, an unclosed tag ends at the end of the input, an end tag with no open element is ignored.
 */
import { decodeEntities } from './html-entities.js';

export { decodeEntities };

export interface HtmlText {
  readonly type: 'text';
  /** Decoded text (raw text as written inside `<script>`/`<style>`). */
  readonly text: string;
  parent?: HtmlElement;
}

export interface HtmlElement {
  readonly type: 'element';
  /** Lower-case tag name. */
  readonly name: string;
  /** Lower-case attribute names to decoded values (a boolean attribute is ""); the first of duplicates wins. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
  parent?: HtmlElement;
  /** The attribute's value, or null when absent (the shape `validatePhases` and the DOM use). */
  getAttribute(name: string): string | null;
}

export type HtmlNode = HtmlText | HtmlElement;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'keygen',
]);
/** Contents are text up to the matching end tag; `textarea`/`title` still decode references. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
const ESCAPABLE_RAW_TEXT = new Set(['textarea', 'title']);
/** A start tag of one of these closes an open `<p>` (HTML's "close a p element"). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'li',
  'dd',
  'dt',
  'listing',
  'plaintext',
]);
/** Elements an implied end tag does not look past (roughly HTML's scope markers). */
const SCOPE = new Set([
  'html',
  'table',
  'td',
  'th',
  'caption',
  'template',
  'object',
  'marquee',
  'applet',
  'button',
  'svg',
  'math',
]);
const MAX_DEPTH = 256;
const BUTTON = new Set(['button']);
const LISTS = new Set(['ul', 'ol']);
const DEFINITIONS = new Set(['dt', 'dd']);
const DL = new Set(['dl']);
const CELLS = new Set(['td', 'th']);
const ROW = new Set(['tr']);
const TABLE_SECTIONS = new Set(['tbody', 'thead', 'tfoot']);
const SELECT = new Set(['select']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// ─── tree ────────────────────────────────────────────────────────────────────────────────────────────────────────

function getAttribute(this: HtmlElement, name: string): string | null {
  const key = name.toLowerCase();
  return Object.hasOwn(this.attributes, key) ? this.attributes[key]! : null;
}

export function createElement(
  name: string,
  attributes: Record<string, string> = {},
  children: HtmlNode[] = [],
): HtmlElement {
  const element: HtmlElement = { type: 'element', name, attributes, children, getAttribute };
  for (const child of children) child.parent = element;
  return element;
}

/** The parsed document: its top-level nodes under a root element named `#root`. */
export type HtmlRoot = HtmlElement;

/** Parses markup into a tree. Never throws; `<html>`, `<head>` and `<body>` are not kept as elements (their attributes are, on the root). */
export function parseHtml(markup: string): HtmlRoot {
  const input = String(markup ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\ufffd');
  const root = createElement('#root', {});
  const stack: HtmlElement[] = [root];
  let foreign = 0;
  const current = () => stack[stack.length - 1]!;

  const appendText = (text: string) => {
    if (!text) return;
    const parent = current();
    const last = parent.children[parent.children.length - 1];
    if (last?.type === 'text') {
      parent.children[parent.children.length - 1] = { type: 'text', text: last.text + text, parent };
    } else parent.children.push({ type: 'text', text, parent });
  };

  /** Index in the stack of the nearest open `name` not hidden behind a scope marker, or -1. */
  const inScope = (names: Set<string> | string, extraStop?: Set<string>) => {
    for (let i = stack.length - 1; i > 0; i--) {
      const { name } = stack[i]!;
      if (typeof names === 'string' ? name === names : names.has(name)) return i;
      if (SCOPE.has(name) || extraStop?.has(name)) return -1;
    }
    return -1;
  };
  const popTo = (index: number) => {
    if (index > 0) stack.length = index;
  };

  const openElement = (name: string, attributes: Record<string, string>, selfClosing: boolean) => {
    if (name === 'html' || name === 'head' || name === 'body') {
      // Their attributes (`lang` on `<html>`) go on the root, first one wins.
      for (const [key, value] of Object.entries(attributes))
        if (!Object.hasOwn(root.attributes, key)) (root.attributes as Record<string, string>)[key] = value;
      return;
    }
    if (!foreign) {
      if (CLOSES_P.has(name)) popTo(inScope('p', BUTTON));
      if (name === 'li') popTo(inScope('li', LISTS));
      if (name === 'dt' || name === 'dd') popTo(inScope(DEFINITIONS, DL));
      if (HEADINGS.has(name) && HEADINGS.has(current().name)) stack.pop();
      if (name === 'td' || name === 'th' || name === 'tr' || TABLE_SECTIONS.has(name)) popTo(inScope(CELLS, ROW));
      if (name === 'tr') popTo(inScope('tr', TABLE_SECTIONS));
      if (name === 'option') popTo(inScope('option', SELECT));
    }
    const element = createElement(name, attributes);
    element.parent = current();
    current().children.push(element);
    // Past MAX_DEPTH, elements stay empty and what follows goes beside them (as browsers cap nesting), so deep
    // garbage cannot exhaust the stack of the code that walks the tree.
    if (VOID.has(name) || (foreign && selfClosing) || stack.length > MAX_DEPTH) return;
    stack.push(element);
    if (name === 'svg' || name === 'math') foreign++;
  };

  const closeElement = (name: string) => {
    if (name === 'html' || name === 'head' || name === 'body') return;
    if (name === 'br') return openElement('br', {}, false);
    for (let i = stack.length - 1; i > 0; i--) {
      const open = stack[i]!.name;
      if (open === name || (HEADINGS.has(name) && HEADINGS.has(open))) {
        for (let j = stack.length - 1; j >= i; j--)
          if (stack[j]!.name === 'svg' || stack[j]!.name === 'math') foreign--;
        stack.length = i;
        return;
      }
      // An end tag does not close past a table cell or the like it is not in.
      if (SCOPE.has(open) && !foreign) return;
    }
  };

  let i = 0;
  const length = input.length;
  while (i < length) {
    const lt = input.indexOf('<', i);
    if (lt < 0) {
      appendText(decodeEntities(input.slice(i)));
      break;
    }
    if (lt > i) appendText(decodeEntities(input.slice(i, lt)));
    i = lt;
    const next = input[i + 1] ?? '';
    if (input.startsWith('<!--', i)) {
      const end = input.indexOf('-->', i + 4);
      i = end < 0 ? length : end + 3;
      continue;
    }
    if (next === '!' || next === '?') {
      // Doctype, CDATA outside foreign content, processing instruction: a bogus comment up to `>`.
      const end = input.indexOf('>', i + 2);
      i = end < 0 ? length : end + 1;
      continue;
    }
    if (next === '/') {
      END_TAG.lastIndex = i;
      const match = END_TAG.exec(input);
      if (!match) {
        // `</>` is dropped; `</ 3>` and the like are a bogus comment.
        const end = input.indexOf('>', i + 2);
        i = end < 0 ? length : end + 1;
        continue;
      }
      closeElement(match[1]!.toLowerCase());
      i += match[0].length;
      continue;
    }
    if (!/[A-Za-z]/.test(next)) {
      appendText('<');
      i++;
      continue;
    }
    const tag = readTag(input, i);
    i = tag.end;
    const depth = stack.length;
    openElement(tag.name, tag.attributes, tag.selfClosing);
    if ((RAW_TEXT.has(tag.name) || ESCAPABLE_RAW_TEXT.has(tag.name)) && !foreign) {
      const close = new RegExp(`</${tag.name}(?=[\\s/>])`, 'i').exec(input.slice(i));
      const end = close ? i + close.index : length;
      const raw = input.slice(i, end);
      // Its text goes in the element, unless the depth cap left it empty (then the text is dropped with it).
      if (stack.length > depth) {
        appendText(ESCAPABLE_RAW_TEXT.has(tag.name) ? decodeEntities(raw) : raw);
        stack.pop();
      }
      i = close ? input.indexOf('>', end) + 1 || length : length;
    }
  }
  return root;
}

const END_TAG = /<\/([A-Za-z][^\s/>]*)[^>]*>?/y;
const TAG_NAME = /[^\s/>]+/y;

interface Tag {
  name: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
  end: number;
}

/** Reads a start tag at `start` (`<` then a letter). An unterminated tag ends at the end of the input. */
function readTag(input: string, start: number): Tag {
  let i = start + 1;
  TAG_NAME.lastIndex = i;
  const nameMatch = TAG_NAME.exec(input)!;
  const name = nameMatch[0].toLowerCase();
  i += nameMatch[0].length;
  const attributes: Record<string, string> = {};
  let selfClosing = false;
  const length = input.length;
  while (i < length) {
    const char = input[i]!;
    if (char === '>') return { name, attributes, selfClosing, end: i + 1 };
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    if (char === '/') {
      selfClosing = input[i + 1] === '>';
      i++;
      continue;
    }
    // An attribute name: anything up to whitespace, `/`, `>` or `=` (a leading `=` belongs to the name).
    let nameEnd = i + 1;
    while (nameEnd < length && !/[\s/>=]/.test(input[nameEnd]!)) nameEnd++;
    const attribute = input.slice(i, nameEnd).toLowerCase();
    i = nameEnd;
    while (i < length && /\s/.test(input[i]!)) i++;
    let value = '';
    if (input[i] === '=') {
      i++;
      while (i < length && /\s/.test(input[i]!)) i++;
      const quote = input[i];
      if (quote === '"' || quote === "'") {
        const end = input.indexOf(quote, i + 1);
        value = input.slice(i + 1, end < 0 ? length : end);
        i = end < 0 ? length : end + 1;
      } else {
        let end = i;
        while (end < length && !/[\s>]/.test(input[end]!)) end++;
        value = input.slice(i, end);
        i = end;
      }
    }
    if (!Object.hasOwn(attributes, attribute)) attributes[attribute] = decodeEntities(value, true);
  }
  return { name, attributes, selfClosing, end: length };
}

// ─── queries ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** Every element under `node` (not itself), in document order, for which `test` holds. */
export function findAll(node: HtmlElement, test: (element: HtmlElement) => boolean): HtmlElement[] {
  const found: HtmlElement[] = [];
  const walk = (parent: HtmlElement) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (test(child)) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

/** Whether any element under `node` passes `test` (stops at the first). */
export function hasDescendant(node: HtmlElement, test: (element: HtmlElement) => boolean): boolean {
  return node.children.some((child) => child.type === 'element' && (test(child) || hasDescendant(child, test)));
}

/** The nearest ancestor-or-self named `name`, like `Element.closest(name)`. */
export function closest(element: HtmlElement | undefined, name: string): HtmlElement | undefined {
  for (let node = element; node; node = node.parent) if (node.name === name) return node;
  return undefined;
}

/** The text of a node and its descendants, like `textContent` (scripts and styles included, as the DOM does). */
export function textContent(node: HtmlNode): string {
  if (node.type === 'text') return node.text;
  let text = '';
  for (const child of node.children) text += textContent(child);
  return text;
}
