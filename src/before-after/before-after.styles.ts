/**
 * Styles of `<dk-before-after>`. `--_pos` (where the divider sits from the before side, e.g. `40%`) and `--_ratio`
 * (from the images' width/height) are set on the frame through the CSSOM (a strict CSP allows that).
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
 * - The frame clips what is inside it (`overflow: clip`, with the rounded corners): the divider's dark edge
 *   never paints past the photos, at any position or orientation.
 * - The divider has no width: its outline draws the 2 px line centred on `--_pos`, and an outline (unlike a
 *   background or a shadow) keeps a system colour in forced-colours mode.
 * - The handle is clamped half its size plus its focus ring (6 px) from the edges, so at 0 and 100 it stays
 *   whole inside the frame, ring and shadow included. It is a white disc (`--_surface`, a surface by design)
 *   with a dark ring and icon: the brand colour at 45% with black, at least 4.7:1 on white whatever the brand.
 *   Its icon is an outer `<svg>` (100% of the handle; the viewBox leaves the margin), filled with `currentColor`.
 *   In forced colours it needs no rule: background, text and border take system colours.
 * - A light ring under the focus outline keeps it visible over dark and light photos alike.
 * - The after image lies on top, clipped to its side of the divider (inline-end, or below).
 * - Label chips sit over photos, so their colours are fixed (white on near-black, solid) rather than taken from
 *   the page. They sit in their own image's outer corner and inside its layer, so each shows only where its
 *   image does. Their font is 0.875em, so em lengths inside them are divided by .875 to match the host's.
 * - The placeholder centres the alt text in the half where that image shows. It is opaque (the after layer lies
 *   over the before photo) and follows the section: `Canvas` is white or dark with the colour scheme the
 *   element adopted, tinted with the inherited text colour, which reads on it.
 * - Sizes are in em (the widget follows the text around it).
 * - On paper nothing moves: both photos print whole side by side, each with its chip, without the divider and
 *   handle; chips keep their fill (`print-color-adjust`), and the widget stays on one page.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_handle: var(--dk-before-after-handle-size, var(--_target));
    --_half: calc(var(--_handle) / 2);
    --_edge: calc(var(--_half) + 6px);
  }
  .f {
    position: relative;
    aspect-ratio: var(--dk-before-after-ratio, var(--_ratio, 4 / 3));
    overflow: clip;
    border-radius: var(--_radius);
    touch-action: pan-y;
    cursor: ew-resize;
    -webkit-user-select: none;
  }
  .vertical { touch-action: pan-x; cursor: ns-resize; }
  .l, .p, .d, .h, .c { position: absolute; }
  .l, .p { inset: 0; }
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
    inset-inline-start: clamp(var(--_edge), var(--_pos), 100% - var(--_edge));
    box-sizing: border-box;
    width: var(--_handle);
    height: var(--_handle);
    margin: calc(var(--_half) * -1);
    border: 2px solid;
    border-radius: 50%;
    background: var(--_surface);
    color: color-mix(in srgb, var(--_primary) 45%, #000);
    fill: currentColor;
    box-shadow: 0 1px 4px #0008;
  }
  .vertical .h { inset: clamp(var(--_edge), var(--_pos), 100% - var(--_edge)) auto auto 50%; }
  .h:focus-visible { box-shadow: 0 0 0 6px var(--_surface); }
  .vertical svg { rotate: 90deg; }
  .c {
    top: .57em;
    inset-inline-start: .57em;
    max-width: calc(50% - var(--_half) / .875 - 1.15em);
    padding: .15em .57em;
    border-radius: calc(var(--_radius) / 2);
    background: #1b1b1b;
    color: #fff;
    font-size: .875em;
    font-weight: 600;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .after .c { inset-inline: auto .57em; }
  .vertical .after .c { inset-inline: .57em auto; top: auto; bottom: .57em; }
  .p {
    display: grid;
    place-items: center;
    padding: 2.5em 1em;
    padding-inline-end: calc(50% + var(--_half));
    background: color-mix(in srgb, currentColor 10%, Canvas);
    text-align: center;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .after .p {
    padding-inline: calc(50% + var(--_half)) 1em;
    background: color-mix(in srgb, currentColor 20%, Canvas);
  }
  .vertical .p { padding-inline: 1em; align-items: start; }
  .vertical .after .p { align-items: end; }
  @media (forced-colors: active) {
    .c { border: 1px solid; }
  }
  @media print {
    :host { break-inside: avoid; }
    .f { display: flex; gap: .5em; aspect-ratio: auto; border-radius: 0; }
    .l {
      position: relative;
      display: grid;
      flex: 1;
      aspect-ratio: var(--dk-before-after-ratio, var(--_ratio, 4 / 3));
      clip-path: none !important;
    }
    .p { padding: 1em !important; align-items: center !important; }
    .c { -webkit-print-color-adjust: exact; print-color-adjust: exact; max-width: calc(100% - 1.15em); }
    .d, .h { display: none; }
  }
`;
