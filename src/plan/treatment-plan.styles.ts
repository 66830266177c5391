/**
 * Styles of `<dk-treatment-plan>`: a vertical stepper. Each step is a grid (marker, text, state); a line from
 * each marker's foot crosses the gap to the next. In a column narrower than 22rem the state moves under the
 * text, so the list reflows down to 320 px without sideways scrolling.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_marker: var(--dk-plan-marker-size, 2rem);
    --_gap: calc(var(--_space) * .75);
    display: block;
    container-type: inline-size;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  li {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) auto 1fr;
    align-items: center;
    gap: .25rem var(--_gap);
  }

  li:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    top: var(--_marker);
    bottom: calc(-1 * var(--_gap));
    border-inline-start: 2px solid var(--dk-plan-line, var(--_border));
  }

  /* One element type per part (b marker, small state, p progress) keeps the selectors short. */
  /* As wide as its grid column (stretched); as tall, borders included whatever their width. */
  b {
    box-sizing: border-box;
    height: var(--_marker);
    display: grid;
    place-items: center;
    align-self: start;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-size: .875em;
  }

  .done b {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }

  /* The next step in the primary colour, its marker ring thicker (currentColor: the primary). */
  .next * {
    color: var(--_primary);
    font-weight: 600;
  }

  .next b {
    border: 3px solid;
  }

  small,
  p {
    color: var(--_muted);
  }

  small {
    justify-self: start;
    padding: 0 .5em;
    border: 1px solid;
    border-radius: 1em;
  }

  p {
    margin: var(--_space) 0 var(--_gap);
  }

  button {
    min-height: 2.75rem;
    padding: .5rem 1.25rem;
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  @container (max-width: 22rem) {
    li {
      grid-template-columns: var(--_marker) 1fr;
    }

    small {
      grid-column: 2;
    }
  }
`;
