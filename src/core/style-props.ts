/**
 * `styleProps({ '--_pos': '60%' })` in a `style=${…}` binding: sets CSS custom properties (or any style
 * property) through the CSSOM on every render, the first included.
 *
 * Why not Lit's `styleMap`: on its first render it writes a `style="…"` attribute string, which a strict
 * Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') blocks, so the values would be missing
 * until the next update. `style.setProperty()` is not inline style and is always allowed.
 * `undefined` or `null` removes a property set earlier.
 */
import { noChange } from 'lit';
import { Directive, directive, type AttributePart } from 'lit/directive.js';

export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

class StylePropsDirective extends Directive {
  private applied = new Set<string>();

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]): typeof noChange {
    const { style } = part.element as HTMLElement;
    for (const name of this.applied) {
      if (props[name] == null) {
        style.removeProperty(name);
        this.applied.delete(name);
      }
    }
    for (const [name, value] of Object.entries(props)) {
      if (value == null) continue;
      style.setProperty(name, String(value));
      this.applied.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
