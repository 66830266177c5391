/**
 * Styles of `<dk-collagen-gauge>`: a fixed-size ring (no layout shift), themable through `--dk-gauge-*`.
 * (Comments live here, not in the CSS, which ships as written.)
 *
 * - The host is a grid whose gap spaces ring, caption, split and note; ring and percentage share the meter's one
 *   grid cell, so the figure sits centred on the ring without absolute positioning.
 * - Track and type III bar default to tints of the fill: with the default teal, fill against track is 4.9:1.
 * - Circle geometry (`cx`, `cy`, `r`) and `stroke-width` in percentages of the 100-unit viewBox keep the stroke
 *   inside the box at any thickness.
 * - The sweep is five times `--_duration` (1 s by default), so 0 under prefers-reduced-motion (tokens).
 * - Forced colours: system colours can be alike in brightness (GrayText and Highlight are green and cyan in
 *   Windows' black theme), so the track becomes a thin GrayText line under the full-width Highlight arc, and the
 *   type III bar an outlined box beside the solid type I one: shape, not colour, tells them apart.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_thickness: var(--dk-gauge-thickness, 10%);
    --_fill: var(--dk-gauge-fill, var(--_primary));

    display: inline-grid;
    gap: .5em;
    vertical-align: top;
    inline-size: var(--dk-gauge-size, 10rem);
    max-inline-size: 100%;
    text-align: center;
    line-height: 1.4;
  }

  [part=meter] {
    display: grid;
    place-items: center;
    container-type: inline-size;
  }

  [part=meter] > * {
    grid-area: 1/1;
  }

  [part=ring] {
    inline-size: 100%;
    rotate: -90deg;
  }

  circle {
    fill: none;
    stroke: var(--dk-gauge-track, color-mix(in srgb, var(--_fill) 15%, var(--_surface)));
    stroke-width: var(--_thickness);
    cx: 50%;
    cy: 50%;
    r: calc(50% - var(--_thickness)/2);
  }

  [part=fill] {
    stroke: var(--_fill);
    transition: stroke-dashoffset calc(var(--_duration)*5) ease-out;
  }

  [part=value] {
    font-size: 20cqi;
    font-weight: 700;
  }

  [part=types],
  [part=note] {
    font-size: .875em;
    color: var(--_muted);
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: .5rem;
    margin-block-end: .25em;
    fill: var(--_fill);
  }

  .bar:dir(rtl) {
    scale: -1 1;
  }

  rect {
    height: 100%;
  }

  .iii {
    fill: var(--dk-gauge-type-iii, color-mix(in srgb, var(--_fill) 40%, var(--_surface)));
  }

  @media (forced-colors: active) {
    :host {
      --_fill: Highlight;
    }

    [part=track] {
      stroke: GrayText;
      stroke-width: 2%;
    }

    .iii {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
  }
`;
