/**
 * Styles of `<dk-before-after>`. `--_pos` (the share of the after image shown, e.g. `60%`) and `--_ratio`
 * (from the images' width/height) are set on the frame through `styleMap`.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_line: var(--dk-before-after-divider-color, #fff);
    --_handle: var(--dk-before-after-handle-size, 2.75rem);
    --_half: calc(var(--_handle) / 2);
    display: block;
  }

  .frame {
    position: relative;
    aspect-ratio: var(--dk-before-after-ratio, var(--_ratio, 4 / 3));
    /* The page still scrolls up and down over the image; sideways swipes move the divider. */
    touch-action: pan-y;
    cursor: ew-resize;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }

  .vertical {
    touch-action: pan-x;
    cursor: ns-resize;
  }

  .layer,
  .placeholder,
  ::slotted(*) {
    position: absolute !important;
    inset: 0;
  }

  .layer {
    overflow: hidden;
    border-radius: var(--_radius);
  }

  /* Important: themes style every img (max-width: 100%; height: auto) and would win over ::slotted. */
  ::slotted(*) {
    display: block !important;
    width: 100% !important;
    height: 100% !important;
    max-width: none !important;
    margin: 0 !important;
    object-fit: cover;
    /* No native image drag or long-press menu: the pointer belongs to the slider. */
    pointer-events: none;
    -webkit-user-drag: none;
  }

  .after {
    clip-path: inset(0 calc(100% - var(--_pos)) 0 0);
  }

  .frame:dir(rtl) .after {
    clip-path: inset(0 0 0 calc(100% - var(--_pos)));
  }

  .frame.vertical .after {
    clip-path: inset(calc(100% - var(--_pos)) 0 0 0);
  }

  .divider,
  .handle,
  .label {
    position: absolute;
  }

  .divider {
    inset-block: 0;
    inset-inline-start: var(--_pos);
    width: 2px;
    margin-inline-start: -1px;
    background: var(--_line);
    box-shadow: 0 0 0 1px rgb(0 0 0 / 0.45);
  }

  .vertical .divider {
    inset: auto 0 var(--_pos);
    width: auto;
    height: 2px;
    margin: 0 0 -1px;
  }

  /* Stays whole inside the box at 0 and 100, so it never overflows the page column. */
  .handle {
    top: 50%;
    inset-inline-start: clamp(var(--_half), var(--_pos), 100% - var(--_half));
    box-sizing: border-box;
    width: var(--_handle);
    height: var(--_handle);
    margin: calc(var(--_half) * -1);
    display: grid;
    place-items: center;
    border: 2px solid;
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_primary);
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.45);
  }

  .vertical .handle {
    inset: auto auto clamp(var(--_half), var(--_pos), 100% - var(--_half)) 50%;
  }

  /* A light ring under the outline keeps focus visible over dark and light photos alike. */
  .handle:focus-visible {
    box-shadow: 0 0 0 6px var(--_surface);
  }

  svg {
    width: 60%;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .vertical svg {
    rotate: 90deg;
  }

  /* Solid chips: readable over any photo. Each sits in its own layer, so it shows only where its image does. */
  .label {
    top: 0.5rem;
    inset-inline-start: 0.5rem;
    max-width: calc(50% - var(--_half) - 1rem);
    padding: 0.125rem 0.5rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875rem;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }

  .before .label {
    inset-inline: auto 0.5rem;
  }

  .vertical .before .label {
    inset-inline: 0.5rem auto;
  }

  .vertical .after .label {
    top: auto;
    bottom: 0.5rem;
  }

  /* Missing or broken image: its alt text, centred in the half where that image shows. */
  .placeholder {
    display: grid;
    grid: 1fr / 1fr 1fr;
    align-items: center;
    gap: var(--_handle);
    padding: 2.5rem 1rem;
    background: color-mix(in srgb, var(--_border) 20%, var(--_surface));
    color: var(--_text);
    text-align: center;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  .after .placeholder {
    background: color-mix(in srgb, var(--_border) 40%, var(--_surface));
  }

  .placeholder span {
    grid-area: 1 / 2;
  }

  .after .placeholder span {
    grid-area: 1 / 1;
  }

  .vertical .placeholder {
    grid: 1fr 1fr / 1fr;
  }

  .vertical .before .placeholder span {
    grid-area: 1 / 1;
  }

  .vertical .after .placeholder span {
    grid-area: 2 / 1;
  }

  @media (forced-colors: active) {
    .divider,
    .handle {
      forced-color-adjust: none;
    }

    .divider {
      background: CanvasText;
    }

    .handle {
      background: Canvas;
      color: CanvasText;
    }

    .handle:focus-visible {
      outline-color: Highlight;
    }

    .label {
      border: 1px solid;
    }
  }
`;
