// The email export (writeEmail) as an email builder receives it: a fragment of presentation tables with inline CSS,
// nothing a mail client drops or breaks on (SVG, custom properties, flex/grid, web fonts, <details>), every text in
// the HTML (escaped) and in the text part, under Gmail's 102 KB clip. Runs against the built module: `npx rollup -c`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSnippet, writeEmail } from '../../dist/esm/export/index.js';
import {
  BRAND_THEME,
  DARK_THEME,
  LIGHT_THEME,
  PAYLOAD,
  demoSnippet,
  hostileSnippet,
  textsOf,
} from './export-fixtures.mjs';

const escape = (text) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]);
const count = (html, pattern) => (html.match(pattern) ?? []).length;
const GMAIL_CLIP = 102 * 1024;

const demo = writeEmail(demoSnippet());

test('sizes for the demo content stay well under Gmail’s 102 KB clip', (t) => {
  for (const [name, theme] of Object.entries({ light: LIGHT_THEME, dark: DARK_THEME, brand: BRAND_THEME })) {
    const { html, text } = writeEmail(demoSnippet(theme));
    const bytes = Buffer.byteLength(html);
    t.diagnostic(
      `email for the demo content, ${name} theme: HTML ${bytes.toLocaleString('en')} bytes, text part ${Buffer.byteLength(text).toLocaleString('en')} bytes`,
    );
    assert.ok(bytes < GMAIL_CLIP / 4, `${bytes} bytes`);
  }
  // A long FAQ (60 questions) still fits.
  const faq = demoSnippet().widgets.find((widget) => widget.kind === 'faq');
  const items = Array.from({ length: 12 }, () => faq.items).flat();
  const long = writeEmail({ ...demoSnippet(), widgets: [...demoSnippet().widgets, { ...faq, items }] });
  t.diagnostic(`with 60 more questions: HTML ${Buffer.byteLength(long.html).toLocaleString('en')} bytes`);
  assert.ok(Buffer.byteLength(long.html) < GMAIL_CLIP);
});

test('every text of the content is in the HTML, escaped, and in the text part, plain', () => {
  for (const text of textsOf(demoSnippet())) {
    assert.ok(demo.html.includes(escape(text)), `missing from the HTML: ${text}`);
    assert.ok(demo.text.includes(text), `missing from the text part: ${text}`);
  }
});

test('a fragment for a builder’s HTML block: no document, head, style sheet, script or class', () => {
  assert.doesNotMatch(demo.html, /<!doctype|<html|<head|<body|<meta|<style|<link|<script|\bclass=|\bid=/i);
  assert.match(demo.html, /^<table role="presentation"/);
});

test('nothing mail clients drop: no SVG, custom property, flex, grid, web font, <details>, border-radius, rem', () => {
  for (const theme of [LIGHT_THEME, DARK_THEME, BRAND_THEME]) {
    const { html } = writeEmail(demoSnippet(theme));
    assert.doesNotMatch(
      html,
      /<svg|var\(|--[a-z]|display:\s*(inline-)?(flex|grid)|@font-face|@import|<details|<summary|border-radius|\drem\b|system-ui/i,
    );
  }
});

test('layout tables are presentation tables; the column is 600 px at most (Outlook: a fixed table), fluid below', () => {
  const tables = count(demo.html, /<table/g);
  assert.equal(count(demo.html, /<table role="presentation"/g), tables);
  assert.match(demo.html, /<!--\[if mso\]><table role="presentation" width="600"/);
  assert.match(
    demo.html,
    /<div lang="en" style="max-width:600px;margin:0 auto;text-align:left"><table role="presentation" width="100%"/,
  );
  assert.equal(count(demo.html, /<!--\[if mso\]>/g), 2);
});

test('images only from absolute http(s) URLs, with width, height and alt; the others leave their alt text', () => {
  const images = demo.html.match(/<img [^>]*>/g);
  assert.equal(images.length, 2, 'the two absolute PNGs; the relative SVGs are dropped');
  for (const image of images) {
    assert.match(image, /^<img src="https:\/\/[^"]+" alt="[^"]+" width="\d+" height="\d+"/);
    assert.match(image, /style="display:block;width:100%;max-width:\d+px;height:auto;border:0"/);
  }
  // Two images side by side in a 552 px column: each scaled to 268 px, aspect kept.
  assert.match(images[0], /width="268" height="201"/);
  assert.match(
    demo.html,
    /<strong>Before<\/strong><\/p><p[^>]*>Illustration of skin before treatment: brown sun spots/,
  );
});

test('FAQ: every answer printed open under its question, a heading at the FAQ’s level', () => {
  assert.equal(count(demo.html, /<h3 /g), 5);
  assert.match(
    demo.html,
    /<h3[^>]*>Is microneedling safe for all skin types\?<\/h3><p[^>]*>Yes\. Microneedling suits all skin tones/,
  );
  assert.match(
    demo.html,
    /<a href="https:\/\/clinic\.example\/microneedling#plan" style="color:#1d2a33;text-decoration:underline">See a typical plan<\/a>/,
  );
});

test('FAQ: an item without a question prints its answer without a heading, in the HTML and the text part', () => {
  const { html, text } = writeEmail(
    readSnippet(
      '<dk-faq><dk-faq-item>Walk-ins welcome every Friday.</dk-faq-item><dk-faq-item question="Does it hurt?">A numbing cream keeps it comfortable.</dk-faq-item></dk-faq>',
    ),
  );
  assert.match(html, /<td style="padding:16px 0 4px;border-top:[^"]*">Walk-ins welcome every Friday\.<\/td>/);
  assert.equal(count(html, /<h3 /g), 1);
  assert.match(text, /Walk-ins welcome every Friday\.\n\nDoes it hurt\?\nA numbing cream keeps it comfortable\./);
});

test('gauge: the percentage in text over a two-cell bar whose widths are the value', () => {
  assert.match(demo.html, /<p[^>]*font-size:32px[^>]*>8%<\/p>/);
  assert.match(
    demo.html,
    /<tr><td width="8%" style="width:8%;height:12px;background-color:#0b6e69;[^"]*">&nbsp;<\/td><td width="92%" style="width:92%;height:12px;background-color:#dfe3e6;/,
  );
  const full = writeEmail({
    ...demoSnippet(),
    widgets: [{ kind: 'gauge', label: 'Renewal', value: 100, valueText: '100%', details: [] }],
  });
  assert.equal(count(full.html, /<td width="\d+%"/g), 1, 'a full bar is one cell');
});

test('plan: a dated table, each session’s state in words', () => {
  const rows = [
    ...demo.html.matchAll(
      /<tr><td[^>]*><strong>(Session \d)<\/strong><br>([^<]+)<\/td><td[^>]*>(?:<span[^>]*>)?([^<]+)</g,
    ),
  ].map((match) => match.slice(1).join(' | '));
  assert.deepEqual(rows, [
    'Session 1 | Sun, Nov 1, 2026 | Done',
    'Session 2 | Sun, Nov 29, 2026 | Next',
    'Session 3 | Sun, Dec 27, 2026 | Upcoming',
  ]);
  assert.match(demo.text, /Session 2 — Sun, Nov 29, 2026 — Next/);
});

test('timeline: the current phase says where the reader is, in words, in the HTML and the text part', () => {
  assert.match(
    demo.html,
    /<strong>Proliferative<\/strong> <span[^>]*>· 3–21 days<\/span><\/p><p[^>]*><span[^>]*>Day 12: Proliferative phase<\/span>/,
  );
  assert.match(
    demo.text,
    /2\. Proliferative \(3–21 days\)\n {3}>> Day 12: Proliferative phase\n {3}Fibroblasts lay down/,
  );
});

test('text part: plain and readable — headings, bullets, link URLs in brackets, image URLs, no markup', () => {
  assert.doesNotMatch(demo.text, /<[a-z/]|&[a-z]+;/i);
  assert.match(demo.text, /^Your recovery\n\nEnter the date of your session/);
  assert.match(demo.text, /See a typical plan \[https:\/\/clinic\.example\/microneedling#plan\]\./);
  assert.match(demo.text, /Individual results vary\.\n\n- Rolling and boxcar scars respond best\.\n- Ice-pick scars/);
  assert.match(demo.text, /Share of the collagen renewal expected by about six months: 8%\n/);
  assert.match(
    demo.text,
    /Before: Illustration of cheek skin[^\n]+\[https:\/\/clinic\.example\/images\/acne-scars-before\.png\]/,
  );
  assert.doesNotMatch(demo.text, /\n{3}/);
});

test('a hostile question, answer, label and image stay text in the HTML and the text part; no javascript: anywhere', () => {
  const { html, text } = writeEmail(hostileSnippet());
  assert.doesNotMatch(html, /<script|<img src=x|javascript:|data:text|java\s*script/i);
  // Attribute values are all double-quoted with their quotes escaped: without them, no event handler attribute is left.
  const tags = html.replace(/"[^"]*"/g, '""').match(/<[a-z][^>]*>/gi);
  assert.deepEqual(
    tags.filter((tag) => /\son[a-z]+=/i.test(tag)),
    [],
  );
  assert.doesNotMatch(text, /javascript:|java\s*script:|data:text/i);
  assert.ok(html.includes(`Question ${escape(PAYLOAD)}`));
  assert.ok(html.includes(`Answer ${escape(PAYLOAD)}`));
  assert.ok(text.includes(`Question ${PAYLOAD}`));
  // The image whose URL holds a quote is still one attribute value, escaped; the script-source image is its alt.
  assert.match(
    html,
    /<img src="https:\/\/clinic\.example\/a\.png&quot; onerror=&quot;alert\(10\)" alt="After alt &lt;script&gt;/,
  );
  for (const value of textsOf(hostileSnippet())) {
    assert.ok(html.includes(escape(value)), `missing from the HTML: ${value}`);
    assert.ok(text.includes(value), `missing from the text part: ${value}`);
  }
});

test('relative links (fine on the page) are dropped in email, their words kept', () => {
  const snippet = {
    ...demoSnippet(),
    widgets: [
      {
        kind: 'content',
        content: [
          { tag: 'p', children: [{ tag: 'a', attributes: { href: '#plan' }, children: [{ text: 'See the plan' }] }] },
        ],
      },
    ],
  };
  const { html, text } = writeEmail(snippet);
  assert.match(html, /<p[^>]*>See the plan<\/p>/);
  assert.equal(text, 'See the plan\n');
});

test('the font stack keeps no system-ui keyword (unknown to Outlook on Windows); colours are literal', () => {
  const { html } = writeEmail(demoSnippet({ ...LIGHT_THEME, font: 'system-ui, ui-sans-serif' }));
  assert.match(html, /font-family:Helvetica, Arial, sans-serif;/);
  assert.match(writeEmail(demoSnippet(DARK_THEME)).html, /background-color:#14161a/);
});

test('web link: escaped, its words overridable, only absolute http(s), never on the static page', async () => {
  const { exportSnippet } = await import('../../dist/esm/export/index.js');
  const markup = '<dk-collagen-gauge value="40"></dk-collagen-gauge>';
  const linked = exportSnippet(markup, {
    target: 'email',
    webUrl: 'https://clinic.example/a?b=1&c=<2>',
    webText: 'Im Browser <öffnen>',
  });
  assert.match(
    linked.html,
    /<a href="https:\/\/clinic\.example\/a\?b=1&amp;c=%3C2%3E"[^>]*>Im Browser &lt;öffnen&gt;<\/a>/,
  );
  assert.match(linked.text, /^Im Browser <öffnen>: https:\/\/clinic\.example\/a\?b=1&c=%3C2%3E\n/);
  assert.deepEqual(linked.warnings, []);
  for (const webUrl of [
    '/relative',
    'mailto:a@b.example',
    'javascript:alert(1)',
    'https:no-host',
    'ftp://x.example/',
  ]) {
    const result = exportSnippet(markup, { target: 'email', webUrl });
    assert.doesNotMatch(result.html, /<a /, webUrl);
    assert.equal(result.warnings.length, 1, webUrl);
  }
  const page = exportSnippet(markup, { target: 'static', webUrl: 'https://clinic.example/' });
  assert.doesNotMatch(page.html, /View this in your browser/);
});
