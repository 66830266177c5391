/**
 * Builds the live preview from the markup tree with DOM APIs (createElement, setAttribute, text nodes: never HTML
 * parsing of what was typed), updating in place: an element at the same place with the same tag is kept, so the
 * real widgets keep their state (an open question, the gauge's finished sweep) while the marketer types.
 */
import type { MarkupNode } from './markup.js';

/** The attributes this module set on each element, so that one dropped from the tree is removed again. */
const managed = new WeakMap<Element, Set<string>>();

function create(node: MarkupNode, document: Document): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node.tag);
  update(element, node);
  return element;
}

function fits(existing: ChildNode, node: MarkupNode): boolean {
  if (typeof node === 'string') return existing.nodeType === Node.TEXT_NODE;
  return existing instanceof Element && existing.localName === node.tag;
}

function update(target: Node, node: MarkupNode): void {
  if (typeof node === 'string') {
    if (target.textContent !== node) target.textContent = node;
    return;
  }
  const element = target as Element;
  const previous = managed.get(element) ?? new Set<string>();
  const names = new Set<string>();
  for (const [name, value] of node.attributes) {
    names.add(name);
    const text = value === true ? '' : value;
    if (element.getAttribute(name) !== text) element.setAttribute(name, text);
  }
  for (const name of previous) if (!names.has(name)) element.removeAttribute(name);
  managed.set(element, names);
  patchChildren(element, node.children);
}

/** Makes `parent`'s children match `nodes`, reusing what is already there. */
export function patchChildren(parent: Element, nodes: readonly MarkupNode[]): void {
  const existing = [...parent.childNodes];
  nodes.forEach((node, index) => {
    const current = existing[index];
    if (current && fits(current, node)) update(current, node);
    else if (current) parent.replaceChild(create(node, parent.ownerDocument), current);
    else parent.appendChild(create(node, parent.ownerDocument));
  });
  for (const extra of existing.slice(nodes.length)) extra.remove();
}
