// Each element's default texts live once, in its `*-texts.ts` module (read by the class and by the export reader);
// the class's JSDoc repeats them as `@default` for README's API tables. This checks that the documented defaults
// (dist/custom-elements.json, written by `npm run docs` / `node scripts/docs.mjs --check`) are the texts in use.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { elementsOf } from '../../scripts/docs-render.mjs';
import { beforeAfterTexts } from '../../dist/esm/before-after/before-after-texts.js';
import { faqTexts } from '../../dist/esm/faq/faq-texts.js';
import { gaugeTexts } from '../../dist/esm/gauge/gauge-texts.js';
import { planTexts } from '../../dist/esm/plan/plan-texts.js';
import { recoveryTexts } from '../../dist/esm/recovery/recovery-texts.js';
import { timelineTexts } from '../../dist/esm/timeline/timeline-texts.js';

const elements = elementsOf(
  JSON.parse(readFileSync(new URL('../../dist/custom-elements.json', import.meta.url), 'utf8')),
);

/** A documented default as a visitor reads it: quotes off, any space (the no-break ones too) as one space. */
const shown = (text) =>
  String(text)
    .replace(/^'(.*)'$/s, '$1')
    .replace(/\s+/g, ' ');

for (const [tag, texts] of [
  ['dk-before-after', beforeAfterTexts],
  ['dk-faq', faqTexts],
  ['dk-collagen-gauge', gaugeTexts],
  ['dk-treatment-plan', planTexts],
  ['dk-recovery', recoveryTexts],
  ['dk-healing-timeline', timelineTexts],
]) {
  test(`<${tag}>: README documents the default texts the element and the export use`, () => {
    const fields = new Map(elements.get(tag).members.map((member) => [member.name, member]));
    for (const [name, value] of Object.entries(texts)) {
      const field = fields.get(name);
      assert.ok(field, `${tag} has a property ${name}`);
      assert.equal(shown(field.default), shown(value), `${tag} ${name}: @default in the JSDoc`);
      assert.equal(field.type?.text.replace(/\s*\|\s*undefined$/, ''), 'string', `${tag} ${name} is a string`);
    }
  });
}
