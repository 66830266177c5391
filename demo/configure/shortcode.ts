/**
 * Configuration → the WordPress plugin's shortcodes (README, "WordPress"): one per element, named after it
 * (`[dermakit_faq]`, `[dermakit_faq_item question="…"]`…), nested for the FAQ, the timeline's phases and the
 * recovery section. Built from the same tree as the HTML snippet, so both say the same. Pure: no DOM.
 *
 * Escaping: WordPress reads an attribute up to the next `"`, and a `[` or `]` would start or end a shortcode; the
 * plugin prints attribute values with esc_attr()/esc_html(), which keep an entity as written. So every `& < > " '`
 * and `[ ]` in a value or a text becomes an entity, and reads back as the character on the page.
 */
import type { Config } from './config.js';
import { type MarkupElement, type MarkupNode, widgetTree } from './markup.js';
import { themeTokens } from './theme-css.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '[': '&#91;',
  ']': '&#93;',
};

/** Escapes a shortcode attribute value or text content. */
export function escapeShortcode(text: string): string {
  return text.replace(/[&<>"'[\]]/g, (character) => ESCAPES[character]!);
}

const nameOf = (tag: string) => tag.replace(/^dk-/, 'dermakit_').replace(/-/g, '_');

function attributes(pairs: readonly (readonly [string, string | true])[]): string {
  return pairs
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${name === 'style' ? value : escapeShortcode(value)}"`,
    )
    .join('');
}

/** Inline content (a paragraph's text and line breaks) as HTML the plugin keeps (wp_kses 'post'). */
function inlineHtml(nodes: readonly MarkupNode[]): string {
  return nodes
    .map((node) =>
      typeof node === 'string' ? escapeShortcode(node) : node.tag === 'br' ? '<br>' : inlineHtml(node.children),
    )
    .join('');
}

const paragraphsHtml = (nodes: readonly MarkupNode[]) =>
  nodes
    .filter((node): node is MarkupElement => typeof node !== 'string' && node.tag === 'p')
    .map((p) => `<p>${inlineHtml(p.children)}</p>`)
    .join('');

const textOf = (nodes: readonly MarkupNode[]) =>
  nodes.filter((node): node is string => typeof node === 'string').join(' ');

/** The theme as a `style` attribute with `--dk-*` properties (kept by the plugin; double quotes become single). */
function themeStyle(config: Config): [string, string] {
  // Printed as is: the plugin keeps a --dk-* declaration only without &, <, >, a backslash or braces (an entity would be dropped), and
  // the values are the form's checked colours, radius and font stacks, with single quotes.
  const style = themeTokens(config)
    .map(([name, value]) => `${name}:${value.replace(/"/g, "'").replace(/[&<>\\{}[\]]/g, '')}`)
    .join(';');
  return ['style', style];
}

function shortcode(node: MarkupElement, indent: string, extra: (readonly [string, string | true])[] = []): string {
  const name = nameOf(node.tag);
  const own = [...node.attributes, ...extra];
  switch (node.tag) {
    case 'dk-faq': {
      const items = node.children.filter((child): child is MarkupElement => typeof child !== 'string');
      return [
        `${indent}[${name}${attributes(own)}]`,
        ...items.map((item) => shortcode(item, `${indent}  `)),
        `${indent}[/${name}]`,
      ].join('\n');
    }
    case 'dk-faq-item': {
      const [question, ...answer] = node.children as MarkupElement[];
      return `${indent}[${name}${attributes([['question', textOf(question?.children ?? [])]])}]${paragraphsHtml(answer)}[/${name}]`;
    }
    case 'dk-healing-timeline': {
      const phases = node.children.filter((child): child is MarkupElement => typeof child !== 'string');
      if (!phases.length) return `${indent}[${name}${attributes(own)}][/${name}]`;
      return [
        `${indent}[${name}${attributes(own)}]`,
        ...phases.map((phase) => shortcode(phase, `${indent}  `)),
        `${indent}[/${name}]`,
      ].join('\n');
    }
    case 'dk-phase':
      return `${indent}[${name}${attributes(own)}]${escapeShortcode(textOf(node.children))}[/${name}]`;
    case 'dk-collagen-gauge': {
      const caption = textOf(node.children);
      return `${indent}[${name}${attributes(caption ? [...own, ['caption', caption]] : own)}]`;
    }
    case 'dk-treatment-plan': {
      // The fallback paragraph goes in the plugin's `text` extra (inline HTML).
      const text = node.children
        .filter((child): child is MarkupElement => typeof child !== 'string')
        .map((p) => inlineHtml(p.children))
        .join('<br>');
      return `${indent}[${name}${attributes(text ? [...own, ['text', text]] : own)}]`;
    }
    case 'dk-recovery': {
      const elements = node.children.filter((child): child is MarkupElement => typeof child !== 'string');
      const intro = elements.find((child) => child.tag === 'h2');
      const widgets = elements.filter((child) => child !== intro);
      const pairs = intro ? [...own, ['intro', textOf(intro.children)] as const] : own;
      return [
        `${indent}[${name}${attributes(pairs)}]`,
        ...widgets.map((widget) => shortcode(widget, `${indent}  `)),
        `${indent}[/${name}]`,
      ].join('\n');
    }
    case 'dk-before-after': {
      const images = node.children.filter(
        (child): child is MarkupElement => typeof child !== 'string' && child.tag === 'img',
      );
      const pairs: (readonly [string, string | true])[] = [...own];
      let size: (readonly [string, string | true])[] = [];
      for (const image of images) {
        const get = (key: string) => image.attributes.find(([name]) => name === key)?.[1];
        const side = String(get('slot'));
        pairs.push([side, String(get('src'))], [`${side}-alt`, String(get('alt') ?? '')]);
        const width = get('width');
        const height = get('height');
        if (typeof width === 'string' && typeof height === 'string')
          size = [
            ['width', width],
            ['height', height],
          ];
      }
      return `${indent}[${name}${attributes([...pairs, ...size])}]`;
    }
    default:
      return '';
  }
}

/**
 * The shortcode for the chosen element, with the theme on its outermost shortcode (`style="--dk-…"`; the plugin's
 * Settings → dermakit sets the same for a whole site).
 */
export function toShortcode(config: Config): string {
  // The painted background has no shortcode: the page builder's section colour does that job.
  return shortcode(widgetTree(config), '', [themeStyle(config)]);
}
