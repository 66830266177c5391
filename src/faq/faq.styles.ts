/**
 * Styles of `<dk-faq>`: the search row, the expand-all button, the list frame around the `<dk-faq-item>`s and the
 * search's status lines. Each item styles itself (faq-item.styles.ts).
 */
import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }

  /* The hidden attribute beats the display a rule below gives the same element (the clear button's grid). */
  [hidden] {
    display: none !important;
  }

  /* A fixed line height keeps the search row's height known in em (faq.upgrade.css reserves it before upgrade). */
  .search {
    display: grid;
    gap: 0.25em;
    margin-block-end: 0.5em;
    line-height: 1.5;
  }

  label {
    font-weight: 600;
  }

  .field {
    position: relative;
  }

  /* No painted surface: the field takes the section's colours (white on white, light on dark and brand sections). */
  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_target);
    margin: 0;
    padding: 0.5em var(--_target) 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    appearance: none;
  }

  input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }

  /* The browser's own clear button is unthemed: the kit draws its own (.clear). Separate rules: each engine drops the others. */
  input::-webkit-search-cancel-button {
    appearance: none;
  }

  input::-moz-search-clear-button {
    display: none;
  }

  button {
    margin: 0;
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  /* Its name is clear-text (aria-label): the cross is not read. */
  .clear {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    display: grid;
    place-items: center;
    inline-size: var(--_target);
    padding: 0;
    border: 0;
    color: var(--_muted);
  }

  .clear:focus-visible {
    outline-offset: -4px;
  }

  .tools {
    display: flex;
    justify-content: flex-end;
    margin-block-end: 0.5em;
  }

  [part=expand-all] {
    min-block-size: var(--_target);
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    font-weight: 600;
  }

  .list {
    border-block-start: 1px solid var(--_track);
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
    overflow-wrap: anywhere;
  }

  /* On paper: no controls, every question (see faq-item.styles.ts). */
  @media print {
    .search,
    .tools,
    .no-results {
      display: none !important;
    }
  }
`;
