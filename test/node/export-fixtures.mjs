/**
 * SnippetExport fixtures for the static and email writers' tests (Node and browser): the demo page's content as
 * the reader gives it for 13 November 2026 (day 12 after the demo's 1 November treatment), a hostile snippet, and
 * the themes the renders are checked with. Also `textsOf()`, every text a snippet holds, for "nothing is lost".
 */

const t = (text) => ({ text });
const el = (tag, children, attributes) => (attributes ? { tag, attributes, children } : { tag, children });
const p = (...children) =>
  el(
    'p',
    children.map((child) => (typeof child === 'string' ? t(child) : child)),
  );

/** The kit's default look: clinical teal on white. */
export const LIGHT_THEME = {
  primary: '#0b6e69',
  onPrimary: '#ffffff',
  text: '#1d2a33',
  muted: '#5b6770',
  track: '#dfe3e6',
  background: '#ffffff',
  radius: '8px',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
};

/** The README's dark theme, as the configurator's "dark" preset gives it. */
export const DARK_THEME = {
  primary: '#5ec4b8',
  onPrimary: '#0b1f1d',
  text: '#e9ecef',
  muted: '#b4bcc4',
  track: '#3a4048',
  background: '#14161a',
  radius: '4px',
  font: "Georgia, 'Times New Roman', serif",
};

/** A warm brand: plum fills on cream, square-ish corners. */
export const BRAND_THEME = {
  primary: '#7a2e5a',
  onPrimary: '#ffffff',
  text: '#2b1d24',
  muted: '#5e4b55',
  track: '#e6d8df',
  background: '#fbf6f2',
  radius: '12px',
  font: "'Trebuchet MS', Helvetica, Arial, sans-serif",
};

const phase = (name, start, end, span, sentence, current) => ({
  name,
  start,
  end,
  span,
  content: [t(sentence)],
  current,
});

/** The demo page (demo/index.html) read on 2026-11-13: day 12, the proliferative phase, session 1 of 3 done. */
export const DEMO_WIDGETS = [
  {
    kind: 'recovery',
    intro: [
      el('h2', [t('Your recovery')]),
      p(
        'Enter the date of your session, or drag the slider, to see what your skin is doing on any day after treatment. The date stays on your device: nothing is sent or stored.',
      ),
    ],
    status: 'Day 12 after your treatment',
    children: [
      {
        kind: 'timeline',
        label: 'Healing phases',
        day: 12,
        status: 'Day 12: Proliferative phase',
        phases: [
          phase(
            'Inflammatory',
            0,
            3,
            '0–3 days',
            'Blood flow rises and growth factors wake the fibroblasts.\n            Mild redness, like a light sunburn, usually settles within one to three days.',
            false,
          ),
          phase(
            'Proliferative',
            3,
            21,
            '3–21 days',
            'Fibroblasts lay down new collagen, mostly type III at\n            first, and elastin. Skin may feel dry or flake: let it shed on its own.',
            true,
          ),
          phase(
            'Remodeling',
            21,
            180,
            '1–6 months',
            'Type III collagen slowly matures into stronger type I.\n            Firmness and texture keep improving for three to six months.',
            false,
          ),
        ],
      },
      {
        kind: 'gauge',
        label: 'Share of the collagen renewal expected by about six months',
        value: 8,
        valueText: '8%',
        details: [
          'New collagen: 99% type III, 1% type I',
          'Illustrative model, not a prediction. Individual results vary.',
        ],
      },
      {
        kind: 'content',
        content: [p('Phase lengths are typical ranges; they overlap in reality and differ from person to person.')],
      },
      {
        kind: 'content',
        content: [
          el('h2', [t('Your treatment series')]),
          p(
            'Results build over a series of sessions, because each one starts a new round of collagen renewal. Most people have three sessions about four weeks apart.',
          ),
        ],
      },
      {
        kind: 'plan',
        title: 'Microneedling sessions',
        content: [p('Three sessions, about four weeks apart.')],
        progress: '1 of 3 sessions complete',
        sessions: [
          {
            number: 1,
            date: { year: 2026, month: 11, day: 1 },
            dateText: 'Sun, Nov 1, 2026',
            label: 'Session 1',
            status: 'done',
            statusText: 'Done',
          },
          {
            number: 2,
            date: { year: 2026, month: 11, day: 29 },
            dateText: 'Sun, Nov 29, 2026',
            label: 'Session 2',
            status: 'next',
            statusText: 'Next',
          },
          {
            number: 3,
            date: { year: 2026, month: 12, day: 27 },
            dateText: 'Sun, Dec 27, 2026',
            label: 'Session 3',
            status: 'upcoming',
            statusText: 'Upcoming',
          },
        ],
      },
      {
        kind: 'content',
        content: [p('Your practitioner may suggest more sessions or a different spacing for your skin.')],
      },
    ],
  },
  {
    kind: 'before-after',
    label: 'Acne scarring, before and after',
    before: {
      src: 'https://clinic.example/images/acne-scars-before.png',
      alt: 'Illustration of cheek skin before treatment: many small pitted acne scars, inflamed spots and patches of redness.',
      width: 480,
      height: 360,
      label: 'Before',
    },
    after: {
      src: 'https://clinic.example/images/acne-scars-after.png',
      alt: 'Illustration of the same skin after treatment: the pits are shallower and fainter, and the redness has calmed.',
      width: 480,
      height: 360,
      label: 'After',
    },
  },
  {
    kind: 'before-after',
    label: 'Uneven pigmentation, before and after',
    // As the demo writes them: relative SVG paths. Fine on the static page, dropped (alt kept) in email.
    before: {
      src: 'images/pigmentation-before.svg',
      alt: 'Illustration of skin before treatment: brown sun spots and blotchy, uneven tone.',
      width: 480,
      height: 360,
      label: 'Before',
    },
    after: {
      src: 'images/pigmentation-after.svg',
      alt: 'Illustration of the same skin after treatment: the spots are lighter and the tone more even.',
      width: 480,
      height: 360,
      label: 'After',
    },
  },
  {
    kind: 'content',
    content: [
      p(
        el('strong', [t('Individual results vary.')]),
        ' These pictures are illustrations drawn for this page, not patient photographs. How much skin improves depends on the condition, the number of sessions and each person’s healing; your practitioner can tell you what to expect for your skin.',
      ),
    ],
  },
  { kind: 'content', content: [el('h2', [t('Frequently asked questions')])] },
  {
    kind: 'faq',
    headingLevel: 3,
    multiple: false,
    schema: true,
    items: [
      {
        question: 'How long does collagen production last after microneedling?',
        answer: [
          p(
            'Collagen production can continue for up to three to six months after a treatment, as fibroblasts remain active during the remodeling phase.',
          ),
        ],
      },
      {
        question: 'Is microneedling safe for all skin types?',
        answer: [
          p(
            'Yes. Microneedling suits all skin tones and types when it is performed by a trained professional using proper depth settings. Tell your practitioner about any skin condition or medication first.',
          ),
        ],
      },
      {
        question: 'How many treatments are needed for results?',
        answer: [
          p(
            'Most people benefit from a series of three to six sessions spaced several weeks apart, so that each round of new collagen can build on the last. ',
            el('a', [t('See a typical plan')], { href: 'https://clinic.example/microneedling#plan' }),
            '.',
          ),
        ],
      },
      {
        question: 'Does microneedling damage the skin barrier?',
        answer: [
          p(
            'No. The controlled microchannels close within hours, and the skin barrier recovers quickly and functions normally.',
          ),
        ],
      },
      {
        question: 'Can microneedling help with acne scars?',
        answer: [
          p(
            'Yes. Microneedling breaks down scar tissue and stimulates new collagen formation, which helps smooth and rebuild the skin’s structure. Individual results vary.',
          ),
          el('ul', [
            el('li', [t('Rolling and boxcar scars respond best.')]),
            el('li', [t('Ice-pick scars may need other treatments too.')]),
          ]),
        ],
      },
    ],
  },
];

export const demoSnippet = (theme = LIGHT_THEME) => ({ lang: 'en', theme, widgets: DEMO_WIDGETS, warnings: [] });

/** Script and attribute-breaking payloads where an author (or a hostile paste) can put text. */
export const PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(2)>\'';

export const hostileSnippet = (theme = LIGHT_THEME) => ({
  lang: 'en',
  theme,
  warnings: [],
  widgets: [
    {
      kind: 'faq',
      headingLevel: 2,
      multiple: true,
      schema: true,
      items: [
        {
          question: `Question ${PAYLOAD}`,
          answer: [
            p(`Answer ${PAYLOAD}`),
            p(
              el('a', [t('a script link')], { href: 'javascript:alert(3)' }),
              ' ',
              el('a', [t('a tab-split script link')], { href: ' java\tscript:alert(4)' }),
              ' ',
              el('a', [t('a data link')], { href: 'data:text/html,<script>alert(5)</script>' }),
              ' ',
              el('a', [t('a quoted link')], { href: 'https://clinic.example/?q="><script>alert(6)</script>' }),
            ),
            el('img', [], {
              src: 'javascript:alert(7)',
              alt: 'A picture with a bad source',
              width: '10',
              height: '10',
            }),
            el('script', [t('alert(8)')]),
          ],
        },
      ],
    },
    {
      kind: 'gauge',
      label: `Gauge ${PAYLOAD}`,
      value: 42,
      valueText: `42% ${PAYLOAD}`,
      details: [`Detail ${PAYLOAD}`],
    },
    {
      kind: 'before-after',
      label: `Pair ${PAYLOAD}`,
      before: { src: 'javascript:alert(9)', alt: `Before alt ${PAYLOAD}`, width: 100, height: 100, label: 'Before' },
      after: {
        src: 'https://clinic.example/a.png" onerror="alert(10)',
        alt: `After alt ${PAYLOAD}`,
        width: 100,
        height: 100,
        label: `After ${PAYLOAD}`,
      },
    },
  ],
});

/** Every text a snippet holds (labels, statuses, questions, the author's texts, alt texts), whitespace collapsed. */
export function textsOf(snippet) {
  const texts = [];
  const add = (value) => {
    const text = String(value ?? '')
      .replace(/[ \t\n\r\f]+/g, ' ')
      .trim();
    if (text) texts.push(text);
  };
  const rich = (nodes) => {
    for (const node of nodes) {
      if ('text' in node) add(node.text);
      else if (node.tag === 'script') continue;
      else {
        if (node.tag === 'img') add(node.attributes?.alt);
        rich(node.children);
      }
    }
  };
  const widget = (w) => {
    switch (w.kind) {
      case 'faq':
        for (const item of w.items) {
          add(item.question);
          rich(item.answer);
        }
        break;
      case 'timeline':
        add(w.label);
        add(w.status);
        for (const phase of w.phases) {
          add(phase.name);
          add(phase.span);
          rich(phase.content);
        }
        break;
      case 'gauge':
        add(w.label);
        add(w.valueText);
        w.details.forEach(add);
        break;
      case 'plan':
        add(w.title);
        rich(w.content);
        for (const session of w.sessions) {
          add(session.label);
          add(session.dateText);
          add(session.statusText);
        }
        add(w.progress);
        break;
      case 'before-after':
        add(w.label);
        for (const image of [w.before, w.after]) {
          if (!image) continue;
          add(image.label);
          add(image.alt);
        }
        break;
      case 'recovery':
        rich(w.intro);
        add(w.status);
        w.children.forEach(widget);
        break;
      case 'content':
        rich(w.content);
        break;
    }
  };
  snippet.widgets.forEach(widget);
  return texts;
}
