/**
 * The configuration in the URL fragment: `#1.` + base64url(JSON of what differs from the defaults). Versioned by
 * the leading `1.`; short for the defaults (`#1.e30`), unicode-safe, and never sent to a server (browsers keep the
 * fragment to themselves). Decoding never throws: anything unreadable gives the defaults and a message. Pure: no DOM.
 */
import { type Config, ELEMENTS, FONTS, defaultConfig } from './config.js';

export const FRAGMENT_VERSION = '1';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What `value` changes from `base`: objects key by key, arrays whole; undefined when nothing. */
function difference(value: unknown, base: unknown): Json | undefined {
  if (isObject(value) && isObject(base)) {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) {
      const changed = difference(value[key], base[key]);
      if (changed !== undefined) out[key] = changed;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : (value as Json);
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(
    Uint8Array.from(binary, (character) => character.charCodeAt(0)),
  );
}

/** `#1.…` for a configuration (`base`: the page address the defaults' image URLs were made from). */
export function encodeFragment(config: Config, base?: string): string {
  return `#${FRAGMENT_VERSION}.${toBase64Url(JSON.stringify(difference(config, defaultConfig(base)) ?? {}))}`;
}

/** Longest text kept from a fragment; more is cut (a pasted novel must not freeze the page). */
const MAX_TEXT = 5000;
const MAX_ITEMS = 50;

const ENUMS: Record<string, readonly string[]> = {
  element: ELEMENTS.map((element) => element.kind),
  phasesMode: ['preset', 'custom'],
  orientation: ['auto', 'horizontal', 'vertical'],
  mode: ['model', 'value'],
  intervalUnit: ['weeks', 'days'],
  font: Object.keys(FONTS),
};

/**
 * `raw` laid over `template`, keeping only values of the template's types: strings (cut), booleans, enums from
 * their lists, arrays of objects shaped like the template's first item. Anything else keeps the template's value.
 */
function merge<T>(template: T, raw: unknown, key = ''): T {
  if (typeof template === 'string') {
    if (typeof raw !== 'string') return template;
    const allowed = ENUMS[key];
    // `orientation` of the before/after slider has no 'auto': checked again by the caller.
    if (allowed && !allowed.includes(raw)) return template;
    return raw.slice(0, MAX_TEXT) as T;
  }
  if (typeof template === 'boolean') return (typeof raw === 'boolean' ? raw : template) as T;
  if (Array.isArray(template)) {
    if (!Array.isArray(raw)) return template;
    const shape = template[0];
    if (shape === undefined) return template;
    const blank = Object.fromEntries(Object.keys(shape as object).map((name) => [name, ''])) as typeof shape;
    return raw
      .slice(0, MAX_ITEMS)
      .filter(isObject)
      .map((item) => merge(blank, item)) as T;
  }
  if (isObject(template)) {
    const source = isObject(raw) ? raw : {};
    const out: Record<string, unknown> = {};
    for (const name of Object.keys(template)) out[name] = merge(template[name], source[name], name);
    return out as T;
  }
  return template;
}

export interface Decoded {
  readonly config: Config;
  /** Set when the fragment was not empty but could not be (fully) read. */
  readonly error?: string;
}

/** Reads a configuration from a fragment (`#1.…`, with or without `#`). Empty: the defaults, no error. */
export function decodeFragment(hash: string, base?: string): Decoded {
  const defaults = defaultConfig(base);
  const value = hash.replace(/^#/, '').trim();
  if (!value) return { config: defaults };
  const unreadable = {
    config: defaults,
    error: 'The link’s settings could not be read, so the form shows the defaults.',
  };
  const match = /^(\d+)\.([A-Za-z0-9_-]*)$/.exec(value);
  if (!match) return unreadable;
  if (match[1] !== FRAGMENT_VERSION) {
    return {
      config: defaults,
      error: `The link was made by another version of the configurator (${match[1]}), so the form shows the defaults.`,
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(fromBase64Url(match[2]!));
  } catch {
    return unreadable;
  }
  if (!isObject(raw)) return unreadable;
  const config = merge(defaults, raw);
  if (!['horizontal', 'vertical'].includes(config.beforeAfter.orientation))
    config.beforeAfter.orientation = 'horizontal';
  // An FAQ or phase list sent empty stays empty (the form offers "Add"); a missing one keeps the defaults.
  return { config };
}
