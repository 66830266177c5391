// Size of the one-script kit (run after `npm run build`). Bytes are stable, so this is asserted.
//
// Issue 5 set a budget of 18,000 bytes gzip -9 (target 15,000). The kit as specified by steps 1–3 does not fit it:
// Lit and @lit/context alone are ~5.8 KB, and `npm run size` shows where the rest goes (README, Performance). Until
// the product decides what to drop, this guards against regressions at the size reached, with a little headroom.
//
// Issue 8 (fit any host page) moved it from 20,600: its features cost about 1.9 KB (following the section's colour
// scheme, FAQ clear button and Expand all, gauge legend and before-treatment line, the sticky scrubber, print rules,
// em sizes, timeline columns by content) and the sealed bundle's tooling took back about 470 B. Issue 12 (per-element
// scripts) guards each script with its own ceiling.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';

// Each script's ceiling: its size when issue 12 was finished, plus about 50 bytes.
const CEILINGS = {
  'dermakit.js': 22_460,
  'dermakit-before-after.js': 10_190,
  'dermakit-faq.js': 12_760,
  'dermakit-gauge.js': 11_130,
  'dermakit-plan.js': 11_290,
  'dermakit-recovery.js': 16_690,
  'dermakit-timeline.js': 11_430,
};

for (const [script, ceiling] of Object.entries(CEILINGS)) {
  test(`dist/${script} stays under ${ceiling.toLocaleString('en')} bytes gzip -9`, () => {
    const code = readFileSync(new URL(`../../dist/${script}`, import.meta.url));
    const gzip = gzipSync(code, { level: 9 }).length;
    assert.ok(gzip <= ceiling, `dist/${script} is ${gzip} bytes gzip -9, over the ${ceiling}-byte ceiling`);
  });
}

test('every script the build writes has a ceiling here', () => {
  const built = readdirSync(new URL('../../dist/', import.meta.url)).filter((name) => /^dermakit.*\.js$/.test(name));
  assert.deepEqual(built.sort(), Object.keys(CEILINGS).sort());
});
