// Outputs from one source:
// - dist/dermakit.js: the one-script kit (Lit inside), an IIFE so it runs as a classic or a module script and
//   leaks no globals; a second copy on the page re-runs harmlessly (guarded define()).
// - dist/dermakit-<family>.js: the same for one element family each (entries in src/bundles/), for pages that use
//   one or two widgets; safe beside each other and the whole kit.
// - dist/esm/: per-element ES modules and .d.ts types for bundler users (`import 'dermakit/faq'`), Lit external.
import { readdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates, shortLitMessages, shortPrivateProperties } from './scripts/minify-templates.mjs';

const elementEntries = Object.fromEntries(
  readdirSync('src', { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`src/${entry.name}/index.ts`))
    .map((entry) => [`${entry.name}/index`, `src/${entry.name}/index.ts`]),
);

/** Prints the bundle's size, minified and gzip -9, and its Subresource Integrity hash, after it is written. */
function reportSize() {
  return {
    name: 'report-size',
    writeBundle(options, bundle) {
      for (const file of Object.keys(bundle)) {
        const code = readFileSync(`${options.dir ?? 'dist'}/${file}`);
        const gzip = gzipSync(code, { level: 9 }).length;
        console.log(
          `${file}: ${code.length.toLocaleString('en')} bytes minified, ${gzip.toLocaleString('en')} bytes gzip`,
        );
        console.log(`  integrity="sha384-${createHash('sha384').update(code).digest('base64')}"`);
      }
    },
  };
}

/**
 * Empties the output folder before a build writes it, so a module removed from src/ leaves no stale .js/.d.ts behind
 * (npm pack ships the whole folder). Only when writing: scripts/size-report.mjs generates from this config in memory.
 */
function cleanOutput() {
  return {
    name: 'clean-output',
    generateBundle(options, bundle, isWrite) {
      if (isWrite && options.dir) rmSync(options.dir, { recursive: true, force: true });
    },
  };
}

/**
 * A sealed one-file script: an IIFE with Lit inside that runs as a classic or a module script and leaks no globals;
 * a second copy on the page re-runs harmlessly (guarded define()). The whole kit, and one per element family.
 */
function sealedScript(input, file) {
  return {
    input,
    output: {
      dir: 'dist',
      entryFileNames: file,
      format: 'iife',
      sourcemap: false,
      // MooTools ≤ 1.4 (Joomla sites) replaces window.Event with its own wrapper type: `new Event(…)` and `class
      // extends Event` (@lit/context's request and provider events) would then throw. Inside the bundle, `Event` is
      // the native constructor, taken from a native event whichever order the scripts load in.
      intro: 'const Event = document.createEvent("Event").constructor;',
    },
    plugins: [
      resolve(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        noEmit: false,
        outDir: 'dist',
        include: ['src/**/*.ts'],
      }),
      minifyTemplates(),
      shortPrivateProperties(),
      shortLitMessages(),
      terser({
        ecma: 2020,
        // Checked for a bundle that runs as a classic script, as a module, and twice: `unsafe_arrows` turns only
        // function expressions that use no `this`/`arguments` into arrows (none is constructed), `keep_fargs: false`
        // drops unused parameters (nothing reads a function's length). Not `module`: terser then unwraps the IIFE
        // and drops "use strict", so as a classic script the kit's `const`s would land in the page's global scope
        // (a second copy throws "already declared") and run sloppy. `toplevel` gains nothing: all is in the IIFE.
        compress: { passes: 3, unsafe_arrows: true, keep_fargs: false },
        // Lit's and @lit/context's cross-module private members (`_$AH`, `_$Em`…): Lit keeps those names stable
        // between its packages, all of which are inside this bundle, and no other copy of Lit on the page reads them
        // (each copy renders only its own elements). Markers ending in `$` (`_$litType$`, `_$cssResult$`) stay:
        // they are how copies recognise each other's values. Public protocol (the `context-request` event's fields,
        // the 'dermakit-recovery' key) has no `_$` name.
        mangle: { properties: { regex: /^_\$[A-Z]/ } },
        format: { comments: false },
      }),
      reportSize(),
    ],
  };
}

/** The per-element scripts: a page with one widget loads only its family (issue 12). */
const elementScripts = readdirSync('src/bundles')
  .filter((name) => name.endsWith('.ts'))
  .sort()
  .map((name) => sealedScript(`src/bundles/${name}`, name.replace(/\.ts$/, '.js')));

export default [
  sealedScript('src/dermakit.ts', 'dermakit.js'),
  ...elementScripts,
  {
    input: { index: 'src/index.ts', ...elementEntries },
    external: [/^lit/, /^@lit\//],
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [
      cleanOutput(),
      typescript({
        tsconfig: './tsconfig.json',
        noEmit: false,
        declaration: true,
        declarationMap: true,
        outDir: 'dist/esm',
        include: ['src/**/*.ts'],
        // The sealed scripts' entries have no ES module here: no stray .d.ts for them either.
        exclude: ['src/dermakit.ts', 'src/bundles/**'],
      }),
    ],
  },
  {
    // The configurator page (demo/configure.html): its form, outputs and the export code, as one ES module. Lit is
    // bundled for the form; the kit itself is not (the page loads dist/dermakit.js for the live preview).
    input: 'demo/configure/main.ts',
    output: { file: 'dist/configure.js', format: 'es', sourcemap: false },
    plugins: [
      resolve(),
      typescript({
        tsconfig: './tsconfig.json',
        declaration: false,
        noEmit: false,
        outDir: 'dist',
        include: ['src/**/*.ts', 'demo/configure/**/*.ts'],
      }),
      terser({ ecma: 2020, module: true, format: { comments: false } }),
    ],
  },
];
