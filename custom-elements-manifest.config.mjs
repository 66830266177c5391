// The custom elements manifest (dist/custom-elements.json) is generated from the classes' JSDoc: editors read
// it for completions, and scripts/docs.mjs renders README's API tables from it.
//
// It ships in the package, where src/ is not: every module path in it (a module's `path`, the `module` of an export,
// superclass or inherited member) names the file a tool can import, `dist/esm/<folder>/<name>.js`. The sealed
// scripts' entries (src/dermakit.ts, src/bundles/) have no ES module in the package, so they are not analysed.

import { posix } from 'node:path';

/**
 * Where a module reference points once shipped: `src/faq/faq.ts` → `dist/esm/faq/faq.js`. The analyzer writes
 * references as it found them: relative to the module they appear in (`./faq/faq.js` in src/index.ts), or from the
 * root (`/src/core/element.js`); both are resolved first.
 */
function shippedPath(reference, fromModule) {
  const path = reference.startsWith('.') ? posix.join(posix.dirname(fromModule), reference) : reference;
  return path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/esm/$1.js');
}

/** Rewrites every `path` and `module` string under one module of the manifest, wherever it is nested. */
function rewritePaths(node, fromModule) {
  if (Array.isArray(node)) return node.forEach((child) => rewritePaths(child, fromModule));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shippedPath(value, fromModule);
    else rewritePaths(value, fromModule);
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/dermakit.ts', 'src/bundles/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'dermakit-shipped-paths',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) rewritePaths(module, module.path);
      },
    },
  ],
};
