// Rollup plugins for the one-script bundle only (dist/esm is built without them):
// - minifyTemplates: terser minifies code but leaves the text of tagged templates alone, and our `css` and `html`
//   templates carry indentation and comments on every page view. This rewrites the static parts of css`…`, html`…`
//   and svg`…` templates in src/ only; expressions (`${…}`) are untouched.
// - shortPrivateProperties: the private custom properties (`--_primary`, `--_w`…) get one-letter names (`--_a`),
//   the same in CSS text and in JS strings (`style.setProperty('--_w', …)`). Public `--dk-*` ones never change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TAGS = new Set(['css', 'html', 'svg']);

/** Quoted strings, which minification must leave as they are (`content: "0.5  x"`). */
const STRINGS = /("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/;

/**
 * Comments out, whitespace collapsed, no spaces around `{ } ; , >`, after a property's colon, around `*` and `/`
 * in values, before `!important`, nor between an at-rule's name and its `(`; `0.5` written `.5`. Quoted strings are
 * kept as written.
 */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(STRINGS)
    .map((part, index) =>
      index % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,>]) ?/g, '$1')
            // `@media (…)` → `@media(…)`: an at-keyword ends at the `(` (CSS Syntax), unlike `and (…)`, where
            // `and(` would read as a function and drop the rule.
            .replace(/(@[\w-]+) \(/g, '$1(')
            .replace(/([\w-]):\s+/g, '$1:')
            // In a declaration's value (`prop:value` up to `;` or `}`, never a selector, which ends at `{`).
            .replace(
              /([\w-]:)([^;{}]*)(?=[;}])/g,
              (_, prop, value) => prop + value.replace(/ ?([*/]) ?/g, '$1').replace(/ !important/g, '!important'),
            )
            .replace(/(^|[^\w.#-])(-?)0+\.(\d)/g, '$1$2.$3'),
    )
    .join('')
    .replace(/;}/g, '}');
}

/**
 * The static parts of one html`…` template, in order. Line breaks and indentation become one space (a space between
 * inline elements still renders). Inside a tag, the space before `>` goes, and an attribute value that is one plain word loses its quotes
 * (`part="status"` → `part=status`) and an empty one its `=""`, when a space or `>` follows within the same part
 * (`<rect x="0"/>` would read `0/`; next to a `${…}` the value may go on). Inside an `<svg>`, a space between two
 * tags goes (SVG draws text only in `<text>` and `<foreignObject>`, which keep theirs). Text and other values stay
 * as written.
 */
export function minifyHtmlParts(parts) {
  let inTag = false;
  let quote = '';
  let tagIsSvg = false;
  let svg = 0;
  let svgText = 0;
  return parts.map((part) => {
    const text = part.replace(/\s*\n\s*/g, ' ');
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const char = text[i];
      if (!inTag) {
        inTag = char === '<' && /[a-z]/i.test(text[i + 1] ?? '');
        const name = /^<(\/?)(svg|text|foreignObject)(?=[\s/>]|$)/.exec(text.slice(i, i + 15));
        const step = name && (name[1] ? -1 : 1);
        if (name?.[2] === 'svg') svg += step;
        else if (name) svgText += step;
        tagIsSvg = inTag && name?.[2] === 'svg';
        if (char === ' ' && svg > 0 && !svgText && out.endsWith('>') && text[i + 1] === '<') continue;
      } else if (quote) {
        if (char === quote) quote = '';
      } else if (char === '>') {
        inTag = false;
        if (tagIsSvg && text[i - 1] === '/') svg--;
      } else if (char === ' ' && text[i + 1] === '>') {
        continue;
      } else if (char === '"' || char === "'") {
        const end = text.indexOf(char, i + 1);
        if (end < 0) {
          quote = char;
        } else {
          const value = text.slice(i + 1, end);
          const plain = text[i - 1] === '=' && /^[\w.-]*$/.test(value) && /[\s>]/.test(text[end + 1] ?? '');
          out += plain ? value : text.slice(i, end + 1);
          if (plain && !value) out = out.slice(0, -1);
          i = end;
          continue;
        }
      }
      out += char;
    }
    return out;
  });
}

export const minifyHtml = (text) => minifyHtmlParts([text])[0];

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
  }
}

/** Applies [start, end, text] edits to `code`. */
function applyEdits(code, edits) {
  let result = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
    result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name))
          return;
        const { quasis } = node.quasi;
        const raws = quasis.map((quasi) => code.slice(quasi.start, quasi.end));
        // A whole style sheet (no `${…}`) loses its outer spaces too; around an expression a space may matter.
        const smalls =
          node.tag.name === 'css'
            ? raws.map((raw) => (raws.length === 1 ? minifyCss(raw).trim() : minifyCss(raw)))
            : minifyHtmlParts(raws);
        quasis.forEach(
          (quasi, index) => smalls[index] !== raws[index] && edits.push([quasi.start, quasi.end, smalls[index]]),
        );
      });
      return { code: applyEdits(code, edits), map: null };
    },
  };
}

const PRIVATE = /(?<![\w-])--_([a-zA-Z][\w-]*)/g;
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Short names for the private custom properties used in `sources` (texts): the most used gets `a`. */
export function shortNames(sources) {
  const counts = new Map();
  for (const text of sources)
    for (const [, name] of text.matchAll(PRIVATE)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const short = (index) =>
    index < LETTERS.length
      ? LETTERS[index]
      : short(Math.floor(index / LETTERS.length) - 1) + LETTERS[index % LETTERS.length];
  return new Map(ranked.map((name, index) => [name, short(index)]));
}

/** `text` with every private custom property renamed by `names`; an unknown one is a build error. */
export function renamePrivateProperties(text, names) {
  return text.replace(PRIVATE, (whole, name) => {
    if (!names.has(name)) throw new Error(`shortPrivateProperties: ${whole} is not in src/ (built from parts?)`);
    return `--_${names.get(name)}`;
  });
}

const codeOf = (source) => source.replace(/\/\*[\s\S]*?\*\/|(?<![:\\])\/\/.*$/gm, '');

export function shortPrivateProperties(root = 'src') {
  let names;
  return {
    name: 'short-private-properties',
    buildStart() {
      const files = readdirSync(root, { recursive: true }).filter(
        (file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'),
      );
      names = shortNames(files.map((file) => codeOf(readFileSync(join(root, file), 'utf8'))));
    },
    transform(code, id) {
      if (!id.includes('/src/') || !code.includes('--_')) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        const text = node.type === 'TemplateElement' || (node.type === 'Literal' && typeof node.value === 'string');
        if (!text) return;
        const raw = code.slice(node.start, node.end);
        const renamed = renamePrivateProperties(raw, names);
        if (renamed !== raw) edits.push([node.start, node.end, renamed]);
      });
      return { code: applyEdits(code, edits), map: null };
    },
  };
}

/**
 * Lit's production build keeps two long error messages (thrown only when a `css` tag gets a value that is not CSS,
 * which the kit never does): shorter words, same errors. Lit's module is matched by path; a Lit release that
 * changes the text makes this a no-op.
 */
const LIT_MESSAGES = [
  ['CSSResult is not constructable. Use `unsafeCSS` or `css` instead.', 'CSSResult: use css'],
  ["Value passed to 'css' function must be a 'css' function result: ", 'css: not CSS: '],
  [". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.", ''],
];

export function shortLitMessages() {
  return {
    name: 'short-lit-messages',
    transform(code, id) {
      if (!/node_modules[\\/]@lit[\\/]reactive-element[\\/]css-tag\.js$/.test(id)) return null;
      return { code: LIT_MESSAGES.reduce((text, [long, short]) => text.split(long).join(short), code), map: null };
    },
  };
}
