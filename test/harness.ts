/**
 * The test harness every element's tests build on (after Material Web's `testing/harness.ts`, without its event
 * simulation: our tests press real keys and move the real pointer through web-test-runner). It is the one place
 * that knows how to reach what a visitor meets inside a shadow root and how to wait for a render. Each element
 * family has its own `test/<folder>/harness.ts` built on these, and test files import from there instead of
 * querying `shadowRoot` themselves: when a template changes, one harness changes, not every test.
 */
/** Anything Lit renders: waiting for `updateComplete` means its pending render is on the page. */

/** Every tag the kit defines, containers before their children (the order the bundle defines them). */
export const KIT_TAGS = [
  'dk-faq',
  'dk-faq-item',
  'dk-recovery',
  'dk-healing-timeline',
  'dk-phase',
  'dk-collagen-gauge',
  'dk-treatment-plan',
  'dk-before-after',
];

export interface Renders {
  readonly updateComplete: Promise<unknown>;
}

/**
 * Where to look: an element's shadow root when it has one, else the element (or root) itself, e.g. a list item.
 * No `instanceof`: elements in an iframe (the phone-sized page) come from another window's `Element`.
 */
const scope = (from: Element | ShadowRoot): ParentNode => ('shadowRoot' in from && from.shadowRoot) || from;

/** The first part named `name` (`part~="name"`, so `part="label before-label"` counts as a label). */
export function part<T extends HTMLElement = HTMLElement>(from: Element | ShadowRoot, name: string): T | null {
  return scope(from).querySelector<T>(`[part~="${name}"]`);
}

/** Every part named `name`, in document order. */
export function parts<T extends HTMLElement = HTMLElement>(from: Element | ShadowRoot, name: string): T[] {
  return [...scope(from).querySelectorAll<T>(`[part~="${name}"]`)];
}

/** The first node matching `selector` in the element's shadow root: a role, a native control (`input[type=…]`). */
export function inShadow<T extends Element = HTMLElement>(from: Element | ShadowRoot, selector: string): T | null {
  return scope(from).querySelector<T>(selector);
}

/** Every node matching `selector` in the element's shadow root. */
export function allInShadow<T extends Element = HTMLElement>(from: Element | ShadowRoot, selector: string): T[] {
  return [...scope(from).querySelectorAll<T>(selector)];
}

/** What has keyboard focus inside the element's shadow root (null when focus is elsewhere). */
export const focusedIn = (host: Element): Element | null => host.shadowRoot!.activeElement;

/** A node's text as a sighted visitor reads it: whitespace (no-break spaces too) collapsed, trimmed; '' for none. */
export const textOf = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** All the text in an element's shadow root, whitespace collapsed; '' when it has none (not upgraded). */
export const shadowText = (el: Element | null): string => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

/** Waits for each element's pending render, in order (a provider before the widgets it notifies). */
export async function settle(...elements: Renders[]): Promise<void> {
  for (const element of elements) await element.updateComplete;
}

/** Lets queued tasks run first (a MutationObserver's callback, a `setTimeout(0)`), then waits for the renders. */
export async function settleAfterTask(...elements: Renders[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await settle(...elements);
}

/**
 * Waits for every dermakit element under `root` (a section, or an iframe's document) to finish rendering, and for
 * the colour scheme's frame in that window; `rounds` times, as a render can make another element (a widget inside
 * `<dk-recovery>`) render in turn.
 */
export async function settleAll(root: ParentNode, rounds = 3): Promise<void> {
  const view = ((root as Node).ownerDocument ?? (root as Document)).defaultView ?? window;
  for (let round = 0; round < rounds; round++) {
    const elements = [...root.querySelectorAll('*')].filter((element) => element.localName.startsWith('dk-'));
    await Promise.all(elements.map((element) => (element as Element & Partial<Renders>).updateComplete));
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
  }
}
