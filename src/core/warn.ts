/**
 * Author mistakes are reported as one `console.warn` that names the element and the attribute, never thrown:
 * one bad widget must not take the rest of the page down. A given message is logged once per element, so a
 * re-render does not flood the console.
 */
const logged = new WeakMap<Element, Set<string>>();

export function warn(element: Element, attribute: string, message: string): void {
  const key = `${attribute}\u0000${message}`;
  let seen = logged.get(element);
  if (!seen) logged.set(element, (seen = new Set()));
  if (seen.has(key)) return;
  seen.add(key);
  const where = attribute ? ` ${attribute}` : '';
  console.warn(`<${element.localName}>${where}: ${message}`);
}

/** An author's value inside a warning, in quotes, cut to 40 characters: a 100 KB attribute must not flood the console. */
export const quote = (value: unknown): string => {
  const text = String(value);
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
};
