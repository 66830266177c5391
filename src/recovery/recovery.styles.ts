/** Styles of `<dk-recovery>`: no box of its own; only its optional controls take space. */
import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }

  [part='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }

  [part='date-field'],
  [part='scrubber'] {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }

  [part='scrubber'] {
    flex: 1 1 14rem;
  }

  label {
    font-weight: 600;
  }

  input {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    font: inherit;
    accent-color: var(--_primary);
  }

  [part='date-input'] {
    padding: 0.25rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }

  [part='range'] {
    inline-size: 100%;
    margin: 0;
  }

  [part='value'] {
    color: var(--_muted);
  }
`;
