/**
 * How far the page's text moves when dermakit's script runs late (issue 8, "No jump when the script is late").
 *
 * Measures the BUILT kit: `dist/dermakit.js` and `dist/dermakit.css`. `npm test` builds them first; when running
 * test files on their own, run `npm run build` after changing src/ (the CSS is made from `src/core/upgrade.css`
 * and every `src/<folder>/*.upgrade.css`).
 *
 * `measureJump()` makes an iframe `width` px wide (the iframe is the viewport: WebKit has no setViewport) holding
 * a page with the theme's CSS, optionally `<link rel="stylesheet" href="/dist/dermakit.css">`, and the markup with
 * a sentinel paragraph `<p data-after>` after each top-level widget. Once that page has laid out (stylesheets,
 * images, fonts, two frames) and `delayMs` more have passed, it records each sentinel's top, then adds
 * `<script src="/dist/dermakit.js">` (classic, as an optimizer plugin adds a delayed script), waits until every
 * dk-* element is defined and has finished updating and the layout has stopped changing (ResizeObserver rounds,
 * container queries), records again, and returns the moves. Dependency-free, so `npm run jump` loads it as is.
 *
 * ```ts
 * const { moves, own } = await measureJump({ markup: '<dk-faq>…</dk-faq>', width: 390 });
 * expect(Math.abs(own[0])).to.be.at.most(16);
 * ```
 */

export interface JumpOptions {
  /** Body HTML as an author pastes it. Mark the text to follow with `<p data-after="label">`; without any, a
   *  sentinel paragraph is added after each top-level dk-* element (labelled by its id or tag). */
  readonly markup: string;
  /** Viewport width in CSS px (390: a phone; 1280: a laptop). */
  readonly width: number;
  /** Viewport height in CSS px (default 900). */
  readonly height?: number;
  /** Link `/dist/dermakit.css` in the head (default true). */
  readonly css?: boolean;
  /** Milliseconds between the first layout and adding the script (default 0: the script comes after first layout). */
  readonly delayMs?: number;
  /** The page's own CSS (default `THEME_CSS`: 16 px system font, 16 px body padding, responsive images). */
  readonly pageCss?: string;
  /** The page's `lang` (default "en"). */
  readonly lang?: string;
  /** Keep the iframe in the document (to look at it); default false: removed after measuring. */
  readonly keep?: boolean;
}

export interface JumpResult {
  /** One per sentinel, in document order: its `data-after` label. */
  readonly labels: string[];
  /** Each sentinel's top (page px, rounded to 0.1) before the script ran. */
  readonly before: number[];
  /** The same after every widget upgraded. */
  readonly after: number[];
  /** after − before: how far the text after each widget moved (positive: down). */
  readonly moves: number[];
  /** Each widget's own share: moves[i] − moves[i − 1] (the change of what lies between two sentinels). */
  readonly own: number[];
  /** The largest |move|. */
  readonly max: number;
  /** The iframe, when `keep` was set. */
  readonly frame?: HTMLIFrameElement;
}

/** A theme's base CSS, as most clinic themes have it: the default page of `measureJump`. */
export const THEME_CSS = `
  html { font: 16px/1.5 system-ui, sans-serif; color: #1d2a33; background: #fff; }
  body { margin: 0; padding: 0 16px; }
  img { max-width: 100%; height: auto; }
`;

type FrameWindow = Window & typeof globalThis;

const round = (value: number) => Math.round(value * 10) / 10;

function frames(win: Window, count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : win.requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`measureJump: ${what} within ${ms} ms`)), ms)),
  ]);
}

/** The markup with a `<p data-after>` after each top-level dk-* element, unless it marks its own. */
function withSentinels(markup: string): string {
  const template = document.createElement('template');
  template.innerHTML = markup; // test markup, never visitor input
  if (template.content.querySelector('[data-after]')) return markup;
  const seen = new Map<string, number>();
  for (const element of [...template.content.children]) {
    if (!element.localName.startsWith('dk-')) continue;
    const count = (seen.get(element.localName) ?? 0) + 1;
    seen.set(element.localName, count);
    const sentinel = document.createElement('p');
    sentinel.dataset.after = element.id || (count > 1 ? `${element.localName} ${count}` : element.localName);
    sentinel.textContent = "The page's text after the widget reads on here.";
    element.after(sentinel);
  }
  return template.innerHTML;
}

function tops(doc: Document): number[] {
  const win = doc.defaultView!;
  return [...doc.querySelectorAll('[data-after]')].map((element) =>
    round(element.getBoundingClientRect().top + win.scrollY),
  );
}

const dkElements = (doc: Document) =>
  [...doc.querySelectorAll('*')].filter((element) => element.localName.startsWith('dk-'));

/** Until every dk-* element has rendered and the sentinels have stayed put for 5 frames (at most 3 s). */
async function settle(doc: Document): Promise<void> {
  const win = doc.defaultView!;
  for (let round = 0; round < 3; round++) {
    await Promise.all(
      dkElements(doc).map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    await frames(win, 1);
  }
  const started = performance.now();
  let last = JSON.stringify(tops(doc));
  let still = 0;
  while (still < 5 && performance.now() - started < 3000) {
    await frames(win, 1);
    // A ResizeObserver or a context update may have asked for another render.
    await Promise.all(
      dkElements(doc).map((element) => (element as Element & { updateComplete?: Promise<unknown> }).updateComplete),
    );
    const now = JSON.stringify(tops(doc));
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

export async function measureJump(options: JumpOptions): Promise<JumpResult> {
  const {
    markup,
    width,
    height = 900,
    css = true,
    delayMs = 0,
    pageCss = THEME_CSS,
    lang = 'en',
    keep = false,
  } = options;
  const frame = document.createElement('iframe');
  frame.title = `jump measure, ${width} px`;
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0; z-index: 1; background: #fff;`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <style>${pageCss}</style>
    ${css ? '<link rel="stylesheet" href="/dist/dermakit.css">' : ''}
    </head><body>${withSentinels(markup)}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await timeout(loaded, 20000, 'the page did not load');
    const win = frame.contentWindow as FrameWindow;
    const doc = frame.contentDocument!;
    if (
      css &&
      ![...doc.styleSheets].some((sheet) => sheet.href?.endsWith('/dist/dermakit.css') && sheet.cssRules.length > 0)
    ) {
      throw new Error('measureJump: /dist/dermakit.css is missing or empty: run `npm run build`');
    }
    // Lazy images below the fold may never load: wait for each at most 3 s (width/height reserve their room anyway).
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    await Promise.all([...doc.images].map((image) => Promise.race([image.decode().catch(() => {}), wait(3000)])));
    await doc.fonts.ready;
    await frames(win, 2);
    if (delayMs > 0) await wait(delayMs);
    const before = tops(doc);
    const labels = [...doc.querySelectorAll<HTMLElement>('[data-after]')].map((element) => element.dataset.after ?? '');
    if (!labels.length) throw new Error('measureJump: no dk-* element and no [data-after] paragraph in the markup');

    const script = doc.createElement('script');
    script.src = '/dist/dermakit.js';
    const ran = new Promise<void>((resolve, reject) => {
      script.addEventListener('load', () => resolve(), { once: true });
      script.addEventListener(
        'error',
        () => reject(new Error('measureJump: /dist/dermakit.js did not load: run `npm run build`')),
        { once: true },
      );
    });
    doc.head.append(script);
    await timeout(ran, 20000, 'dist/dermakit.js did not run');
    const tags = [...new Set(dkElements(doc).map((element) => element.localName))];
    await timeout(
      Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))),
      5000,
      `not every tag (${tags.join(', ')}) was defined`,
    );
    await settle(doc);
    const after = tops(doc);
    const moves = after.map((top, i) => round(top - before[i]));
    const own = moves.map((move, i) => round(move - (i ? moves[i - 1] : 0)));
    const max = Math.max(...moves.map(Math.abs));
    return { labels, before, after, moves, own, max, ...(keep ? { frame } : {}) };
  } finally {
    if (!keep) frame.remove();
  }
}

/**
 * What a visitor without JavaScript cannot see: the page (same iframe, theme and dermakit.css as `measureJump`) in
 * a sandbox without scripts, where `@media (scripting: none)` applies. Returns one line per text (first 40
 * characters) or image inside a dk-* element that has no box (`display: none`, a zero size), is `visibility: hidden`
 * or sits under `opacity: 0`; empty when everything reads.
 */
export async function hiddenWithoutScript(
  options: Pick<JumpOptions, 'markup' | 'width' | 'height' | 'css' | 'pageCss' | 'lang'>,
): Promise<string[]> {
  const { markup, width, height = 900, css = true, pageCss = THEME_CSS, lang = 'en' } = options;
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0; z-index: 1; background: #fff;`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${pageCss}</style>
    ${css ? '<link rel="stylesheet" href="/dist/dermakit.css">' : ''}</head><body>${markup}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await timeout(loaded, 20000, 'the page did not load');
    const doc = frame.contentDocument!;
    const win = doc.defaultView!;
    if (!win.matchMedia('(scripting: none)').matches)
      throw new Error('hiddenWithoutScript: the sandboxed page still runs scripts');
    const hidden = (element: Element | null): boolean => {
      for (let at = element; at; at = at.parentElement) {
        const style = win.getComputedStyle(at);
        if (style.opacity === '0' || (at === element && style.visibility === 'hidden')) return true;
      }
      return false;
    };
    const problems: string[] = [];
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      const parent = node.parentElement!;
      if (!text || !isInsideKit(parent) || parent.closest('style, script, template')) continue;
      const range = doc.createRange();
      range.selectNodeContents(node);
      const boxes = [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
      if (!boxes.length || hidden(parent)) problems.push(`text "${text.slice(0, 40)}" in <${parent.localName}>`);
    }
    for (const image of doc.querySelectorAll('img')) {
      if (!isInsideKit(image)) continue;
      const box = image.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || hidden(image)) problems.push(`image ${image.getAttribute('src')}`);
    }
    return problems;
  } finally {
    frame.remove();
  }
}

function isInsideKit(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (at.localName.startsWith('dk-')) return true;
  return false;
}

/** One line per sentinel: "label: moved +12 px (own +12 px)", for a test's log. */
export function formatJump(result: JumpResult): string {
  const signed = (value: number) => `${value > 0 ? '+' : ''}${value}`;
  return result.labels
    .map((label, i) => `${label}: moved ${signed(result.moves[i])} px (own ${signed(result.own[i])} px)`)
    .join('\n');
}
