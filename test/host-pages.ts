/**
 * The host pages clinics actually have, as fixtures: a light page, a dark section, a brand-coloured section (each
 * with no `--dk-*` token set), the README's documented dark theme, a 62.5 % root font size and a block theme's
 * constrained content column. Every element's tests put it on each of them and check what a visitor would see.
 */
import { settleAll } from './harness.js';

export interface HostPage {
  readonly name: string;
  readonly background: string;
  readonly color: string;
  /** Custom properties the section sets (the README's dark theme), none for the no-configuration pages. */
  readonly tokens?: Readonly<Record<string, string>>;
}

export const LIGHT: HostPage = { name: 'light page', background: '#ffffff', color: '#1d2a33' };
export const DARK: HostPage = { name: 'dark section', background: '#14161a', color: '#e9ecef' };
export const BRAND: HostPage = { name: 'brand-coloured section', background: '#0b6e69', color: '#ffffff' };
/** The dark theme README's Theming section documents (keep the two in step). */
export const DARK_THEME: HostPage = {
  name: 'dark section with the README dark theme',
  background: '#14161a',
  color: '#e9ecef',
  tokens: { '--dk-color-primary': '#5ec4b8', '--dk-color-on-primary': '#0b1f1d' },
};

/** Every host page the contrast tests cover. */
export const HOST_PAGES: readonly HostPage[] = [LIGHT, DARK, BRAND, DARK_THEME];

/**
 * Puts `markup` (HTML text, as an author pastes it) into a section painted like `page`, in the document body,
 * and waits until the widgets inside have rendered and taken the section's colour scheme. Returns the section;
 * remove it when done (or use `withHostPage`).
 */
export async function hostSection(page: HostPage, markup: string): Promise<HTMLElement> {
  const section = document.createElement('section');
  section.style.background = page.background;
  section.style.color = page.color;
  section.style.padding = '16px';
  for (const [name, value] of Object.entries(page.tokens ?? {})) section.style.setProperty(name, value);
  section.innerHTML = markup; // test markup written here, never visitor input
  document.body.append(section);
  await settleAll(section);
  return section;
}

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
  any: { message: string; data?: { messageKey?: string } | null }[];
}

interface AxeResult {
  violations: { nodes: AxeNode[] }[];
  incomplete: { nodes: AxeNode[] }[];
}

/**
 * axe's colour-contrast rule on `root` (shadow roots included): resolves to one line per failing node, empty when
 * every text reaches 4.5:1 (3:1 large). Use as `expect(await contrastFailures(section)).to.deep.equal([])`.
 * Text axe could not judge because it is the same colour as its background (brand text on a brand section)
 * counts as failing too; other undecided nodes (text over an image) do not.
 */
export async function contrastFailures(root: Element): Promise<string[]> {
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<AxeResult> } }).axe;
  const result = await axe.run(root, { runOnly: ['color-contrast'] });
  const failed = result.violations.flatMap((violation) => violation.nodes);
  const invisible = result.incomplete
    .flatMap((entry) => entry.nodes)
    .filter((node) => node.any.some((check) => check.data?.messageKey === 'equalRatio'));
  return [...failed, ...invisible].map(
    (node) =>
      `${JSON.stringify(node.target)}: ${(node.failureSummary ?? node.any.map((check) => check.message).join(' ')).replace(/\s+/g, ' ')}`,
  );
}

/** A theme's root font size (`html { font-size: 62.5% }`, `body { font-size: 1.6rem }`) until the returned undo is called. */
export function smallRootFontSize(): () => void {
  const { documentElement, body } = document;
  documentElement.style.fontSize = '62.5%';
  body.style.fontSize = '1.6rem';
  return () => {
    documentElement.style.fontSize = '';
    body.style.fontSize = '';
  };
}

/**
 * A block theme's content column (WordPress's `.is-layout-constrained`): every child limited to 640 px and centred
 * with auto margins, as theme.json's `contentSize` does. Returns the column with `markup` inside, in a 1000 px page.
 */
export async function constrainedColumn(markup: string): Promise<HTMLElement> {
  const page = document.createElement('div');
  page.style.width = '1000px';
  const style = document.createElement('style');
  style.textContent = `
    .is-layout-constrained > :where(:not(.alignleft):not(.alignright):not(.alignfull)) {
      max-width: 640px; margin-left: auto !important; margin-right: auto !important;
    }
    .is-layout-constrained > * { margin-block-start: 1.2rem; margin-block-end: 0; }`;
  const column = document.createElement('div');
  column.className = 'is-layout-constrained';
  column.innerHTML = markup;
  page.append(style, column);
  document.body.append(page);
  await settleAll(column);
  return column;
}

/** Where a box sits relative to the 640 px column of `constrainedColumn` (a 1000 px page): expect 180 and 820. */
export function columnEdges(element: Element): { left: number; right: number } {
  const page = element.closest('.is-layout-constrained')!.parentElement!.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return { left: Math.round(box.left - page.left), right: Math.round(box.right - page.left) };
}

/** WebKit's WebDriver has no media emulation (asking only logs an error on the runner). */
const webdriver = /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent);

/**
 * Rewrites the media queries of every `@media` rule of the document and of every shadow root under `root` (the
 * kit's adopted sheets included) with `rewrite`; resolves to an undo. Tests use it to see a page as a printer, or a
 * forced-colours display, would in engines whose drivers cannot emulate those media.
 */
function switchMedia(root: ParentNode, rewrite: (mediaText: string) => string): () => void {
  const sheets: CSSStyleSheet[] = [...document.styleSheets];
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      sheets.push(...element.shadowRoot.adoptedStyleSheets, ...element.shadowRoot.styleSheets);
      walk(element.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) {
    sheets.push(...root.shadowRoot.adoptedStyleSheets, ...root.shadowRoot.styleSheets);
    walk(root.shadowRoot);
  }
  walk(root);
  const switched: [MediaList, string][] = [];
  const visit = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        const original = rule.media.mediaText;
        const next = rewrite(original);
        if (next !== original) {
          switched.push([rule.media, original]);
          rule.media.mediaText = next;
        }
      }
      if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const sheet of new Set(sheets)) {
    try {
      visit(sheet.cssRules);
    } catch {
      // A cross-origin sheet: none of the kit's.
    }
  }
  return () => {
    for (const [media, original] of switched) media.mediaText = original;
  };
}

/**
 * Puts the page in print mode until the returned undo is called: every `@media print` / `screen` rule of the
 * document and of every dermakit shadow root under `root` is switched as a printer would see it, and `beforeprint`
 * is dispatched (then `afterprint` on undo). Chromium and Firefox also emulate the print medium itself
 * (`emulateMedia`); WebKit's driver cannot, so there the rules are switched by hand, which the same tests then check.
 */
export async function simulatePrint(root: ParentNode = document): Promise<() => Promise<void>> {
  const { emulateMedia } = await import('@web/test-runner-commands');
  let emulated = false;
  if (!webdriver) {
    try {
      await emulateMedia({ media: 'print' });
      emulated = true;
    } catch {
      // Not available in this engine's driver: the media switch below still applies.
    }
  }
  const undo = switchMedia(root, (text) =>
    text
      .replace(/\bnot\s+print\b/g, 'not all')
      .replace(/\bprint\b/g, 'all')
      .replace(/\bnot\s+screen\b/g, 'all')
      .replace(/\bscreen\b/g, 'not all'),
  );
  window.dispatchEvent(new Event('beforeprint'));
  await settleAll(root);
  return async () => {
    undo();
    window.dispatchEvent(new Event('afterprint'));
    if (emulated) await emulateMedia({ media: 'screen' });
    await settleAll(root);
  };
}

/**
 * Forced-colours mode (Windows High Contrast) until the returned undo is called. Chromium emulates it for real
 * (the runner's `emulate-forced-colors` command), system colours included; Firefox's and WebKit's drivers cannot, so
 * there the kit's `(forced-colors: active)` rules are switched on by hand: what they draw (boxes, borders, which
 * part gets the strongest cue) is checked everywhere, the system colours only in Chromium.
 */
export async function simulateForcedColors(root: ParentNode = document): Promise<() => Promise<void>> {
  const { executeServerCommand } = await import('@web/test-runner-commands');
  const emulated = webdriver
    ? false
    : await executeServerCommand('emulate-forced-colors', { active: true }).catch(() => false);
  const undo = emulated
    ? () => {}
    : switchMedia(root, (text) =>
        text
          .replace(/\(\s*forced-colors\s*:\s*active\s*\)/g, 'all')
          .replace(/\(\s*forced-colors\s*:\s*none\s*\)/g, 'not all'),
      );
  await settleAll(root);
  return async () => {
    undo();
    if (emulated) await executeServerCommand('emulate-forced-colors', { active: false });
    await settleAll(root);
  };
}
