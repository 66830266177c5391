#!/usr/bin/env node
// Framework types and editor data, generated from the custom elements manifest (itself from the classes' JSDoc),
// so a tag, attribute or event is written once. Part of `npm run build`; writes dist/types/ (never committed):
//   elements.d.ts      the classes, each element's props (properties, attributes) and events, for the files below
//   react.d.ts         React 19 JSX (`ondk-toggle` props: React 19 adds `on<event>` props as listeners)
//   preact.d.ts        Preact JSX (same `ondk-toggle` props)
//   solid.d.ts         Solid JSX (`on:dk-toggle`, the native listener)
//   vue.d.ts           Vue 3 GlobalComponents (`@dk-toggle`)
//   svelte.d.ts        Svelte's `svelte/elements` (`ondk-toggle` in Svelte 5, `on:dk-toggle` in Svelte 4)
//   vscode.html-custom-data.json   VS Code's HTML custom data
//   web-types.json                 JetBrains IDEs' web-types
// Event details come from `DkEventMap` (src/core/events.ts): an `@fires` the map lacks, or the reverse, fails
// the build. Everything is sorted, so the output depends on the manifest's content only, never on file order.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { elementsOf } from './docs-render.mjs';

const OUT = 'dist/types';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

// Analyze again rather than trust a dist/custom-elements.json left by an older build (about half a second).
execFileSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs'], { stdio: 'ignore' });
const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const oneLine = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
const comment = (text, indent = '  ') => (text ? `${indent}/** ${oneLine(text).replace(/\*\//g, '*\\/')} */\n` : '');
const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
const pascal = (name) => camel(name).replace(/^\w/, (letter) => letter.toUpperCase());
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** What every output needs of one element, from its manifest declaration. */
function describe(declaration, modulePath) {
  const fields = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  const isPublic = (member) =>
    member &&
    member.kind === 'field' &&
    !member.static &&
    !['private', 'protected'].includes(member.privacy) &&
    !member.name.startsWith('#');
  const attributes = (declaration.attributes ?? [])
    .filter((attribute) => isPublic(fields.get(attribute.fieldName)))
    .map((attribute) => {
      const field = fields.get(attribute.fieldName);
      return {
        name: attribute.name,
        property: attribute.fieldName,
        boolean: /^boolean\b/.test(attribute.type?.text ?? field.type?.text ?? ''),
        default: attribute.default ?? field.default,
        description: oneLine(attribute.description ?? field.description),
      };
    })
    .sort(byName);
  return {
    tag: declaration.tagName,
    className: declaration.name,
    module: modulePath.replace(/^dist\/esm\//, '../esm/'),
    description: oneLine(declaration.summary || declaration.description),
    attributes,
    events: (declaration.events ?? [])
      .filter((event) => event.name)
      .map((event) => ({ name: event.name, description: oneLine(event.description) }))
      .sort(byName),
    slots: (declaration.slots ?? [])
      .map((slot) => ({ name: slot.name ?? '', description: oneLine(slot.description) }))
      .sort(byName),
    parts: (declaration.cssParts ?? [])
      .map((part) => ({ name: part.name, description: oneLine(part.description) }))
      .sort(byName),
    cssProperties: (declaration.cssProperties ?? [])
      .map((property) => ({
        name: property.name,
        default: property.default,
        description: oneLine(property.description),
      }))
      .sort(byName),
  };
}

const modules = new Map(
  manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [declaration, module.path])),
);
const elements = [...elementsOf(manifest).values()].map((declaration) =>
  describe(declaration, modules.get(declaration)),
);

// The event map is the one typed list of events: the manifest's `@fires` must name the same ones.
const mapped = [...readFileSync('src/core/events.ts', 'utf8').matchAll(/^\s+'(dk-[\w-]+)': CustomEvent</gm)].map(
  ([, name]) => name,
);
const fired = [...new Set(elements.flatMap((element) => element.events.map((event) => event.name)))];
const unmapped = fired.filter((name) => !mapped.includes(name));
const unfired = mapped.filter((name) => !fired.includes(name));
if (unmapped.length || unfired.length) {
  console.error(
    `Events and DkEventMap (src/core/events.ts) disagree: ${[
      ...unmapped.map((name) => `${name} has @fires but is not in the map`),
      ...unfired.map((name) => `${name} is in the map but no element has @fires for it`),
    ].join('; ')}`,
  );
  process.exit(1);
}

const HEADER = `// Generated by scripts/build-types.mjs from the custom elements manifest: do not edit.\n`;

/** elements.d.ts: per element, `<Class>Props` (properties by name, attributes by their HTML name) and `<Class>Events`. */
function elementsFile() {
  const imports = elements.map(({ className, module }) => `import type { ${className} } from '${module}';`);
  const blocks = elements.map(({ className, tag, attributes, events }) => {
    const props = [];
    for (const attribute of attributes) {
      // The property (set by React 19, Vue, Solid when the element has it) and, when the name differs, the attribute.
      props.push(
        `${comment(attribute.description)}  ${quote(attribute.property)}?: ${className}['${attribute.property}'];\n`,
      );
      if (attribute.name !== attribute.property) {
        props.push(
          `${comment(attribute.description)}  ${quote(attribute.name)}?: ${attribute.boolean ? 'boolean' : 'string'};\n`,
        );
      }
    }
    const eventLines = events.map(
      (event) => `${comment(event.description)}  ${quote(event.name)}: DkEventMap['${event.name}'];\n`,
    );
    return (
      `/** Properties and attributes of \`<${tag}>\`. */\nexport interface ${className}Props {\n${props.join('')}}\n\n` +
      `/** Events of \`<${tag}>\`, by name. */\nexport interface ${className}Events {\n${eventLines.join('')}}\n`
    );
  });
  const map = elements.map(
    ({ tag, className }) =>
      `  '${tag}': { element: ${className}; props: ${className}Props; events: ${className}Events };\n`,
  );
  return (
    HEADER +
    `import type { DkEventMap } from '../esm/core/events.js';\n${imports.join('\n')}\n\n` +
    `export type { DkEventMap, ${elements.map(({ className }) => className).join(', ')} };\n\n${blocks.join('\n')}\n` +
    `/** Every element of the kit: its class, props and events. */\nexport interface DkElements {\n${map.join('')}}\n`
  );
}

/** A JSX flavour: `declare module '<from>' { namespace JSX { interface IntrinsicElements { … } } }`. */
function jsxFile({ from, imports, attributes, listener }) {
  const entries = elements.map(({ tag, className, events }) => {
    const listeners = events
      .map((event) => `        ${listener(event.name)}?: (event: DkEventMap['${event.name}']) => void;\n`)
      .join('');
    return `      '${tag}': Omit<${attributes(className)}, keyof ${className}Props> & ${className}Props${listeners ? ` & {\n${listeners}      }` : ''};\n`;
  });
  const classes = elements.flatMap(({ className }) => [className, `${className}Props`]);
  return (
    HEADER +
    `${imports}\nimport type { DkEventMap, ${classes.join(', ')} } from './elements.js';\n\n` +
    `declare module '${from}' {\n  namespace JSX {\n    interface IntrinsicElements {\n${entries.join('')}    }\n  }\n}\n`
  );
}

function reactFile() {
  // React 19: a prop the element has as a property is set as one, any other as an attribute; `on<event name>`
  // props are added as listeners with that exact name.
  return jsxFile({
    from: 'react',
    imports: `import type { DetailedHTMLProps, HTMLAttributes } from 'react';`,
    attributes: (className) => `DetailedHTMLProps<HTMLAttributes<${className}>, ${className}>`,
    listener: (name) => `'on${name}'`,
  });
}

function preactFile() {
  // Preact: `on<event name>` props are listeners (not lowercased, as the element has no such `on…` property).
  return jsxFile({
    from: 'preact',
    imports: `import type { JSX as PreactJSX } from 'preact';`,
    attributes: (className) => `PreactJSX.HTMLAttributes<${className}>`,
    listener: (name) => `'on${name}'`,
  });
}

function solidFile() {
  // Solid: `on:<event name>` adds a native listener; props of a custom element are set as properties.
  return jsxFile({
    from: 'solid-js',
    imports: `import type { JSX as SolidJSX } from 'solid-js';`,
    attributes: (className) => `SolidJSX.HTMLAttributes<${className}>`,
    listener: (name) => `'on:${name}'`,
  });
}

function vueFile() {
  // Vue 3 (with `isCustomElement`): `@dk-toggle` is checked as the `onDkToggle` prop.
  const entries = elements.map(({ tag, className, events }) => {
    const listeners = events
      .map((event) => `      on${pascal(event.name)}?: (event: DkEventMap['${event.name}']) => void;\n`)
      .join('');
    return `    '${tag}': DefineComponent<${className}Props${listeners ? ` & {\n${listeners}    }` : ''}>;\n`;
  });
  return (
    HEADER +
    `import type { DefineComponent } from 'vue';\nimport type { DkEventMap, ${elements.map(({ className }) => `${className}Props`).join(', ')} } from './elements.js';\n\n` +
    `declare module 'vue' {\n  interface GlobalComponents {\n${entries.join('')}  }\n}\n`
  );
}

function svelteFile() {
  // Svelte 5 reads `ondk-toggle` as a listener; Svelte 4 `on:dk-toggle`. Both are typed.
  const entries = elements.map(({ tag, className, events }) => {
    const listeners = events
      .flatMap((event) =>
        [`'on${event.name}'`, `'on:${event.name}'`].map(
          (prop) => `      ${prop}?: (event: DkEventMap['${event.name}']) => void;\n`,
        ),
      )
      .join('');
    return `    '${tag}': Omit<HTMLAttributes<${className}>, keyof ${className}Props> & ${className}Props${listeners ? ` & {\n${listeners}    }` : ''};\n`;
  });
  const classes = elements.flatMap(({ className }) => [className, `${className}Props`]);
  return (
    HEADER +
    `import type { HTMLAttributes } from 'svelte/elements';\nimport type { DkEventMap, ${classes.join(', ')} } from './elements.js';\n\n` +
    `declare module 'svelte/elements' {\n  interface SvelteHTMLElements {\n${entries.join('')}  }\n}\n`
  );
}

const README = `${pkg.homepage ?? ''}`;
const docsLink = (tag) => (README ? [{ name: 'README', url: `${README}#${tag}` }] : undefined);

function vscodeData() {
  return {
    version: 1.1,
    tags: elements.map(({ tag, description, attributes, slots, events }) => ({
      name: tag,
      description: [
        description,
        events.length ? `Events: ${events.map((event) => `\`${event.name}\``).join(', ')}.` : '',
        slots.length ? `Slots: ${slots.map((slot) => (slot.name ? `\`${slot.name}\`` : 'default')).join(', ')}.` : '',
      ]
        .filter(Boolean)
        .join('\n\n'),
      attributes: attributes.map((attribute) => ({
        name: attribute.name,
        description:
          attribute.description + (attribute.default && !attribute.boolean ? ` Default: ${attribute.default}.` : ''),
        ...(attribute.boolean ? { valueSet: 'v' } : {}),
      })),
      ...(docsLink(tag) ? { references: docsLink(tag) } : {}),
    })),
  };
}

function webTypes() {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map(({ tag, description, attributes, slots, events }) => ({
          name: tag,
          description,
          attributes: attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value: attribute.boolean ? { type: 'boolean', required: false } : { type: 'string' },
          })),
          slots: slots.map((slot) => ({ name: slot.name, description: slot.description })),
          events: events.map((event) => ({ name: event.name, description: event.description })),
          js: {
            properties: attributes.map((attribute) => ({
              name: attribute.property,
              description: attribute.description,
            })),
            events: events.map((event) => ({ name: event.name, description: event.description })),
          },
        })),
      },
      css: {
        properties: elements
          .flatMap(({ cssProperties }) => cssProperties)
          .map(({ name, description }) => ({ name, description })),
        parts: elements.flatMap(({ parts }) => parts).map(({ name, description }) => ({ name, description })),
      },
    },
  };
}

/** CSS properties and parts several elements share (`--dk-duration`) are listed once. */
function unique(list) {
  const seen = new Map();
  for (const entry of list) if (!seen.has(entry.name)) seen.set(entry.name, entry);
  return [...seen.values()].sort(byName);
}

const types = webTypes();
types.contributions.css.properties = unique(types.contributions.css.properties);
types.contributions.css.parts = unique(types.contributions.css.parts);

mkdirSync(OUT, { recursive: true });
const files = {
  'elements.d.ts': elementsFile(),
  'react.d.ts': reactFile(),
  'preact.d.ts': preactFile(),
  'solid.d.ts': solidFile(),
  'vue.d.ts': vueFile(),
  'svelte.d.ts': svelteFile(),
  'vscode.html-custom-data.json': `${JSON.stringify(vscodeData(), null, 2)}\n`,
  'web-types.json': `${JSON.stringify(types, null, 2)}\n`,
};
for (const [name, text] of Object.entries(files)) writeFileSync(`${OUT}/${name}`, text);
console.log(
  `${OUT}/: framework types and editor data for ${elements.length} elements (${Object.keys(files).length} files).`,
);
