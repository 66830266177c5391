/** Shared test helpers: what a user or author sees, not private fields. */

/** Runs `action` (sync or async) and returns every `console.warn` message it logged. */
export async function captureWarnings(action: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await action();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/**
 * The text a screen reader reads for an element's content: slots are followed to what is assigned to them (or to
 * their fallback), as in the rendered flat tree; `aria-hidden` subtrees are skipped. Whitespace is collapsed.
 */
export function flatText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current instanceof Element && current.getAttribute('aria-hidden') === 'true') return;
    if (current instanceof HTMLSlotElement) {
      const assigned = current.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...current.childNodes]).forEach(walk);
      return;
    }
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    const children =
      current instanceof Element && current.shadowRoot ? current.shadowRoot.childNodes : current.childNodes;
    children.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Resolves an `aria-labelledby`/`aria-controls` id list in the element's own tree (ids never cross shadow roots). */
export function referenced(element: Element, attribute: string): Element[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id))
    .filter((found): found is HTMLElement => found !== null);
}

/**
 * Types text into the focused element one character at a time: WebKitGTK's WebDriver drops a repeated character
 * ("tattoo" arrives as "tato") when a whole string is sent at once.
 */
export async function typeText(text: string): Promise<void> {
  const { sendKeys } = await import('@web/test-runner-commands');
  for (const character of text) await sendKeys({ type: character });
}
