// ESLint (flat config), run by `npm run lint` inside `npm test`: ESLint's and typescript-eslint's `recommended`
// sets, without type information (type-aware rules would make lint take tsc's time again; `tsc --noEmit` already
// checks types), eslint-plugin-lit's recommended set for the templates, and `eqeqeq` everywhere.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx', 'test/**/*.d.mts', 'demo/**/*.ts'];
const JS = ['scripts/**/*.mjs', 'bin/**/*.mjs', 'test/**/*.mjs', '*.mjs', '*.cjs'];

const rules = {
  // `==` hides mix-ups between attribute strings and numbers. `x == null` stays allowed: a Lit property fed by an
  // attribute is `undefined` until set and `null` once the attribute is removed, and "not given" means both.
  eqeqeq: ['error', 'always', { null: 'ignore' }],
  // `let { rgb: text, authored: textFrom } = …` where only `text` is replaced later: one destructuring, not two.
  'prefer-const': ['error', { destructuring: 'all' }],
};
// `_`-prefixed names are unused on purpose (a parameter a callback's signature requires).
const unused = ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      // Minimal stand-ins for MooTools, Prototype and jQuery: they patch built-ins on purpose, as those libraries do.
      'test/robustness/old-libraries/',
    ],
  },
  // A disable comment that no longer disables anything is an error, not a warning nobody reads.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  {
    files: [...TS, ...JS],
    ...js.configs.recommended,
    rules: { ...js.configs.recommended.rules, ...rules, 'no-unused-vars': unused },
  },
  {
    files: JS,
    // Node scripts; several also hand functions to a browser page (puppeteer's page.evaluate, the bench pages).
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
  { files: ['*.cjs'], languageOptions: { sourceType: 'commonjs' } },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: TS })),
  {
    files: TS,
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': unused },
  },
  { files: ['src/**/*.ts', 'demo/**/*.ts'], ...lit.configs['flat/recommended'] },
  {
    // The kit's convention (DEVELOPERS.md): attributes are parsed, and bad ones warned about, in `willUpdate`; render
    // and its `render…` pieces only read the results.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'MethodDefinition[key.name=/^render/] CallExpression[callee.name=/^(parse(Number|OptionalNumber|Choice|Date)|warn)$/]',
          message: 'Parse attributes and warn in willUpdate(), not while rendering.',
        },
      ],
    },
  },
  {
    // One convention for styles: `<name>.styles.ts` exports the element's sheet as `styles`, and nothing else.
    files: ['src/**/*.styles.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'ExportNamedDeclaration VariableDeclarator[id.name!="styles"], ExportNamedDeclaration > FunctionDeclaration, ExportSpecifier, ExportDefaultDeclaration',
          message: 'A <name>.styles.ts file exports one `styles` sheet.',
        },
      ],
    },
  },
  {
    // The WordPress plugin's editor script: build-free ES5-style code on WordPress's globals, a classic script.
    files: ['wordpress/**/*.js'],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser, wp: 'readonly' } },
    rules: { ...js.configs.recommended.rules, ...rules, 'no-unused-vars': unused },
  },
);
