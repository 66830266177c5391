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
 * in values, nor before `!important`; `0.5` written `.5`. Quoted strings are kept as written.
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
            .replace(/([\w-]):\s+/g, '$1:')
            // In a declaration's value (`prop:value` up to `;` or `}`, never a selector, which ends at `{`).
            .replace(/([\w-]:)([^;{}]*)(?=[;}])/g, (_, prop, value) => prop + value.replace(/ ?([*/]) ?/g, '$1').replace(/ !important/g, '!important'))
            .replace(/(^|[^\w.#-])(-?)0+\.(\d)/g, '$1$2.$3'),
    )
    .join('')
    .replace(/;}/g, '}');
}

/** Line breaks and indentation become one space (a space between inline elements still renders). */
export function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

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
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
  return result;
}

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const { quasis } = node.quasi;
        // A whole style sheet (no `${…}`) loses its outer spaces too; around an expression a space may matter.
        const minify = node.tag.name === 'css' ? (text) => (quasis.length === 1 ? minifyCss(text).trim() : minifyCss(text)) : minifyHtml;
        for (const quasi of quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
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
  for (const text of sources) for (const [, name] of text.matchAll(PRIVATE)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([name]) => name);
  const short = (index) => (index < LETTERS.length ? LETTERS[index] : short(Math.floor(index / LETTERS.length) - 1) + LETTERS[index % LETTERS.length]);
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
      const files = readdirSync(root, { recursive: true }).filter((file) => /\.ts$/.test(file) && !file.endsWith('.d.ts'));
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
