/**
 * Styles of `<dk-collagen-gauge>`: a fixed-size ring (no layout shift), themable through `--dk-gauge-*`.
 * (Comments live here, not in the CSS, which ships as written.)
 *
 * - Track and type III bar default to tints of the fill: with the default teal, fill against track is 4.9:1.
 * - `r` and `stroke-width` in percentages of the 100-unit viewBox keep the stroke inside the box at any
 *   thickness (browsers without CSS `r` keep the attribute's 45, right for the default 10%).
 * - The sweep is five times `--_duration` (1 s by default), so 0 under prefers-reduced-motion (tokens).
 * - Forced colours: system colours can be alike in brightness (GrayText and Highlight are green and cyan in
 *   Windows' black theme), so the track becomes a thin GrayText line under the full-width Highlight arc, and the
 *   type III bar an outlined box beside the solid type I one: shape, not colour, tells them apart.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_size: var(--dk-gauge-size, 10rem);
    --_thickness: var(--dk-gauge-thickness, 10%);
    --_fill: var(--dk-gauge-fill, var(--_primary));
    --_track: var(--dk-gauge-track, color-mix(in srgb, var(--_fill) 15%, var(--_surface)));
    --_type-iii: var(--dk-gauge-type-iii, color-mix(in srgb, var(--_fill) 40%, var(--_surface)));

    display: inline-block;
    vertical-align: top;
    inline-size: var(--_size);
    max-inline-size: 100%;
    text-align: center;
    line-height: 1.4;
  }

  [part='meter'] {
    position: relative;
    container-type: inline-size;
  }

  [part='ring'] {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 1;
    transform: rotate(-90deg);
  }

  circle {
    fill: none;
    stroke-width: var(--_thickness);
    r: calc(50% - var(--_thickness) / 2);
  }

  .track {
    stroke: var(--_track);
  }

  .fill {
    stroke: var(--_fill);
    transition: stroke-dashoffset calc(var(--_duration) * 5) ease-out;
  }

  [part='value'] {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    font-size: 20cqi;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }

  [part='caption'] {
    margin-block-start: 0.5em;
  }

  [part='types'],
  [part='note'] {
    display: block;
    margin-block-start: 0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
    margin-block-end: 0.25em;
  }

  .bar:dir(rtl) {
    transform: scaleX(-1);
  }

  .iii {
    fill: var(--_type-iii);
  }

  .i {
    fill: var(--_fill);
  }

  @media (forced-colors: active) {
    .track {
      stroke: GrayText;
      stroke-width: 2%;
    }

    .fill {
      stroke: Highlight;
    }

    .iii {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }

    .i {
      fill: Highlight;
    }
  }
`;
