/**
 * Styles of `<dk-treatment-plan>`: a vertical stepper. Each step is a row (label, state chip) beside its marker; a
 * line from each marker's foot crosses the gap to the next. Steps have the class of their state (`done`, `next`,
 * `upcoming`). Colours follow the section (see core/tokens.ts): text is inherited, never the brand colour. Sizes
 * in em: the plan follows the text around it.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_marker: var(--dk-plan-marker-size, 2em);
    --_gap: calc(var(--_space) * .75);
    container-type: inline-size;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  /*
   * The steps share two columns (subgrid): the labels, as wide as the longest up to what the chips leave, and the
   * chips, which line up beside them. All steps look alike whatever each label's length or weight, and a step's
   * height does not hang on a few pixels of font metrics (see the upgrade CSS).
   */
  ol {
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, max-content) auto;
    justify-content: start;
    gap: var(--_gap);
  }

  /* A grid, not a list-item: no bullets to remove. */
  li {
    grid-column: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    align-items: center;
    justify-items: start;
    row-gap: .25em;
    position: relative;
    min-height: var(--_marker);
    padding-inline-start: calc(var(--_marker) + var(--_gap));
    break-inside: avoid;
  }

  /* Long compound words wrap inside the column (the host's overflow-wrap), hyphenated in the page's language. */
  li > * {
    min-width: 0;
  }

  /* In a phone's column a dated label and its chip rarely fit on one line: every chip goes under its label. */
  @container (width < 24em) {
    ol {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  [part=marker],
  li:not(:last-child)::after {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
  }

  /* The line from this marker's foot to the next one. */
  li:not(:last-child)::after {
    content: '';
    margin-inline-start: calc(var(--_marker) / 2 - 1px);
    top: var(--_marker);
    bottom: calc(-1 * var(--_gap));
    border-inline-start: 2px solid var(--dk-plan-line, var(--_border));
  }

  /* Rings on whatever the section is: no surface of their own. */
  [part=marker] {
    box-sizing: border-box;
    width: var(--_marker);
    height: var(--_marker);
    display: grid;
    place-items: center;
    border: 2px solid var(--_border);
    border-radius: 50%;
  }

  /* The next step is bold, its marker has an accent ring and its chip is a brand-filled pill (below). */
  .next {
    font-weight: 600;
  }

  .next [part=marker] {
    border: 3px solid var(--_accent);
  }

  /* The state chip: each step's one small element (the progress line is the plan's one p). */
  small {
    padding: 0 .5em;
    border: 1px solid var(--_border);
    border-radius: 1em;
  }

  /* Muted state text; the next step's filled chip sets its own below. */
  small,
  p {
    color: var(--_muted);
  }

  p {
    margin: var(--_space) 0 var(--_gap);
  }

  /* The button's border is for forced colours, where backgrounds are dropped. */
  button {
    min-height: var(--_target);
    padding: .5em 1.25em;
    border: 1px solid;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  /* Brand fills carry their own text colour; their ring is the accent, so a fill that matches the section still shows. */
  .done [part=marker],
  .next small,
  button {
    border-color: var(--_accent);
    background: var(--_primary);
    color: var(--_on-primary);
  }

  /* On paper: the list stays on one page when it fits, fills print as on screen, no button. */
  @media print {
    :host {
      break-inside: avoid;
    }

    [part=marker],
    small {
      -webkit-print-color-adjust: exact;
      print-color-adjust: exact;
    }

    button {
      display: none;
    }
  }
`;
