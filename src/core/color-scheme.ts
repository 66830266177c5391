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

/** The light and the dark sheet, made on first use. */
let schemes: CSSStyleSheet[] | undefined;
const connected = new Set<ReactiveElement>();
const waiting = new Set<ReactiveElement>();
let listening = false;

function flush(): void {
  const hosts = [...waiting];
  waiting.clear();
  // Read every colour first, then write: one style calculation for the whole batch.
  const light = hosts.map((host) =>
    host.isConnected && host.shadowRoot?.adoptedStyleSheets ? isLightColor(getComputedStyle(host).color) : undefined,
  );
  hosts.forEach((host, index) => {
    if (light[index] === undefined) return;
    schemes ??= [
      ':host{color-scheme:light}',
      ':host{color-scheme:dark;--_accent:color-mix(in oklab,var(--_primary) 60%,currentColor)}',
    ].map((text) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    });
    const wanted = schemes[+light[index]!]!;
    const root = host.shadowRoot!;
    const sheets = root.adoptedStyleSheets;
    if (sheets[sheets.length - 1] !== wanted)
      root.adoptedStyleSheets = [...sheets.filter((sheet) => !schemes!.includes(sheet)), wanted];
  });
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
