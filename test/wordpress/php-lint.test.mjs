// Every PHP file of the plugin parses (`php -l`). The build runs the same check when PHP is on the machine; on a fresh
// CI machine PHP arrives only with the WordPress packages this suite installs, so it is asserted here too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const phpFiles = fs
  .readdirSync(path.join(root, 'wordpress'), { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.php'))
  .sort();

test('the plugin has PHP files, and php -l finds every one clean', () => {
  assert.ok(phpFiles.length >= 10, `found ${phpFiles.length}`);
  const failed = phpFiles
    .map((file) => ({ file, run: spawnSync('php', ['-l', path.join(root, 'wordpress', file)], { encoding: 'utf8' }) }))
    .filter(({ run }) => run.status !== 0)
    .map(({ file, run }) => `${file}: ${(run.stdout || run.stderr || String(run.error)).trim()}`);
  assert.deepEqual(failed, []);
});
