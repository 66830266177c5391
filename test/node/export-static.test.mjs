// The no-JavaScript export (writeStatic) as a page builder receives it: plain HTML with inline styles, every text of
// the snippet there and escaped, no script but the FAQPage data, each widget with the semantics the live one has.
// Runs against the built module: `npx rollup -c` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippet, writeStatic } from '../../dist/esm/export/index.js';
import { BRAND_THEME, DARK_THEME, PAYLOAD, demoSnippet, hostileSnippet, textsOf } from './export-fixtures.mjs';

const escape = (text) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
const count = (html, pattern) => (html.match(pattern) ?? []).length;
/** The markup of the first element matching `open` (a regex for its start tag) up to its end tag, flat (no nesting of the same tag). */
const element = (html, open, tag) => {
  const start = html.search(open);
  assert.ok(start >= 0, `no ${open} in the output`);
  return html.slice(start, html.indexOf(`</${tag}>`, start) + tag.length + 3);
};

const demo = writeStatic(demoSnippet());

test('the demo content: every text is in the HTML, escaped', (t) => {
  t.diagnostic(`static HTML for the demo content: ${Buffer.byteLength(demo).toLocaleString('en')} bytes`);
  for (const text of textsOf(demoSnippet())) assert.ok(demo.includes(escape(text)), `missing: ${text}`);
});

test('plain HTML: no custom element, no class, no custom property, no script but FAQPage JSON-LD', () => {
  assert.doesNotMatch(demo, /<dk-|\bclass=|var\(--|<style|\bon[a-z]+=/i);
  assert.equal(count(demo, /<script/g), 1);
  assert.equal(count(demo, /<script type="application\/ld\+json">/g), 1);
  assert.match(
    demo,
    /^<div lang="en" style="[^"]*max-width:100%[^"]*background-color:#ffffff;color:#1d2a33;font-family:/,
  );
});

test('FAQ: one <details> per question, an <h3> in each summary, sharing a name (one open at a time)', () => {
  const names = [...demo.matchAll(/<details name="([^"]+)"/g)].map((match) => match[1]);
  assert.equal(names.length, 5);
  assert.equal(new Set(names).size, 1);
  assert.equal(count(demo, /<summary[^>]*><h3[^>]*>[^<]+<\/h3><\/summary>/g), 5);
  assert.match(
    demo,
    /<summary[^>]*><h3[^>]*>Can microneedling help with acne scars\?<\/h3><\/summary><div[^>]*><p[^>]*>Yes\. Microneedling breaks down/,
  );
  assert.match(
    demo,
    /<a href="https:\/\/clinic\.example\/microneedling#plan" style="color:#1d2a33;text-decoration:underline">See a typical plan<\/a>/,
  );
});

test('FAQ: with multiple, no shared name; the heading level follows headingLevel; two FAQs never share a group', () => {
  const faq = demoSnippet().widgets.find((widget) => widget.kind === 'faq');
  const multiple = writeStatic({ ...demoSnippet(), widgets: [{ ...faq, multiple: true, headingLevel: 4 }] });
  assert.doesNotMatch(multiple, /<details name=/);
  assert.equal(count(multiple, /<summary[^>]*><h4/g), 5);
  const other = writeStatic({ ...demoSnippet(), widgets: [{ ...faq, items: faq.items.slice(1) }] });
  assert.notEqual(/name="([^"]+)"/.exec(other)[1], /name="([^"]+)"/.exec(demo)[1]);
});

test('FAQ: an item without a question shows its answer on its own, open and without a heading, as the widget does', () => {
  const html = writeStatic(
    readSnippet(
      '<dk-faq schema><dk-faq-item>Walk-ins welcome <strong>every Friday</strong>.</dk-faq-item>' +
        '<dk-faq-item question="Does it hurt?">A numbing cream keeps it comfortable.</dk-faq-item><dk-faq-item question=" "></dk-faq-item></dk-faq>',
    ),
  );
  assert.match(
    html,
    /<\/script><div style="padding:0\.75em 0;[^"]*border-top:[^"]*">Walk-ins welcome <strong>every Friday<\/strong>\.<\/div><details /,
  );
  assert.equal(count(html, /<details/g), 1, 'one disclosure: the item with a question');
  assert.equal(count(html, /<h3/g), 1);
  const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)[1]);
  assert.deepEqual(
    json.mainEntity.map((entry) => entry.name),
    ['Does it hurt?'],
    'JSON-LD only names questions',
  );
});

test('FAQ: JSON-LD names every question with its answer as text; none without schema', () => {
  const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(demo)[1]);
  assert.equal(json['@type'], 'FAQPage');
  assert.equal(json.mainEntity.length, 5);
  assert.equal(json.mainEntity[2].name, 'How many treatments are needed for results?');
  assert.match(json.mainEntity[2].acceptedAnswer.text, /build on the last\. See a typical plan\.$/);
  assert.match(
    json.mainEntity[4].acceptedAnswer.text,
    /Individual results vary\. Rolling and boxcar scars respond best\. Ice-pick/,
  );
  const faq = demoSnippet().widgets.find((widget) => widget.kind === 'faq');
  assert.doesNotMatch(writeStatic({ ...demoSnippet(), widgets: [{ ...faq, schema: false }] }), /<script/);
});

test('timeline: an ordered list; the current phase is aria-current and says the day in words', () => {
  const list = element(demo, /<ol role="list" aria-label="Healing phases"/, 'ol');
  assert.equal(count(list, /<li/g), 3);
  assert.equal(count(list, /aria-current="step"/g), 1);
  const current = element(list, /<li aria-current="step"/, 'li');
  assert.match(current, /<strong>Proliferative<\/strong> <span[^>]*>3–21 days<\/span>/);
  assert.match(current, />Day 12: Proliferative phase</);
  // Before treatment no phase is current: the status stands above the list.
  const timeline = demoSnippet().widgets[0].children[0];
  const before = writeStatic({
    ...demoSnippet(),
    widgets: [
      {
        ...timeline,
        day: -5,
        status: 'Treatment in 5 days',
        phases: timeline.phases.map((phase) => ({ ...phase, current: false })),
      },
    ],
  });
  assert.match(before, /<p[^>]*>Treatment in 5 days<\/p><ol/);
  assert.doesNotMatch(before, /aria-current/);
});

test('gauge: an SVG ring named with its value, the value as text, the label as the caption', () => {
  const figure = element(demo, /<figure[^>]*><svg/, 'figure');
  assert.match(figure, /<svg role="img" aria-label="8%"/);
  assert.match(figure, /stroke-dasharray="8 100"/);
  assert.match(figure, /<text[^>]*>8%<\/text>/);
  assert.match(figure, /<figcaption[^>]*>Share of the collagen renewal expected by about six months<\/figcaption>/);
  assert.match(figure, /New collagen: 99% type III, 1% type I/);
});

test('plan: dated sessions in order, each state in words, the next one aria-current, the progress line', () => {
  const list = element(demo, /<ol role="list" aria-label="Microneedling sessions"/, 'ol');
  const rows = [...list.matchAll(/<li[^>]*>.*?<\/li>/g)].map(([row]) => row.replace(/<[^>]+>/g, ''));
  assert.deepEqual(rows, [
    '✓Session 1 — Sun, Nov 1, 2026 Done',
    '2Session 2 — Sun, Nov 29, 2026 Next',
    '3Session 3 — Sun, Dec 27, 2026 Upcoming',
  ]);
  assert.match(list, /<li aria-current="step"[^>]*><span aria-hidden="true"[^>]*>2<\/span><strong>Session 2/);
  assert.match(demo, /<\/ol><p[^>]*>1 of 3 sessions complete<\/p>/);
});

test('before/after: two captioned images with their alt, size and lazy loading, the label as the caption', () => {
  const pair = demo.slice(
    demo.indexOf('<figure style="margin:0"><div'),
    demo.indexOf('Acne scarring, before and after</figcaption>'),
  );
  assert.equal(count(pair, /<img /g), 2);
  assert.match(
    pair,
    /<img src="https:\/\/clinic\.example\/images\/acne-scars-before\.png" alt="Illustration of cheek skin before treatment: [^"]+" width="480" height="360" loading="lazy"/,
  );
  assert.match(
    pair,
    /<figcaption[^>]*>Before<\/figcaption><\/figure><figure[^>]*><img [^>]+><figcaption[^>]*>After<\/figcaption>/,
  );
  // Relative sources work on the page that holds the export (the demo's own images).
  assert.match(demo, /<img src="images\/pigmentation-before\.svg"/);
});

test('recovery: its intro heading, the day, then the widgets it holds', () => {
  assert.match(
    demo,
    /<section><h2[^>]*>Your recovery<\/h2><p[^>]*>Enter the date[^<]*<\/p><p[^>]*>Day 12 after your treatment<\/p><div[^>]*><ol role="list" aria-label="Healing phases"/,
  );
});

test('a hostile question, answer, label and image stay text: no script, handler or javascript: URL gets through', () => {
  const html = writeStatic(hostileSnippet());
  assert.doesNotMatch(html, /<script>|<img src=x|javascript:|data:text|java\s*script/i);
  // Attribute values are all double-quoted with their quotes escaped: without them, no event handler attribute is left.
  const tags = html.replace(/"[^"]*"/g, '""').match(/<[a-z][^>]*>/gi);
  assert.deepEqual(
    tags.filter((tag) => /\son[a-z]+=/i.test(tag)),
    [],
  );
  assert.equal(count(html, /<script/g), 1, 'only the JSON-LD');
  assert.ok(html.includes(`Question ${escape(PAYLOAD)}`));
  assert.ok(html.includes(`Answer ${escape(PAYLOAD)}`));
  assert.ok(html.includes(`Before alt ${escape(PAYLOAD)}`), 'an image with a script source leaves its alt text');
  // The unsafe links keep their words without the link; the safe one keeps its (escaped) URL.
  assert.match(
    html,
    /<p[^>]*>a script link a tab-split script link a data link <a href="https:\/\/clinic\.example\/\?q=&quot;&gt;&lt;script&gt;alert\(6\)&lt;\/script&gt;"/,
  );
  // JSON-LD cannot be closed early: no < or > in it at all.
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)[1];
  assert.doesNotMatch(json, /[<>]/);
  assert.equal(JSON.parse(json).mainEntity[0].name, `Question ${PAYLOAD}`);
  for (const text of textsOf(hostileSnippet())) assert.ok(html.includes(escape(text)), `missing: ${text}`);
});

test('theme values are literal and safe: a hostile value falls back, never leaks into a style', () => {
  const html = writeStatic({
    ...demoSnippet(),
    theme: { ...DARK_THEME, primary: 'red;background:url(https://evil.example/x)', font: '"x"}</style><script>' },
  });
  assert.doesNotMatch(html, /url\(|evil|<\/style|<script>/);
  assert.match(html, /background-color:#14161a;color:#e9ecef/);
  assert.match(
    writeStatic(demoSnippet(BRAND_THEME)),
    /font-family:&#39;Trebuchet MS&#39;, Helvetica, Arial, sans-serif/,
  );
});

test('bad input never throws: empty, missing and odd values give a readable fragment', () => {
  assert.match(
    writeStatic({ lang: '"><x', theme: {}, widgets: [], warnings: [] }),
    /^<div lang="en" style="[^"]*"><\/div>$/,
  );
  const odd = writeStatic({
    lang: 'de',
    theme: undefined,
    warnings: [],
    widgets: [
      { kind: 'faq', headingLevel: 9, multiple: false, schema: true, items: [{ question: '  ', answer: [] }] },
      { kind: 'gauge', label: '', value: NaN, valueText: '', details: [] },
      { kind: 'before-after', label: '', before: null, after: null },
      { kind: 'unknown' },
    ],
  });
  assert.match(odd, /^<div lang="de"/);
  assert.match(odd, /aria-label="0%"/);
  assert.doesNotMatch(odd, /<details|<script/);
});
