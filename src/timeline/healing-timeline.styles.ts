/**
 * Styles of `<dk-healing-timeline>`: phases side by side when every name fits, stacked otherwise. The list has the
 * classes of its orientation (`auto`, `horizontal`, `vertical`) and scale (`equal`, `time`). Colours fit any
 * section with no token: bars are the text colour's track with the elapsed part in the accent.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_segment: var(--dk-timeline-segment, var(--_track));
    --_done: var(--dk-timeline-done, var(--_accent));
    --_current: var(--dk-timeline-current, var(--_accent));
    --_marker: var(--dk-timeline-marker, var(--_primary));
    --_marker-text: var(--dk-timeline-marker-text, var(--_on-primary));
    --_gap: calc(var(--_space) / 2);
  }

  p,
  ol,
  ::slotted(*) {
    margin: 0;
  }

  [part=status] {
    font-weight: 600;
    margin-block-end: var(--_gap);
  }

  ol {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
    padding: 0;
    list-style: none;
  }

  li {
    /* Room for the longest name word: --_chars bold characters, plus padding and border. */
    --_fit: calc(var(--_chars) * 1.2ch + 1.5em + 4px);
    display: grid;
    align-content: start;
    gap: .25em;
    flex: 1 1 100%;
    min-inline-size: 0;
    padding: .5em .75em .75em;
    /* Every phase has the current one's border, transparent: nothing moves when the day changes. */
    border: 2px solid transparent;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    hyphens: auto;
    break-inside: avoid;
  }

  /*
   * The list wraps, and each phase's flex basis is either 0 (all in one row, equal widths) or huge (one per row).
   * It is huge when the list is narrower than its phases need side by side: each at least 12em, or its longest name
   * word (--_chars characters, bold) plus padding, whichever is more; the script writes --_n (phases) and --_chars
   * on the list. So German or medical compound names stack rather than break mid-syllable into narrow columns, and
   * short names sit side by side from 36em + gaps.
   */
  .auto > li {
    flex-basis: calc((var(--_n) * max(12em, var(--_fit)) + (var(--_n) - 1) * var(--_gap) - 100%) * 999);
  }

  .horizontal {
    flex-wrap: nowrap;
  }

  .horizontal > li {
    flex-basis: 0;
  }

  /* Widths follow the days, but never so narrow that the longest name word breaks. */
  .time > li {
    flex-grow: var(--_w);
    min-inline-size: min(max(6em, var(--_fit)), (100% - (var(--_n) - 1) * var(--_gap)) / var(--_n));
  }

  /* A 2px box in the accent: a shape, read as the current step, also on paper. */
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

  /*
   * Shown first but listed after name and span, so it is read name first. The bar is the segment itself; its
   * margins leave room for the chip, which is centred on it.
   */
  [part=segment] {
    order: -1;
    display: flex;
    align-items: center;
    block-size: .5em;
    margin-block: .625em;
    border-radius: .25em;
    background: var(--_segment);
  }

  [part~=done] [part=segment],
  .fill {
    background: var(--_done);
  }

  /*
   * The elapsed part grows by --_at (0 to 1): a flex factor below 1 takes only that share of the free width, so the
   * chip at the day's place never leaves the phase. It reaches under the chip (its end border, taken back by a
   * negative margin), so no gap shows between them.
   */
  .fill {
    align-self: stretch;
    flex-grow: var(--_at);
    /*
     * The elapsed part is a share of the bar less the chip; 7em over-counts any chip. No sliver: a part under 1em
     * is 0, and the chip covers the bar's start.
     */
    max-inline-size: clamp(0px, (var(--_at) * (100% - 7em) - 1em) * 999, 100%);
    margin-inline-end: -1em;
    border-inline-end: 1em solid var(--_done);
    border-radius: inherit;
    transition: flex-grow var(--_duration);
  }

  /*
   * The "Day N" chip: a brand fill under on-primary text (it may blend with a brand section; its text still reads).
   * Its ring in the bar's colour covers the bar's rounded ends (no fringe) and shows it on a brand section.
   */
  [part=marker] {
    padding: .15em .6em;
    border-radius: 1em;
    background: var(--_marker);
    box-shadow: 0 0 0 .15em var(--_done);
    color: var(--_marker-text);
    font-size: .875em;
    line-height: 1.25;
    white-space: nowrap;
  }

  /*
   * System colours; the current phase keeps the only (and a thicker) box, past and later phases have none. The bar
   * keeps its colours (forced-color-adjust is inherited by the fill and the chip).
   */
  @media (forced-colors: active) {
    :host {
      --_segment: GrayText;
      --_done: Highlight;
      --_current: CanvasText;
      --_marker: Highlight;
      --_marker-text: HighlightText;
    }

    /* Padding in place of the border, so the text stands where the current phase's does. */
    li {
      border-style: none;
      padding: calc(.5em + 3px) calc(.75em + 3px) calc(.75em + 3px);
    }

    [part~=current] {
      border: 3px solid var(--_current);
      padding: .5em .75em .75em;
    }

    [part=segment] {
      forced-color-adjust: none;
    }
  }

  /* Not split across pages when it fits on one; bars and chip print as on screen. */
  @media print {
    :host {
      break-inside: avoid;
    }

    [part=segment] {
      print-color-adjust: exact;
    }
  }
`;
