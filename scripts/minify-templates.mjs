// Rollup plugin for the one-script bundle: terser minifies code but leaves the text of tagged templates alone, and
// our `css` and `html` templates carry indentation and comments on every page view. This rewrites the static
// parts of css`…`, html`…` and svg`…` templates in src/ only; expressions (`${…}`) are untouched.
const TAGS = new Set(['css', 'html', 'svg']);

/** Comments out, whitespace collapsed, and no spaces around `{ } ; , >` or after a property's colon. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/([\w-]):\s+/g, '$1:')
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

export function minifyTemplates() {
  return {
    name: 'minify-templates',
    transform(code, id) {
      if (!id.includes('/src/') || !/\b(css|html|svg)\s*`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier' || !TAGS.has(node.tag.name)) return;
        const minify = node.tag.name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) edits.push([quasi.start, quasi.end, small]);
        }
      });
      let result = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, start) + text + result.slice(end);
      return { code: result, map: null };
    },
  };
}
