/**
 * The before/after harness: small images made in the browser, what a visitor sees and reaches in a
 * `<dk-before-after>` (frame, handle, divider, label chips, placeholders, which image shows where), and pointer
 * drags. Built on test/harness.ts; tests read the slider's shadow root only through here.
 */
import { fixtureSync, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/before-after/index.js';
import type { DkBeforeAfter } from '../../src/before-after/index.js';
import { inShadow, part, parts } from '../harness.js';

export { focusedIn, part, settleAll } from '../harness.js';

/** A PNG data URL of the given size in one colour (no network: the test stays self-contained). */
export function pictureUrl(width: number, height: number, color: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = color;
  context.fillRect(0, 0, width, height);
  return canvas.toDataURL('image/png');
}

export const BEFORE = pictureUrl(40, 30, '#c0392b');
export const AFTER = pictureUrl(40, 30, '#e8c4a8');

/**
 * Renders the markup (the slider, or a wrapper around it) and returns the slider once every image in it has
 * loaded or failed. Not `fixture()`: for a plain wrapper it waits for an animation frame, which never comes in a
 * background tab when test files run side by side.
 */
export async function slider(markup: TemplateResult): Promise<DkBeforeAfter> {
  const root = fixtureSync<HTMLElement>(markup);
  const host = root.localName === 'dk-before-after' ? (root as DkBeforeAfter) : root.querySelector('dk-before-after')!;
  await waitUntil(() => [...host.querySelectorAll('img')].every((image) => image.complete), 'images did not settle');
  await host.updateComplete;
  return host;
}

export const handle = (el: DkBeforeAfter) => inShadow(el, '[role="slider"]')!;
export const frame = (el: DkBeforeAfter) => part(el, 'frame')!;
export const dividerLine = (el: DkBeforeAfter) => part(el, 'divider')!;
export const valueNow = (el: DkBeforeAfter) => Number(handle(el).getAttribute('aria-valuenow'));
/** The "Before" and "After" chips, in document order. */
export const labelChips = (el: DkBeforeAfter) => parts(el, 'label');
/** The boxes that stand in for an image that did not load, with its alt text. */
export const placeholderBoxes = (el: DkBeforeAfter) => parts(el, 'placeholder');

/** Texts of the parts with this name, in document order. */
export const texts = (el: DkBeforeAfter, name: string) => parts(el, name).map((node) => node.textContent!.trim());

/** A viewport point at a share (0–1) of the frame's width and height. */
export function pointAt(el: DkBeforeAfter, x: number, y: number): [number, number] {
  const box = frame(el).getBoundingClientRect();
  return [Math.round(box.left + box.width * x), Math.round(box.top + box.height * y)];
}

/**
 * Which image (`'before'`, `'after'`) a visitor sees at a share (0–1) of the frame: hit testing follows the
 * clip, once the images take pointer events (the element turns them off so they cannot be dragged natively).
 */
export function shownAt(el: DkBeforeAfter, x: number, y: number): string | null {
  for (const image of el.querySelectorAll('img')) image.style.pointerEvents = 'auto';
  const [left, top] = pointAt(el, x, y);
  return document.elementFromPoint(left, top)?.getAttribute('slot') ?? null;
}

/** Presses the primary mouse button at `from`, moves through `path` and releases at the last point. */
export async function drag(from: [number, number], ...path: [number, number][]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (const position of path) await sendMouse({ type: 'move', position });
  await sendMouse({ type: 'up' });
}

/** Collects the positions of every `dk-change` the element fires. */
export function changes(el: DkBeforeAfter): number[] {
  const seen: number[] = [];
  el.addEventListener('dk-change', (event) => seen.push((event as CustomEvent<{ position: number }>).detail.position));
  return seen;
}

/** WCAG contrast ratio between two computed `rgb()` colours. */
export function contrast(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((channel) => {
        const value = Number(channel) / 255;
        return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
