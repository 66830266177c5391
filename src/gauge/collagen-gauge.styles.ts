/**
 * Styles of `<dk-collagen-gauge>`: a fixed-size ring (no layout shift) with its percentage, caption, type split and
 * note, themable through `--dk-gauge-*`. Colours follow the section (see core/tokens.ts).
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_size: var(--dk-gauge-size, 10em);
    --_thickness: var(--dk-gauge-thickness, 10%);
    --_fill: var(--dk-gauge-fill, var(--_accent));
    --_iii: var(--dk-gauge-type-iii, color-mix(in srgb, var(--_fill) 25%, transparent));

    /*
     * A block (it takes a block theme's column and auto margins) and a one-column grid: the column, centred, is as
     * wide as the ring or 16em, whichever is wider, never wider than the host. The gap spaces ring, caption, split
     * and note.
     */
    display: grid;
    grid-template-columns: min(100%, max(var(--_size), 16em));
    justify-content: center;
    gap: .5em;
    text-align: center;
    line-height: 1.4;
    /* Long words in the caption wrap (hyphenated in the page's language) rather than widen the page. */
    overflow-wrap: anywhere;
    hyphens: auto;
    break-inside: avoid;
  }

  [part=meter] {
    display: grid;
    place-items: center;
    justify-self: center;
    inline-size: min(100%, var(--_size));
    container-type: inline-size;
  }

  /* Ring and percentage share one grid cell: the figure sits centred on the ring without absolute positioning. */
  [part=meter] > * {
    grid-area: 1/1;
  }

  [part=ring] {
    inline-size: 100%;
    /* The arc starts at 12 o'clock (an SVG circle's stroke starts at 3). */
    rotate: -90deg;
  }

  /*
   * Arc (--_accent: the brand colour, lightened in dark sections) against track (--_track, the text colour at 20%):
   * 4.1:1 on white with #1d2a33 text, 3.6:1 on #14161a with #e9ecef text, 6.6:1 with the README's dark theme
   * (test/gauge/gauge-host-pages.test.ts). On a section in the brand colour itself the arc blends in (1.5:1): the
   * percentage, in text, carries the value. Geometry and stroke width in percentages of the 100-unit viewBox keep
   * the stroke inside the box at any thickness.
   */
  circle {
    fill: none;
    stroke: var(--dk-gauge-track, var(--_track));
    stroke-width: var(--_thickness);
    cx: 50%;
    cy: 50%;
    r: calc(50% - var(--_thickness)/2);
  }

  [part=fill] {
    stroke: var(--_fill);
    transition: stroke-dashoffset calc(var(--_duration)*5) ease-out;
  }

  /*
   * The sweep: until the gauge is first seen the arc is drawn empty, then the value transitions in over five times
   * --_duration (0 under prefers-reduced-motion). On paper nothing transitions: the printed ring shows its value
   * even if it never scrolled into view.
   */
  @media not print {
    .unswept {
      stroke-dashoffset: 100;
    }
  }

  @media print {
    [part=fill] {
      transition: none;
    }
  }

  [part=value] {
    /* A fifth of the ring's width (the meter is its size container), so the figure scales with the ring. */
    font-size: 20cqi;
    font-weight: 700;
  }

  [part=status],
  [part=legend] {
    margin: 0;
    text-wrap: balance;
  }

  [part=types],
  [part=note] {
    font-size: .875em;
    color: var(--_muted);
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: .5em;
    margin-block-end: .25em;
    /* Type III's outline is centred on its box's edge: half of it lies outside the svg. */
    overflow: visible;
    fill: var(--_fill);
  }

  /* The split reads from the inline start, like its legend. */
  .bar:dir(rtl) {
    scale: -1 1;
  }

  rect {
    height: 100%;
  }

  /* A swatch never wraps away from its share. */
  .key {
    white-space: nowrap;
  }

  /*
   * Shape tells the types apart, in the bar and in the legend's swatches: type I is solid arc colour, type III an
   * outline of it around a 25% tint (a tint alone cannot reach 3:1 against both the arc colour and a dark section).
   */
  .swatch {
    display: inline-block;
    box-sizing: border-box;
    inline-size: .75em;
    block-size: .75em;
    margin-inline-end: .25em;
    vertical-align: -.05em;
    border: .125em solid var(--_fill);
    background: var(--_fill);
  }

  .typeIII {
    fill: var(--_iii);
    stroke: var(--_fill);
    stroke-width: 1.5px;
    background: var(--_iii);
  }

  /*
   * System colours can be alike in brightness (GrayText and Highlight are green and cyan in Windows' black theme):
   * the track becomes a thin GrayText line under the Highlight arc, and type III keeps its outline (CanvasText
   * around Canvas) beside the solid Highlight type I.
   */
  @media (forced-colors: active) {
    :host {
      --_fill: Highlight;
    }

    [part=track] {
      stroke: GrayText;
      stroke-width: 2%;
    }

    /* Forced colours drop backgrounds: the swatches keep theirs. */
    .swatch {
      forced-color-adjust: none;
    }

    .typeIII {
      fill: Canvas;
      stroke: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }
  }
`;
