/**
 * The language a widget formats for: the nearest `lang` attribute (crossing shadow roots), else the page's,
 * else the browser's. Numbers and dates are formatted with `Intl` in that language.
 */
import { warn } from './warn.js';

export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return validLang(element, node.getAttribute('lang') ?? '');
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return navigator.language || 'en';
}

function validLang(element: Element, lang: string): string {
  if (lang.trim() === '') return navigator.language || 'en';
  try {
    return Intl.getCanonicalLocales(lang.trim())[0] ?? 'en';
  } catch {
    warn(element, 'lang', `"${lang}" is not a language tag; using "en".`);
    return 'en';
  }
}
