/**
 * Configuration → dk markup, theme CSS and the paste-in snippet (demo/configure/markup.ts). No page, no kit: only the module.
 */
import { expect } from '@open-wc/testing';
import { type Config, THEME_PRESETS } from '../../demo/configure/config.js';
import { escapeHtml, serialize, snippet, themeCss, widgetTree } from '../../demo/configure/markup.js';
import { fresh, PAYLOAD } from './harness.js';

describe('configurator: markup and snippet', () => {
  it('writes the FAQ as dk-faq items with slotted questions and paragraph answers', () => {
    const config = fresh((draft) => {
      draft.faq.items = [{ question: 'Does it hurt?', answer: 'A little.\n\nWe numb the skin first.' }];
      draft.faq.schema = true;
    });
    expect(serialize(widgetTree(config))).to.equal(
      [
        '<dk-faq searchable schema>',
        '  <dk-faq-item>',
        '    <span slot="question">Does it hurt?</span>',
        '    <p>A little.</p>',
        '    <p>We numb the skin first.</p>',
        '  </dk-faq-item>',
        '</dk-faq>',
      ].join('\n'),
    );
  });

  it('escapes every text and attribute: a typed payload stays text', () => {
    const config = fresh((draft) => (draft.faq.items = [{ question: PAYLOAD, answer: PAYLOAD }]));
    const html = snippet(config, 'sha384-abc');
    expect(html).not.to.contain('<img');
    expect(html).to.contain(escapeHtml(PAYLOAD));
    expect(escapeHtml(`<>&"'`)).to.equal('&lt;&gt;&amp;&quot;&#39;');
  });

  it('starts with the script tag (address, SRI hash, crossorigin, defer) and the :root theme rule', () => {
    const config = fresh((draft) => (draft.scriptUrl = 'https://clinic.example/js/dermakit.js'));
    const [script, style] = snippet(config, 'sha384-AAAA').split('\n');
    expect(script).to.equal(
      '<script src="https://clinic.example/js/dermakit.js" integrity="sha384-AAAA" crossorigin="anonymous" defer></script>',
    );
    expect(style).to.equal('<style>');
    expect(themeCss(config)).to.match(
      /^:root\{--dk-color-primary:#0b6e69;--dk-color-on-primary:#ffffff;--dk-color-text:#1d2a33;--dk-radius:8px;--dk-font-family:system-ui/,
    );
    expect(snippet({ ...config, integrity: false }, 'sha384-AAAA').split('\n')[0]).to.equal(
      '<script src="https://clinic.example/js/dermakit.js" defer></script>',
    );
    // An address that is not http(s) or a path falls back to the example, never into the tag.
    expect(snippet({ ...config, scriptUrl: 'javascript:alert(1)' }).split('\n')[0]).to.contain('your-clinic.example');
  });

  it('dark theme: light brand colour gets dark text on it', () => {
    const config = fresh((draft) => (draft.theme = { ...THEME_PRESETS.dark.theme, paint: true }));
    expect(themeCss(config)).to.contain(
      '--dk-color-primary:#5ec4b8;--dk-color-on-primary:#111111;--dk-color-text:#e9ecef',
    );
    expect(themeCss(config)).to.contain('.dk-section{background:#14161a;color:#e9ecef');
  });

  it('writes each element with only the attributes that differ from the kit’s defaults', () => {
    const markup = (change: (config: Config) => void) => serialize(widgetTree(fresh(change)));
    expect(markup((draft) => (draft.element = 'timeline'))).to.equal(
      '<dk-healing-timeline treatment-date="2026-11-01"></dk-healing-timeline>',
    );
    expect(
      markup((draft) => ((draft.element = 'timeline'), (draft.timeline.phasesMode = 'custom'))).split('\n')[1],
    ).to.equal(
      '  <dk-phase name="Inflammatory" start="0" end="3">Blood flow rises, bringing oxygen, nutrients and immune cells, and growth factors wake the fibroblasts. Mild redness and warmth are normal.</dk-phase>',
    );
    expect(markup((draft) => (draft.element = 'gauge'))).to.equal(
      '<dk-collagen-gauge treatment-date="2026-11-01" show-types></dk-collagen-gauge>',
    );
    expect(
      markup(
        (draft) => ((draft.element = 'gauge'), (draft.gauge.mode = 'value'), (draft.gauge.caption = 'Course progress')),
      ),
    ).to.equal('<dk-collagen-gauge value="60" show-types>Course progress</dk-collagen-gauge>');
    expect(
      markup((draft) => ((draft.element = 'plan'), (draft.plan.intervalUnit = 'days'), (draft.plan.interval = '10'))),
    ).to.match(
      /^<dk-treatment-plan sessions="3" interval-days="10" start-date="2026-12-01" event-title="Microneedling session \{n\} of \{total\}"/,
    );
    const recovery = markup((draft) => (draft.element = 'recovery'));
    expect(recovery.split('\n')).to.deep.equal([
      '<dk-recovery treatment-date="2026-11-01" date-picker scrubber>',
      '  <h2 slot="intro">Your recovery</h2>',
      '  <dk-healing-timeline></dk-healing-timeline>',
      '  <dk-collagen-gauge show-types></dk-collagen-gauge>',
      '</dk-recovery>',
    ]);
    const beforeAfter = markup((draft) => ((draft.element = 'before-after'), (draft.beforeAfter.position = '30')));
    expect(beforeAfter).to.contain('<dk-before-after label="Acne scarring, before and after" position="30">');
    expect(beforeAfter).to.contain(
      '<img slot="before" src="https://clinic.example/demo/images/acne-scars-before.svg" alt="Illustration of cheek skin',
    );
    expect(beforeAfter).to.contain('width="480" height="360" loading="lazy">');
  });

  it('leaves out what is invalid, so the widget’s default applies (the form says why)', () => {
    const markup = serialize(
      widgetTree(
        fresh((draft) => ((draft.element = 'plan'), (draft.plan.sessions = 'lots'), (draft.plan.startDate = 'soon'))),
      ),
    );
    expect(markup).not.to.contain('sessions=');
    expect(markup).not.to.contain('start-date');
  });
});
