// The email export against caniemail.com's data (the `caniemail` package, 1.0.5: 2.0.2 wants Node 22): no HTML or CSS feature that a
// Gmail, Outlook or Apple Mail client does not support, except one justified below; every partial support listed
// with why it is harmless here, and each reason checked against the output (the part of a feature a client lacks
// is not used). Runs against the built module: `npx rollup -c` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caniemail } from 'caniemail';
import data from 'caniemail/caniemail.json' with { type: 'json' };
import { writeEmail } from '../../dist/esm/export/index.js';
import { BRAND_THEME, DARK_THEME, LIGHT_THEME, demoSnippet, hostileSnippet } from './export-fixtures.mjs';

/**
 * Explicit, as the data's own names. Outlook on macOS is in: caniemail counts a
 * `<body>` tag as an error there, and the export is a fragment without one.
 */
const CLIENTS = [
  'gmail.desktop-webmail',
  'gmail.ios',
  'gmail.android',
  'outlook.windows',
  'outlook.windows-mail',
  'outlook.outlook-com',
  'outlook.ios',
  'outlook.android',
  'outlook.macos',
  'apple-mail.macos',
  'apple-mail.ios',
];

/** Unsupported features accepted, by `client: title`. Anything else unsupported fails the test. */
const UNSUPPORTED_ACCEPTED = {
  'outlook.windows-mail: role attribute':
    'Windows Mail (the retired Windows 10 "Mail and Calendar" app) drops the role attribute: its tables then read as ' +
    'they would without it, and nothing looks different. Every other client keeps role="presentation", which ' +
    'tells screen readers the layout tables are not data tables (WCAG 1.3.1): dropping it would hurt all of them.',
};

const elements = (html) =>
  [...html.matchAll(/<([a-z0-9]+)\b([^>]*)>/g)].map(([, tag, attributes]) => ({
    tag,
    attributes,
    style: /style="([^"]*)"/.exec(attributes)?.[1] ?? '',
  }));
const declarations = (html, property) =>
  elements(html).flatMap((element) =>
    element.style
      .split(';')
      .map((declaration) => declaration.split(':'))
      .filter(([name]) => name.trim() === property)
      .map(([, value]) => ({ ...element, value: value.trim() })),
  );
const offending = (list, bad) => list.filter(bad).map(({ tag, value }) => `<${tag}> ${value ?? ''}`);

/**
 * Partial support accepted, by feature title: why it is harmless, and what the output must avoid for that to hold
 * (`avoid` returns the offending uses, which must be none).
 */
const PARTIAL_ACCEPTED = {
  margin: {
    why: 'Outlook ignores margin on some elements and Gmail drops negative and `auto` values: spacing between widgets is cell padding; margins only space paragraphs; the one `auto` (centring the column) is backed by the fixed, centred table Outlook gets in conditional comments.',
    avoid: (html) =>
      offending(
        declarations(html, 'margin'),
        ({ tag, value }) => /-\d/.test(value) || tag === 'span' || (/auto/.test(value) && tag !== 'div'),
      ),
  },
  padding: {
    why: 'Outlook on Windows pads table cells only: all layout spacing is on cells; padding elsewhere (the chip, list indents, a quote) is cosmetic and loses nothing when dropped.',
    avoid: (html) =>
      offending(declarations(html, 'padding'), ({ tag }) => !['td', 'span', 'ul', 'ol', 'blockquote'].includes(tag)),
  },
  'width attribute': {
    why: 'Outlook on Windows sizes images by their pixel width attribute (percentages would follow the file): images carry pixel widths; tables and cells use percentages, which it handles.',
    avoid: (html) =>
      elements(html)
        .filter(({ tag, attributes }) => tag === 'img' && !/width="\d+"/.test(attributes))
        .map(({ attributes }) => attributes),
  },
  'height attribute': {
    why: 'Same as width: images carry their pixel height, scaled with the width.',
    avoid: (html) =>
      elements(html)
        .filter(({ tag, attributes }) => tag === 'img' && !/height="\d+"/.test(attributes))
        .map(({ attributes }) => attributes),
  },
  'width property': {
    why: 'Outlook on Windows ignores CSS width on span, div, p and img: those get no width but images, whose width attribute it uses.',
    avoid: (html) => offending(declarations(html, 'width'), ({ tag }) => ['span', 'div', 'p', 'body'].includes(tag)),
  },
  'height property': {
    why: 'Outlook on Windows ignores CSS height on span, div and p: heights are only set on the gauge bar’s cells (which also hold a 1 px line) and on images (auto).',
    avoid: (html) => offending(declarations(html, 'height'), ({ tag }) => ['span', 'div', 'p', 'body'].includes(tag)),
  },
  'max-width': {
    why: 'Outlook on Windows applies max-width to tables only and Apple Mail on iOS not to tables: the 600 px cap is on a div (Apple Mail), with the fixed table in conditional comments for Outlook; images also carry their pixel width attribute.',
    avoid: (html) => offending(declarations(html, 'max-width'), ({ tag }) => tag === 'table'),
  },
  border: {
    why: 'Outlook on Windows draws borders up to 8 px and not reliably on p or div: borders are 1–4 px on table cells and tables (and a quote’s 3 px left rule).',
    avoid: (html) =>
      [
        ...declarations(html, 'border'),
        ...declarations(html, 'border-top'),
        ...declarations(html, 'border-bottom'),
        ...declarations(html, 'border-left'),
      ]
        .filter(({ tag, value }) => ['p', 'div'].includes(tag) || Number(/(\d+)px/.exec(value)?.[1] ?? 0) > 8)
        .map(({ tag, value }) => `<${tag}> ${value}`),
  },
  background: {
    why: 'Outlook on Windows supports background-color only: no background images or shorthand are used.',
    avoid: (html) =>
      [...declarations(html, 'background'), ...declarations(html, 'background-image')].map(
        ({ tag, value }) => `<${tag}> ${value}`,
      ),
  },
  'font-size': {
    why: 'Outlook on Windows ignores rem, relative and percentage sizes: every size is in px.',
    avoid: (html) => offending(declarations(html, 'font-size'), ({ value }) => !/^\d+px$/.test(value)),
  },
  'line-height': {
    why: 'Outlook on Windows treats a px line height as a minimum (its "at least" rule): lines may be taller, never clipped.',
    avoid: (html) => offending(declarations(html, 'line-height'), ({ value }) => !/^\d+px$/.test(value)),
  },
  'font-weight': {
    why: 'Outlook on Windows knows normal and bold only: only bold is used.',
    avoid: (html) => offending(declarations(html, 'font-weight'), ({ value }) => value !== 'bold'),
  },
  'text-align': {
    why: 'Outlook and Gmail on Android lack start/end/match-parent: only left and right are used.',
    avoid: (html) =>
      offending(declarations(html, 'text-align'), ({ value }) => !['left', 'right', 'center'].includes(value)),
  },
  'align attribute': {
    why: 'Outlook on macOS ignores align="left|right" on tables: align is only on cells (centre the column, right-align a session’s state).',
    avoid: (html) =>
      elements(html)
        .filter(({ tag, attributes }) => tag === 'table' && /align=/.test(attributes))
        .map(({ attributes }) => attributes),
  },
  display: {
    why: 'Outlook on Windows supports display:none only and Gmail’s apps drop flex/grid for non-Google accounts: display:block is only on images, where Outlook’s inline image leaves at most a few pixels under it.',
    avoid: (html) => offending(declarations(html, 'display'), ({ tag, value }) => tag !== 'img' || value !== 'block'),
  },
  'text-decoration': {
    why: 'Several values and overline are unsupported in places: links use the single value underline.',
    avoid: (html) => offending(declarations(html, 'text-decoration'), ({ value }) => value !== 'underline'),
  },
  '<ul>, <ol> and <dl>': {
    why: 'The `reversed` attribute and `<li value>` misbehave: the author’s lists are printed without either.',
    avoid: (html) =>
      elements(html)
        .filter(
          ({ tag, attributes }) =>
            (tag === 'ol' && /reversed/.test(attributes)) || (tag === 'li' && /value=/.test(attributes)),
        )
        .map(({ attributes }) => attributes),
  },
};

/** `{ errors, warnings }`, each a map of `client: title` to the notes caniemail gives. */
function check(html) {
  const { issues } = caniemail({ clients: CLIENTS, html });
  const flatten = (byClient) => {
    const found = new Map();
    for (const [client, list] of byClient instanceof Map ? byClient : Object.entries(byClient)) {
      for (const issue of list) found.set(`${client}: ${issue.title}`, issue.notes);
    }
    return found;
  };
  return { errors: flatten(issues.errors), warnings: flatten(issues.warnings) };
}

const outputs = {
  'demo, light theme': writeEmail(demoSnippet(LIGHT_THEME)).html,
  'demo, dark theme': writeEmail(demoSnippet(DARK_THEME)).html,
  'demo, brand theme': writeEmail(demoSnippet(BRAND_THEME)).html,
  'hostile input': writeEmail(hostileSnippet()).html,
};

for (const [name, html] of Object.entries(outputs)) {
  test(`caniemail, ${name}: nothing unsupported in Gmail, Outlook or Apple Mail but the one accepted`, (t) => {
    const { errors, warnings } = check(html);
    const unsupported = [...errors.keys()];
    assert.deepEqual(
      unsupported.filter((key) => !(key in UNSUPPORTED_ACCEPTED)),
      [],
    );
    const partial = new Set([...warnings.keys()].map((key) => key.slice(key.indexOf(': ') + 2)));
    assert.deepEqual(
      [...partial].filter((title) => !(title in PARTIAL_ACCEPTED)),
      [],
      'a partial support not yet reviewed',
    );
    for (const client of CLIENTS) {
      const mine = (map) => [
        ...new Set(
          [...map.keys()].filter((key) => key.startsWith(`${client}: `)).map((key) => key.slice(client.length + 2)),
        ),
      ];
      t.diagnostic(
        `${client}: unsupported ${mine(errors).join(', ') || 'none'}; partial ${mine(warnings).join(', ') || 'none'}`,
      );
    }
  });
}

test('each accepted partial support holds: the output avoids the part the client lacks', () => {
  for (const [name, html] of Object.entries(outputs)) {
    for (const [title, { avoid }] of Object.entries(PARTIAL_ACCEPTED))
      assert.deepEqual(avoid(html), [], `${name}: ${title}`);
  }
});

test('the client names exist in caniemail’s data (an unknown name would check nothing)', () => {
  const known = new Set(
    data.data.flatMap((feature) =>
      Object.entries(feature.stats).flatMap(([family, platforms]) =>
        Object.keys(platforms).map((platform) => `${family}.${platform}`),
      ),
    ),
  );
  assert.deepEqual(
    CLIENTS.filter((client) => !known.has(client)),
    [],
  );
});
