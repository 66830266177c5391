/**
 * Styles of `<dk-before-after>`. `--_pos` (where the divider sits from the before side, e.g. `40%`) and `--_ratio`
 * (from the images' width/height) are set on the frame through `styleProps` (CSSOM, so a strict CSP allows them).
 *
 * Class names are one letter (they ship as written, and each part already has a readable `part` name): `f` frame,
 * `l` layer (with `before`/`after`), `p` placeholder, `d` divider, `h` handle, `c` label chip; `horizontal`/`vertical`
 * on the frame.
 *
 * Why some rules look the way they do (comments stay out of the CSS text, which ships as written):
 * - `touch-action: pan-y` (pan-x when vertical): the page still scrolls across the slider's axis; swipes along
 *   it move the divider instead of scrolling sideways. `-webkit-user-select` is the one spelling all three
 *   engines read (WebKit still needs the prefix).
 * - Slotted images fill their layer in flow (the tallest thing on their line, so its top whatever `display` or
 *   `vertical-align` a theme gives them). `!important`: themes style every img (`max-width: 100%; height: auto`,
 *   margins) and page rules win over `::slotted` otherwise. `pointer-events: none` on them: no native image drag
 *   or long-press menu.
 * - The divider has no width: its outline draws the 2 px line centred on `--_pos`, and an outline (unlike a
 *   background or a shadow) keeps a system colour in forced-colours mode.
 * - The handle is clamped half its size from the edges, so at 0 and 100 it stays whole inside the box and never
 *   widens the page column. Its icon is an outer `<svg>` (100% of the handle; the viewBox leaves the margin),
 *   filled with the inherited `fill`. In forced colours it needs no rule: background, text and border take
 *   system colours.
 * - A light ring under the focus outline keeps it visible over dark and light photos alike.
 * - The after image lies on top, clipped to its side of the divider (inline-end, or below).
 * - Label chips are solid (readable over any photo), sit in their own image's outer corner and inside its layer,
 *   so each shows only where its image does. The placeholder centres the alt text in the half where that image
 *   shows.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_handle: var(--dk-before-after-handle-size, 2.75rem);
    --_half: calc(var(--_handle) / 2);
    display: block;
  }
  .f {
    position: relative;
    aspect-ratio: var(--dk-before-after-ratio, var(--_ratio, 4 / 3));
    touch-action: pan-y;
    cursor: ew-resize;
    -webkit-user-select: none;
  }
  .vertical { touch-action: pan-x; cursor: ns-resize; }
  .l, .p, .d, .h, .c { position: absolute; }
  .l, .p { inset: 0; }
  .l { overflow: hidden; border-radius: var(--_radius); }
  ::slotted(*) {
    width: 100% !important;
    height: 100% !important;
    margin: 0 !important;
    object-fit: cover;
    pointer-events: none;
  }
  .after { clip-path: inset(0 0 0 var(--_pos)); }
  .after:dir(rtl) { clip-path: inset(0 var(--_pos) 0 0); }
  .vertical .after { clip-path: inset(var(--_pos) 0 0 0); }
  .d {
    inset-block: 0;
    inset-inline-start: var(--_pos);
    outline: 1px solid var(--dk-before-after-divider-color, #fff);
    box-shadow: 0 0 0 2px #0008;
  }
  .vertical .d { inset: var(--_pos) 0 auto; }
  .h {
    top: 50%;
    inset-inline-start: clamp(var(--_half), var(--_pos), 100% - var(--_half));
    box-sizing: border-box;
    width: var(--_handle);
    height: var(--_handle);
    margin: calc(var(--_half) * -1);
    border: 2px solid;
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_primary);
    fill: currentColor;
    box-shadow: 0 1px 4px #0008;
  }
  .vertical .h { inset: clamp(var(--_half), var(--_pos), 100% - var(--_half)) auto auto 50%; }
  .h:focus-visible { box-shadow: 0 0 0 6px var(--_surface); }
  .vertical svg { rotate: 90deg; }
  .c {
    top: .5rem;
    inset-inline-start: .5rem;
    max-width: calc(50% - var(--_half) - 1rem);
    padding: .125rem .5rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_text);
    color: var(--_surface);
    font-size: .875rem;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .after .c { inset-inline: auto .5rem; }
  .vertical .after .c { inset-inline: .5rem auto; top: auto; bottom: .5rem; }
  .p {
    display: grid;
    place-items: center;
    padding: 2.5rem 1rem;
    padding-inline-end: calc(50% + var(--_half));
    background: color-mix(in srgb, var(--_border) 20%, var(--_surface));
    text-align: center;
    overflow-wrap: anywhere;
  }
  .after .p {
    padding-inline: calc(50% + var(--_half)) 1rem;
    background: color-mix(in srgb, var(--_border) 40%, var(--_surface));
  }
  .vertical .p { padding-inline: 1rem; align-items: start; }
  .vertical .after .p { align-items: end; }
  @media (forced-colors: active) {
    .c { border: 1px solid; }
  }
`;
