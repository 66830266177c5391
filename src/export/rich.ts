/**
 * Writes the author's content (`Rich` trees: answers, phase texts, the recovery intro) for the static page, the
 * email HTML and the email's plain-text part. Only the model's safe tags come out, each with the target's inline
 * style; every text and attribute is escaped, links keep only http(s)/mailto/tel URLs (relative ones on the
 * static page), images only http(s) sources (absolute, sized and not SVG in email). Pure: no DOM.
 */
import { type ExportTheme, type Rich, type RichTag, RICH_TAGS } from './model.js';
import { attribute, escapeHtml, safeImageUrl, safeUrl } from './escape.js';

export type Target = 'static' | 'email';

export interface RichOptions {
  readonly target: Target;
  readonly theme: ExportTheme;
  /** Email only: the widest an image may be drawn, in px (the content column). */
  readonly maxImageWidth?: number;
}

const KEPT: ReadonlySet<string> = new Set(RICH_TAGS);

/** HTML whitespace (not U+00A0, which an author types on purpose) collapses to one space, as a browser shows it. */
export const collapseSpace = (text: string): string => text.replace(/[ \t\n\r\f]+/g, ' ');

/** Heading sizes in author content, in em of the body text (static) and in px (email, whose clients prefer px). */
const HEADING_EM: Readonly<Record<string, number>> = { h2: 1.5, h3: 1.25, h4: 1.125, h5: 1, h6: 1 };

function styleFor(tag: RichTag, { target, theme }: RichOptions): string {
  const email = target === 'email';
  switch (tag) {
    case 'p':
      return email ? 'margin:0 0 12px' : 'margin:0 0 0.75em';
    case 'ul':
    case 'ol':
      return email ? 'margin:0 0 12px;padding:0 0 0 24px' : 'margin:0 0 0.75em;padding:0 0 0 1.5em';
    case 'li':
      return email ? 'margin:0 0 4px' : 'margin:0 0 0.25em';
    case 'a':
      // Links in the text colour, underlined: the brand colour is not sure to reach 4.5:1 on the background.
      return `color:${theme.text};text-decoration:underline`;
    case 'blockquote':
      return email
        ? `margin:0 0 12px;padding:0 0 0 12px;border-left:3px solid ${theme.track}`
        : `margin:0 0 0.75em;padding:0 0 0 0.75em;border-left:3px solid ${theme.track}`;
    case 'small':
      return email ? 'font-size:14px' : '';
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const size = HEADING_EM[tag]!;
      return email
        ? `margin:0 0 8px;font-size:${Math.round(size * 16)}px;line-height:${Math.round(size * 16 * 1.3)}px;font-weight:bold;color:${theme.text}`
        : `margin:0 0 0.5em;font-size:${size}em;line-height:1.3`;
    }
    default:
      return '';
  }
}

const style = (css: string) => (css ? attribute('style', css) : '');

/** Email images are drawn only from an absolute http(s) URL of a format mail clients show (not SVG), with a size. */
function emailImage(src: string | undefined, width: number | undefined, height: number | undefined): boolean {
  return !!src && !/\.svgz?(?:[?#]|$)/i.test(src) && !!width && !!height;
}

const dimension = (value: string | number | undefined): number | undefined => {
  const number = typeof value === 'number' ? value : /^\s*\d+\s*$/.test(value ?? '') ? Number(value) : NaN;
  return number > 0 && number <= 10000 ? Math.round(number) : undefined;
};

/**
 * An `<img>` for the target, or its alt text when it cannot be shown: on the static page the image keeps its
 * size as attributes (no jump while it loads) and never overflows; in email it is scaled to `maxWidth` and fluid
 * below it. Shared with the before/after writers.
 */
export function writeImage(
  image: {
    readonly src?: string;
    readonly alt?: string;
    readonly width?: number | string;
    readonly height?: number | string;
  },
  { target, theme, maxImageWidth = 552 }: RichOptions,
  extra: { readonly srcset?: string; readonly sizes?: string; readonly block?: boolean } = {},
): string {
  const email = target === 'email';
  const src = safeImageUrl(image.src, !email);
  let width = dimension(image.width);
  let height = dimension(image.height);
  const alt = collapseSpace(image.alt ?? '').trim();
  if (!src || (email && !emailImage(src, width, height))) return escapeHtml(alt);
  if (email && width! > maxImageWidth) {
    height = Math.round((height! * maxImageWidth) / width!);
    width = maxImageWidth;
  }
  const display = extra.block ? 'display:block;' : '';
  const css = email
    ? `${display}width:100%;max-width:${width}px;height:auto;border:0`
    : `${display}max-width:100%;height:auto;border-radius:${theme.radius}`;
  return `<img${attribute('src', src)}${attribute('srcset', extra.srcset)}${attribute('sizes', extra.srcset ? extra.sizes : undefined)}${attribute('alt', alt) || ' alt=""'}${attribute('width', width)}${attribute('height', height)}${email ? '' : ' loading="lazy" decoding="async"'}${style(css)}>`;
}

/** The author's content as HTML for the target. Unknown tags (never produced by the reader) keep only their children. */
export function writeRich(nodes: readonly Rich[], options: RichOptions): string {
  let html = '';
  for (const node of nodes) {
    if ('text' in node) {
      html += escapeHtml(collapseSpace(node.text));
      continue;
    }
    const inner = writeRich(node.children, options);
    if (!KEPT.has(node.tag)) {
      html += inner;
      continue;
    }
    const attributes = node.attributes ?? {};
    switch (node.tag) {
      case 'br':
        html += '<br>';
        break;
      case 'img':
        html += writeImage(attributes, options);
        break;
      case 'a': {
        const href = safeUrl(attributes.href, { relative: options.target === 'static' });
        html += href ? `<a${attribute('href', href)}${style(styleFor('a', options))}>${inner}</a>` : inner;
        break;
      }
      default:
        html += `<${node.tag}${style(styleFor(node.tag, options))}>${inner}</${node.tag}>`;
    }
  }
  return html;
}

/** The content's text as one line, whitespace collapsed (for JSON-LD answers and accessible names). */
export function richText(nodes: readonly Rich[]): string {
  let text = '';
  const walk = (list: readonly Rich[]) => {
    for (const node of list) {
      if ('text' in node) text += node.text;
      else if (node.tag === 'br') text += ' ';
      else if (node.tag === 'img') text += ` ${node.attributes?.alt ?? ''} `;
      else {
        // Block boundaries are word boundaries too ("<p>One</p><p>Two</p>" is "One Two", not "OneTwo").
        const block =
          node.tag !== 'a' &&
          node.tag !== 'strong' &&
          node.tag !== 'em' &&
          node.tag !== 'b' &&
          node.tag !== 'i' &&
          node.tag !== 'small' &&
          node.tag !== 'sub' &&
          node.tag !== 'sup';
        if (block) text += ' ';
        walk(node.children);
        if (block) text += ' ';
      }
    }
  };
  walk(nodes);
  return collapseSpace(text).trim();
}

const BLOCKS: ReadonlySet<string> = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);

/**
 * Plain text for the email's text part: paragraphs apart by a blank line, list items on their own lines with
 * "- " or "1. " (nested lists indented), link URLs in brackets after their text, images as their alt text.
 */
export function richPlain(nodes: readonly Rich[]): string {
  const lines: string[] = [];
  let line = '';
  /** What the next written line starts with (a list bullet), and the indent of the lines after it. */
  let prefix = '';
  let indent = '';
  const flush = () => {
    const text = collapseSpace(line).trim();
    line = '';
    if (!text) return;
    lines.push(prefix + text);
    prefix = indent;
  };
  const blank = () => {
    flush();
    if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  };
  const walk = (list: readonly Rich[]) => {
    for (const node of list) {
      if ('text' in node) {
        line += node.text;
        continue;
      }
      const attributes = node.attributes ?? {};
      if (node.tag === 'br') flush();
      else if (node.tag === 'img') line += attributes.alt ? ` ${attributes.alt} ` : '';
      else if (node.tag === 'a') {
        const before = line.length;
        walk(node.children);
        const href = safeUrl(attributes.href, { relative: false });
        const shown = collapseSpace(line.slice(before)).trim();
        if (href && shown !== href && `mailto:${shown}` !== href && `tel:${shown}` !== href) line += ` [${href}]`;
      } else if (node.tag === 'ul' || node.tag === 'ol') {
        const inItem = indent !== '' || prefix !== '';
        if (inItem) flush();
        else blank();
        const outer = indent;
        let number = 0;
        for (const item of node.children) {
          if ('text' in item && !item.text.trim()) continue;
          flush();
          number++;
          const bullet = node.tag === 'ol' ? `${number}. ` : '- ';
          prefix = outer + bullet;
          indent = outer + ' '.repeat(bullet.length);
          walk('tag' in item && item.tag === 'li' ? item.children : [item]);
          flush();
        }
        prefix = indent = outer;
        if (!inItem) blank();
      } else if (BLOCKS.has(node.tag) && !indent) {
        blank();
        walk(node.children);
        blank();
      } else if (BLOCKS.has(node.tag)) {
        flush();
        walk(node.children);
        flush();
      } else walk(node.children);
    }
  };
  walk(nodes);
  flush();
  while (lines[lines.length - 1] === '') lines.pop();
  while (lines[0] === '') lines.shift();
  return lines.join('\n');
}
