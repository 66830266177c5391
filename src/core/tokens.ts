/**
 * The kit's one shared token sheet, first in every element's `styles`.
 *
 * Public `--dk-*` properties are read once here into private `--_*` ones, so a clinic can set them on any
 * ancestor (`:root`, a section, the element itself) and its value wins over these defaults. Defaults meet
 * WCAG AA on the default surface: text 14.7:1, muted 6.8:1, primary 6.1:1, border 3.5:1.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--dk-color-primary, #0b6e69);
    --_on-primary: var(--dk-color-on-primary, #ffffff);
    --_text: var(--dk-color-text, #1d2a33);
    --_muted: var(--dk-color-muted, #4f5d6a);
    --_surface: var(--dk-color-surface, #ffffff);
    --_border: var(--dk-color-border, #7b8a96);
    --_font: var(--dk-font-family, inherit);
    --_radius: var(--dk-radius, 0.5rem);
    --_space: var(--dk-space, 1rem);
    --_focus-ring: var(--dk-focus-ring, 2px solid var(--_primary));
    --_duration: var(--dk-duration, 200ms);

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
