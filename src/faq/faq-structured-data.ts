/**
 * The FAQPage JSON-LD of a `<dk-faq schema>`: one `<script type="application/ld+json">` in the document's head,
 * written from the items' text and rewritten only when that text changes. An SEO plugin (or another `<dk-faq>`)
 * may already describe the page as an FAQPage; search engines then see two, so this one stands back.
 */
import { warn } from '../core/warn.js';
import type { DkFaq } from './faq.js';
import { type DkFaqItem, answerOf, questionOf } from './faq-item.js';
import { buildFaqPage, serializeJsonLd } from './schema.js';

/** What `<dk-faq>` asks of its structured data. */
export interface FaqStructuredData {
  /** Writes (or rewrites) the script from `items`; does nothing while the FAQ is out of the document. */
  write(items: DkFaqItem[]): void;
  /** Takes the script out of the document (the FAQ left it, or `schema` was turned off). */
  remove(): void;
}

/** The structured data of one `<dk-faq>` (closures rather than a class, as `faq-search.ts`). */
export function faqStructuredData(host: DkFaq): FaqStructuredData {
  let script: HTMLScriptElement | undefined;
  return {
    write(items) {
      if (!host.isConnected) return;
      if (!script) {
        const existing = [...document.querySelectorAll('script[type="application/ld+json"]')].some((other) =>
          /"FAQPage"/.test(other.textContent ?? ''),
        );
        if (existing) {
          warn(host, 'schema', 'the page already has FAQPage data (an SEO plugin?); not adding more.');
          return;
        }
        script = document.createElement('script');
        script.type = 'application/ld+json';
        document.head.append(script);
      }
      const json = serializeJsonLd(
        buildFaqPage(items.map((item) => ({ question: questionOf(item), answer: answerOf(item) }))),
      );
      if (script.textContent !== json) script.textContent = json;
    },
    remove() {
      script?.remove();
      script = undefined;
    },
  };
}
