/**
 * Styles of `<dk-treatment-plan>`: a vertical stepper. Each step is a grid (marker, text, state); a line from
 * each marker's foot crosses the gap to the next. In a column narrower than 22rem the state moves under the
 * text, so the list reflows down to 320 px without sideways scrolling.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_marker: var(--dk-plan-marker-size, 2rem);
    --_gap: calc(var(--_space) * 0.75);
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
    gap: 0.25rem var(--_gap);
  }

  li:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    top: var(--_marker);
    bottom: calc(-1 * var(--_gap));
    border-inline-start: 2px solid var(--dk-plan-line, var(--_border));
  }

  [part='marker'] {
    box-sizing: border-box;
    width: var(--_marker);
    height: var(--_marker);
    display: grid;
    place-items: center;
    align-self: start;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-size: 0.875em;
    font-weight: 600;
  }

  [part~='step-done'] [part='marker'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }

  [part~='step-next'] [part='marker'] {
    border: 3px solid var(--_primary);
  }

  [part='status'],
  [part='progress'] {
    color: var(--_muted);
  }

  [part~='step-next'] * {
    color: var(--_primary);
    font-weight: 600;
  }

  [part='status'] {
    justify-self: start;
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.875em;
  }

  [part='progress'] {
    margin: var(--_space) 0 var(--_gap);
  }

  button {
    min-height: 2.75rem;
    padding: 0.5rem 1.25rem;
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

    [part='status'] {
      grid-column: 2;
    }
  }
`;
