// Classic content (issue 9): the_content gives paragraphs inside the elements that hold text, as the visual editor
// (TinyMCE) saves them (blank lines, no <p>): FAQ answers, multi-paragraph phases and plan fallbacks; content
// already written with <p>, and one-line phases, stay exactly as written. Then a classic post on the front end.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { site } from './site.mjs';

const wp = await site();

/** Each input through apply_filters('the_content', …) in one PHP run (as on the front end: no current user). */
async function theContent(inputs) {
  const b64 = Buffer.from(JSON.stringify(inputs)).toString('base64');
  const out = await wp.wpCli(`
$out = array();
foreach (json_decode(base64_decode('${b64}'), true) as $k => $html) $out[$k] = apply_filters('the_content', $html);
echo "\\n@@JSON@@" . json_encode($out);`);
  return JSON.parse(out.slice(out.indexOf('@@JSON@@') + 8));
}

// As TinyMCE saves an FAQ: the question in its slot, the answer's paragraphs as text with blank lines.
const FAQ_ITEM = '<dk-faq-item><span slot="question">How long?</span>Up to six months.\n\nAsk at the consultation.\n\n</dk-faq-item>';
const FAQ = `<dk-faq>\n${FAQ_ITEM}\n</dk-faq>After.`;
const PHASE_ONE = '<dk-phase name="A" start="0" end="3">One line.</dk-phase>';
const PHASE_TWO = '<dk-phase name="A" start="0" end="3">First.\n\nSecond.</dk-phase>';
const PLAN = '<dk-treatment-plan sessions="3">A.\n\nB.</dk-treatment-plan>';
const WRITTEN = '<dk-faq>\n<dk-faq-item><span slot="question">How long?</span><p>Up to six months.</p><p>Ask at the consultation.</p></dk-faq-item>\n</dk-faq>';

let out;
before(async () => {
  out = await theContent({ faq: FAQ, phaseOne: PHASE_ONE, phaseTwo: PHASE_TWO, plan: PLAN, written: WRITTEN });
});

test('the_content: an FAQ answer typed with blank lines gets its paragraphs, the question stays in its slot', () => {
  const html = out.faq;
  assert.ok(html.includes('<span slot="question">How long?</span><p>Up to six months.</p>'), html);
  assert.ok(html.includes('<p>Ask at the consultation.</p></dk-faq-item>'), html);
  assert.ok(html.trim().endsWith('<p>After.</p>'), html);
  // Nothing of the answer left outside its item, no paragraph around the elements themselves.
  assert.doesNotMatch(html, /<p>\s*<\/?dk-/, html);
  assert.equal((html.match(/<p>/g) || []).length, 3, html);
});

test('the_content: a one-line phase stays as written; a phase and a plan fallback with blank lines get paragraphs', () => {
  assert.equal(out.phaseOne.trim(), PHASE_ONE);
  assert.ok(out.phaseTwo.includes('<p>First.</p>'), out.phaseTwo);
  assert.ok(out.phaseTwo.includes('<p>Second.</p>'), out.phaseTwo);
  assert.match(out.phaseTwo.trim(), /^<dk-phase name="A" start="0" end="3">.*<\/dk-phase>$/s);
  assert.ok(out.plan.includes('<p>A.</p>'), out.plan);
  assert.ok(out.plan.includes('<p>B.</p>'), out.plan);
  assert.match(out.plan.trim(), /^<dk-treatment-plan sessions="3">.*<\/dk-treatment-plan>$/s);
});

test('the_content: an answer already written with <p> comes out exactly as written', () => {
  assert.equal(out.written.trim(), WRITTEN);
});

// The same FAQ (two items) in a classic post an author publishes, in Chromium.
let browser;
after(async () => {
  await browser?.close();
});

test('front end: a classic post\'s FAQ answers have their paragraphs, every item upgraded', { timeout: 60000 }, async () => {
  const content = `<dk-faq>\n${FAQ_ITEM}\n${FAQ_ITEM.replace('How long?', 'Does it hurt?')}\n</dk-faq>After.`;
  const r = await wp.rest('/wp/v2/posts', { user: 'author', method: 'POST', body: { title: 'dermakit classic FAQ', content, status: 'publish' } });
  assert.equal(r.status, 201, r.text.slice(0, 300));
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  await page.goto(r.json.link, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('dk-faq-item') && [...document.querySelectorAll('dk-faq-item')].every((i) => i.shadowRoot?.childNodes.length),
    { timeout: 5000 }).catch(() => {});
  const items = await page.evaluate(() => [...document.querySelectorAll('dk-faq-item')].map((i) => ({
    paragraphs: i.querySelectorAll(':scope > p').length,
    question: i.querySelector(':scope > [slot="question"]')?.textContent ?? null,
    upgraded: !!customElements.get('dk-faq-item') && !!i.shadowRoot?.childNodes.length,
  })));
  assert.deepEqual(items, [
    { paragraphs: 2, question: 'How long?', upgraded: true },
    { paragraphs: 2, question: 'Does it hurt?', upgraded: true },
  ]);
  assert.deepEqual(problems, []);
});
