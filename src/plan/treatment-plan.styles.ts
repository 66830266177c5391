/** Styles of `<dk-treatment-plan>`: a vertical stepper that stays one column down to 320 px. */
import { css } from 'lit';

export const styles = css`
  :host {
    --_marker: var(--dk-plan-marker-size, 2rem);
    --_line: var(--dk-plan-line, var(--_border));
    --_gap: calc(var(--_space) * 0.75);
    display: block;
    container-type: inline-size;
  }

  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }

  [part~='step'] {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) 1fr auto;
    align-items: center;
    gap: 0.25rem var(--_gap);
    min-height: var(--_marker);
  }

  /* The line joining a marker to the next one, drawn across the gap. */
  [part~='step']:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    top: var(--_marker);
    bottom: calc(-1 * var(--_gap));
    border-inline-start: 2px solid var(--_line);
  }

  [part='marker'] {
    box-sizing: border-box;
    width: var(--_marker);
    height: var(--_marker);
    display: grid;
    place-items: center;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_surface);
    font-size: 0.875em;
    font-weight: 600;
    align-self: start;
  }

  [part~='step-done'] [part='marker'] {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }

  [part~='step-next'] [part='marker'] {
    border: 3px solid var(--_primary);
    color: var(--_primary);
  }

  [part~='step-next'] [part='label'] {
    font-weight: 600;
  }

  [part='status'] {
    font-size: 0.875em;
    color: var(--_muted);
  }

  [part~='step-next'] [part='status'] {
    color: var(--_primary);
    font-weight: 600;
  }

  [part='progress'] {
    margin: var(--_space) 0 0;
    color: var(--_muted);
  }

  [part='button'] {
    margin-top: var(--_gap);
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

  /* Narrow columns: the state goes under the session text. */
  @container (max-width: 22rem) {
    [part~='step'] {
      grid-template-columns: var(--_marker) 1fr;
    }

    [part='status'] {
      grid-column: 2;
    }
  }
`;
