/**
 * `<dk-before-after>` as the element shows it: its two images (safe sources only, with their sizes and alt text)
 * and the labels on them.
 */
import { beforeAfterTexts } from '../../before-after/before-after-texts.js';
import { quote } from '../../core/warn.js';
import { type HtmlElement, findAll } from '../html.js';
import type { BeforeAfterExport, ImageExport } from '../model.js';
import { type ReadContext, parseChoice, parseNumber, text } from './context.js';
import { imageSize, safeSrcset, safeUrl } from './content.js';

export function readBeforeAfter(element: HtmlElement, context: ReadContext): BeforeAfterExport {
  parseNumber(element, 'position', context, { fallback: 50, min: 0, max: 100 });
  parseChoice(element, 'orientation', context, ['horizontal', 'vertical'], 'horizontal');
  const side = (name: 'before' | 'after'): ImageExport | null => {
    const slotted = element.children.find(
      (child): child is HtmlElement => child.type === 'element' && child.getAttribute('slot') === name,
    );
    const image = slotted?.name === 'img' ? slotted : slotted && findAll(slotted, (child) => child.name === 'img')[0];
    if (!image) {
      context.warn(element, `slot ${name}`, `no <img slot="${name}"> child; showing a placeholder.`);
      return null;
    }
    const src = safeUrl(image.getAttribute('src') ?? '', 'image');
    if (!src) {
      context.warn(
        image,
        'src',
        `${quote(image.getAttribute('src') ?? '')} is not an http(s) or relative image URL; leaving the ${name} image out.`,
      );
      return null;
    }
    return {
      src,
      alt: image.getAttribute('alt') ?? '',
      ...imageSize(image, context),
      ...optional('srcset', safeSrcset(image.getAttribute('srcset'))),
      ...optional('sizes', image.getAttribute('sizes') ?? undefined),
      label: text(
        element,
        `${name}-label`,
        name === 'before' ? beforeAfterTexts.beforeLabel : beforeAfterTexts.afterLabel,
      ),
    };
  };
  return {
    kind: 'before-after',
    label: text(element, 'label', beforeAfterTexts.label),
    before: side('before'),
    after: side('after'),
  };
}

const optional = <K extends string>(key: K, value: string | undefined) =>
  value ? ({ [key]: value } as Record<K, string>) : {};
