/**
 * Escaping for the static and email writers: every text and attribute value they print goes through `escapeHtml`,
 * and every URL through `safeUrl`/`safeImageUrl` first. Pure: no DOM.
 */

import type { ExportTheme } from './model.js';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in element content and in a quoted attribute value: `&<>"'` become entities. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

/** `name="value"` with the value escaped, or '' when the value is empty or missing. */
export function attribute(name: string, value: string | number | null | undefined): string {
  return value === undefined || value === null || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}

/** Schemes a link may use. Anything else (`javascript:`, `data:`, `vbscript:`…) is never printed. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * The scheme a browser would see, lower case, or '' for a relative URL. Browsers drop tabs and line breaks
 * anywhere in a URL and leading spaces or control characters before parsing it (`java\tscript:` is
 * `javascript:`), so those are removed before looking.
 */
function schemeOf(url: string): string {
  // eslint-disable-next-line no-control-regex -- a URL sanitiser: matching control characters is the point
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]!.toLowerCase() ?? '';
}

export interface UrlRules {
  /** Allow relative URLs (`#plan`, `/contact`, `images/a.png`): fine on a web page, meaningless in an email. */
  readonly relative: boolean;
  /** Only http(s) (images), not mailto/tel. */
  readonly httpOnly?: boolean;
}

/**
 * The URL, trimmed, when a visitor may follow it: an http(s), mailto or tel URL (or, with `relative`, one with no
 * scheme at all); otherwise `undefined`, and the writer prints the link's text without the link.
 */
export function safeUrl(url: string | null | undefined, rules: UrlRules): string | undefined {
  const trimmed = (url ?? '').trim();
  // eslint-disable-next-line no-control-regex -- a URL sanitiser: matching control characters is the point
  if (!trimmed || /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) return undefined;
  const scheme = schemeOf(trimmed);
  if (!scheme) return rules.relative ? trimmed : undefined;
  if (rules.httpOnly ? scheme !== 'http' && scheme !== 'https' : !LINK_SCHEMES.has(scheme)) return undefined;
  // An absolute http(s) URL needs a host: `https:foo` is read relative to the page by browsers.
  if ((scheme === 'http' || scheme === 'https') && !/^https?:\/\/[^/\s?#]/i.test(trimmed)) return undefined;
  return trimmed;
}

/** An image source: http(s) only; relative paths only where `relative` (the static page, beside its images). */
export function safeImageUrl(url: string | null | undefined, relative: boolean): string | undefined {
  return safeUrl(url, { relative, httpOnly: true });
}

/**
 * A `srcset` whose every candidate URL passes `safeImageUrl`, or `undefined` (then only `src` is printed).
 * Candidates are `url [descriptor]` separated by commas; a comma inside a URL must be followed by a non-space
 * (the HTML parser's rule), which splitting on `,\s+` and a final `,` respects for the URLs clinics use.
 */
export function safeSrcset(srcset: string | null | undefined, relative: boolean): string | undefined {
  const text = (srcset ?? '').trim();
  if (!text) return undefined;
  const candidates = text
    .split(/,\s+|,$/)
    .map((candidate) => candidate.trim())
    .filter(Boolean);
  for (const candidate of candidates) {
    const [url, descriptor, extra] = candidate.split(/\s+/);
    if (extra !== undefined || !safeImageUrl(url, relative)) return undefined;
    if (descriptor !== undefined && !/^\d+(\.\d+)?[wx]$/.test(descriptor)) return undefined;
  }
  return candidates.join(', ');
}

/**
 * A theme value fit for a `style` attribute: colours, lengths and font stacks only. Anything that could end the
 * declaration or load something (`;`, braces, `url(`, `expression(`, `var(`, `@import`, backslashes, comments)
 * gives `fallback`. Double quotes in font stacks become single quotes (one less escape in every style).
 */
export function safeCss(value: string | null | undefined, fallback: string): string {
  const text = (value ?? '').trim().replace(/"/g, "'");
  if (
    !text ||
    text.length > 200 ||
    !/^[-#\w\s,.%()'+/]*$/.test(text) ||
    /url\(|expression\(|var\(|@import|\/\*|\\/i.test(text)
  )
    return fallback;
  return text;
}

/** Used for any theme value that is missing or unsafe: the kit's clinical teal on white (contrasts checked). */
export const FALLBACK_THEME: ExportTheme = {
  primary: '#0b6e69',
  onPrimary: '#ffffff',
  text: '#1d2a33',
  muted: '#5b6770',
  track: '#dfe3e6',
  background: '#ffffff',
  radius: '8px',
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
};

/** The snippet's theme with every value passed through `safeCss` (a hostile value falls back, it never leaks). */
export function cleanTheme(theme: Partial<ExportTheme> | undefined): ExportTheme {
  const clean = {} as Record<keyof ExportTheme, string>;
  for (const key of Object.keys(FALLBACK_THEME) as (keyof ExportTheme)[])
    clean[key] = safeCss(theme?.[key], FALLBACK_THEME[key]);
  return clean;
}
