/**
 * Styles of `<dk-healing-timeline>`: stacked phases when narrow, side by side when wide (container query).
 *
 * Comments stay out of the `css` literals: the bundle ships those as written.
 * - Each item shows its bar first (`order: -1`) but lists it after name and span, so it is read name first.
 * - The marker sits at the day's place: the spaces before (`.fill`, the elapsed part of the bar) and after it
 *   (`.rest`) share the free width in proportion `--_at` : `1 - --_at`, so it never overflows the phase.
 * - `scale="time"` widths follow the days (`--_w`), but never so narrow that a short phase's name is unreadable.
 */
import { css, type CSSResult } from 'lit';

/** Side-by-side layout, applied when forced (`.horizontal`) or when the element is wide enough (`.auto`). */
const sideBySide = (list: CSSResult) => css`
  ${list} {
    flex-direction: row;
  }
  ${list} > li {
    flex: 1 1 0;
    min-inline-size: 0;
  }
  ${list}.time > li {
    flex-grow: var(--_w);
    min-inline-size: 6rem;
  }
`;

export const styles = css`
  :host {
    --_segment: var(--dk-timeline-segment, var(--_border));
    --_done: var(--dk-timeline-done, var(--_primary));
    --_current: var(--dk-timeline-current, var(--_primary));
    --_marker: var(--dk-timeline-marker, var(--_primary));
    --_marker-text: var(--dk-timeline-marker-text, var(--_on-primary));
    display: block;
    container-type: inline-size;
  }

  p {
    margin: 0;
  }

  [part='status'] {
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }

  ol {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  [part~='current'] {
    border-color: var(--_current);
  }

  [part='name'] {
    font-weight: 700;
  }

  [part='span'] {
    color: var(--_muted);
    font-size: 0.9em;
  }

  [part='segment'] {
    order: -1;
    position: relative;
    display: flex;
    align-items: center;
    min-block-size: 1.75rem;
  }

  [part='segment']::before,
  .fill {
    content: '';
    block-size: 0.5rem;
    border-radius: 0.25rem;
    background: var(--_segment);
  }

  [part='segment']::before {
    position: absolute;
    inset-inline: 0;
  }

  [part~='done'] [part='segment']::before,
  .fill {
    background: var(--_done);
  }

  .fill,
  .rest {
    position: relative;
    flex-grow: var(--_at);
    transition: flex-grow var(--_duration);
  }

  .rest {
    flex-grow: calc(1 - var(--_at));
  }

  [part='marker'] {
    position: relative;
    padding: 0.125rem 0.5rem;
    border-radius: 1rem;
    background: var(--_marker);
    color: var(--_marker-text);
    font-size: 0.875em;
    font-weight: 700;
    white-space: nowrap;
  }

  ::slotted(*) {
    display: block;
    margin: 0;
  }

  ${sideBySide(css`.horizontal`)}

  @container (min-width: 36rem) {
    ${sideBySide(css`.auto`)}
  }

  @media (forced-colors: active) {
    [part='segment']::before,
    .fill,
    [part='marker'] {
      forced-color-adjust: none;
      background: GrayText;
      color: Canvas;
    }
    [part~='done'] [part='segment']::before,
    .fill,
    [part='marker'] {
      background: Highlight;
      color: HighlightText;
    }
    [part~='current'] {
      border-color: Highlight;
    }
  }
`;
