import { css } from 'lit';

export const faqItemStyles = css`
  :host {
    display: block;
  }

  /* Filtered out by the FAQ's search. Two rules: a browser without custom states drops the first, keeps the second. */
  :host(:state(filtered)) {
    display: none;
  }

  .item[hidden] {
    display: none;
  }

  .item {
    border-block-end: 1px solid var(--_border);
  }

  .heading {
    margin: 0;
    font-size: var(--dk-faq-question-size, 1.0625rem);
    font-weight: 600;
    line-height: 1.35;
  }

  button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  button:hover .question {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .icon {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.25em;
    /* Physical sides on purpose: the chevron is symmetric, and logical ones would turn it sideways in RTL. */
    border: solid;
    border-width: 0 2px 2px 0;
    color: var(--_primary);
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_duration) ease;
  }

  :host([open]) .icon {
    transform: translateY(25%) rotate(-135deg);
  }

  .panel {
    overflow: clip;
  }

  .answer {
    padding: 0 calc(var(--_space) * 0.25) var(--_space);
  }

  .answer ::slotted(:first-child) {
    margin-block-start: 0;
  }

  .answer ::slotted(:last-child) {
    margin-block-end: 0;
  }
`;
