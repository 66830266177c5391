/**
 * The configurator's data: what a marketer fills in, its defaults (the demo's microneedling content), the theme
 * presets, and the checks that tell them what is wrong. Pure: no DOM.
 *
 * Numbers and dates stay strings as typed, so the form shows what was typed and `validate` says what is wrong with
 * it; `markup.ts` writes only valid values (an invalid one is left out, and the widget uses its default).
 */
import { PRESETS, DEFAULT_PRESET } from '../../src/core/phases.js';
import { parseIsoDate } from '../../src/core/days.js';

export type ElementKind = 'faq' | 'timeline' | 'gauge' | 'recovery' | 'plan' | 'before-after';

/** The elements a marketer can pick, in the order the form lists them. */
export const ELEMENTS: readonly { readonly kind: ElementKind; readonly label: string; readonly tag: string }[] = [
  { kind: 'faq', label: 'FAQ', tag: 'dk-faq' },
  { kind: 'timeline', label: 'Healing timeline', tag: 'dk-healing-timeline' },
  { kind: 'gauge', label: 'Collagen gauge', tag: 'dk-collagen-gauge' },
  { kind: 'recovery', label: 'Recovery section', tag: 'dk-recovery' },
  { kind: 'plan', label: 'Treatment plan', tag: 'dk-treatment-plan' },
  { kind: 'before-after', label: 'Before/after', tag: 'dk-before-after' },
];

export interface FaqItem {
  question: string;
  /** Plain text; a blank line starts a new paragraph, a single line break stays a line break. */
  answer: string;
}

export interface PhaseConfig {
  name: string;
  start: string;
  end: string;
  text: string;
}

export interface ImageConfig {
  src: string;
  alt: string;
}

export type FontKey = 'system' | 'humanist' | 'serif' | 'rounded' | 'inherit';

export interface ThemeConfig {
  primary: string;
  text: string;
  background: string;
  /** Corner radius in px, as typed. */
  radius: string;
  font: FontKey;
  /** Paint the theme's background and text colour behind the widget (a `.dk-section` box around it). */
  paint: boolean;
}

export interface Config {
  element: ElementKind;
  faq: {
    items: FaqItem[];
    headingLevel: string;
    searchable: boolean;
    multiple: boolean;
    expandAll: boolean;
    schema: boolean;
  };
  timeline: {
    phasesMode: 'preset' | 'custom';
    phases: PhaseConfig[];
    treatmentDate: string;
    label: string;
    orientation: 'auto' | 'horizontal' | 'vertical';
  };
  gauge: {
    mode: 'model' | 'value';
    value: string;
    treatmentDate: string;
    caption: string;
    showTypes: boolean;
  };
  recovery: {
    treatmentDate: string;
    intro: string;
    datePicker: boolean;
    scrubber: boolean;
    timeline: boolean;
    gauge: boolean;
    plan: boolean;
  };
  plan: {
    sessions: string;
    interval: string;
    intervalUnit: 'weeks' | 'days';
    startDate: string;
    completed: string;
    eventTitle: string;
    location: string;
    description: string;
    text: string;
  };
  beforeAfter: {
    label: string;
    position: string;
    orientation: 'horizontal' | 'vertical';
    beforeLabel: string;
    afterLabel: string;
    before: ImageConfig;
    after: ImageConfig;
    width: string;
    height: string;
  };
  theme: ThemeConfig;
  /** Where the clinic hosts dermakit.js (goes into the snippet's `<script src>`). */
  scriptUrl: string;
  /** Add `integrity` + `crossorigin` to the script tag. */
  integrity: boolean;
  /** The day the preview and the exports count for (`YYYY-MM-DD`); empty: today. Never written into the snippet. */
  today: string;
  /** The landing page's address: the email export starts with a "View this in your browser" link to it. */
  webUrl: string;
}

/** System font stacks only: the kit never loads a font, and neither does a snippet made here. */
export const FONTS: Readonly<Record<FontKey, { readonly label: string; readonly stack: string }>> = {
  system: {
    label: 'System (the device’s own)',
    stack: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  },
  humanist: {
    label: 'Humanist sans (Segoe, Avenir, Helvetica)',
    stack: "'Segoe UI', Avenir, 'Helvetica Neue', Helvetica, Arial, sans-serif",
  },
  serif: {
    label: 'Serif (Georgia, Palatino)',
    stack: "Georgia, 'Palatino Linotype', Palatino, 'Times New Roman', serif",
  },
  rounded: {
    label: 'Rounded (ui-rounded, Verdana)',
    stack: "ui-rounded, 'SF Pro Rounded', Verdana, system-ui, sans-serif",
  },
  inherit: { label: 'The page’s own font', stack: 'inherit' },
};

export type PresetKey = 'teal' | 'spa' | 'dark';

/** Theme presets; each passes 4.5:1 for text on background and 3:1 for the brand colour on it. */
export const THEME_PRESETS: Readonly<
  Record<PresetKey, { readonly label: string; readonly theme: Omit<ThemeConfig, 'paint'> }>
> = {
  teal: {
    label: 'Clinical teal',
    theme: { primary: '#0b6e69', text: '#1d2a33', background: '#ffffff', radius: '8', font: 'system' },
  },
  spa: {
    label: 'Warm spa',
    theme: { primary: '#9c4a2f', text: '#3b2a22', background: '#fbf5ee', radius: '16', font: 'serif' },
  },
  dark: {
    label: 'Dark',
    theme: { primary: '#5ec4b8', text: '#e9ecef', background: '#14161a', radius: '8', font: 'humanist' },
  },
};

/** The preset whose values the theme has, or `custom`. */
export function presetOf(theme: ThemeConfig): PresetKey | 'custom' {
  for (const [key, preset] of Object.entries(THEME_PRESETS) as [PresetKey, (typeof THEME_PRESETS)[PresetKey]][]) {
    const values = preset.theme;
    if (
      values.primary === theme.primary.toLowerCase() &&
      values.text === theme.text.toLowerCase() &&
      values.background === theme.background.toLowerCase() &&
      values.radius === theme.radius.trim() &&
      values.font === theme.font
    )
      return key;
  }
  return 'custom';
}

export const EXAMPLE_SCRIPT_URL = 'https://www.your-clinic.example/wp-content/plugins/dermakit/assets/dermakit.js';

/** Phases as the form edits them, from the kit's microneedling preset (the same names, days and texts). */
export function presetPhases(): PhaseConfig[] {
  return (PRESETS[DEFAULT_PRESET] ?? []).map((phase) => ({
    name: phase.name,
    start: String(phase.start),
    end: String(phase.end),
    text: phase.text ?? '',
  }));
}

/**
 * The starting configuration: the demo page's microneedling content. `base` is the address the demo's images are
 * resolved against (the configurator page's own), so the default before/after pictures show in the preview.
 */
export function defaultConfig(base = 'https://www.your-clinic.example/demo/configure.html'): Config {
  const image = (name: string) => {
    try {
      return new URL(`images/${name}`, base).href;
    } catch {
      return `https://www.your-clinic.example/images/${name}`;
    }
  };
  return {
    element: 'faq',
    faq: {
      items: [
        {
          question: 'How long does collagen production last after microneedling?',
          answer:
            'Collagen production can continue for up to three to six months after a treatment, as fibroblasts remain active during the remodeling phase.',
        },
        {
          question: 'Is microneedling safe for all skin types?',
          answer:
            'Yes. Microneedling suits all skin tones and types when it is performed by a trained professional using proper depth settings. Tell your practitioner about any skin condition or medication first.',
        },
        {
          question: 'How many treatments are needed for results?',
          answer:
            'Most people benefit from a series of three to six sessions spaced several weeks apart, so that each round of new collagen can build on the last.',
        },
        {
          question: 'Does microneedling damage the skin barrier?',
          answer:
            'No. The controlled microchannels close within hours, and the skin barrier recovers quickly and functions normally.',
        },
        {
          question: 'Can microneedling help with acne scars?',
          answer:
            'Yes. Microneedling breaks down scar tissue and stimulates new collagen formation, which helps smooth and rebuild the skin’s structure. Individual results vary.',
        },
      ],
      headingLevel: '3',
      searchable: true,
      multiple: false,
      expandAll: false,
      schema: false,
    },
    timeline: {
      phasesMode: 'preset',
      phases: presetPhases(),
      treatmentDate: '2026-11-01',
      label: '',
      orientation: 'auto',
    },
    gauge: { mode: 'model', value: '60', treatmentDate: '2026-11-01', caption: '', showTypes: true },
    recovery: {
      treatmentDate: '2026-11-01',
      intro: 'Your recovery',
      datePicker: true,
      scrubber: true,
      timeline: true,
      gauge: true,
      plan: false,
    },
    plan: {
      sessions: '3',
      interval: '4',
      intervalUnit: 'weeks',
      startDate: '2026-12-01',
      completed: '',
      eventTitle: 'Microneedling session {n} of {total}',
      location: 'Harbor Skin Clinic, 12 Quay Street',
      description: 'Come with clean skin, no makeup. Call us if you have a cold sore, a rash or sunburn on the area.',
      text: 'Three sessions, about four weeks apart.',
    },
    beforeAfter: {
      label: 'Acne scarring, before and after',
      position: '50',
      orientation: 'horizontal',
      beforeLabel: 'Before',
      afterLabel: 'After',
      before: {
        src: image('acne-scars-before.svg'),
        alt: 'Illustration of cheek skin before treatment: many small pitted acne scars, inflamed spots and patches of redness.',
      },
      after: {
        src: image('acne-scars-after.svg'),
        alt: 'Illustration of the same skin after treatment: the pits are shallower and fainter, and the redness has calmed.',
      },
      width: '480',
      height: '360',
    },
    theme: { ...THEME_PRESETS.teal.theme, paint: true },
    scriptUrl: EXAMPLE_SCRIPT_URL,
    integrity: true,
    today: '',
    webUrl: '',
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Checks

export interface Problem {
  /** The id of the form field the problem is about (the form uses the same ids). */
  readonly field: string;
  readonly message: string;
  /** `error`: left out of the snippet (the widget's default applies); `warning`: written, but worth fixing. */
  readonly level: 'error' | 'warning';
}

/** A whole number in [min, max], or undefined. */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\s*-?\d+\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** A number (decimals allowed) in [min, max], or undefined. */
export function decimal(text: string, min: number, max: number): number | undefined {
  if (!/^\s*-?\d+(\.\d+)?\s*$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** `YYYY-MM-DD` of a real calendar day. */
export function isDate(text: string): boolean {
  return parseIsoDate(text.trim()) !== undefined;
}

/** An absolute http(s) address. */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && /^https?:\/\//i.test(text.trim());
  } catch {
    return false;
  }
}

/** Where the script may be hosted: an absolute http(s) address or a path on the same site (`/js/dermakit.js`). */
export function isScriptUrl(text: string): boolean {
  const value = text.trim();
  return isHttpUrl(value) || /^\/(?!\/)[^\s"'<>\\]*$/.test(value);
}

export function isHexColor(text: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(text.trim());
}

/** WCAG contrast ratio of two `#rrggbb` colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string) => {
    const channel = (offset: number) => {
      const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
      return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text on the brand colour: white or near-black, whichever reads better. */
export function onPrimary(primary: string): string {
  return contrastRatio(primary, '#ffffff') >= contrastRatio(primary, '#111111') ? '#ffffff' : '#111111';
}

const DATE_HELP = 'enter a date as YYYY-MM-DD (for example 2026-11-01), or leave it empty';

function checkDate(problems: Problem[], field: string, name: string, value: string): void {
  if (value.trim() && !isDate(value)) problems.push({ field, message: `${name}: ${DATE_HELP}.`, level: 'error' });
}

/** Every problem of the configuration, for the element shown (and the theme and script fields). Never throws. */
export function validate(config: Config): Problem[] {
  const problems: Problem[] = [];
  const error = (field: string, message: string) => problems.push({ field, message, level: 'error' });
  const warning = (field: string, message: string) => problems.push({ field, message, level: 'warning' });
  const kind = config.element;

  if (kind === 'faq') {
    if (!config.faq.items.some((item) => item.question.trim())) error('faq-add', 'FAQ: add at least one question.');
    config.faq.items.forEach((item, index) => {
      if (!item.question.trim())
        error(`faq-${index}-question`, `Question ${index + 1}: write the question (an item without one is left out).`);
      else if (!item.answer.trim()) warning(`faq-${index}-answer`, `Question ${index + 1}: the answer is empty.`);
    });
  }
  if (kind === 'timeline' || (kind === 'recovery' && config.recovery.timeline)) {
    if (kind === 'timeline') checkDate(problems, 'timeline-date', 'Treatment date', config.timeline.treatmentDate);
    if (config.timeline.phasesMode === 'custom') {
      if (!config.timeline.phases.length)
        error('phase-add', 'Phases: add at least one phase, or use the built-in phases.');
      let previousEnd = 0;
      config.timeline.phases.forEach((phase, index) => {
        const label = `Phase ${index + 1}`;
        if (!phase.name.trim()) error(`phase-${index}-name`, `${label}: give the phase a name.`);
        const start = wholeNumber(phase.start, 0, 3650);
        const end = wholeNumber(phase.end, 0, 3650);
        if (start === undefined)
          error(`phase-${index}-start`, `${label}: the first day must be a whole number from 0 (the treatment day).`);
        if (end === undefined) error(`phase-${index}-end`, `${label}: the last day must be a whole number.`);
        else if (start !== undefined && end <= start)
          error(`phase-${index}-end`, `${label}: the phase must end after day ${start}.`);
        else if (start !== undefined && start < previousEnd)
          error(
            `phase-${index}-start`,
            `${label}: starts on day ${start}, before the previous phase ends (day ${previousEnd}).`,
          );
        if (end !== undefined && start !== undefined && end > start) previousEnd = end;
      });
    }
  }
  if (kind === 'gauge') {
    if (config.gauge.mode === 'value' && decimal(config.gauge.value, 0, 100) === undefined) {
      error('gauge-value', 'Percentage: enter a number from 0 to 100.');
    }
    if (config.gauge.mode === 'model') checkDate(problems, 'gauge-date', 'Treatment date', config.gauge.treatmentDate);
    if (config.gauge.mode === 'value' && !config.gauge.caption.trim()) {
      warning('gauge-caption', 'Caption: say what your percentage measures.');
    }
  }
  if (kind === 'recovery') {
    checkDate(problems, 'recovery-date', 'Treatment date', config.recovery.treatmentDate);
    if (!config.recovery.timeline && !config.recovery.gauge && !config.recovery.plan) {
      warning('recovery-timeline', 'Recovery: tick at least one widget to show inside it.');
    }
  }
  if (kind === 'plan' || (kind === 'recovery' && config.recovery.plan)) {
    const sessions = wholeNumber(config.plan.sessions, 1, 12);
    if (sessions === undefined) error('plan-sessions', 'Sessions: enter a whole number from 1 to 12.');
    const [max, unit] = config.plan.intervalUnit === 'days' ? [182, 'days'] : [26, 'weeks'];
    if (wholeNumber(config.plan.interval, 1, max) === undefined)
      error('plan-interval', `Interval: enter a whole number of ${unit} from 1 to ${max}.`);
    if (kind === 'plan') checkDate(problems, 'plan-start', 'First session', config.plan.startDate);
    if (config.plan.completed.trim() && wholeNumber(config.plan.completed, 0, sessions ?? 12) === undefined) {
      error('plan-completed', `Sessions done: enter a whole number from 0 to ${sessions ?? 12}, or leave it empty.`);
    }
  }
  if (kind === 'before-after') {
    const ba = config.beforeAfter;
    for (const side of ['before', 'after'] as const) {
      const image = ba[side];
      const name = side === 'before' ? 'Before image' : 'After image';
      if (!isHttpUrl(image.src))
        error(`ba-${side}-src`, `${name}: enter the picture’s full address, starting with https://.`);
      else if (/\.svg(\?|#|$)/i.test(image.src.trim()))
        warning(`ba-${side}-src`, `${name}: SVG pictures do not show in Gmail or Outlook; use JPEG or PNG for email.`);
      if (!image.alt.trim()) error(`ba-${side}-alt`, `${name}: describe the picture for people who cannot see it.`);
    }
    if (ba.width.trim() && wholeNumber(ba.width, 1, 10000) === undefined)
      error('ba-width', 'Width: enter the pictures’ width in pixels.');
    if (ba.height.trim() && wholeNumber(ba.height, 1, 10000) === undefined)
      error('ba-height', 'Height: enter the pictures’ height in pixels.');
    if (!ba.width.trim() || !ba.height.trim())
      warning('ba-width', 'Width and height: give both, so the page does not jump while the pictures load.');
    if (decimal(ba.position, 0, 100) === undefined)
      error('ba-position', 'Divider position: enter a number from 0 to 100.');
  }

  const theme = config.theme;
  for (const [key, name] of [
    ['primary', 'Brand colour'],
    ['text', 'Text colour'],
    ['background', 'Background'],
  ] as const) {
    if (!isHexColor(theme[key])) error(`theme-${key}`, `${name}: choose a colour (#rrggbb).`);
  }
  if (isHexColor(theme.text) && isHexColor(theme.background) && contrastRatio(theme.text, theme.background) < 4.5) {
    warning(
      'theme-text',
      `Text colour: ${contrastRatio(theme.text, theme.background).toFixed(1)}:1 on the background; text needs at least 4.5:1.`,
    );
  }
  if (isHexColor(theme.primary) && isHexColor(theme.background) && contrastRatio(theme.primary, theme.background) < 3) {
    warning(
      'theme-primary',
      `Brand colour: ${contrastRatio(theme.primary, theme.background).toFixed(1)}:1 on the background; rings and bars need at least 3:1.`,
    );
  }
  if (wholeNumber(theme.radius, 0, 48) === undefined)
    error('theme-radius', 'Corner radius: enter a whole number of pixels from 0 to 48.');
  if (!isScriptUrl(config.scriptUrl)) {
    error(
      'script-url',
      'Script address: enter where dermakit.js is hosted, starting with https:// (or / for your own site).',
    );
  } else if (config.scriptUrl.trim() === EXAMPLE_SCRIPT_URL) {
    warning('script-url', 'Script address: this is an example; put the address where you host dermakit.js.');
  }
  checkDate(problems, 'today', 'Count days as of', config.today);
  if (config.webUrl.trim() && !isHttpUrl(config.webUrl)) {
    error('web-url', 'Landing page address: enter the full address, starting with https://, or leave it empty.');
  }
  return problems;
}
