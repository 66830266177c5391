/**
 * `<dk-faq>` and `<dk-faq-item>` as the elements show them: each item's question (its `question` attribute or
 * `slot="question"` child) and answer, and the FAQ's heading level and options.
 */
import { type HtmlElement, closest, findAll, hasDescendant, textContent } from '../html.js';
import type { FaqExport, WidgetExport } from '../model.js';
import { type ReadContext, collapse, has, isHidden, parseNumber } from './context.js';
import { sanitizeBlock } from './content.js';

export function readFaq(element: HtmlElement, context: ReadContext): WidgetExport[] {
  const items = findAll(
    element,
    (child) => child.name === 'dk-faq-item' && !isHidden(child) && closest(child.parent, 'dk-faq') === element,
  );
  const faq: FaqExport = {
    kind: 'faq',
    headingLevel: parseNumber(element, 'heading-level', context, { fallback: 3, min: 2, max: 6, integer: true }),
    multiple: has(element, 'multiple'),
    schema: has(element, 'schema'),
    items: items.map((item) => readFaqItem(item, context)),
  };
  if (has(element, 'expand-all') && !faq.multiple)
    context.warn(element, 'expand-all', 'needs multiple (several answers open at once); not showing the button.');
  // Content the author put in the FAQ beside its items (a heading, a note) shows with it: keep it after the items.
  const around = sanitizeBlock(
    element.children,
    context,
    true,
    (child) => child.name === 'dk-faq-item' || containsItem(child),
  );
  return around.length ? [faq, { kind: 'content', content: around }] : [faq];
}

const containsItem = (element: HtmlElement) => hasDescendant(element, (child) => child.name === 'dk-faq-item');

function readFaqItem(item: HtmlElement, context: ReadContext): FaqExport['items'][number] {
  const slotted = item.children.find(
    (child): child is HtmlElement => child.type === 'element' && child.getAttribute('slot') === 'question',
  );
  const question = collapse(slotted ? textContent(slotted) : (item.getAttribute('question') ?? ''));
  if (!question)
    context.warn(
      item,
      'question',
      'missing: add question="…" or a slot="question" child. The answer shows on its own.',
    );
  const answer = sanitizeBlock(
    item.children.filter((child) => !(child.type === 'element' && child.getAttribute('slot') === 'question')),
    context,
    false,
  );
  return { question, answer };
}

/** A `<dk-faq-item>` outside any `<dk-faq>`: a FAQ of one, with the item's defaults. */
export function readLoneFaqItem(item: HtmlElement, context: ReadContext): FaqExport {
  return { kind: 'faq', headingLevel: 3, multiple: false, schema: false, items: [readFaqItem(item, context)] };
}
