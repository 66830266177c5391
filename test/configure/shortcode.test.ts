/**
 * Configuration → WordPress shortcode (demo/configure/shortcode.ts). No page, no kit: only the module.
 */
import { expect } from '@open-wc/testing';
import { escapeShortcode, toShortcode } from '../../demo/configure/shortcode.js';
import { fresh, PAYLOAD } from './harness.js';

describe('configurator: WordPress shortcode', () => {
  it('nests the FAQ items, with the theme as --dk-* style on the outer shortcode', () => {
    const config = fresh((draft) => (draft.faq.items = [{ question: 'Does it hurt?', answer: 'A little.' }]));
    const lines = toShortcode(config).split('\n');
    expect(lines[0]).to.match(
      /^\[dermakit_faq searchable style="--dk-color-primary:#0b6e69;--dk-color-on-primary:#ffffff;--dk-color-text:#1d2a33;--dk-radius:8px;--dk-font-family:system-ui, -apple-system, 'Segoe UI'/,
    );
    expect(lines[1]).to.equal('  [dermakit_faq_item question="Does it hurt?"]<p>A little.</p>[/dermakit_faq_item]');
    expect(lines[2]).to.equal('[/dermakit_faq]');
  });

  it('escapes quotes, brackets and markup so a question cannot end the shortcode', () => {
    const config = fresh((draft) => (draft.faq.items = [{ question: PAYLOAD, answer: PAYLOAD }]));
    const code = toShortcode(config);
    expect(code).to.contain(`question="${escapeShortcode(PAYLOAD)}"`);
    expect(code.match(/\[/g)).to.have.length(4);
    expect(escapeShortcode(`"[]'`)).to.equal('&quot;&#91;&#93;&#39;');
  });

  it('writes the recovery section with its widgets inside, and the README’s names for the others', () => {
    const recovery = toShortcode(
      fresh(
        (draft) => ((draft.element = 'recovery'), (draft.recovery.plan = true), (draft.timeline.phasesMode = 'custom')),
      ),
    );
    const lines = recovery.split('\n');
    expect(lines[0]).to.match(
      /^\[dermakit_recovery treatment-date="2026-11-01" date-picker scrubber style="[^"]+" intro="Your recovery"\]$/,
    );
    expect(lines[1]).to.equal('  [dermakit_healing_timeline]');
    expect(lines[2]).to.match(/^ {4}\[dermakit_phase name="Inflammatory" start="0" end="3"\]Blood flow rises/);
    expect(lines).to.include('  [dermakit_collagen_gauge show-types]');
    expect(
      lines.some((line) => line.startsWith('  [dermakit_treatment_plan sessions="3" interval-weeks="4" event-title=')),
    ).to.equal(true);
    expect(lines.at(-1)).to.equal('[/dermakit_recovery]');
    const ba = toShortcode(fresh((draft) => (draft.element = 'before-after')));
    expect(ba).to.match(
      /^\[dermakit_before_after label="Acne scarring, before and after" style="[^"]+" before="https:\/\/clinic\.example\/demo\/images\/acne-scars-before\.svg" before-alt="Illustration of cheek skin[^"]*" after="[^"]+" after-alt="[^"]+" width="480" height="360"\]$/,
    );
    expect(
      toShortcode(fresh((draft) => ((draft.element = 'gauge'), (draft.gauge.caption = 'After your first session')))),
    ).to.match(/ caption="After your first session"\]$/);
  });
});
