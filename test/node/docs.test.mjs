// Generated text must not depend on the order the manifest lists modules in (the file system's order on the
// machine that ran the analyzer): CI on a fresh clone once failed its "README is up to date" check for that.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementsOf, render } from '../../scripts/docs-render.mjs';

const manifest = JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8'));

/** Everything docs.mjs writes into README.md, for one manifest, and the element order the WordPress plugin uses. */
function renderAll(input) {
  const elements = elementsOf(input);
  return [...elements.keys()].join(',') + [...elements.values()].map(render).join('\n');
}

/** The same manifest with its modules, and the declarations and attributes in each, in another order. */
function reordered(input, shuffle) {
  return {
    ...input,
    modules: shuffle(input.modules).map((module) => ({
      ...module,
      declarations: module.declarations && shuffle(module.declarations),
    })),
  };
}

test('README tables and the element order render the same from a manifest in any module order', () => {
  const reverse = (list) => [...list].reverse();
  const rotate = (list) => [...list.slice(1), ...list.slice(0, 1)];
  const expected = renderAll(manifest);
  assert.ok(manifest.modules.length > 3, 'the manifest lists the kit');
  assert.equal(renderAll(reordered(manifest, reverse)), expected);
  assert.equal(renderAll(reordered(manifest, rotate)), expected);
});
