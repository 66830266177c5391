// The npm package as a developer installs it: `npm pack` of the BUILT tree (`npm run build` first; `npm test` does),
// installed from the tarball into a scratch project, offline (lit and @lit/context come from the npm cache `npm ci`
// filled). Every `exports` entry the README names resolves there, with its types; the custom elements manifest lists
// every tag the package registers; the dermakit-export CLI runs from node_modules/.bin; and nothing a user does not
// need (tests, sources, the WordPress plugin, CI files) is in the tarball. Prints what is packed and its size.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), 'dermakit-pack-'));
const app = join(folder, 'app');
const installed = join(app, 'node_modules/dermakit');
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
/** Runs a module in the scratch project (so `dermakit` resolves as it would in a user's app) and returns its JSON. */
const inApp = (code) =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: app, encoding: 'utf8' }));

let pack;

before(() => {
  // --ignore-scripts: prepack would build again; the tree is already built.
  [pack] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', folder], root));
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }));
  const install = (mode) =>
    npm(['install', join(folder, pack.filename), mode, '--no-audit', '--no-fund', '--ignore-scripts'], app);
  try {
    install('--offline');
  } catch {
    install('--prefer-offline');
  }
});

after(() => rmSync(folder, { recursive: true, force: true }));

test('the tarball: what is packed, and nothing a user does not need', (t) => {
  const files = pack.files.map((file) => file.path);
  // The list, one line per file outside dist/esm/ and one per dist/esm/ folder.
  const lines = new Map();
  for (const { path, size } of pack.files) {
    const key =
      path.startsWith('dist/esm/') && path.split('/').length > 3 ? `${path.split('/').slice(0, 3).join('/')}/` : path;
    const [count, bytes] = lines.get(key) ?? [0, 0];
    lines.set(key, [count + 1, bytes + size]);
  }
  for (const [key, [count, bytes]] of [...lines].sort(([a], [b]) => (a < b ? -1 : 1))) {
    t.diagnostic(
      `${key.padEnd(44)} ${(bytes / 1024).toFixed(1).padStart(7)} KB${count > 1 ? ` (${count} files)` : ''}`,
    );
  }
  t.diagnostic(
    `${pack.filename}: ${pack.entryCount} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );

  for (const file of [
    'package.json',
    'README.md',
    'LICENSE',
    'bin/dermakit-export.mjs',
    'dist/dermakit.js',
    'dist/dermakit.css',
    'dist/custom-elements.json',
    'dist/esm/index.js',
    'dist/esm/index.d.ts',
  ]) {
    assert.ok(files.includes(file), `${file} is packed`);
  }
  const unwanted = files.filter(
    (file) =>
      /^(test|src|scripts|demo|docs|wordpress|\.ci|node_modules)\//.test(file) ||
      /(^|\/)node_modules\//.test(file) ||
      /\.test\.|\.tz\.test\./.test(file) ||
      /^dist\/(wordpress|release)\//.test(file) ||
      /^dist\/[^/]+\.zip$/.test(file) ||
      file === 'dist/configure.js' ||
      file.endsWith('.d.ts.map'),
  );
  assert.deepEqual(unwanted, [], 'tests, sources, WordPress files, CI files, zips and source-less .d.ts maps stay out');
  // The one-file kit's size guard is size.test.mjs; this only keeps the package from swelling unnoticed.
  assert.ok(pack.unpackedSize < 2_000_000, `unpacked size ${pack.unpackedSize} bytes, under 2 MB`);
});

test('exports resolve from an app, and every `types` file they name exists', () => {
  const specifiers = [
    'dermakit',
    'dermakit/faq',
    'dermakit/timeline',
    'dermakit/gauge',
    'dermakit/plan',
    'dermakit/recovery',
    'dermakit/before-after',
    'dermakit/export',
    'dermakit/dermakit.js',
    'dermakit/dermakit.css',
    'dermakit/custom-elements.json',
    'dermakit/package.json',
  ];
  const resolved = inApp(`
    import { createRequire } from 'node:module';
    import { fileURLToPath } from 'node:url';
    const require = createRequire(import.meta.url);
    const specifiers = ${JSON.stringify(specifiers)};
    console.log(JSON.stringify(specifiers.map((s) => ({ s, esm: fileURLToPath(import.meta.resolve(s)), cjs: require.resolve(s) }))));
  `);
  for (const { s, esm, cjs } of resolved) {
    assert.ok(esm.startsWith(`${installed}/`), `${s} resolves inside node_modules/dermakit (${esm})`);
    assert.equal(cjs, esm, `${s}: require.resolve agrees with import.meta.resolve`);
    assert.ok(existsSync(esm), `${s} → ${esm} exists`);
  }
  const at = Object.fromEntries(resolved.map(({ s, esm }) => [s, esm.slice(installed.length + 1)]));
  assert.equal(at.dermakit, 'dist/esm/index.js');
  assert.equal(at['dermakit/faq'], 'dist/esm/faq/index.js');
  assert.equal(at['dermakit/dermakit.js'], 'dist/dermakit.js');
  assert.equal(at['dermakit/dermakit.css'], 'dist/dermakit.css');
  assert.equal(at['dermakit/custom-elements.json'], 'dist/custom-elements.json');

  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  const typeFiles = [pkg.types];
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (typeof target !== 'object' || !target.types) continue;
    if (!key.includes('*')) typeFiles.push(target.types);
    else {
      // The pattern (./*): every folder of dist/esm/ that has an entry module.
      const entries = readdirSync(join(installed, 'dist/esm'), { withFileTypes: true }).filter(
        (entry) => entry.isDirectory() && existsSync(join(installed, 'dist/esm', entry.name, 'index.js')),
      );
      assert.ok(entries.length >= 7, 'the element entries and export are there');
      for (const entry of entries) typeFiles.push(target.types.replace('*', entry.name));
    }
  }
  for (const file of typeFiles) assert.ok(existsSync(join(installed, file)), `${file} (named by exports) is packed`);
  for (const file of [pkg.main, pkg.module, pkg.customElements, pkg['web-types']])
    assert.ok(existsSync(join(installed, file)), `${file} (package.json field) is packed`);
});

test('the element entries parse, and every package they import is installed with dermakit', () => {
  // Importing them needs a DOM (customElements): the browser tests do that. Here: they are valid modules, and their
  // bare imports (lit, @lit/context) resolve in the app, i.e. they are dependencies, not devDependencies.
  const esm = join(installed, 'dist/esm');
  const modules = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.js')) modules.push(join(dir, entry.name));
    }
  };
  walk(esm);
  const bare = new Set();
  for (const file of modules) {
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*['"]([^'"./][^'"]*)['"]/g))
      bare.add(specifier);
  }
  assert.ok(bare.has('lit'), 'the modules import lit');
  const unresolved = inApp(`
    const missing = [];
    for (const s of ${JSON.stringify([...bare].sort())}) { try { import.meta.resolve(s); } catch { missing.push(s); } }
    console.log(JSON.stringify(missing));
  `);
  assert.deepEqual(unresolved, [], `bare imports ${[...bare].join(', ')} all resolve`);
  for (const file of [join(esm, 'faq/index.js'), join(esm, 'index.js'), join(installed, 'dist/dermakit.js')]) {
    const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
    assert.equal(check.status, 0, `${file} parses: ${check.stderr}`);
  }
});

test('the manifest lists every tag the package registers', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'dist/custom-elements.json'), 'utf8'));
  const inManifest = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .map((declaration) => declaration.tagName)
      .filter(Boolean),
  );
  const registered = new Set();
  for (const entry of readdirSync(join(installed, 'dist/esm'))) {
    const index = join(installed, 'dist/esm', entry, 'index.js');
    if (!existsSync(index)) continue;
    for (const [, tag] of readFileSync(index, 'utf8').matchAll(/define\(\s*['"](dk-[a-z-]+)['"]/g)) registered.add(tag);
  }
  assert.ok(registered.size >= 8, `the entries register the elements (${[...registered].join(', ')})`);
  assert.deepEqual([...inManifest].sort(), [...registered].sort());
});

test('every module the manifest names is a file in the package a tool can import', () => {
  const manifest = JSON.parse(readFileSync(join(installed, 'dist/custom-elements.json'), 'utf8'));
  const named = new Set();
  JSON.stringify(manifest, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string') named.add(value);
    return value;
  });
  assert.ok(named.has('dist/esm/faq/faq.js'), 'the FAQ class is found at its ES module');
  const missing = [...named].filter((path) => !path.endsWith('.js') || !existsSync(join(installed, path)));
  assert.deepEqual(missing, [], 'no module path names a TypeScript source or a file the package lacks');
});

test('dermakit/export works from the app, and so does npx dermakit-export', () => {
  const result = inApp(`
    import { exportSnippet } from 'dermakit/export';
    const { html, text } = exportSnippet('<dk-faq><dk-faq-item question="Does it hurt?"><p>A little.</p></dk-faq-item></dk-faq>', { target: 'static' });
    console.log(JSON.stringify({ html, text }));
  `);
  assert.match(result.html, /<details/);
  assert.match(result.text, /Does it hurt\?/);

  const help = spawnSync('npx', ['--no-install', 'dermakit-export', '--help'], {
    cwd: app,
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: dermakit-export /);
  const run = spawnSync('npx', ['--no-install', 'dermakit-export', '-', '--target', 'email'], {
    cwd: app,
    encoding: 'utf8',
    input: '<dk-faq><dk-faq-item question="Does it hurt?"><p>A little.</p></dk-faq-item></dk-faq>',
    timeout: 30_000,
  });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /Does it hurt\?/);
  assert.match(run.stdout, /<table/);
});

test('the types work for a TypeScript app (moduleResolution nodenext)', () => {
  writeFileSync(
    join(app, 'main.ts'),
    `import { DkFaq } from 'dermakit';
import 'dermakit/faq';
import { exportSnippet } from 'dermakit/export';
const faq: DkFaq | null = document.querySelector('dk-faq');
const item: HTMLElement = document.createElement('dk-faq-item');
const { html }: { html: string } = exportSnippet('<dk-faq></dk-faq>', { target: 'email' });
// @ts-expect-error: 'print' is not a target
exportSnippet('', { target: 'print' });
export { faq, item, html };
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        noEmit: true,
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: [],
      },
      files: ['main.ts'],
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const compile = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
  assert.equal(compile.status, 0, compile.stdout + compile.stderr);
});
