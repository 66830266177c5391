// The bundle's build-time minification (scripts/minify-templates.mjs): what it shortens, and what it must leave
// alone because the browser would read it differently. The last tests look at the built dist/dermakit.js.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  minifyCss,
  minifyHtml,
  minifyHtmlParts,
  renamePrivateProperties,
  shortNames,
} from '../../scripts/minify-templates.mjs';

test('minifyCss drops comments and the spaces CSS does not need', () => {
  assert.equal(
    minifyCss(`
    /* a comment */
    :host {
      display: block;
    }
    a > b , c { color: red ; }`),
    ' :host{display:block}a>b,c{color:red}',
  );
  assert.equal(
    minifyCss(':is(dk-faq, dk-faq-item):not(:defined, [hidden]) { display: block; }'),
    ':is(dk-faq,dk-faq-item):not(:defined,[hidden]){display:block}',
  );
});

test('minifyCss writes 0.5 as .5, in any value, also negative', () => {
  assert.equal(
    minifyCss('a { margin: 0.5em -0.25em; gap: calc(var(--x) * 0.75); --r: var(--dk-radius, 0.5em); }'),
    'a{margin:.5em -.25em;gap:calc(var(--x)*.75);--r:var(--dk-radius,.5em)}',
  );
  assert.equal(
    minifyCss('a { line-height: 10.5; width: 100.05%; margin: 1 0.5em; }'),
    'a{line-height:10.5;width:100.05%;margin:1 .5em}',
    'only a leading zero',
  );
});

test('minifyCss removes spaces around * and / in values, keeps them around + and - (calc needs those)', () => {
  assert.equal(
    minifyCss(
      'li { flex-basis: calc((var(--n) * 12em + (var(--n) - 1) * var(--gap) - 100%) * 999); grid-area: 1 / 1; aspect-ratio: var(--r, 4 / 3); }',
    ),
    'li{flex-basis:calc((var(--n)*12em + (var(--n) - 1)*var(--gap) - 100%)*999);grid-area:1/1;aspect-ratio:var(--r,4/3)}',
  );
});

test('minifyCss keeps a universal selector between spaces (a descendant combinator), only values lose them', () => {
  assert.equal(
    minifyCss('.a * .b { margin: 0; } [part=meter] > * { grid-area: 1 / 1; }'),
    '.a * .b{margin:0}[part=meter]>*{grid-area:1/1}',
  );
  assert.equal(minifyCss('a:hover * b { c: d; }'), 'a:hover * b{c:d}', 'a pseudo-class is not a declaration');
});

test('minifyCss joins !important', () => {
  assert.equal(minifyCss(':host([hidden]) { display: none !important; }'), ':host([hidden]){display:none!important}');
});

test('minifyCss leaves quoted strings as written', () => {
  assert.equal(
    minifyCss(`a::before { content: "0.5  *  / ,  x"; } b { content: 'it''s' }`),
    `a::before{content:"0.5  *  / ,  x"}b{content:'it''s'}`,
  );
});

test('minifyCss keeps what media queries and selectors need', () => {
  assert.equal(
    minifyCss('@media (forced-colors: active) and (min-width: 0.5em) { a { b: c; } }'),
    '@media(forced-colors:active) and (min-width:.5em){a{b:c}}',
    'no space after @media, the space before a later ( stays',
  );
  assert.equal(
    minifyCss('@media print { a { b: c; } } @container (width < 24em) { d { e: f; } } @media screen and (x) {}'),
    '@media print{a{b:c}}@container(width < 24em){d{e:f}}@media screen and (x){}',
  );
  assert.equal(minifyCss('.x0.y { a: b; } #a0 .b { c: d; }'), '.x0.y{a:b}#a0 .b{c:d}');
});

test('minifyHtml drops the spaces between tags inside an svg, nowhere else', () => {
  assert.equal(
    minifyHtml(`<p> <svg viewBox="0 0 1 1">
      <circle part="track"/>
      <g> <rect/> </g>
    </svg> <b>x</b> </p>`),
    '<p> <svg viewBox="0 0 1 1"><circle part="track"/><g><rect/></g></svg> <b>x</b> </p>',
  );
  assert.equal(
    minifyHtml('<svg> <text> <tspan>a</tspan> <tspan>b</tspan> </text> <rect/> </svg> <i>c</i> <i>d</i>'),
    '<svg><text> <tspan>a</tspan> <tspan>b</tspan> </text><rect/></svg> <i>c</i> <i>d</i>',
    'text inside <text> keeps its spaces',
  );
  assert.deepEqual(
    minifyHtmlParts(['<svg class=', '> <rect/> </svg> <b>', '</b> <svg/> <i></i>']),
    ['<svg class=', '><rect/></svg> <b>', '</b> <svg/> <i></i>'],
    'across expressions; a self-closed <svg/> opens nothing',
  );
});

test('minifyHtml collapses line breaks and drops quotes only where HTML does not need them', () => {
  assert.equal(
    minifyHtml(`<div part="heading" role="heading" aria-level=`),
    '<div part=heading role=heading aria-level=',
  );
  assert.equal(
    minifyHtml(`<span aria-hidden="true"
      class="a b" title="x>y" data-x="" hidden="">`),
    '<span aria-hidden=true class="a b" title="x>y" data-x hidden>',
  );
  assert.equal(
    minifyHtml('<rect x="0"/><circle part="track"/>'),
    '<rect x="0"/><circle part="track"/>',
    'a / after the value would join it',
  );
  assert.equal(minifyHtml('<li part="step step-'), '<li part="step step-', 'a value continued by an expression');
  assert.equal(minifyHtml(' part="x"'), ' part="x"', 'at the end of a part, the value may go on after an expression');
  assert.equal(minifyHtml(`<p>He said x="1" and 'y' </p>`), `<p>He said x="1" and 'y' </p>`, 'text stays as written');
  assert.equal(minifyHtml(`<a title='x' b="it's" c='say "hi"'>`), `<a title=x b="it's" c='say "hi"'>`);
});

test('minifyHtmlParts follows tags and quotes across the expressions of one template', () => {
  // html`<p title="${a} b="c" " class="d">e="f" ${b}</p>`
  assert.deepEqual(minifyHtmlParts(['<p title="', ' b="c" " class="d">e="f" ', '</p>']), [
    '<p title="',
    ' b="c" " class=d>e="f" ',
    '</p>',
  ]);
  // html`<button aria-expanded=${x} type="button">`
  assert.deepEqual(minifyHtmlParts(['<button aria-expanded=', ' type="button">']), [
    '<button aria-expanded=',
    ' type=button>',
  ]);
  // html`<li aria-current=${x} ><input .value=${y} /> a > b</li>`
  assert.deepEqual(minifyHtmlParts(['<li aria-current=', ' ><input .value=', ' /> a > b</li>']), [
    '<li aria-current=',
    '><input .value=',
    ' /> a > b</li>',
  ]);
});

test('private custom properties get short names, the most used first, the same everywhere; public ones stay', () => {
  const css =
    ':host{--_primary:var(--dk-color-primary,#0b6e69);--_accent:var(--_primary)}a{color:var(--_primary);width:var(--_w)}';
  const names = shortNames([css, "style.setProperty('--_w', '1')"]);
  assert.deepEqual(
    [...names],
    [
      ['primary', 'a'],
      ['w', 'b'],
      ['accent', 'c'],
    ],
  );
  assert.equal(
    renamePrivateProperties(css, names),
    ':host{--_a:var(--dk-color-primary,#0b6e69);--_c:var(--_a)}a{color:var(--_a);width:var(--_b)}',
  );
  assert.equal(renamePrivateProperties("style.setProperty('--_w', '1')", names), "style.setProperty('--_b', '1')");
  assert.equal(
    renamePrivateProperties('var(--dk-x-_y) var(--x--_y)', names),
    'var(--dk-x-_y) var(--x--_y)',
    'only names starting with --_',
  );
  assert.throws(() => renamePrivateProperties('var(--_unknown)', names), /--_unknown/);
});

test('more than 52 names still get distinct short names', () => {
  const names = shortNames([Array.from({ length: 60 }, (_, i) => `--_n${i}`).join(' ')]);
  assert.equal(new Set(names.values()).size, 60);
});

const bundle = readFileSync(new URL('../../dist/dermakit.js', import.meta.url), 'utf8');

test('dist/dermakit.js: private custom properties are short, public --dk-* ones and the context protocol unchanged', () => {
  assert.deepEqual(bundle.match(/--_[\w-]{3,}/g), null, 'no long private name left');
  for (const name of ['--dk-color-primary', '--dk-space', '--dk-radius']) assert.ok(bundle.includes(name), name);
  for (const text of [
    '"dermakit-recovery"',
    '"context-request"',
    '"context-provider"',
    'contextTarget',
    'subscribe',
    'callback',
  ])
    assert.ok(bundle.includes(text), text);
});

test("dist/dermakit.js: Lit's cross-module private names are mangled, its cross-copy markers kept", () => {
  assert.deepEqual(bundle.match(/_\$[A-Z][\w$]*/g), null);
  for (const marker of ['_$litType$', '_$cssResult$']) assert.ok(bundle.includes(marker), marker);
});
