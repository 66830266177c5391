/**
 * Colours for the export, pure: parse what authors write (hex, `rgb()`, `hsl()`, named colours) into sRGB, mix two
 * colours, measure WCAG contrast and print literal `#rrggbb` (email clients drop custom properties and many drop
 * `rgb()` with alpha, so every colour the writers print is a plain hex).
 */

/** sRGB channels 0–255 and alpha 0–1. */
export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/** CSS named colours (CSS Color 4), as hex without `#`. */
const NAMED: Record<string, string> = {
  aliceblue: 'f0f8ff',
  antiquewhite: 'faebd7',
  aqua: '00ffff',
  aquamarine: '7fffd4',
  azure: 'f0ffff',
  beige: 'f5f5dc',
  bisque: 'ffe4c4',
  black: '000000',
  blanchedalmond: 'ffebcd',
  blue: '0000ff',
  blueviolet: '8a2be2',
  brown: 'a52a2a',
  burlywood: 'deb887',
  cadetblue: '5f9ea0',
  chartreuse: '7fff00',
  chocolate: 'd2691e',
  coral: 'ff7f50',
  cornflowerblue: '6495ed',
  cornsilk: 'fff8dc',
  crimson: 'dc143c',
  cyan: '00ffff',
  darkblue: '00008b',
  darkcyan: '008b8b',
  darkgoldenrod: 'b8860b',
  darkgray: 'a9a9a9',
  darkgreen: '006400',
  darkgrey: 'a9a9a9',
  darkkhaki: 'bdb76b',
  darkmagenta: '8b008b',
  darkolivegreen: '556b2f',
  darkorange: 'ff8c00',
  darkorchid: '9932cc',
  darkred: '8b0000',
  darksalmon: 'e9967a',
  darkseagreen: '8fbc8f',
  darkslateblue: '483d8b',
  darkslategray: '2f4f4f',
  darkslategrey: '2f4f4f',
  darkturquoise: '00ced1',
  darkviolet: '9400d3',
  deeppink: 'ff1493',
  deepskyblue: '00bfff',
  dimgray: '696969',
  dimgrey: '696969',
  dodgerblue: '1e90ff',
  firebrick: 'b22222',
  floralwhite: 'fffaf0',
  forestgreen: '228b22',
  fuchsia: 'ff00ff',
  gainsboro: 'dcdcdc',
  ghostwhite: 'f8f8ff',
  gold: 'ffd700',
  goldenrod: 'daa520',
  gray: '808080',
  green: '008000',
  greenyellow: 'adff2f',
  grey: '808080',
  honeydew: 'f0fff0',
  hotpink: 'ff69b4',
  indianred: 'cd5c5c',
  indigo: '4b0082',
  ivory: 'fffff0',
  khaki: 'f0e68c',
  lavender: 'e6e6fa',
  lavenderblush: 'fff0f5',
  lawngreen: '7cfc00',
  lemonchiffon: 'fffacd',
  lightblue: 'add8e6',
  lightcoral: 'f08080',
  lightcyan: 'e0ffff',
  lightgoldenrodyellow: 'fafad2',
  lightgray: 'd3d3d3',
  lightgreen: '90ee90',
  lightgrey: 'd3d3d3',
  lightpink: 'ffb6c1',
  lightsalmon: 'ffa07a',
  lightseagreen: '20b2aa',
  lightskyblue: '87cefa',
  lightslategray: '778899',
  lightslategrey: '778899',
  lightsteelblue: 'b0c4de',
  lightyellow: 'ffffe0',
  lime: '00ff00',
  limegreen: '32cd32',
  linen: 'faf0e6',
  magenta: 'ff00ff',
  maroon: '800000',
  mediumaquamarine: '66cdaa',
  mediumblue: '0000cd',
  mediumorchid: 'ba55d3',
  mediumpurple: '9370db',
  mediumseagreen: '3cb371',
  mediumslateblue: '7b68ee',
  mediumspringgreen: '00fa9a',
  mediumturquoise: '48d1cc',
  mediumvioletred: 'c71585',
  midnightblue: '191970',
  mintcream: 'f5fffa',
  mistyrose: 'ffe4e1',
  moccasin: 'ffe4b5',
  navajowhite: 'ffdead',
  navy: '000080',
  oldlace: 'fdf5e6',
  olive: '808000',
  olivedrab: '6b8e23',
  orange: 'ffa500',
  orangered: 'ff4500',
  orchid: 'da70d6',
  palegoldenrod: 'eee8aa',
  palegreen: '98fb98',
  paleturquoise: 'afeeee',
  palevioletred: 'db7093',
  papayawhip: 'ffefd5',
  peachpuff: 'ffdab9',
  peru: 'cd853f',
  pink: 'ffc0cb',
  plum: 'dda0dd',
  powderblue: 'b0e0e6',
  purple: '800080',
  rebeccapurple: '663399',
  red: 'ff0000',
  rosybrown: 'bc8f8f',
  royalblue: '4169e1',
  saddlebrown: '8b4513',
  salmon: 'fa8072',
  sandybrown: 'f4a460',
  seagreen: '2e8b57',
  seashell: 'fff5ee',
  sienna: 'a0522d',
  silver: 'c0c0c0',
  skyblue: '87ceeb',
  slateblue: '6a5acd',
  slategray: '708090',
  slategrey: '708090',
  snow: 'fffafa',
  springgreen: '00ff7f',
  steelblue: '4682b4',
  tan: 'd2b48c',
  teal: '008080',
  thistle: 'd8bfd8',
  tomato: 'ff6347',
  turquoise: '40e0d0',
  violet: 'ee82ee',
  wheat: 'f5deb3',
  white: 'ffffff',
  whitesmoke: 'f5f5f5',
  yellow: 'ffff00',
  yellowgreen: '9acd32',
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A channel: a number 0–255 or a percentage. */
function channel(text: string): number {
  return text.endsWith('%') ? (parseFloat(text) * 255) / 100 : parseFloat(text);
}

function alpha(text: string | undefined): number {
  if (text === undefined) return 1;
  return text.endsWith('%') ? parseFloat(text) / 100 : parseFloat(text);
}

/** The arguments of `name(…)`, comma or space separated, with an optional `/ alpha`. */
function functionArguments(text: string, names: string): string[] | undefined {
  const match = new RegExp(`^(?:${names})\\(\\s*([^()]*)\\)$`).exec(text);
  if (!match) return undefined;
  const parts = match[1]!
    .trim()
    .split(/\s*[,/]\s*|\s+/)
    .filter(Boolean);
  return parts.length === 3 || parts.length === 4 ? parts : undefined;
}

/** Parses a CSS colour this module understands, else `undefined` (`currentColor`, `var()`, `color-mix()`…). */
export function parseColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1] ?? NAMED[text];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
    const [r, g, b, a = 255] = full.match(/../g)!.map((pair) => parseInt(pair, 16));
    return { r: r!, g: g!, b: b!, a: a / 255 };
  }
  const rgb = functionArguments(text, 'rgba?');
  if (rgb) {
    const [r, g, b] = rgb.slice(0, 3).map(channel);
    return valid({ r: r!, g: g!, b: b!, a: alpha(rgb[3]) });
  }
  const hsl = functionArguments(text, 'hsla?');
  if (hsl) {
    const hue = parseAngle(hsl[0]!);
    const [saturation, lightness] = hsl.slice(1, 3).map((part) => parseFloat(part) / 100);
    if (hue === undefined) return undefined;
    return valid({ ...fromHsl(hue, clamp(saturation!, 0, 1), clamp(lightness!, 0, 1)), a: alpha(hsl[3]) });
  }
  return undefined;
}

function valid(color: Rgb): Rgb | undefined {
  const numbers = [color.r, color.g, color.b, color.a];
  if (numbers.some((number) => !Number.isFinite(number))) return undefined;
  return { r: clamp(color.r, 0, 255), g: clamp(color.g, 0, 255), b: clamp(color.b, 0, 255), a: clamp(color.a, 0, 1) };
}

function parseAngle(text: string): number | undefined {
  const match = /^(-?[\d.]+(?:e-?\d+)?)(deg|rad|grad|turn)?$/.exec(text);
  if (!match) return undefined;
  const number = parseFloat(match[1]!);
  const degrees = { deg: 1, rad: 180 / Math.PI, grad: 0.9, turn: 360 }[match[2] ?? 'deg']! * number;
  return Number.isFinite(degrees) ? ((degrees % 360) + 360) % 360 : undefined;
}

function fromHsl(hue: number, saturation: number, lightness: number): Omit<Rgb, 'a'> {
  // CSS Color 4's hslToRgb.
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    const a = saturation * Math.min(lightness, 1 - lightness);
    return 255 * (lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: f(0), g: f(8), b: f(4) };
}

/** `#rrggbb`, lower case (alpha dropped: composite first with `over`). */
export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b]
    .map((value) =>
      Math.round(clamp(value, 0, 255))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** `top` painted over an opaque `bottom` (its alpha applied): the colour a reader sees. */
export function over(top: Rgb, bottom: Rgb): Rgb {
  return mix(top, bottom, top.a);
}

/** `color-mix(in srgb, a share, b)`: `share` of `a` (0–1), opaque. */
export function mix(a: Rgb, b: Rgb, share: number): Rgb {
  const of = (key: 'r' | 'g' | 'b') => a[key] * share + b[key] * (1 - share);
  return { r: of('r'), g: of('g'), b: of('b'), a: 1 };
}

/** WCAG relative luminance. */
export function luminance({ r, g, b }: Rgb): number {
  const [red, green, blue] = [r, g, b].map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}

/** WCAG contrast ratio of two opaque colours, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}
