/**
 * Styles of `<dk-recovery>`: a plain block (the token sheet's `:host { display: block }`) whose content flows as
 * it would without it, so a block theme's column, max-width and auto margins apply; its own colour is the
 * section's (`--_text` is currentColor), so the author's headings and paragraphs keep theirs. Sizes in em.
 */
import { css } from 'lit';

export const styles = css`
  /*
   * The controls have no box of their own: the date field and the scrubber stack, each a column of label and
   * input. A long compound word (a translated label) wraps, hyphenated in the page's language, rather than widen
   * the page.
   */
  [part=controls] {
    display: contents;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  [part=date-field],
  [part=scrubber] {
    display: grid;
    gap: .25em;
    margin-block-end: var(--_space);
  }

  [part=date-field] {
    justify-items: start;
  }

  /*
   * Sticks to the top of the screen while the rest scrolls under it: on a phone the section is far taller than the
   * screen, and a visitor dragging must see the timeline or gauge change. What scrolls under needs covering, and
   * the page's own background is unknowable (an image, a gradient): Canvas is the browser's page colour, which
   * follows the colour scheme the core sets from the inherited text colour, so it always reads under that text. A
   * clinic sets the real one. The day text sits under the slider, so a text that wraps at some days never moves
   * the slider under the finger.
   */
  [part=scrubber] {
    position: sticky;
    top: var(--dk-recovery-sticky-top, 0);
    z-index: 1;
    padding: .5em .75em;
    border: 1px solid var(--_track);
    border-radius: var(--_radius);
    background: var(--dk-recovery-controls-background, Canvas);
  }

  label {
    font-weight: 600;
  }

  /* Touch targets; native parts (calendar icon, track) follow the colour scheme the core sets. */
  input {
    box-sizing: border-box;
    min-block-size: var(--_target);
    margin: 0;
    font: inherit;
    color: inherit;
    accent-color: var(--_accent);
  }

  /* No painted surface: the field takes the section's colours. */
  [type=date] {
    padding: .25em .5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }

  /* Tabular figures: the text does not jitter while the day changes under a drag. */
  [part=value] {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  /* The controls mean nothing on paper; the content prints. */
  @media print {
    [part=controls] {
      display: none;
    }
  }
`;
