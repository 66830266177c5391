/**
 * Paste-back of the theme: reads the `--dk-*` declarations of a pasted snippet (its style rules and style
 * attributes, as text: nothing is applied) and the painted box's rule back into the form's theme. Only values the
 * form's fields can hold are taken (a `#rrggbb` colour, a radius in px, one of the system font stacks).
 */
import { type Config, type FontKey, FONTS } from './config.js';
import { SECTION_CLASS } from './theme-css.js';

/** `#abc` or `#aabbcc` as `#aabbcc`; anything else undefined (the form's colour fields take only those). */
function hexColor(value: string): string | undefined {
  const text = value.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((digit) => digit + digit).join('')}`;
  return undefined;
}

/** Reads the theme from `--dk-*` declarations (style rules and attributes) and the painted box's rule. */
export function readTheme(document: Document, config: Config): string[] {
  const css = [...document.querySelectorAll('style')].map((style) => style.textContent ?? '').join('\n');
  const inline = [...document.querySelectorAll('[style]')]
    .map((element) => element.getAttribute('style') ?? '')
    .join(';');
  const declarations = new Map<string, string>();
  for (const match of `${css};${inline}`.matchAll(/(--dk-[a-z-]+)\s*:\s*([^;}]+)/gi))
    declarations.set(match[1]!.toLowerCase(), match[2]!.trim());
  const found: string[] = [];
  const primary = hexColor(declarations.get('--dk-color-primary') ?? '');
  if (primary) {
    config.theme.primary = primary;
    found.push('brand colour');
  }
  const text = hexColor(declarations.get('--dk-color-text') ?? '');
  if (text) {
    config.theme.text = text;
    found.push('text colour');
  }
  const radius = /^(\d+(?:\.\d+)?)(px|em|rem)?$/.exec(declarations.get('--dk-radius') ?? '');
  if (radius) {
    config.theme.radius = String(Math.round(Number(radius[1]) * (radius[2] === 'px' || !radius[2] ? 1 : 16)));
    found.push('corner radius');
  }
  const font = (declarations.get('--dk-font-family') ?? '').replace(/"/g, "'").replace(/\s+/g, ' ');
  const key = (Object.keys(FONTS) as FontKey[]).find((name) => FONTS[name].stack === font);
  if (key) {
    config.theme.font = key;
    found.push('font');
  }
  const section = new RegExp(`\\.${SECTION_CLASS}\\s*\\{([^}]*)\\}`).exec(css);
  if (section) {
    const background = /background(?:-color)?\s*:\s*([^;]+)/.exec(section[1]!);
    const color = hexColor(background?.[1] ?? '');
    if (color) {
      config.theme.background = color;
      found.push('background');
    }
  }
  config.theme.paint = Boolean(document.querySelector(`.${SECTION_CLASS}`));
  return found;
}
