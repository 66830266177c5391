/**
 * Dark sections without a theme: each widget looks at the text colour it inherits, and when it is light (so the
 * section behind it is dark) switches its shadow root to `color-scheme: dark`, so native controls inside (date
 * field, range, search field) draw dark, and lightens `--_accent` (lines, rings, focus) towards the text colour,
 * which keeps the brand colour's hue and stays visible on the dark background.
 *
 * The rule goes in through an adopted stylesheet: no attribute or style is written on the author's element, and a
 * strict Content-Security-Policy allows it. Colours are read for all waiting widgets in one animation frame (one
 * style calculation, before the first paint), and again when the visitor's system switches between light and dark.
 */
import type { ReactiveElement } from 'lit';
import { isLightColor } from './luminance.js';

let schemes: { light: CSSStyleSheet; dark: CSSStyleSheet } | undefined;
const connected = new Set<ReactiveElement>();
const waiting = new Set<ReactiveElement>();
let listening = false;

function sheet(text: string): CSSStyleSheet {
  const result = new CSSStyleSheet();
  result.replaceSync(text);
  return result;
}

/** The sheet a host should adopt, from the text colour it inherits (`undefined`: leave it as it is). */
function schemeOf(host: ReactiveElement): CSSStyleSheet | undefined {
  if (!host.isConnected || !host.shadowRoot?.adoptedStyleSheets) return undefined;
  const light = isLightColor(getComputedStyle(host).color);
  if (light === undefined) return undefined;
  schemes ??= {
    light: sheet(':host{color-scheme:light}'),
    dark: sheet(':host{color-scheme:dark;--_accent:color-mix(in oklab,var(--_primary) 60%,currentColor)}'),
  };
  return light ? schemes.dark : schemes.light;
}

function adopt(host: ReactiveElement, wanted: CSSStyleSheet): void {
  const root = host.shadowRoot!;
  const sheets = root.adoptedStyleSheets;
  if (sheets[sheets.length - 1] === wanted) return;
  root.adoptedStyleSheets = [...sheets.filter((adopted) => adopted !== schemes!.light && adopted !== schemes!.dark), wanted];
}

function flush(): void {
  // Read every colour first, then write: one style calculation for the whole batch.
  const hosts = [...waiting];
  waiting.clear();
  const wanted = hosts.map(schemeOf);
  hosts.forEach((host, index) => wanted[index] && adopt(host, wanted[index]));
}

function queue(host: ReactiveElement): void {
  if (!waiting.size) requestAnimationFrame(flush);
  waiting.add(host);
}

/** Makes `host` follow the colour scheme of the section it sits in (call once, in the constructor). */
export function followColorScheme(host: ReactiveElement): void {
  host.addController({
    hostConnected() {
      connected.add(host);
      queue(host);
      if (!listening && typeof matchMedia === 'function') {
        listening = true;
        matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => connected.forEach(queue));
      }
    },
    hostDisconnected() {
      connected.delete(host);
      waiting.delete(host);
    },
  });
}
