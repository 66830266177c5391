// dermakit/export's reading side on the BUILT module (run `npx rollup -c` first): the HTML parser on what authors and
// page builders write (and on garbage), and readSnippet on the demo's content for fixed days — what a visitor would
// read in the exported page must be what the live widgets say. Expectations come from the README's and the model's
// documented numbers and dates, worked out here, not from the kit's own functions.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

// Calendar days must not depend on the zone: run this file where clocks change (US: 2026-11-01).
process.env.TZ = 'America/New_York';

const { readSnippet, exportSnippet } = await import('../../dist/esm/export/index.js');
const { parseHtml, decodeEntities, textContent } = await import('../../dist/esm/export/html.js');

const demo = readFileSync(new URL('../../demo/index.html', import.meta.url), 'utf8');

/** The plain text of Rich nodes, as a reader sees it. */
const richText = (nodes) => nodes.map((node) => ('text' in node ? node.text : richText(node.children))).join('');
const kinds = (widgets) =>
  widgets.flatMap((widget) => [widget.kind, ...(widget.kind === 'recovery' ? kinds(widget.children) : [])]);
/** Every widget of a kind, nested ones included, in document order. */
function widgetsOf(snippet, kind) {
  const found = [];
  const walk = (widgets) => {
    for (const widget of widgets) {
      if (widget.kind === kind) found.push(widget);
      if (widget.kind === 'recovery') walk(widget.children);
    }
  };
  walk(snippet.widgets);
  return found;
}
/** Element children only (the parser keeps whitespace text as the DOM does). */
const elements = (node) => node.children.filter((child) => child.type === 'element');

// ─── the parser ──────────────────────────────────────────────────────────────────────────────────────────────────

test('character references: named (with and without ;), decimal, hex, Windows-1252 and invalid numbers; unknown names stay literal', () => {
  assert.equal(decodeEntities('Fish &amp; chips &lt;3 &quot;ok&quot; &apos;s'), 'Fish & chips <3 "ok" \'s');
  assert.equal(decodeEntities('a&nbsp;b&ndash;c&mdash;d&hellip;&rsquo;&lsquo;&rdquo;&ldquo;'), 'a\u00a0b–c—d…’‘”“');
  assert.equal(decodeEntities('&copy; &reg; &trade; caf&eacute; &Uuml;ber &szlig;'), '© ® ™ café Über ß');
  assert.equal(decodeEntities('&#233;&#xE9;&#x1F600;'), 'éé😀');
  assert.equal(decodeEntities('&#150; &#153;'), '– ™', 'numbers 128–159 are Windows-1252, as browsers read them');
  assert.equal(decodeEntities('&#0;&#xD800;&#x110000;'), '\ufffd\ufffd\ufffd');
  assert.equal(decodeEntities('&bogus; &amp &copy2026 & alone'), '&bogus; & ©2026 & alone');
  assert.equal(decodeEntities('&amp;lt;'), '&lt;', 'decoded once only');
});

test('attributes: quoted, unquoted and boolean; names and tags in any case; the first of duplicates wins; references decoded with the attribute rule', () => {
  const [element] = elements(
    parseHtml(`<DK-FAQ Heading-Level=4 multiple data-x='a "b"' data-y="c 'd'" data-y="second" title="x &amp; y">`),
  );
  assert.equal(element.name, 'dk-faq');
  assert.deepEqual(element.attributes, {
    'heading-level': '4',
    multiple: '',
    'data-x': 'a "b"',
    'data-y': "c 'd'",
    title: 'x & y',
  });
  assert.equal(element.getAttribute('HEADING-LEVEL'), '4');
  assert.equal(element.getAttribute('missing'), null);
  const [link] = elements(parseHtml('<a href="https://example.com/?a=1&copy=2&amp;b=3">x</a>'));
  assert.equal(
    link.getAttribute('href'),
    'https://example.com/?a=1&copy=2&b=3',
    '&copy= in a query string is left alone',
  );
});

test('void elements take no children; <br/> and </br> are line breaks; self-closing custom tags open (as browsers read them)', () => {
  const root = parseHtml('<p>a<img src="x.png">b<br/>c</br>d</p><dk-phase name="x" />text');
  const [p, phase] = elements(root);
  assert.deepEqual(
    elements(p).map((child) => child.name),
    ['img', 'br', 'br'],
  );
  assert.equal(textContent(p), 'abcd');
  assert.equal(phase.name, 'dk-phase');
  assert.equal(textContent(phase), 'text', 'a custom element is never void: "/>" is ignored');
});

test('script and style are raw text (kept as written, tags inside included); comments and doctypes are dropped', () => {
  const root = parseHtml(
    '<!doctype html><!-- hi <p>not a paragraph</p> --><script>if (a < b && c) document.write("<p>x</p>")</script><style>:root{--dk-color-primary:#7a3e9d}</style><p>after</p>',
  );
  const [script, style, p] = elements(root);
  assert.equal(script.name, 'script');
  assert.equal(textContent(script), 'if (a < b && c) document.write("<p>x</p>")');
  assert.equal(textContent(style), ':root{--dk-color-primary:#7a3e9d}');
  assert.equal(textContent(p), 'after');
  assert.equal(elements(root).length, 3, 'the comment made no element');
});

test('implied end tags: <p> before a block or another <p>, <li> after <li>, <dt>/<dd>, table cells', () => {
  const root = parseHtml(
    '<p>one<p>two<div>block</div><ul><li>a<li>b<li>c</ul><dl><dt>t<dd>d<dt>u</dl><table><tr><td>1<td>2<tr><td>3</table>',
  );
  assert.deepEqual(
    elements(root).map((node) => node.name),
    ['p', 'p', 'div', 'ul', 'dl', 'table'],
  );
  const ul = elements(root)[3];
  assert.deepEqual(
    elements(ul).map((li) => textContent(li)),
    ['a', 'b', 'c'],
  );
  assert.deepEqual(
    elements(elements(root)[4]).map((node) => `${node.name}:${textContent(node)}`),
    ['dt:t', 'dd:d', 'dt:u'],
  );
  const rows = elements(elements(root)[5]);
  assert.deepEqual(
    rows.map((row) => elements(row).map((cell) => textContent(cell))),
    [['1', '2'], ['3']],
  );
});

test('unclosed and stray tags: the text survives, nothing throws', () => {
  assert.equal(textContent(parseHtml('<div><p>still <b>here')), 'still here');
  assert.equal(textContent(parseHtml('a < b and c<3 </> </ 3> d')), 'a < b and c<3   d');
  assert.equal(textContent(parseHtml('</div></p>text</span>')), 'text');
  assert.equal(textContent(parseHtml('<a href="never closed')), '');
  assert.equal(textContent(parseHtml('<b><i>x</b>y</i>')), 'xy');
});

test('garbage never throws: random markup, deep nesting and odd input types go through parser and reader', () => {
  const alphabet = [
    '<',
    '>',
    '/',
    '"',
    "'",
    '=',
    '&',
    ';',
    '#',
    'x',
    ' ',
    '\n',
    'p',
    'dk-faq',
    'dk-faq-item',
    'script',
    'li',
    '!--',
    '-->',
    'amp',
    '1',
    'question',
    'slot',
  ];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let run = 0; run < 400; run++) {
    let markup = '';
    for (let i = 0; i < 80; i++) markup += alphabet[Math.floor(random() * alphabet.length)];
    assert.doesNotThrow(() => readSnippet(markup, { today: '2026-11-13' }), markup);
  }
  const deep = '<div>'.repeat(20000) + 'bottom' + '</div>'.repeat(20000);
  assert.equal(textContent(parseHtml(deep)), 'bottom');
  assert.doesNotThrow(() =>
    readSnippet(
      `<dk-recovery treatment-date="2026-11-01">${deep}<dk-collagen-gauge></dk-collagen-gauge></dk-recovery>`,
      { today: '2026-11-13' },
    ),
  );
  for (const odd of ['', undefined, null, 42, '\0\0<\0>']) assert.doesNotThrow(() => readSnippet(odd));
});

// ─── the demo page, read for fixed days ──────────────────────────────────────────────────────────────────────────

test('the demo page reads into its widgets, in document order, the text between them kept', () => {
  const snippet = readSnippet(demo, { today: '2026-11-13' });
  assert.deepEqual(
    kinds(snippet.widgets).filter((kind) => kind !== 'content'),
    ['recovery', 'timeline', 'gauge', 'plan', 'before-after', 'before-after', 'before-after', 'faq'],
  );
  assert.equal(snippet.lang, 'en');
  assert.deepEqual(snippet.warnings, []);
  const allText = JSON.stringify(snippet);
  for (const words of [
    'How your skin repairs itself',
    'Phase lengths are typical ranges',
    'Your practitioner may suggest more sessions',
    'Individual results vary.',
    'Harbor Skin Clinic · This page explains',
  ]) {
    assert.ok(allText.includes(words), `"${words}" is kept`);
  }
  assert.ok(!allText.includes('dermakit.js'), 'the script tag is not content');
  const recovery = widgetsOf(snippet, 'recovery')[0];
  assert.equal(
    richText(recovery.intro),
    'Your recoveryEnter the date of your session, or drag the slider, to see what your skin is doing on any day after treatment. The date stays on your device: nothing is sent or stored.',
  );
});

test("FAQ: the demo's five questions and answers, its settings, and the in-page link reduced to its words", () => {
  const [faq] = widgetsOf(readSnippet(demo, { today: '2026-11-13' }), 'faq');
  assert.equal(faq.headingLevel, 3);
  assert.equal(faq.multiple, true);
  assert.equal(faq.schema, true);
  assert.deepEqual(
    faq.items.map((item) => item.question),
    [
      'How long does collagen production last after microneedling?',
      'Is microneedling safe for all skin types?',
      'How many treatments are needed for results?',
      'Does microneedling damage the skin barrier?',
      'Can microneedling help with acne scars?',
    ],
  );
  assert.equal(
    richText(faq.items[2].answer),
    'Most people benefit from a series of three to six sessions spaced several weeks apart, so that each round of new collagen can build on the last. See a typical plan.',
  );
  assert.equal(faq.items[0].answer[0].tag, 'p', 'the answer keeps its paragraph');
  assert.ok(
    !JSON.stringify(faq).includes('#plan'),
    'a link to an anchor of the original page goes nowhere in an export: words only',
  );
});

test('FAQ: question attribute or slot, heading-level clamped with a warning naming element and attribute, an item without question warned', () => {
  const snippet = readSnippet(`<dk-faq heading-level="9">
    <dk-faq-item question="  Does it   hurt? "><p>A little.</p></dk-faq-item>
    <div class="builder-wrapper"><dk-faq-item><h4 slot="question">Downtime?</h4>One or two days.</dk-faq-item></div>
    <dk-faq-item><p>No question here.</p></dk-faq-item>
  </dk-faq>`);
  const [faq] = snippet.widgets;
  assert.equal(faq.headingLevel, 6);
  assert.deepEqual(
    faq.items.map((item) => [item.question, richText(item.answer)]),
    [
      ['Does it hurt?', 'A little.'],
      ['Downtime?', 'One or two days.'],
      ['', 'No question here.'],
    ],
  );
  assert.deepEqual(snippet.warnings, [
    '<dk-faq> heading-level: 9 is outside 2–6; using 6.',
    '<dk-faq-item> question: missing: add question="…" or a slot="question" child. The answer shows on its own.',
  ]);
});

/** The demo's recovery (treatment on 2026-11-01) read on `today`. */
const demoOn = (today) => readSnippet(demo, { today });
const currentPhase = (timeline) => timeline.phases.find((phase) => phase.current)?.name;

test('timeline: the current phase and the status line for days before, during and after recovery (treatment 2026-11-01)', () => {
  const cases = [
    // today, days after treatment, current phase, status
    ['2026-10-25', -7, undefined, 'Treatment in 7 days'],
    ['2026-10-31', -1, undefined, 'Treatment tomorrow'],
    ['2026-11-01', 0, 'Inflammatory', 'Day 0: Inflammatory'],
    ['2026-11-03', 2, 'Inflammatory', 'Day 2: Inflammatory'],
    ['2026-11-04', 3, 'Proliferative', 'Day 3: Proliferative'],
    ['2026-11-22', 21, 'Remodeling', 'Day 21: Remodeling'],
    ['2027-04-30', 180, 'Remodeling', 'Day 180: Remodeling'],
    ['2027-05-01', 181, undefined, 'Day 181: healing complete'],
  ];
  for (const [today, day, phase, status] of cases) {
    const [timeline] = widgetsOf(demoOn(today), 'timeline');
    assert.equal(timeline.day, day, today);
    assert.equal(currentPhase(timeline), phase, today);
    assert.equal(timeline.status, status, today);
  }
  const [timeline] = widgetsOf(demoOn('2026-11-13'), 'timeline');
  assert.deepEqual(
    timeline.phases.map((phase) => [phase.name, phase.span]),
    [
      ['Inflammatory', '0–3 days'],
      ['Proliferative', '3–21 days'],
      ['Remodeling', '1–6 months'],
    ],
  );
  assert.match(
    richText(timeline.phases[0].content),
    /^Blood flow rises and growth factors wake the fibroblasts\. Mild redness/,
  );
});

test("timeline without phases or a day: the preset, nothing current, no status; a widget's own day wins over the recovery's", () => {
  const [alone] = readSnippet('<dk-healing-timeline></dk-healing-timeline>', { today: '2026-11-13' }).widgets;
  assert.deepEqual(
    alone.phases.map((phase) => phase.name),
    ['Inflammatory', 'Proliferative', 'Remodeling'],
  );
  assert.equal(alone.day, null);
  assert.equal(alone.status, '');
  assert.equal(currentPhase(alone), undefined);
  assert.match(richText(alone.phases[1].content), /^Fibroblasts lay down new collagen/);
  const [recovery] = readSnippet(
    '<dk-recovery treatment-date="2026-11-01"><dk-healing-timeline day="40"></dk-healing-timeline><dk-healing-timeline today="2026-11-02"></dk-healing-timeline></dk-recovery>',
    { today: '2026-11-13' },
  ).widgets;
  // As the element does (resolveRecovery): an own today without an own date keeps the recovery's day.
  assert.deepEqual(
    recovery.children.map((timeline) => timeline.day),
    [40, 12],
    'own day wins; own today alone does not recount',
  );
});

/**
 * The gauge's figure on a day, from the model as README and collagen-model.ts describe it: an Erlang-2 curve
 * 1 − (1 + t/τ)·e^(−t/τ) with τ = 180 / 7.2 days, scaled to reach 100 on day 180, 0 before treatment, rounded.
 */
function documentedRenewal(day) {
  if (day <= 0) return 0;
  if (day >= 180) return 100;
  const tau = 180 / 7.2;
  const curve = (t) => 1 - (1 + t / tau) * Math.exp(-t / tau);
  return Math.round((100 * curve(day)) / curve(180));
}

test("gauge: the percentage the widget shows for the recovery's day, matching the README's figures (under 1 % by day 3, about 21 % on day 21, 88 % by day 90)", () => {
  assert.equal(documentedRenewal(3), 1, 'README: under 1 % by day 3 (rounded: 1)');
  assert.equal(documentedRenewal(21), 21);
  assert.equal(documentedRenewal(90), 88);
  for (const [today, day] of [
    ['2026-10-25', -7],
    ['2026-11-01', 0],
    ['2026-11-04', 3],
    ['2026-11-13', 12],
    ['2026-11-22', 21],
    ['2027-01-30', 90],
    ['2027-04-30', 180],
    ['2027-06-01', 212],
  ]) {
    const [gauge] = widgetsOf(demoOn(today), 'gauge');
    const expected = documentedRenewal(day);
    assert.equal(gauge.value, expected, today);
    assert.equal(gauge.valueText, `${expected}%`, today);
  }
});

test('gauge details: the day and phase, the type III / I split (type I = 80 % × share²), the note; before treatment only the status', () => {
  const [day90] = widgetsOf(demoOn('2027-01-30'), 'gauge');
  const typeI = Math.round(80 * 0.88 ** 2);
  assert.deepEqual(day90.details, [
    '88%, day 90, Remodeling phase',
    `New collagen: ${100 - typeI}% type\u00a0III, ${typeI}% type\u00a0I`,
    'Illustrative model, not a prediction. Individual results vary.',
  ]);
  assert.equal(day90.label, 'Share of the collagen renewal expected by about six months');
  const [before] = widgetsOf(demoOn('2026-10-22'), 'gauge');
  assert.equal(before.value, 0);
  assert.deepEqual(before.details, ['Treatment in 10 days']);
  const [own] = readSnippet('<dk-collagen-gauge value="60">Course progress</dk-collagen-gauge>').widgets;
  assert.deepEqual([own.value, own.valueText, own.label, own.details], [60, '60%', 'Course progress', []]);
  const [german] = readSnippet(
    '<html lang="de"><dk-collagen-gauge day="21" phase-names="Entzündung, Proliferation, Umbau"></dk-collagen-gauge>',
  ).widgets;
  assert.equal(german.valueText, '21\u00a0%', "percent in the page's language");
  assert.equal(german.details[0], '21\u00a0%, day 21, Umbau phase');
});

test('plan: dated sessions across the US and EU clock changes keep their calendar dates; done, next and upcoming from today', () => {
  const markup =
    '<dk-treatment-plan lang="en-GB" start-date="2026-10-04" sessions="4" interval-weeks="4"><p>Four sessions.</p></dk-treatment-plan>';
  const [plan] = readSnippet(markup, { today: '2026-11-01' }).widgets;
  assert.deepEqual(
    plan.sessions.map((session) => [session.label, session.dateText, session.statusText]),
    [
      ['Session 1', 'Sun, 4 Oct 2026', 'Done'],
      ['Session 2', 'Sun, 1 Nov 2026', 'Next'],
      ['Session 3', 'Sun, 29 Nov 2026', 'Upcoming'],
      ['Session 4', 'Sun, 27 Dec 2026', 'Upcoming'],
    ],
  );
  assert.deepEqual(plan.sessions[1].date, { year: 2026, month: 11, day: 1 });
  assert.equal(plan.progress, '1 of 4 sessions complete');
  assert.equal(richText(plan.content), 'Four sessions.');
  const [later] = readSnippet(markup, { today: '2026-11-02' }).widgets;
  assert.deepEqual(
    later.sessions.map((session) => session.status),
    ['done', 'done', 'next', 'upcoming'],
  );
});

test('plan: the demo\'s series follows the recovery\'s date; without any date it reads "Week 0, Week 4…"; a today attribute beats the option', () => {
  const [plan] = widgetsOf(demoOn('2026-11-13'), 'plan');
  assert.deepEqual(
    plan.sessions.map((session) => session.dateText),
    ['Sun, Nov 1, 2026', 'Sun, Nov 29, 2026', 'Sun, Dec 27, 2026'],
  );
  assert.deepEqual(
    plan.sessions.map((session) => session.status),
    ['done', 'next', 'upcoming'],
  );
  const [relative] = readSnippet('<dk-treatment-plan sessions="3"></dk-treatment-plan>').widgets;
  assert.deepEqual(
    relative.sessions.map((session) => [session.dateText, session.date]),
    [
      ['Week 0', undefined],
      ['Week 4', undefined],
      ['Week 8', undefined],
    ],
  );
  const [days] = readSnippet('<dk-treatment-plan sessions="2" interval-days="10"></dk-treatment-plan>').widgets;
  assert.deepEqual(
    days.sessions.map((session) => session.dateText),
    ['Day 0', 'Day 10'],
  );
  const [own] = readSnippet('<dk-treatment-plan start-date="2026-11-01" today="2027-01-01"></dk-treatment-plan>', {
    today: '2026-11-13',
  }).widgets;
  assert.equal(own.progress, '3 of 3 sessions complete');
});

test('before/after: both images with alt, size and srcset, labelled; a javascript: source is left out with a warning', () => {
  const snippet = readSnippet(`<dk-before-after label="Acne scars" before-label="Vorher">
    <img slot="before" src="https://clinic.example/a.jpg" srcset="https://clinic.example/a.jpg 1x, https://clinic.example/a@2x.jpg 2x" alt="Before treatment" width="480" height="360">
    <img slot="after" src="javascript:alert(1)" alt="After">
  </dk-before-after>`);
  const [pair] = snippet.widgets;
  assert.deepEqual(pair.before, {
    src: 'https://clinic.example/a.jpg',
    alt: 'Before treatment',
    width: 480,
    height: 360,
    srcset: 'https://clinic.example/a.jpg 1x, https://clinic.example/a@2x.jpg 2x',
    label: 'Vorher',
  });
  assert.equal(pair.after, null);
  assert.equal(pair.label, 'Acne scars');
  assert.deepEqual(snippet.warnings, [
    '<img> src: "javascript:alert(1)" is not an http(s) or relative image URL; leaving the after image out.',
  ]);
});

// ─── safety ──────────────────────────────────────────────────────────────────────────────────────────────────────

test('XSS payloads in answers and attributes stay text; scripts, handlers and javascript: links never reach the output', () => {
  const markup = `<dk-faq><dk-faq-item question='"><script>alert(1)</script>'>
    <p>&lt;script&gt;alert("answer")&lt;/script&gt; <script>alert(2)</script><img src=x onerror=alert(3)>
    <a href="javascript:alert(4)">bad link</a> <a href=" jav&#x09;ascript:alert(5)">tab link</a> <a href="JAVASCRIPT:alert(6)">caps</a>
    <a href="https://clinic.example/book" onclick="alert(7)" style="color:red">Book</a> <a href="mailto:hi@clinic.example">Mail</a>
    <iframe src="https://evil.example"></iframe><svg><script>alert(8)</script></svg><b style="x" onmouseover="alert(9)">bold</b></p>
  </dk-faq-item></dk-faq>`;
  const [faq] = readSnippet(markup).widgets;
  assert.equal(faq.items[0].question, '"><script>alert(1)</script>', 'the attribute is a question, word for word');
  const answer = JSON.stringify(faq.items[0].answer);
  assert.ok(
    richText(faq.items[0].answer).includes('<script>alert("answer")</script>'),
    'escaped markup in an answer is text',
  );
  assert.ok(!/alert\([2-9]\)/.test(answer.replace('bad link', '')), 'no script, handler or javascript: URL is kept');
  assert.ok(!/onerror|onclick|onmouseover|style|iframe|svg/i.test(answer));
  assert.ok(
    answer.includes('"href":"https://clinic.example/book"') && answer.includes('"href":"mailto:hi@clinic.example"'),
  );
  assert.ok(
    ['bad link', 'tab link', 'caps', 'bold'].every((words) => richText(faq.items[0].answer).includes(words)),
    'a dropped link keeps its words',
  );
  for (const target of ['static', 'email']) {
    const { html } = exportSnippet(markup, { target });
    assert.ok(!/<script>alert|javascript:|onerror=|onclick=|<iframe/i.test(html), `${target}: nothing runs`);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), `${target}: the question is printed escaped`);
  }
});

// ─── the theme ───────────────────────────────────────────────────────────────────────────────────────────────────

/** WCAG contrast of two #rrggbb colours, worked out here. */
function contrastOf(a, b) {
  const lum = (hex) => {
    const [r, g, bl] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

test("theme: the kit's defaults with no tokens; tokens from a :root rule resolved to literal values; a web font kept before system fonts", () => {
  const plain = readSnippet('<dk-faq></dk-faq>').theme;
  assert.equal(plain.primary, '#0b6e69');
  assert.equal(plain.onPrimary, '#ffffff');
  assert.equal(plain.background, '#ffffff');
  assert.equal(plain.radius, '8px', '0.5em at 16 px');
  assert.ok(!/var\(|color-mix|currentcolor/i.test(JSON.stringify(plain)), 'only literal values');
  const { theme, warnings } = readSnippet(`<style>
    /* the configurator's rule */
    :root { --brand: #7a3e9d; --dk-color-primary: var(--brand); --dk-radius: 0.75em; --dk-font-family: "Inter", sans-serif; }
    .other-section { --dk-color-primary: red; }
  </style><dk-faq></dk-faq>`);
  assert.equal(theme.primary, '#7a3e9d');
  assert.equal(theme.onPrimary, '#ffffff');
  assert.equal(theme.radius, '12px');
  assert.equal(theme.font, 'Inter, sans-serif');
  assert.deepEqual(warnings, []);
  const { theme: webFont, warnings: fontWarnings } = readSnippet(
    `<dk-faq style="--dk-font-family: 'Playfair Display'"></dk-faq>`,
  );
  assert.match(
    webFont.font,
    /^'Playfair Display', .*sans-serif$/,
    'a system stack follows the web font, which is never loaded',
  );
  assert.equal(fontWarnings.length, 1);
});

test('theme: style attributes on a widget and its section; options win; hsl(), rgb() and names; bad colours fall back with a warning', () => {
  const markup = `<section style="--dk-color-primary: hsl(210 60% 30%)"><dk-collagen-gauge style="--dk-color-primary: rgb(255, 200, 0)"></dk-collagen-gauge></section>`;
  const { theme } = readSnippet(markup);
  assert.equal(theme.primary, '#ffc800', 'the style nearest the widget wins');
  assert.equal(theme.onPrimary, '#111111', 'white on yellow would fail 4.5:1: near-black text');
  assert.equal(
    readSnippet('<dk-faq style="--dk-color-primary: hsl(210, 60%, 30%)"></dk-faq>').theme.primary,
    '#1f4d7a',
  );
  assert.equal(
    readSnippet(markup, { theme: { primary: 'rebeccapurple' } }).theme.primary,
    '#663399',
    'the option wins',
  );
  const bad = readSnippet('<style>:root{--dk-color-primary: color-mix(in srgb, red, blue)}</style><dk-faq></dk-faq>', {
    theme: { background: 'url(x)' },
  });
  assert.equal(bad.theme.primary, '#0b6e69');
  assert.equal(bad.theme.background, '#ffffff');
  assert.equal(bad.warnings.length, 2);
  assert.match(bad.warnings.join('\n'), /--dk-color-primary: "color-mix\(in srgb, red, blue\)" is not a colour/);
  assert.match(bad.warnings.join('\n'), /theme option background: "url\(x\)"/);
});

test('theme: muted text reaches 4.5:1 on the background, on-primary 4.5:1 on the primary, on light and dark backgrounds', () => {
  for (const theme of [
    readSnippet('<dk-faq></dk-faq>').theme,
    readSnippet('<dk-faq></dk-faq>', { theme: { background: '#14161a' } }).theme,
    readSnippet('<dk-faq></dk-faq>', { theme: { background: '#0b6e69', text: '#ffffff', primary: '#ffffff' } }).theme,
    readSnippet('<dk-faq style="--dk-color-muted:#cccccc; --dk-color-on-primary:#0b6e69"></dk-faq>').theme,
    readSnippet('<dk-faq></dk-faq>', { theme: { text: '#999999', primary: '#5ec4b8' } }).theme,
  ]) {
    for (const key of Object.keys(theme))
      if (key !== 'radius' && key !== 'font') assert.match(theme[key], /^#[0-9a-f]{6}$/, key);
    assert.ok(contrastOf(theme.text, theme.background) >= 4.5, `text ${theme.text} on ${theme.background}`);
    assert.ok(contrastOf(theme.muted, theme.background) >= 4.5, `muted ${theme.muted} on ${theme.background}`);
    assert.ok(contrastOf(theme.onPrimary, theme.primary) >= 4.5, `on-primary ${theme.onPrimary} on ${theme.primary}`);
    assert.notEqual(theme.muted, theme.text, 'muted is quieter than the text');
  }
});

// ─── options and the package ─────────────────────────────────────────────────────────────────────────────────────

test('options: a bad today or lang warns and falls back; an unknown target throws a RangeError', () => {
  const snippet = readSnippet('<dk-healing-timeline treatment-date="2026-11-01"></dk-healing-timeline>', {
    today: 'tomorrow',
    lang: 'not a language!',
  });
  assert.equal(snippet.lang, 'en');
  assert.deepEqual(snippet.warnings, [
    'lang option: "not a language!" is not a language tag; using "en".',
    'today option: "tomorrow" is not a calendar date in the form yyyy-mm-dd; using today\'s date.',
  ]);
  assert.equal(readSnippet('<dk-faq></dk-faq>', { lang: 'fr' }).lang, 'fr');
  assert.throws(() => exportSnippet('<dk-faq></dk-faq>', { target: 'pdf' }), RangeError);
});

test('dermakit/export runs in plain Node: its built modules import nothing outside the package (no Lit, no element class)', () => {
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const code = readFileSync(url, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'([^']+)'/g)) {
      assert.ok(specifier.startsWith('.'), `${url.pathname} imports ${specifier}`);
      visit(new URL(specifier, url));
    }
  };
  visit(new URL('../../dist/esm/export/index.js', import.meta.url));
  assert.ok(seen.size > 5);
  // The element classes (and the Lit base and tokens they pull in), not the export's readers of the same names.
  const classes =
    /\/esm\/(faq\/faq|faq\/faq-item|timeline\/healing-timeline|gauge\/collagen-gauge|plan\/treatment-plan|before-after\/before-after|recovery\/recovery|core\/element|core\/tokens|core\/recovery-context)\.js$/;
  assert.ok(![...seen].some((href) => classes.test(href)), [...seen].join('\n'));
  const bundle = readFileSync(new URL('../../dist/dermakit.js', import.meta.url), 'utf8');
  assert.ok(
    !bundle.includes('is not a colour the export can use') && !bundle.includes('dermakit export: target'),
    "the kit's bundle carries none of the export",
  );
});
