/**
 * The page issue 8 measures "No jump when the script is late" on: every widget, each followed by a paragraph, in
 * measureJump's plain theme (THEME_CSS). Shared by test/jump/late-script.test.ts
 * and `npm run jump` (scripts/jump.mjs). Fixed dates (`today`) so every run shows the same day.
 */

const image = (slot: 'before' | 'after', name: string) =>
  `<img slot="${slot}" src="/demo/images/${name}-${slot}.svg" width="480" height="360" alt="Acne scarring on the cheek, ${slot} treatment">`;

export interface Widget {
  /** How the figures name it. */
  readonly name: string;
  /** One top-level element, as an author pastes it. */
  readonly markup: string;
}

/** Every widget as a clinic would paste it, in page order. */
export const WIDGETS: readonly Widget[] = [
  {
    name: 'FAQ (5 items, searchable)',
    markup: `<dk-faq searchable>
      <dk-faq-item><span slot="question">How long does collagen production last after microneedling?</span>
        <p>Collagen production can continue for up to three to six months after a treatment, as fibroblasts remain
        active during the remodeling phase.</p></dk-faq-item>
      <dk-faq-item><span slot="question">Is microneedling safe for all skin types?</span>
        <p>Yes. Microneedling suits all skin tones and types when it is performed by a trained professional using
        proper depth settings. Tell your practitioner about any skin condition or medication first.</p></dk-faq-item>
      <dk-faq-item><span slot="question">How many treatments are needed for results?</span>
        <p>Most people benefit from a series of three to six sessions spaced several weeks apart, so that each round
        of new collagen can build on the last.</p></dk-faq-item>
      <dk-faq-item><span slot="question">Does microneedling damage the skin barrier?</span>
        <p>No. The controlled microchannels close within hours, and the skin barrier recovers quickly.</p></dk-faq-item>
      <dk-faq-item question="Can microneedling help with acne scars?">
        <p>Yes. Microneedling breaks down scar tissue and stimulates new collagen formation, which helps smooth and
        rebuild the skin's structure. Individual results vary.</p></dk-faq-item>
    </dk-faq>`,
  },
  {
    name: 'Recovery (date picker, scrubber, timeline, gauge, plan)',
    markup: `<dk-recovery treatment-date="2026-11-01" today="2026-11-20" date-picker scrubber>
      <h2 slot="intro">Your recovery</h2>
      <dk-healing-timeline>
        <dk-phase name="Inflammatory" start="0" end="3">Blood flow rises and growth factors wake the fibroblasts.
          Mild redness, like a light sunburn, usually settles within one to three days.</dk-phase>
        <dk-phase name="Proliferative" start="3" end="21">Fibroblasts lay down new collagen, mostly type III at
          first, and elastin. Skin may feel dry or flake: let it shed on its own.</dk-phase>
        <dk-phase name="Remodeling" start="21" end="180">Type III collagen slowly matures into stronger type I.
          Firmness and texture keep improving for three to six months.</dk-phase>
      </dk-healing-timeline>
      <dk-collagen-gauge show-types></dk-collagen-gauge>
      <dk-treatment-plan sessions="3" interval-weeks="4" event-title="Microneedling session {n} of {total}">
        <p>Three sessions, about four weeks apart.</p>
      </dk-treatment-plan>
    </dk-recovery>`,
  },
  {
    name: 'Timeline (3 phases)',
    markup: `<dk-healing-timeline treatment-date="2026-11-01" today="2026-11-20">
      <dk-phase name="Inflammatory" start="0" end="3">Blood flow rises and growth factors wake the fibroblasts.</dk-phase>
      <dk-phase name="Proliferative" start="3" end="21">Fibroblasts lay down new type III collagen and elastin.</dk-phase>
      <dk-phase name="Remodeling" start="21" end="180">Type III collagen matures into stronger type I.</dk-phase>
    </dk-healing-timeline>`,
  },
  {
    name: 'Gauge (value, caption)',
    markup: `<dk-collagen-gauge value="60" label="Course progress"></dk-collagen-gauge>`,
  },
  {
    name: 'Plan (4 sessions)',
    markup: `<dk-treatment-plan sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1" today="2026-12-20"
        event-title="Microneedling session" location="Harbor Skin Clinic, 12 Quay Street">
      <p>Four sessions, six weeks apart.</p>
    </dk-treatment-plan>`,
  },
  {
    name: 'Before/after (2 images with width/height)',
    markup: `<dk-before-after label="Acne scarring, before and after">
      ${image('before', 'acne-scars')}
      ${image('after', 'acne-scars')}
    </dk-before-after>`,
  },
];

/** The whole page's body: every widget, each followed by a paragraph (the text whose move is measured). */
export const ALL_WIDGETS_MARKUP = WIDGETS.map(
  (widget) => `${widget.markup}\n<p data-after="${widget.name}">The page's text after the widget reads on here.</p>`,
).join('\n');
