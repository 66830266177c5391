/**
 * The configurator's pure modules: defaults and checks, configuration → dk markup and snippet, → shortcode,
 * fragment encode/decode, and pasted markup → configuration. No page, no kit: only the modules.
 */
import { expect } from '@open-wc/testing';
import {
  type Config,
  THEME_PRESETS,
  contrastRatio,
  defaultConfig,
  presetOf,
  validate,
} from '../../demo/configure/config.js';
import { escapeHtml, serialize, snippet, themeCss, widgetTree } from '../../demo/configure/markup.js';
import { escapeShortcode, toShortcode } from '../../demo/configure/shortcode.js';
import { decodeFragment, encodeFragment } from '../../demo/configure/fragment.js';
import { readMarkup } from '../../demo/configure/read.js';

const BASE = 'https://clinic.example/demo/configure.html';
const fresh = (change: (config: Config) => void = () => {}) => {
  const config = defaultConfig(BASE);
  change(config);
  return config;
};
const PAYLOAD = `<img src=x onerror="alert('x')"> & [dermakit_faq]`;

describe('configurator: defaults and checks', () => {
  it('starts from the demo’s microneedling FAQ with no error (only the example script address to replace)', () => {
    const config = fresh();
    expect(config.faq.items.map((item) => item.question)).to.include('Is microneedling safe for all skin types?');
    expect(config.faq.items).to.have.length(5);
    const problems = validate(config);
    expect(problems.filter((problem) => problem.level === 'error')).to.deep.equal([]);
    expect(problems.map((problem) => problem.field)).to.deep.equal(['script-url']);
  });

  it('every preset reads: text 4.5:1 and brand colour 3:1 on its background', () => {
    for (const [key, preset] of Object.entries(THEME_PRESETS)) {
      expect(contrastRatio(preset.theme.text, preset.theme.background), key).to.be.at.least(4.5);
      expect(contrastRatio(preset.theme.primary, preset.theme.background), key).to.be.at.least(3);
      expect(presetOf({ ...preset.theme, paint: true })).to.equal(key);
    }
    expect(presetOf({ ...THEME_PRESETS.dark.theme, primary: '#123456', paint: true })).to.equal('custom');
  });

  it('names the field and says what to type for each mistake', () => {
    const config = fresh((draft) => {
      draft.element = 'plan';
      draft.plan.sessions = '20';
      draft.plan.interval = 'four';
      draft.plan.startDate = '2026-02-30';
    });
    const problems = validate(config);
    const byField = Object.fromEntries(problems.map((problem) => [problem.field, problem.message]));
    expect(byField['plan-sessions']).to.equal('Sessions: enter a whole number from 1 to 12.');
    expect(byField['plan-interval']).to.contain('from 1 to 26');
    expect(byField['plan-start']).to.contain('YYYY-MM-DD');
  });

  it('flags unreadable colours, overlapping phases, missing alt text and non-http image addresses', () => {
    const dark = validate(fresh((draft) => ((draft.theme.text = '#333333'), (draft.theme.background = '#222222'))));
    expect(dark.find((problem) => problem.field === 'theme-text')?.message).to.match(/needs at least 4\.5:1/);
    const phases = validate(
      fresh((draft) => {
        draft.element = 'timeline';
        draft.timeline.phasesMode = 'custom';
        draft.timeline.phases[1]!.start = '1';
      }),
    );
    expect(phases.find((problem) => problem.field === 'phase-1-start')?.message).to.contain(
      'before the previous phase ends (day 3)',
    );
    const images = validate(
      fresh((draft) => {
        draft.element = 'before-after';
        draft.beforeAfter.before.src = 'javascript:alert(1)';
        draft.beforeAfter.after.alt = ' ';
      }),
    );
    expect(images.map((problem) => problem.field)).to.include.members(['ba-before-src', 'ba-after-alt']);
  });
});

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

describe('configurator: the link', () => {
  it('is short for the defaults and gives back the same configuration', () => {
    expect(encodeFragment(fresh(), BASE)).to.equal('#1.e30');
    const config = fresh((draft) => {
      draft.element = 'timeline';
      draft.faq.items.push({ question: 'Ça pique ? “Yes” — 日本語 & <b>', answer: 'Un peu.' });
      draft.theme = { ...THEME_PRESETS.spa.theme, paint: false };
    });
    const fragment = encodeFragment(config, BASE);
    expect(fragment).to.match(/^#1\.[A-Za-z0-9_-]+$/);
    expect(decodeFragment(fragment, BASE)).to.deep.equal({ config });
  });

  it('garbage, a wrong version or wrong types give the defaults (or keep the defaults’ value) without throwing', () => {
    const defaults = fresh();
    for (const hash of ['#garbage', '#1.!!!', '#1.bm90IGpzb24', '#1.WzFd', '#%E0%A4%A']) {
      const decoded = decodeFragment(hash, BASE);
      expect(decoded.config, hash).to.deep.equal(defaults);
      expect(decoded.error, hash).to.contain('could not be read');
    }
    expect(decodeFragment('#9.e30', BASE).error).to.contain('another version');
    const encode = (value: unknown) => `#1.${btoa(JSON.stringify(value)).replace(/=+$/, '')}`;
    const odd = decodeFragment(
      encode({
        element: 'marquee',
        theme: { radius: 5, font: 'comic' },
        faq: { items: [{ question: 'Q?', answer: 7 }, 'x'] },
      }),
      BASE,
    );
    expect(odd.error).to.equal(undefined);
    expect(odd.config.element).to.equal('faq');
    expect(odd.config.theme.radius).to.equal('8');
    expect(odd.config.theme.font).to.equal('system');
    expect(odd.config.faq.items).to.deep.equal([{ question: 'Q?', answer: '' }]);
    expect(decodeFragment('', BASE)).to.deep.equal({ config: defaults });
  });
});

describe('configurator: loading a snippet back', () => {
  it('reads its own snippet back to the same configuration', () => {
    const config = fresh((draft) => {
      draft.faq.items = [{ question: 'Does it <hurt>?', answer: 'A little.\n\nLine one\nline two' }];
      draft.faq.multiple = true;
      draft.faq.headingLevel = '4';
      draft.theme = { ...THEME_PRESETS.dark.theme, paint: true };
      draft.scriptUrl = '/js/dermakit.js';
    });
    const result = readMarkup(snippet(config, 'sha384-x'), fresh());
    expect(result.ok).to.equal(true);
    expect(result.message).to.equal(
      'Loaded the FAQ with 1 question, with its brand colour, text colour, corner radius, font, background, script address.',
    );
    expect(result.config).to.deep.equal(config);
  });

  for (const element of ['timeline', 'gauge', 'recovery', 'plan', 'before-after'] as const) {
    it(`reads a ${element} snippet back to the same configuration`, () => {
      const config = fresh((draft) => {
        draft.element = element;
        draft.timeline.phasesMode = 'custom';
        draft.recovery.plan = true;
        draft.gauge.caption = 'After one session';
        draft.plan.completed = '1';
      });
      const result = readMarkup(snippet(config), fresh());
      expect(result.ok, result.message).to.equal(true);
      const read = result.config;
      expect(read.element).to.equal(element);
      expect(serialize(widgetTree(read))).to.equal(serialize(widgetTree(config)));
    });
  }

  it('reads hand-written markup: question attributes, #rgb colours, rem radius', () => {
    const result = readMarkup(
      `<style>:root { --dk-color-primary: #a3c; --dk-radius: 0.75rem }</style>
       <dk-faq searchable><dk-faq-item question="Hand written?"><p>Yes.</p><ul><li>One</li><li>Two</li></ul></dk-faq-item></dk-faq>`,
      fresh(),
    );
    expect(result.config.faq.items).to.deep.equal([{ question: 'Hand written?', answer: 'Yes.\n\nOne\n\nTwo' }]);
    expect(result.config.theme.primary).to.equal('#aa33cc');
    expect(result.config.theme.radius).to.equal('12');
    expect(result.config.theme.paint).to.equal(false);
  });

  it('says clearly when nothing usable is found, and changes nothing', () => {
    const current = fresh();
    for (const [text, message] of [
      ['', 'Paste a snippet first'],
      ['<p>Hello</p><script>alert(1)</script>', 'No dermakit element'],
      ['[dermakit_faq][/dermakit_faq]', 'WordPress shortcode'],
    ] as const) {
      const result = readMarkup(text, current);
      expect(result.ok).to.equal(false);
      expect(result.message).to.contain(message);
      expect(result.config).to.equal(current);
    }
  });
});
