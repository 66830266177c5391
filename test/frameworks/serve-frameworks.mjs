// Test-server plugins for test/frameworks/: the kit hosted in React 19 and Vue 3, imported as an app imports them
// (`import { useState } from 'react'`). web-test-runner.config.mjs adds `frameworkPlugins()` to its plugins.
// - React and react-dom ship CommonJS only, whose named exports a per-file transform cannot see: they are bundled
//   once with esbuild into one ES module (one React for both), and `react`, `react-dom` and `react-dom/client`
//   are served as small modules re-exporting its names.
// - Vue's bundler build reads `process.env.NODE_ENV`, which a bundler replaces: replaced here by "production".
// Both serve the production builds, as sites ship them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const BUNDLE = '/__frameworks/bundle/react.js';
/** Each React import an app writes, with the production file whose names it exports. */
const REACT_MODULES = {
  react: 'react/cjs/react.production.js',
  'react-dom': 'react-dom/cjs/react-dom.production.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.production.js',
};
const modulePath = (specifier) => `/__frameworks/${specifier}.js`;
const bindingOf = (specifier) => specifier.replace(/\W(\w)/g, (_, letter) => letter.toUpperCase());

function productionFile(file) {
  const [scope, rest] = file.split('/cjs/');
  return join(dirname(require.resolve(`${scope}/package.json`)), 'cjs', rest);
}

async function bundleReact() {
  const contents = Object.keys(REACT_MODULES)
    .map((specifier) => `export * as ${bindingOf(specifier)} from '${specifier}';`)
    .join('\n');
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** A module with the names `specifier` exports (`exports.name = …` in its production file), from the bundle. */
function reexport(specifier) {
  // Read from the source, not run: requiring React here would run it in the test server.
  const source = readFileSync(productionFile(REACT_MODULES[specifier]), 'utf8');
  const names = [...new Set([...source.matchAll(/^exports\.([A-Za-z_$][\w$]*) =/gm)].map(([, name]) => name))];
  return [
    `import { ${bindingOf(specifier)} as module } from '${BUNDLE}';`,
    `export default module.default ?? module;`,
    `export const { ${names.sort().join(', ')} } = module;`,
  ].join('\n');
}

function reactAsModules() {
  let bundle;
  return {
    name: 'react-as-modules',
    resolveImport({ source }) {
      return source in REACT_MODULES ? modulePath(source) : undefined;
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await (bundle ??= bundleReact()), type: 'js' };
      const specifier = Object.keys(REACT_MODULES).find((name) => context.path === modulePath(name));
      return specifier ? { body: reexport(specifier), type: 'js' } : undefined;
    },
  };
}

/** `process.env.NODE_ENV` → `"production"` in Vue's packages (nowhere else). */
function vueProductionBuild() {
  return {
    name: 'vue-production-build',
    transform(context) {
      if (!/\/node_modules\/(vue|@vue\/[\w-]+)\//.test(context.path) || !context.response.is('js')) return undefined;
      return { body: context.body.replaceAll('process.env.NODE_ENV', '"production"') };
    },
  };
}

export function frameworkPlugins() {
  return [reactAsModules(), vueProductionBuild()];
}
