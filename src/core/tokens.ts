/**
 * The kit's one shared token sheet, first in every element's `styles`.
 *
 * Public `--dk-*` properties are read once here into private `--_*` ones, so a clinic can set them on any
 * ancestor (`:root`, a section, the element itself) and its value wins over these defaults.
 *
 * With no token set, a widget fits the section it sits in: it paints no background of its own, its text is the
 * surrounding text colour, and muted text, borders and tracks are that colour at lower strength (`color-mix()`
 * with `currentColor`), so they read on white, on a dark section and on a brand-coloured one alike:
 * muted text ≥ 4.5:1, control borders ≥ 3:1 wherever the page's own text meets 7:1 (see README, Theming).
 * The brand colour (`--_primary`) fills buttons and chips under `--_on-primary` text; lines and rings use
 * `--_accent`, which `color-scheme.ts` lightens towards the text colour in dark sections.
 * Sizes are in `em`: a widget follows the text around it, whatever the root font size.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--dk-color-primary, #0b6e69);
    --_on-primary: var(--dk-color-on-primary, #fff);
    --_accent: var(--_primary);
    --_text: var(--dk-color-text, currentColor);
    --_muted: var(--dk-color-muted, color-mix(in srgb, currentColor 82%, transparent));
    --_border: var(--dk-color-border, color-mix(in srgb, currentColor 60%, transparent));
    /* Separators and tracks: quieter than a control's border. */
    --_track: var(--dk-color-track, color-mix(in srgb, currentColor 20%, transparent));
    /* Painted only where a surface is part of the design (before/after's handle); never behind the page's text. */
    --_surface: var(--dk-color-surface, #fff);
    --_font: var(--dk-font-family, inherit);
    --_radius: var(--dk-radius, 0.5em);
    --_space: var(--dk-space, 1em);
    --_focus-ring: var(--dk-focus-ring, 2px solid var(--_accent));
    --_duration: var(--dk-duration, 200ms);
    /* Touch targets: 2.75em, never under WCAG 2.5.8's 24 CSS px however small the text. */
    --_target: max(2.75em, 24px);

    display: block;
    font-family: var(--_font);
    color: var(--_text);
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Calmer, not broken: transitions finish instantly. */
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0s;
    }
  }

  :focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
