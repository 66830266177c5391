/**
 * Styles of `<dk-treatment-plan>`: a vertical stepper. Each step is a wrapping row (text, state) beside its
 * marker; a line from each marker's foot crosses the gap to the next. When the state does not fit beside the
 * text it wraps under it, so the list reflows down to 320 px without sideways scrolling.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_marker: var(--dk-plan-marker-size, 2rem);
    --_gap: calc(var(--_space) * .75);
    display: block;
  }

  /* li is a flex box, not a list-item: no bullets to remove. */
  ol {
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  li {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: .25rem var(--_gap);
    min-height: var(--_marker);
    padding-inline-start: calc(var(--_marker) + var(--_gap));
  }

  /* One element type per part (b marker, small state, p progress) keeps the selectors short. */
  b,
  li:not(:last-child)::after {
    position: absolute;
    inset-inline-start: 0;
    top: 0;
  }

  li:not(:last-child)::after {
    content: '';
    margin-inline-start: calc(var(--_marker) / 2 - 1px);
    top: var(--_marker);
    bottom: calc(-1 * var(--_gap));
    border-inline-start: 2px solid var(--dk-plan-line, var(--_border));
  }

  b {
    box-sizing: border-box;
    width: var(--_marker);
    height: var(--_marker);
    display: grid;
    place-items: center;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-size: .875em;
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
    padding: 0 .5em;
    border: 1px solid;
    border-radius: 1em;
  }

  p {
    margin: var(--_space) 0 var(--_gap);
  }

  /* The button's border is for forced colours, where backgrounds are dropped. */
  button {
    min-height: 2.75rem;
    padding: .5rem 1.25rem;
    border: 1px solid;
    border-radius: var(--_radius);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }

  .done b,
  button {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
`;
