/**
 * Styles of `<dk-before-after>`: two photos stacked in one frame, the after one clipped to its side of a divider
 * the visitor drags. Selectors are the parts a clinic styles too; the frame has the class `horizontal` or
 * `vertical`. `--_pos` (the divider's place from the before side, e.g. `40%`) and `--_ratio` (from the images'
 * width/height) are set on the frame through the CSSOM, which a strict CSP allows. Sizes in em: the widget
 * follows the text around it.
 */
import { css } from 'lit';

export const styles = css`
  :host {
    --_handle: var(--dk-before-after-handle-size, var(--_target));
    --_half: calc(var(--_handle) / 2);
    /* The handle stops half its size plus its 6px focus ring from each edge: at 0 and 100 it stays whole. */
    --_edge: calc(var(--_half) + 6px);
  }
  [part=frame] {
    position: relative;
    aspect-ratio: var(--dk-before-after-ratio, var(--_ratio, 4 / 3));
    /* The divider's dark edge never paints past the photos, at any position or orientation. */
    overflow: clip;
    border-radius: var(--_radius);
    /* The page still scrolls across the slider's axis; a swipe along it moves the divider instead. */
    touch-action: pan-y;
    cursor: ew-resize;
    /* The one spelling all three engines read (WebKit still needs the prefix). */
    -webkit-user-select: none;
  }
  .vertical { touch-action: pan-x; cursor: ns-resize; }
  [part=before], [part=after], [part=placeholder] { position: absolute; inset: 0; }
  /*
   * Each photo fills its layer. !important: themes style every img (max-width: 100%, height: auto, margins), and
   * page rules beat ::slotted. No pointer events: no native image drag or long-press menu.
   */
  ::slotted(*) {
    width: 100% !important;
    height: 100% !important;
    margin: 0 !important;
    object-fit: cover;
    pointer-events: none;
  }
  /* The after photo lies on top, clipped to its side of the divider (inline-end, or below). */
  [part=after] { clip-path: inset(0 0 0 var(--_pos)); }
  [part=after]:dir(rtl) { clip-path: inset(0 var(--_pos) 0 0); }
  .vertical [part=after] { clip-path: inset(var(--_pos) 0 0 0); }
  /*
   * No width: the outline draws the 2px line centred on the position, and an outline (unlike a background or a
   * shadow) keeps a system colour in forced colours.
   */
  [part=divider] {
    position: absolute;
    inset-block: 0;
    inset-inline-start: var(--_pos);
    outline: 1px solid var(--dk-before-after-divider-color, #fff);
    box-shadow: 0 0 0 2px #0008;
  }
  .vertical [part=divider] { inset: var(--_pos) 0 auto; }
  /*
   * A white disc (a surface by design) with a dark ring and icon: the brand colour at 45% with black reads at
   * 4.7:1 or more on white, whatever the brand. The icon is an svg filled with currentColor. Forced colours need no
   * rule: background, text and border take system colours.
   */
  [part=handle] {
    position: absolute;
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
  .vertical [part=handle] { inset: clamp(var(--_edge), var(--_pos), 100% - var(--_edge)) auto auto 50%; }
  /* A light ring under the focus outline keeps it visible over dark and light photos alike. */
  [part=handle]:focus-visible { box-shadow: 0 0 0 6px var(--_surface); }
  .vertical svg { rotate: 90deg; }
  /*
   * Chips sit over photos, so their colours are fixed (white on near-black) rather than the page's. Each sits in
   * its photo's outer corner, inside its layer, so it shows only where its photo does. Their font is .875em, so
   * em lengths inside are divided by .875 to match the host's.
   */
  [part~=label] {
    position: absolute;
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
  [part=after] [part~=label] { inset-inline: auto .57em; }
  .vertical [part=after] [part~=label] { inset-inline: .57em auto; top: auto; bottom: .57em; }
  /*
   * The alt text, centred in the half where its photo shows. Opaque (the after layer lies over the before photo)
   * and following the section: Canvas is white or dark with the element's colour scheme, tinted with the
   * inherited text colour, which reads on it.
   */
  [part=placeholder] {
    display: grid;
    place-items: center;
    padding: 2.5em 1em;
    padding-inline-end: calc(50% + var(--_half));
    background: color-mix(in srgb, currentColor 10%, Canvas);
    text-align: center;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  [part=after] [part=placeholder] {
    padding-inline: calc(50% + var(--_half)) 1em;
    background: color-mix(in srgb, currentColor 20%, Canvas);
  }
  .vertical [part=placeholder] { padding-inline: 1em; align-items: start; }
  .vertical [part=after] [part=placeholder] { align-items: end; }
  @media (forced-colors: active) {
    [part~=label] { border: 1px solid; }
  }
  /*
   * On paper nothing moves: both photos print whole side by side, each with its chip, without divider and handle;
   * chips keep their fill, and the widget stays on one page.
   */
  @media print {
    :host { break-inside: avoid; }
    [part=frame] { display: flex; gap: .5em; aspect-ratio: auto; border-radius: 0; }
    [part=before], [part=after] {
      position: relative;
      display: grid;
      flex: 1;
      aspect-ratio: var(--dk-before-after-ratio, var(--_ratio, 4 / 3));
      clip-path: none !important;
    }
    [part=placeholder] { padding: 1em !important; align-items: center !important; }
    [part~=label] { -webkit-print-color-adjust: exact; print-color-adjust: exact; max-width: calc(100% - 1.15em); }
    [part=divider], [part=handle] { display: none; }
  }
`;
