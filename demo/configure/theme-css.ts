/**
 * The theme as CSS: every value checked (an invalid one takes the teal preset's), the `--dk-*` tokens in order, and
 * the rule the snippet carries (`:root{…}`, and the painted box's colours when the theme paints one). The preview,
 * the shortcode and the exports read the same values. Pure: no DOM.
 */
import { type Config, FONTS, THEME_PRESETS } from './config.js';
import { isHexColor, onPrimary, wholeNumber } from './values.js';

/** The class of the box that paints the theme's background behind the widget. */
export const SECTION_CLASS = 'dk-section';

/** The theme with every value checked (an invalid one takes the teal preset's), ready for CSS. */
export function resolvedTheme(config: Config) {
  const fallback = THEME_PRESETS.teal.theme;
  const theme = config.theme;
  const pick = (value: string, other: string) => (isHexColor(value) ? value.trim().toLowerCase() : other);
  const primary = pick(theme.primary, fallback.primary);
  const radius = wholeNumber(theme.radius, 0, 48) ?? Number(fallback.radius);
  return {
    primary,
    onPrimary: onPrimary(primary),
    text: pick(theme.text, fallback.text),
    background: pick(theme.background, fallback.background),
    radius: `${radius}px`,
    font: (FONTS[theme.font] ?? FONTS.system).stack,
    paint: theme.paint,
  };
}

/** The `--dk-*` declarations of the theme, in order. */
export function themeTokens(config: Config): [string, string][] {
  const theme = resolvedTheme(config);
  const tokens: [string, string][] = [
    ['--dk-color-primary', theme.primary],
    ['--dk-color-on-primary', theme.onPrimary],
    ['--dk-color-text', theme.text],
    ['--dk-radius', theme.radius],
  ];
  if (theme.font !== 'inherit') tokens.push(['--dk-font-family', theme.font]);
  return tokens;
}

/** The theme rule: `:root{--dk-…}`, and the painted box's colours when the theme paints one. */
export function themeCss(config: Config): string {
  const theme = resolvedTheme(config);
  const tokens = themeTokens(config)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  let css = `:root{${tokens}}`;
  if (theme.paint) {
    const font = theme.font !== 'inherit' ? `;font-family:${theme.font}` : '';
    css += `\n.${SECTION_CLASS}{background:${theme.background};color:${theme.text};padding:1.5em;border-radius:${theme.radius}${font}}`;
  }
  return css;
}
