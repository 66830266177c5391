/**
 * The language a widget formats for: the nearest `lang` attribute (crossing shadow roots), else the page's,
 * else the browser's. Numbers and dates are formatted with `Intl` in that language.
 */
import { quote, warn } from './warn.js';

export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return validLang(element, node.getAttribute('lang') ?? '');
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return browserLang();
}

/** The browser's language, if `Intl` accepts it: WebKitGTK under a POSIX locale reports "C", which Intl rejects. */
function browserLang(): string {
  try {
    return Intl.getCanonicalLocales(navigator.language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function validLang(element: Element, lang: string): string {
  if (lang.trim() === '') return browserLang();
  try {
    return Intl.getCanonicalLocales(lang.trim())[0] ?? 'en';
  } catch {
    warn(element, 'lang', `${quote(lang)} is not a language tag; using "en".`);
    return 'en';
  }
}
