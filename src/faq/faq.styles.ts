import { css } from 'lit';

export const faqStyles = css`
  :host {
    display: block;
  }

  .search {
    display: grid;
    gap: calc(var(--_space) * 0.25);
    margin-block-end: calc(var(--_space) * 0.5);
  }

  label {
    font-weight: 600;
  }

  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .list {
    border-block-start: 1px solid var(--_border);
  }

  .status {
    margin: 0;
    min-block-size: 1.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .no-results {
    margin: 0;
    padding: var(--_space) 0;
  }
`;
