#!/usr/bin/env node
// Renders each element's API tables (attributes, slots, parts, CSS custom properties, events) into README.md
// from the custom elements manifest, which is generated from the classes' JSDoc: the API is written once.
// Tables go between `<!-- api:dk-tag -->` and `<!-- /api:dk-tag -->`. `--check` only reports drift (exit 1).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const check = process.argv.includes('--check');
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) elements.set(declaration.tagName, declaration);
  }
}

const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${String(text).replace(/\s*\n\s*/g, ' ').trim()}\`` : '');

function table(title, headers, rows) {
  if (!rows.length) return '';
  return [
    `**${title}**`,
    '',
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

function render(declaration) {
  const fields = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  // `static properties` entries with `state: true` show up as attributes in the manifest: keep the public ones.
  const attributes = (declaration.attributes ?? []).filter((attribute) => !['private', 'protected'].includes(fields.get(attribute.fieldName)?.privacy)).map((attribute) => {
    const field = fields.get(attribute.fieldName) ?? {};
    const type = (attribute.type?.text ?? field.type?.text ?? '').replace(/\s*\|\s*undefined\b/g, '');
    return [code(attribute.name), code(type), code(attribute.default ?? field.default), attribute.description ?? field.description];
  });
  const slots = (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]);
  const parts = (declaration.cssParts ?? []).map((part) => [code(part.name), part.description]);
  const properties = (declaration.cssProperties ?? []).map((property) => [code(property.name), code(property.default), property.description]);
  const states = (declaration.cssStates ?? []).map((cssState) => [code(`:state(${cssState.name})`), cssState.description]);
  const events = (declaration.events ?? []).filter((event) => event.name).map((event) => [code(event.name), code(event.type?.text), event.description]);
  return [
    table('Attributes', ['Attribute', 'Type', 'Default', 'Description'], attributes),
    table('Slots', ['Slot', 'Content'], slots),
    table('Parts', ['Part', 'What it is'], parts),
    table('CSS custom properties', ['Property', 'Default', 'Description'], properties),
    table('CSS states', ['State', 'When'], states),
    table('Events', ['Event', 'Detail', 'When'], events),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * A WordPress plugin that loads the kit once and lets editors without `unfiltered_html` keep the elements: kses
 * strips unknown tags and attributes, including `slot` on the spans and images inside them.
 */
function wordpressPlugin() {
  const tags = [...elements.values()].map((declaration) => {
    const names = (declaration.attributes ?? [])
      .filter((attribute) => !['private', 'protected'].includes((declaration.members ?? []).find((m) => m.name === attribute.fieldName)?.privacy))
      .map((attribute) => `'${attribute.name}' => true`);
    return `  $tags['${declaration.tagName}'] = $common + [${names.join(', ')}];`;
  });
  return [
    '```php',
    '<?php',
    '/* Plugin Name: dermakit — put this file in wp-content/mu-plugins/ and dermakit.js in wp-content/uploads/dermakit/ */',
    "add_action('wp_enqueue_scripts', function () {",
    "  wp_enqueue_script('dermakit', content_url('uploads/dermakit/dermakit.js'), [], null, ['strategy' => 'defer']);",
    '});',
    "add_filter('wp_kses_allowed_html', function ($tags, $context) {",
    "  if ($context !== 'post') return $tags;",
    "  $common = ['id' => true, 'class' => true, 'lang' => true, 'dir' => true, 'hidden' => true, 'slot' => true];",
    ...tags,
    "  foreach (['span', 'p', 'div', 'img'] as $tag) $tags[$tag]['slot'] = true;",
    '  return $tags;',
    '}, 10, 2);',
    '```',
  ].join('\n');
}

const readme = readFileSync('README.md', 'utf8');
const stale = [];
const missing = [];
const updated = readme.replace(/<!-- api:(dk-[\w-]+) -->[\s\S]*?<!-- \/api:\1 -->/g, (whole, tag) => {
  const declaration = elements.get(tag);
  if (!declaration) {
    missing.push(tag);
    return whole;
  }
  const next = `<!-- api:${tag} -->\n${render(declaration)}<!-- /api:${tag} -->`;
  if (next !== whole) stale.push(tag);
  return next;
});
const withPlugin = updated.replace(/<!-- wordpress -->[\s\S]*?<!-- \/wordpress -->/, (whole) => {
  const next = `<!-- wordpress -->\n${wordpressPlugin()}\n<!-- /wordpress -->`;
  if (next !== whole) stale.push('the WordPress plugin');
  return next;
});
const undocumented = [...elements.keys()].filter((tag) => !readme.includes(`<!-- api:${tag} -->`));

if (missing.length) console.error(`README names elements the source does not define: ${missing.join(', ')}`);
if (undocumented.length) console.error(`README has no API tables for: ${undocumented.join(', ')} (add <!-- api:TAG --><!-- /api:TAG -->)`);
if (check) {
  if (stale.length) console.error(`README API tables are out of date for ${stale.join(', ')}: run npm run docs`);
  if (stale.length || missing.length || undocumented.length) process.exit(1);
  console.log(`README API tables match the source for ${elements.size} elements.`);
} else {
  writeFileSync('README.md', withPlugin);
  console.log(`README API tables written for ${elements.size - undocumented.length} of ${elements.size} elements.`);
  if (missing.length || undocumented.length) process.exit(1);
}
