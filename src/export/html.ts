/**
 * A small HTML parser for the export: tokenizer and tree builder, pure (no DOM), so the same code runs in Node and
 * in the configurator's page. It reads what authors and page builders write, not the whole HTML standard: elements
 * with quoted, unquoted and boolean attributes, text, void elements, raw-text `<script>`/`<style>` (kept as text so
 * the theme rule can be read; nothing here ever runs or prints a script), named and numeric character references,
 * case-insensitive names, and the implied end tags authors rely on (`<p>` before a block, `<li>`, `<dt>`/`<dd>`,
 * table cells). Comments, doctypes and processing instructions are dropped. Garbage never throws: a stray `<` is
 * text, an unclosed tag ends at the end of the input, an end tag with no open element is ignored.
 */

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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Contents are text up to the matching end tag; `textarea`/`title` still decode references. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
const ESCAPABLE_RAW_TEXT = new Set(['textarea', 'title']);
/** A start tag of one of these closes an open `<p>` (HTML's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt', 'listing', 'plaintext',
]);
/** Elements an implied end tag does not look past (roughly HTML's scope markers). */
const SCOPE = new Set(['html', 'table', 'td', 'th', 'caption', 'template', 'object', 'marquee', 'applet', 'button', 'svg', 'math']);
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

// ─── character references ───────────────────────────────────────────────────────────────────────────────────────

/** The named references authors and editors actually write; anything else stays literal text. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″', dagger: '†',
  Dagger: '‡', permil: '‰', sect: '§', para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷', minus: '−',
  frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ', le: '≤', ge: '≥', ne: '≠',
  asymp: '≈', infin: '∞', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', check: '✓', hearts: '♥', star: '☆',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', iexcl: '¡', iquest: '¿',
  ordf: 'ª', ordm: 'º', not: '¬', macr: '¯', acute: '´', cedil: '¸', uml: '¨', brvbar: '¦',
  aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', acirc: 'â', Acirc: 'Â', auml: 'ä', Auml: 'Ä', atilde: 'ã',
  Atilde: 'Ã', aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', ccedil: 'ç', Ccedil: 'Ç', eacute: 'é', Eacute: 'É',
  egrave: 'è', Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', Euml: 'Ë', iacute: 'í', Iacute: 'Í', igrave: 'ì',
  Igrave: 'Ì', icirc: 'î', Icirc: 'Î', iuml: 'ï', Iuml: 'Ï', ntilde: 'ñ', Ntilde: 'Ñ', oacute: 'ó', Oacute: 'Ó',
  ograve: 'ò', Ograve: 'Ò', ocirc: 'ô', Ocirc: 'Ô', ouml: 'ö', Ouml: 'Ö', otilde: 'õ', Otilde: 'Õ', oslash: 'ø',
  Oslash: 'Ø', uacute: 'ú', Uacute: 'Ú', ugrave: 'ù', Ugrave: 'Ù', ucirc: 'û', Ucirc: 'Û', uuml: 'ü', Uuml: 'Ü',
  yacute: 'ý', Yacute: 'Ý', yuml: 'ÿ', szlig: 'ß', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š', eth: 'ð',
  ETH: 'Ð', thorn: 'þ', THORN: 'Þ', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', kappa: 'κ',
  lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω', Delta: 'Δ', Omega: 'Ω',
};
/** Names a browser also decodes without the semicolon (the legacy ones people still type). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT']);
NAMED.AMP = '&';
NAMED.LT = '<';
NAMED.GT = '>';
NAMED.QUOT = '"';
/** Numeric references 0x80–0x9F mean Windows-1252 characters, as browsers read them. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function numeric(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || Number.isNaN(code)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/**
 * Decodes character references in text (`inAttribute`: HTML's attribute rule, where `&copy=` or `&ampx` stay as
 * written, so a URL's query string survives). Unknown names stay literal.
 */
export function decodeEntities(text: string, inAttribute = false): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,9});?|([A-Za-z][A-Za-z0-9]{0,31})(;?))/g, (whole, hex, dec, name, semi, offset: number) => {
    if (hex !== undefined) return numeric(parseInt(hex, 16));
    if (dec !== undefined) return numeric(parseInt(dec, 10));
    if (semi && Object.hasOwn(NAMED, name)) return NAMED[name]!;
    // Without a semicolon: the longest legacy name at the start of the run, as browsers match it.
    for (let length = Math.min(6, name.length); length >= 2; length--) {
      const prefix = name.slice(0, length);
      if (!LEGACY.has(prefix)) continue;
      const next = text[offset + 1 + length] ?? '';
      if (inAttribute && /[A-Za-z0-9=]/.test(next)) return whole;
      return NAMED[prefix]! + whole.slice(1 + length);
    }
    return whole;
  });
}

// ─── tree ────────────────────────────────────────────────────────────────────────────────────────────────────────

function getAttribute(this: HtmlElement, name: string): string | null {
  const key = name.toLowerCase();
  return Object.hasOwn(this.attributes, key) ? this.attributes[key]! : null;
}

export function createElement(name: string, attributes: Record<string, string> = {}, children: HtmlNode[] = []): HtmlElement {
  const element: HtmlElement = { type: 'element', name, attributes, children, getAttribute };
  for (const child of children) child.parent = element;
  return element;
}

/** The parsed document: its top-level nodes under a root element named `#root`. */
export type HtmlRoot = HtmlElement;

/** Parses markup into a tree. Never throws; `<html>`, `<head>` and `<body>` are not kept as elements (their attributes are, on the root). */
export function parseHtml(markup: string): HtmlRoot {
  const input = String(markup ?? '').replace(/\r\n?/g, '\n').replace(/\0/g, '\ufffd');
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
      for (const [key, value] of Object.entries(attributes)) if (!Object.hasOwn(root.attributes, key)) (root.attributes as Record<string, string>)[key] = value;
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
        for (let j = stack.length - 1; j >= i; j--) if (stack[j]!.name === 'svg' || stack[j]!.name === 'math') foreign--;
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
      i = close ? (input.indexOf('>', end) + 1 || length) : length;
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
