/**
 * Styles of `<dk-healing-timeline>`: stacked phases when narrow, side by side when wide (container query).
 *
 * Comments stay out of the `css` literals: the bundle ships those as written.
 * - Stacked, list and items are grids; side by side, the list becomes a flex row and the items' `flex` applies.
 * - Each item shows its bar first (`order: -1`) but lists it after name and span, so it is read name first.
 * - The bar is the segment itself; its margins leave room for the marker, which is centred on it.
 * - The marker sits at the day's place: `.fill` (the elapsed part of the bar) grows by `--_at` (0–1), and a flex
 *   factor below 1 takes only that share of the free width, so the marker never overflows the phase.
 * - `scale="time"` widths follow the days (`--_w`), but never so narrow that a short phase's name is unreadable.
 * - Forced colours: the private colours switch to system colours, and the bar keeps them (`forced-color-adjust`
 *   is inherited by the fill and the marker).
 */
import { css } from 'lit';

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

  p,
  ol,
  ::slotted(*) {
    margin: 0;
  }

  [part=status] {
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }

  ol,
  li {
    display: grid;
  }

  ol {
    gap: calc(var(--_space) / 2);
    padding: 0;
    list-style: none;
  }

  li {
    align-content: start;
    gap: .25rem;
    flex: 1 1 0;
    min-inline-size: 0;
    padding: .5rem .75rem .75rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .time > li {
    flex-grow: var(--_w);
    min-inline-size: 6rem;
  }

  .horizontal {
    display: flex;
  }

  @container (min-width: 36rem) {
    .auto {
      display: flex;
    }
  }

  [part~=current] {
    border-color: var(--_current);
  }

  [part=name],
  [part=marker] {
    font-weight: 700;
  }

  [part=span] {
    color: var(--_muted);
    font-size: .9em;
  }

  [part=segment] {
    order: -1;
    display: flex;
    align-items: center;
    block-size: .5rem;
    margin-block: .625rem;
    border-radius: .25rem;
    background: var(--_segment);
  }

  [part~=done] [part=segment],
  .fill {
    background: var(--_done);
  }

  .fill {
    align-self: stretch;
    border-radius: inherit;
    flex-grow: var(--_at);
    transition: flex-grow var(--_duration);
  }

  [part=marker] {
    padding: .125rem .5rem;
    border-radius: 1rem;
    background: var(--_marker);
    color: var(--_marker-text);
    font-size: .875em;
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    :host {
      --_segment: GrayText;
      --_done: Highlight;
      --_current: Highlight;
      --_marker: Highlight;
      --_marker-text: HighlightText;
    }

    [part=segment] {
      forced-color-adjust: none;
    }
  }
`;
