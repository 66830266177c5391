/**
 * Styles of `<dk-faq-item>`: one question (a heading holding a button) and its answer panel, whose height the item
 * animates. Each item draws the line below itself; the FAQ's list draws the one above the first.
 */
import { css } from 'lit';

export const styles = css`
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
    border-block-end: 1px solid var(--_track);
  }

  .heading {
    margin: 0;
    font-size: var(--dk-faq-question-size, 1.0625em);
    font-weight: 600;
    line-height: 1.35;
  }

  button {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: var(--_target);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  /* The ring is drawn inside the button, so it never lies over the separators above and below the question. */
  button:focus-visible {
    outline-offset: -2px;
  }

  button:hover .question {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  /* A 41-letter compound word wraps (hyphenated in the page's language) instead of widening the page. */
  .question {
    min-inline-size: 0;
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .icon {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline-end: 0.25em;
    /* Physical sides on purpose: the chevron is symmetric, and logical ones would turn it sideways in RTL. */
    border: solid;
    border-width: 0 2px 2px 0;
    color: var(--_accent);
    transform: translateY(-25%) rotate(45deg);
    transition: transform var(--_duration) ease;
  }

  :host([open]) .icon {
    transform: translateY(25%) rotate(-135deg);
  }

  .panel {
    overflow: clip;
  }

  /*
   * flow-root: the answer's margins stay inside the panel whose height animates. Without it a paragraph's top
   * margin collapsed through the panel (overflow: clip makes no block formatting context) and showed at once when
   * an answer started to open, so switching questions grew the list by a line and snapped it back.
   */
  .answer {
    display: flow-root;
    padding: 0 calc(var(--_space) * 0.25) var(--_space);
  }

  .answer ::slotted(:first-child) {
    margin-block-start: 0;
  }

  /* The answer's first element, also when the question's slot="question" child comes before it. */
  .answer ::slotted(:nth-child(1 of :not([slot]))) {
    margin-block-start: 0;
  }

  .answer ::slotted(:last-child) {
    margin-block-end: 0;
  }

  @media print {
    /* On paper every answer shows (also the closed and filtered ones), and a question stays with its answer. */
    :host {
      break-inside: avoid;
    }

    :host(:state(filtered)) {
      display: block;
    }

    /* A closed panel is hidden="until-found", which hides through content-visibility. */
    .item[hidden],
    .panel[hidden] {
      display: block;
      content-visibility: visible;
    }

    .icon {
      display: none;
    }
  }
`;
