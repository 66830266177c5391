/**
 * Author content (answers, phase texts, the recovery intro, anything around the widgets) as `Rich`: a safe set of
 * tags, links only to http(s)/mailto/tel, images only from http(s) or relative sources; every other element is
 * replaced by its children, and scripts, styles, forms, frames and embedded SVG are left out with their content.
 * Pure: no DOM.
 */
import { quote } from '../../core/warn.js';
import type { HtmlElement, HtmlNode } from '../html.js';
import { type Rich, type RichTag, RICH_TAGS } from '../model.js';
import { type ReadContext, isHidden } from './context.js';

const KEPT: ReadonlySet<string> = new Set(RICH_TAGS);
/** Left out with everything inside: code, styling, forms, embedded documents and graphics. */
export const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'noembed',
  'noframes',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'picture',
  'source',
  'track',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'meter',
  'progress',
  'title',
  'meta',
  'link',
  'base',
  'head',
  'param',
  'dialog',
  'slot',
  'xmp',
]);
/** Blocks: replaced by their children, but their inline runs stay apart (as paragraphs). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'div',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'figure',
  'figcaption',
  'address',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'pre',
  'hr',
  'center',
  'fieldset',
  'legend',
  'hgroup',
  'menu',
]);
const BLOCK_RICH = new Set(['p', 'ul', 'ol', 'li', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

const isBlock = (node: Rich) => 'tag' in node && BLOCK_RICH.has(node.tag);

/**
 * Author content as `Rich`, with its whitespace tidied: `paragraphs` wraps loose inline runs in `<p>` when the
 * content also has blocks (or always, for content outside the widgets), so texts from two `<div>`s do not run
 * together. `skip` leaves some elements out (the FAQ's items, read on their own).
 */
export function sanitizeBlock(
  nodes: readonly HtmlNode[],
  context: ReadContext,
  paragraphs: boolean,
  skip?: (element: HtmlElement) => boolean,
): Rich[] {
  const out: Rich[] = [];
  for (const node of nodes) out.push(...sanitize(node, context, skip));
  return arrange(out, paragraphs);
}

function sanitize(node: HtmlNode, context: ReadContext, skip?: (element: HtmlElement) => boolean): Rich[] {
  if (node.type === 'text') return node.text ? [{ text: node.text.replace(/[ \t\n\f\r]+/g, ' ') }] : [];
  if (DROPPED.has(node.name) || isHidden(node) || skip?.(node)) return [];
  const children = () => node.children.flatMap((child) => sanitize(child, context, skip));
  const name = node.name === 'h1' ? 'h2' : node.name;
  if (!KEPT.has(name)) {
    // An unknown block keeps its runs apart; an unknown inline element (span, u, code, a custom tag) just its text.
    return BLOCK_TAGS.has(name) ? arrange(children(), true, true) : children();
  }
  if (name === 'br') return [{ tag: 'br', children: [] }];
  if (name === 'img') {
    const src = safeUrl(node.getAttribute('src') ?? '', 'image');
    if (!src) {
      context.warn(
        node,
        'src',
        `${quote(node.getAttribute('src') ?? '')} is not an http(s) or relative image URL; leaving the image out.`,
      );
      return [];
    }
    const attributes: Record<string, string> = { src, alt: node.getAttribute('alt') ?? '' };
    const size = imageSize(node, context);
    if (size.width) attributes.width = String(size.width);
    if (size.height) attributes.height = String(size.height);
    const srcset = safeSrcset(node.getAttribute('srcset'));
    if (srcset) attributes.srcset = srcset;
    const sizes = node.getAttribute('sizes');
    if (srcset && sizes) attributes.sizes = sizes;
    return [{ tag: 'img', attributes, children: [] }];
  }
  if (name === 'a') {
    const href = safeUrl(node.getAttribute('href') ?? '', 'link');
    // A link to a place the export cannot go (a script, this page's anchors) keeps its words.
    if (!href) return children();
    return [{ tag: 'a', attributes: { href }, children: arrange(children(), false) }];
  }
  return [{ tag: name as RichTag, children: arrange(children(), name === 'blockquote' || name === 'li') }];
}

/**
 * Tidies a list of siblings: merges adjacent texts, trims space at the edges of the run and around blocks, drops
 * empty texts, and (with `paragraphs`) wraps inline runs in `<p>` when blocks sit among them (`always`: even alone).
 */
function arrange(nodes: readonly Rich[], paragraphs: boolean, always = false): Rich[] {
  const merged: Rich[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if ('text' in node && last && 'text' in last) merged[merged.length - 1] = { text: last.text + node.text };
    else merged.push(node);
  }
  const hasBlock = merged.some(isBlock);
  const result: Rich[] = [];
  let run: Rich[] = [];
  const endRun = () => {
    const trimmed = trimRun(run);
    run = [];
    if (!trimmed.length) return;
    if (paragraphs && (hasBlock || always)) result.push({ tag: 'p', children: trimmed });
    else result.push(...trimmed);
  };
  for (const node of merged) {
    if (isBlock(node)) {
      endRun();
      result.push(node);
    } else run.push(node);
  }
  endRun();
  return result;
}

/** An inline run without its leading and trailing spaces (and without anything but spaces). */
function trimRun(run: Rich[]): Rich[] {
  const nodes = [...run];
  while (nodes.length && 'text' in nodes[0]! && !nodes[0].text.trim()) nodes.shift();
  while (
    nodes.length &&
    'text' in nodes[nodes.length - 1]! &&
    !(nodes[nodes.length - 1] as { text: string }).text.trim()
  )
    nodes.pop();
  if (!nodes.length) return [];
  const first = nodes[0]!;
  if ('text' in first) nodes[0] = { text: first.text.replace(/^[ \t\n\f\r]+/, '') };
  const last = nodes[nodes.length - 1]!;
  if ('text' in last) nodes[nodes.length - 1] = { text: last.text.replace(/[ \t\n\f\r]+$/, '') };
  // A run of nothing but line breaks says nothing.
  return nodes.every((node) => 'tag' in node && node.tag === 'br') ? [] : nodes;
}

/**
 * A URL the export may print: http(s), mailto and tel for links; http(s) and relative for images (a relative one
 * is for the static page; the email writer makes it absolute or leaves it out). Tabs and line breaks inside are
 * dropped first, as browsers do, so `java&#9;script:` is seen for what it is. Anything else: `undefined`.
 */
export function safeUrl(raw: string, kind: 'link' | 'image'): string | undefined {
  // eslint-disable-next-line no-control-regex -- a URL sanitiser: matching control characters is the point
  const url = raw.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  if (!url) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (kind === 'link') return scheme && ['http', 'https', 'mailto', 'tel'].includes(scheme) ? url : undefined;
  if (scheme) return scheme === 'http' || scheme === 'https' ? url : undefined;
  // Relative (or protocol-relative) image sources, but not `#` or a control character trick.
  // eslint-disable-next-line no-control-regex -- a URL sanitiser: matching control characters is the point
  return /[\u0000-\u001f\\]/.test(url) || url.startsWith('#') ? undefined : url;
}

/** A `srcset` whose every candidate is a safe image URL, else `undefined`. */
export function safeSrcset(raw: string | null): string | undefined {
  if (!raw?.trim()) return undefined;
  const candidates = raw
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean);
  const safe = candidates.every((candidate) => safeUrl(candidate.split(/\s+/)[0]!, 'image'));
  return safe ? candidates.join(', ') : undefined;
}

/** An image's `width` and `height` in whole pixels, when they are sizes (else left out, with a warning). */
export function imageSize(image: HtmlElement, context: ReadContext): { width?: number; height?: number } {
  const size: { width?: number; height?: number } = {};
  for (const key of ['width', 'height'] as const) {
    const raw = image.getAttribute(key);
    if (raw === null) continue;
    const value = Number(raw.trim());
    if (Number.isFinite(value) && value > 0 && raw.trim() !== '') size[key] = Math.round(value);
    else context.warn(image, key, `${quote(raw)} is not a size in pixels; leaving it out.`);
  }
  return size;
}
