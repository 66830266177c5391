/**
 * `<dk-phase>`: one healing phase inside `<dk-healing-timeline>`. It only carries data: the timeline reads its
 * attributes, and its text stays light DOM (readable and indexable before or without the script), shown in the
 * timeline through a slot. No shadow root, no Lit: there is nothing to render of its own.
 */

/**
 * @tagname dk-phase
 * @summary One phase of a `<dk-healing-timeline>`: name and days as attributes, the description as its text.
 *
 * @attr {string} name - The phase's name ("Proliferative"). Missing: "Phase N", with a warning.
 * @attr {string} start - First day of the phase, in days after treatment (0 = treatment day).
 * @attr {string} end - Day the phase ends (the next phase may start on it).
 * @attr {string} span - Replaces the automatic span text ("3–21 days") with your own; empty hides it.
 *
 * @slot - The phase's description for visitors (any inline HTML: links, emphasis).
 */
export class DkPhase extends HTMLElement {}

declare global {
  interface HTMLElementTagNameMap {
    'dk-phase': DkPhase;
  }
}
