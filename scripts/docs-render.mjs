// What `npm run docs` writes, as pure functions of the custom elements manifest: README's API tables (and, through
// `elementsOf`, the WordPress plugin's element list that scripts/build-wordpress.mjs generates). Elements are sorted
// here, so the text never depends on the order the analyzer met the files in (the file system's), and a fresh
// clone renders exactly what was committed.

/** The manifest's element declarations by tag name, in tag order. */
export function elementsOf(manifest) {
  const declarations = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  declarations.sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
  return new Map(declarations.map((declaration) => [declaration.tagName, declaration]));
}

const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) =>
  text
    ? `\`${String(text)
        .replace(/\s*\n\s*/g, ' ')
        .trim()}\``
    : '';

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

export function render(declaration) {
  const fields = new Map((declaration.members ?? []).map((member) => [member.name, member]));
  // `static properties` entries with `state: true` show up as attributes in the manifest: keep the public ones.
  const attributes = (declaration.attributes ?? [])
    .filter((attribute) => !['private', 'protected'].includes(fields.get(attribute.fieldName)?.privacy))
    .map((attribute) => {
      const field = fields.get(attribute.fieldName) ?? {};
      const type = (attribute.type?.text ?? field.type?.text ?? '').replace(/\s*\|\s*undefined\b/g, '');
      return [
        code(attribute.name),
        code(type),
        code(attribute.default ?? field.default),
        attribute.description ?? field.description,
      ];
    });
  const slots = (declaration.slots ?? []).map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description]);
  const parts = (declaration.cssParts ?? []).map((part) => [code(part.name), part.description]);
  const properties = (declaration.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    property.description,
  ]);
  const states = (declaration.cssStates ?? []).map((cssState) => [
    code(`:state(${cssState.name})`),
    cssState.description,
  ]);
  const events = (declaration.events ?? [])
    .filter((event) => event.name)
    .map((event) => [code(event.name), code(event.type?.text), event.description]);
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
