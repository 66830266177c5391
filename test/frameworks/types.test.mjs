// The generated framework types and editor data (dist/types/, written by `npm run build`): they compile in each
// framework's JSX or component types as an app imports them, reject wrong use, and are deterministic.
// Run with `node --test test/frameworks/` after a build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';

const OUT = 'dist/types';
const built = () =>
  Object.fromEntries(
    readdirSync(OUT)
      .sort()
      .map((name) => [name, readFileSync(`${OUT}/${name}`, 'utf8')]),
  );

test('the build wrote the framework types and editor data', () => {
  assert.ok(existsSync(OUT), `${OUT}/ is missing: run npm run build first`);
  assert.deepEqual(Object.keys(built()), [
    'elements.d.ts',
    'preact.d.ts',
    'react.d.ts',
    'solid.d.ts',
    'svelte.d.ts',
    'vscode.html-custom-data.json',
    'vue.d.ts',
    'web-types.json',
  ]);
});

test('React 19, Preact, Solid, Vue and Svelte code using the kit type-checks, and wrong uses fail', () => {
  // Each wrong use carries `@ts-expect-error`: a wrong use that compiled would fail here as an unused directive.
  execFileSync('npx', ['tsc', '-p', 'test/frameworks/types/tsconfig.json'], { stdio: 'pipe' });
});

test('package.json points at the generated files', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const flavour of ['react', 'preact', 'solid', 'vue', 'svelte']) {
    assert.equal(pkg.exports[`./${flavour}`].types, `./dist/types/${flavour}.d.ts`);
  }
  assert.equal(pkg['web-types'], './dist/types/web-types.json');
  for (const file of [pkg['web-types'], pkg.exports['./vscode.html-custom-data.json']])
    assert.ok(existsSync(file), file);
});

test('editors get every element with its attributes, and events with their details', () => {
  const vscode = JSON.parse(readFileSync(`${OUT}/vscode.html-custom-data.json`, 'utf8'));
  const tags = vscode.tags.map((tag) => tag.name);
  assert.deepEqual(tags, [...tags].sort());
  assert.ok(tags.includes('dk-faq') && tags.includes('dk-collagen-gauge'), tags.join());
  const faq = vscode.tags.find((tag) => tag.name === 'dk-faq');
  const multiple = faq.attributes.find((attribute) => attribute.name === 'multiple');
  assert.equal(multiple.valueSet, 'v', 'a boolean attribute takes no value');
  assert.match(multiple.description, /several answers/);
  // Private reactive state (`query`, `items`) is no attribute an author writes.
  assert.deepEqual(
    faq.attributes.filter((attribute) => ['query', 'items'].includes(attribute.name)),
    [],
  );

  const webTypes = JSON.parse(readFileSync(`${OUT}/web-types.json`, 'utf8'));
  const item = webTypes.contributions.html.elements.find((element) => element.name === 'dk-faq-item');
  assert.deepEqual(
    item.events.map((event) => event.name),
    ['dk-toggle'],
  );
  assert.deepEqual(
    item.slots.map((slot) => slot.name),
    ['', 'question'],
  );
  assert.ok(webTypes.contributions.css.properties.some((property) => property.name === '--dk-faq-question-size'));
});

test('the output is the same when built again', () => {
  const first = built();
  execFileSync('node', ['scripts/build-types.mjs'], { stdio: 'pipe' });
  assert.deepEqual(built(), first);
});
