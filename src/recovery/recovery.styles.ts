/**
 * Styles of `<dk-recovery>`: a plain block (the token sheet's `:host { display: block }`) whose content flows as
 * it would without it, so a block theme's column, max-width and auto margins apply; its own colour is the
 * section's (`--_text` is currentColor), so the author's headings and paragraphs keep theirs.
 * (Comments live here, not in the CSS, which ships as written.)
 * - The controls have no box of their own: the date field and the scrubber stack, each a column of label and input.
 *   Their texts wrap a long compound word (a translated label) rather than widen the page; hyphens in the page's lang.
 * - The scrubber sticks to the top of the screen while the rest of the element scrolls under it: on a phone the
 *   section is far taller than the screen, and a visitor dragging must see the timeline or gauge change. Content
 *   scrolls under it, so it needs a background: the page's own is unknowable (an image, a gradient), so the default
 *   is `Canvas`, the browser's page colour, which follows the `color-scheme` the core sets from the inherited text
 *   colour (light text, dark Canvas), and so always reads under the inherited text; a clinic sets the real one.
 *   The day text sits under the slider, so a text that wraps at some days never moves the slider under the finger.
 * - Inputs paint no background and take the section's text colour; their native parts (calendar icon, track)
 *   follow the core's `color-scheme`. Touch targets are `--_target` tall; sizes in em.
 * - Print: the controls mean nothing on paper; the content prints.
 */
import { css } from 'lit';

export const styles = css`
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

  input {
    box-sizing: border-box;
    min-block-size: var(--_target);
    margin: 0;
    font: inherit;
    color: inherit;
    accent-color: var(--_accent);
  }

  [type=date] {
    padding: .25em .5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
  }

  [part=value] {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  @media print {
    [part=controls] {
      display: none;
    }
  }
`;
