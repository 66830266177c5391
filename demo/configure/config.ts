/**
 * The configurator's data: what a marketer fills in, the elements, fonts and theme presets they choose from, and the
 * defaults (the demo's microneedling content). Pure: no DOM.
 *
 * Numbers and dates stay strings as typed, so the form shows what was typed and `validate` (`checks.ts`) says what
 * is wrong with it; `markup.ts` writes only valid values (an invalid one is left out, and the widget uses its
 * default). The checks and the readers of typed values (`values.ts`) are re-exported at the end, so "the
 * configuration" is one import.
 */
import { PRESETS, DEFAULT_PRESET } from '../../src/core/phases.js';
import { EXAMPLE_SCRIPT_URL } from './values.js';

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

export * from './values.js';
export * from './checks.js';
