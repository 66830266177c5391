/**
 * Styles of `<dk-recovery>`: no box of its own; only its optional controls take space.
 * (Comments live here, not in the CSS, which ships as written.) Each control is a column of label, input and text;
 * the date input's own box follows the kit's tokens; inputs are at least 44 px tall (2.75rem) as touch targets.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }

  [part=controls] {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  div div {
    display: grid;
    gap: .25rem;
  }

  [part=scrubber] {
    flex: 1 14rem;
  }

  label {
    font-weight: 600;
  }

  input {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    margin: 0;
    font: inherit;
    accent-color: var(--_primary);
  }

  [type=date] {
    padding: .25rem .5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  [part=value] {
    color: var(--_muted);
  }
`;
