/**
 * What the robustness tests watch while they abuse the elements: uncaught errors and unhandled rejections, every
 * `console.warn`, a trap on `window.__pwned` (set by every payload, should one ever run), and markup that should
 * never appear (event-handler attributes, scripts). Plus a settle that waits for observers and every pending update.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';

type Pwned = Window & { __pwned?: unknown };

export class Watch {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  pwned = false;
  private readonly original = { warn: console.warn, error: console.error };

  private readonly onError = (event: ErrorEvent) => {
    this.errors.push(`uncaught: ${event.message || String(event.error)}`);
  };

  private readonly onRejection = (event: PromiseRejectionEvent) => {
    this.errors.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
  };

  start(): this {
    window.addEventListener('error', this.onError);
    window.addEventListener('unhandledrejection', this.onRejection);
    console.warn = (...args: unknown[]) => void this.warnings.push(args.map(String).join(' '));
    console.error = (...args: unknown[]) => void this.errors.push(`console.error: ${args.map(String).join(' ')}`);
    Object.defineProperty(window, '__pwned', {
      configurable: true,
      get: () => undefined,
      set: () => {
        this.pwned = true;
      },
    });
    return this;
  }

  stop(): void {
    window.removeEventListener('error', this.onError);
    window.removeEventListener('unhandledrejection', this.onRejection);
    console.warn = this.original.warn;
    console.error = this.original.error;
    delete (window as Pwned).__pwned;
  }

  /** Forgets what was seen (between fuzz runs). */
  clear(): void {
    this.errors.length = 0;
    this.warnings.length = 0;
  }

  /** No error and no payload ran, as far as is known now (uncaught errors are reported at once). */
  expectCleanNow(context = ''): void {
    expect(this.errors.length, `errors ${context}: ${this.errors.join('\n').slice(0, 1500)}`).to.equal(0);
    expect(this.pwned, `a payload ran ${context}`).to.equal(false);
    expect((window as Pwned).__pwned, `window.__pwned ${context}`).to.equal(undefined);
  }

  /** The same after a macrotask: unhandled rejections and `onerror`/`onload` handlers are reported in one. */
  async expectClean(context = ''): Promise<void> {
    await tick();
    this.expectCleanNow(context);
  }
}

/**
 * A macrotask: mutation observers, slotchange and error events have run. A message to the window itself, not
 * `setTimeout` (clamped to 4 ms when nested) nor a MessageChannel (about 20 ms a message in WebKitGTK while the page
 * renders).
 */
export function tick(): Promise<void> {
  return new Promise((resolve) => {
    const token = `dk-tick-${Math.random()}`;
    const onMessage = (event: MessageEvent) => {
      if (event.source !== window || event.data !== token) return;
      window.removeEventListener('message', onMessage);
      resolve();
    };
    window.addEventListener('message', onMessage);
    window.postMessage(token, '*');
  });
}

interface Updating extends Element {
  isUpdatePending: boolean;
  updateComplete: Promise<unknown>;
}

/** Every element under `root`, through open shadow roots, `root` included. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const found: Element[] = root instanceof Element ? [root] : [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/**
 * Waits until observers have run and no Lit element under `root` (shadow roots included) has an update pending.
 * Microtasks only (mutation observers, slotchange and Lit updates all run there), unless `task` asks for a macrotask
 * first (image load events, unhandled-rejection reports): WebKit takes about 5 ms for each one.
 */
export async function settle(root: Element | Document = document.body, task = false): Promise<void> {
  if (task) await tick();
  let quiet = 0;
  for (let round = 0; round < 100; round++) {
    await Promise.resolve();
    const pending = deepElements(root).filter(
      (element): element is Updating => (element as Updating).isUpdatePending === true,
    );
    if (pending.length) {
      quiet = 0;
      await Promise.all(pending.map((element) => element.updateComplete));
    } else if (++quiet === 3) return;
  }
  throw new Error('updates did not settle');
}

/** Scripts in the document when the test started: the runner's own. Anything else must be JSON-LD data. */
export function scriptsBaseline(): Set<Element> {
  return new Set(document.querySelectorAll('script'));
}

/**
 * No payload turned into markup: no event-handler attribute, script or iframe anywhere under `root` (shadow roots
 * included), and no script in the document but the runner's and FAQ JSON-LD (data, never run).
 */
export function expectNoInjectedMarkup(baseline: Set<Element>, root: Element | Document = document): void {
  for (const element of deepElements(root)) {
    const handlers = element.getAttributeNames().filter((name) => name.startsWith('on'));
    expect(handlers, `<${element.localName}> got event-handler attributes`).to.deep.equal([]);
    expect(
      ['script', 'iframe'].includes(element.localName) || element.getAttribute('src') === 'x',
      `<${element.localName}> injected`,
    ).to.equal(false);
  }
  for (const script of document.querySelectorAll('script')) {
    if (!baseline.has(script))
      expect(script.getAttribute('type'), 'a script the kit added').to.equal('application/ld+json');
  }
}

/**
 * Nothing internal leaks into what the widget shows or announces: a template placeholder such as `{constructor}` must
 * not be read off `Object.prototype` ("function Object() { [native code] }", "[object Object]").
 */
export function expectNoLeakedInternals(element: Element): void {
  for (const node of deepElements(element)) {
    if (!node.shadowRoot) continue;
    const shown = [
      node.shadowRoot.textContent ?? '',
      ...deepElements(node.shadowRoot).flatMap((el) => el.getAttributeNames().map((name) => el.getAttribute(name))),
    ];
    for (const text of shown)
      expect(text, `<${node.localName}> shows an internal`).to.not.match(/native code|\[object /);
  }
}

const WARNING = /^<([a-z][a-z0-9-]*)> ([a-z][a-z-]*): /;

/**
 * Every warning names an element and an attribute (`<dk-gauge> value: …`), and `allowed(tag, attribute)` says it is
 * one the run actually wrote.
 */
export function expectWarningsName(
  warnings: readonly string[],
  allowed: (tag: string, attribute: string) => boolean,
): void {
  for (const warning of warnings) {
    const match = WARNING.exec(warning);
    expect(match, `warning names element and attribute: ${warning.slice(0, 200)}`).to.not.equal(null);
    const [, tag, attribute] = match!;
    expect(
      allowed(tag!, attribute!),
      `warning about an attribute the run did not write: ${warning.slice(0, 200)}`,
    ).to.equal(true);
  }
}

/** Lit elements expose `updateComplete`; a helper to await one typed loosely. */
export const updated = (element: Element) => (element as unknown as Updating).updateComplete;

/** A container in the page for one run, removed with `dispose()`. Markup is the test's own, not visitor input. */
export function mount(markup: string, parent: Element = document.body): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = markup;
  parent.append(container);
  return container;
}

/** A number parsed from an attribute, asserted finite and inside [min, max]. */
export function expectNumberIn(element: Element, attribute: string, min: number, max: number): number {
  const raw = element.getAttribute(attribute);
  const value = Number(raw);
  expect(
    raw !== null && raw.trim() !== '' && Number.isFinite(value),
    `${attribute}="${raw}" is a finite number`,
  ).to.equal(true);
  expect(value, attribute).to.be.within(min, max);
  return value;
}

/**
 * `fc.assert` that also says what failed: the assertion's message, the shrunk counterexample, and the seed and path
 * that replay it (`{ seed, path }` in the options).
 */
export async function check<T>(property: fc.IAsyncPropertyWithHooks<T>, options: fc.Parameters<T>): Promise<void> {
  const details = await fc.check(property, options);
  if (!details.failed) return;
  const error = details.errorInstance as Error | undefined;
  throw new Error(
    `${error?.message ?? 'property failed'}\n  counterexample: ${fc.stringify(details.counterexample)}\n` +
      `  replay: { seed: ${details.seed}, path: "${details.counterexamplePath}" } after ${details.numRuns} runs`,
  );
}
