// The WordPress plugin's translation template (languages/dermakit.pot, written by `npm run build`): a translator
// finds every text the plugin shows through WordPress's i18n functions, each block's title, description and
// keywords under the contexts WordPress looks them up with, and the plugin's name and description.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { makePot } from '../../scripts/wordpress-pot.mjs';

const plugin = new URL('../../dist/wordpress/dermakit/', import.meta.url).pathname;
const pot = readFileSync(join(plugin, 'languages/dermakit.pot'), 'utf8');

/** The .pot's entries: { context, text, references } (multi-line strings are not used by the plugin). */
const entries = pot
  .split('\n\n')
  .slice(1)
  .map((block) => {
    const field = (name) => {
      const line = block.split('\n').find((l) => l.startsWith(`${name} `));
      return line === undefined ? undefined : JSON.parse(line.slice(name.length + 1));
    };
    return {
      context: field('msgctxt'),
      text: field('msgid'),
      references: (block.match(/^#: (.*)$/m)?.[1] ?? '').split(' '),
    };
  });
const has = (text, context) => entries.some((e) => e.text === text && e.context === context);

const files = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [join(dir, name)]));

test("every i18n call with the dermakit text domain in the plugin's PHP and editor script is in the template, at its line", () => {
  let calls = 0;
  for (const file of files(plugin).filter((f) => /\.(php|js)$/.test(f) && !f.includes('/assets/'))) {
    const path = relative(plugin, file);
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        // A looser reading than the generator's: any call ending in the text domain, single or double quotes.
        for (const match of line.matchAll(
          /(?:__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*'((?:\\'|[^'])*)'\s*,\s*'dermakit'\s*\)/g,
        )) {
          calls += 1;
          const text = match[1].replace(/\\'/g, "'").replace(/\\\\/g, '\\');
          const entry = entries.find((e) => e.text === text && e.context === undefined);
          assert.ok(entry, `${path}:${index + 1}: ${text}`);
          assert.ok(entry.references.includes(`${path}:${index + 1}`), `${text}: ${entry.references.join(' ')}`);
        }
        assert.doesNotMatch(
          line,
          /(?:__|_e)\(\s*"[^"]*"\s*,\s*['"]dermakit['"]/,
          `${path}:${index + 1}: double-quoted texts would need the generator's other branch checked`,
        );
      });
  }
  assert.ok(calls > 80, `${calls} calls found`);
});

test("each block's title, description and keywords are there under WordPress's block contexts, and the plugin header too", () => {
  const blocks = readdirSync(join(plugin, 'blocks')).filter((name) =>
    statSync(join(plugin, 'blocks', name)).isDirectory(),
  );
  assert.equal(blocks.length, 8);
  for (const name of blocks) {
    const block = JSON.parse(readFileSync(join(plugin, 'blocks', name, 'block.json'), 'utf8'));
    assert.equal(block.textdomain, 'dermakit', name);
    assert.ok(has(block.title, 'block title'), `${name}: ${block.title}`);
    if (block.description) assert.ok(has(block.description, 'block description'), `${name}: ${block.description}`);
    for (const keyword of block.keywords ?? []) assert.ok(has(keyword, 'block keyword'), `${name}: ${keyword}`);
  }
  assert.match(pot, /#\. Plugin Name of the plugin\n#: dermakit\.php[^\n]*\nmsgid "dermakit"\n/);
  assert.match(
    pot,
    /#\. Description of the plugin\n#: dermakit\.php\nmsgid "Accessible, privacy-safe clinic widgets: /,
  );
  assert.match(readFileSync(join(plugin, 'dermakit.php'), 'utf8'), /^ \* Domain Path:\s+\/languages$/m);
});

test('the template is valid and the same on every build: sorted, one entry per text and context, no date', () => {
  assert.match(pot, /^msgid ""\nmsgstr ""\n"Project-Id-Version: dermakit \d+\.\d+\.\d+\\n"\n/m);
  assert.doesNotMatch(pot, /POT-Creation-Date/);
  const keys = entries.map((e) => `${e.context ?? ''}\u0004${e.text}`);
  assert.equal(new Set(keys).size, keys.length, 'no duplicate entries');
  assert.deepEqual(keys, [...keys].sort(), 'sorted by context, then text');
  const header = readFileSync(join(plugin, 'dermakit.php'), 'utf8');
  const field = (name) => new RegExp(`^ \\* ${name}:\\s*(.*)$`, 'm').exec(header)[1].trim();
  const version = /Project-Id-Version: dermakit (\S+)\\n/.exec(pot)[1];
  assert.equal(makePot(plugin, { version, name: field('Plugin Name'), description: field('Description') }), pot);
});
