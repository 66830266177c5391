/**
 * The search of a `<dk-faq searchable>`: the visitor's query, which items it leaves, and the search box with its live
 * line. Each item's text is folded (accents, case) once and again only when that text changes, so a keystroke folds
 * only the query; an empty query folds nothing.
 */
import { type TemplateResult, html } from 'lit';
import { numberFormat } from '../core/format.js';
import { resolveLang } from '../core/locale.js';
import { fillTemplate } from '../core/text.js';
import type { DkFaq } from './faq.js';
import { type DkFaqItem, answerOf, questionOf } from './faq-item.js';
import { containsWords, foldForSearch } from './search.js';

/** What `<dk-faq>` asks of its search. */
export interface FaqSearch {
  /** Marks the items the query leaves out (none without `searchable`, or while the query is empty). */
  filter(items: DkFaqItem[]): void;
  /** The search box and live line above the FAQ's `tools` and `list`, and the no-results message below them. */
  render(items: DkFaqItem[], tools: unknown, list: unknown): TemplateResult;
  /** Empties the query (a link opens an item it hides) and re-renders the FAQ. */
  clear(): void;
}

/** The search state of one `<dk-faq>` (closures rather than a class: its private names minify to one letter). */
export function faqSearch(host: DkFaq): FaqSearch {
  let query = '';
  /** The visitor has searched: the live line keeps saying how many questions show, also after clearing. */
  let searched = false;
  /**
   * Items' texts, folded. Keyed by the text itself, so an item whose content changes is folded again; only texts
   * present while the visitor searches are added.
   */
  const folded = new Map<string, string>();

  const search = (text: string) => {
    query = text;
    host.requestUpdate();
  };

  const fold = (item: DkFaqItem) => {
    const text = `${questionOf(item)} ${answerOf(item)}`;
    return folded.get(text) ?? folded.set(text, foldForSearch(text)).get(text)!;
  };

  const handleInput = (event: Event) => {
    searched = true;
    search((event.target as HTMLInputElement).value);
  };

  /** Escape empties the search in every browser (not only where the native search field does it). */
  const handleKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || query === '') return;
    event.preventDefault();
    search('');
  };

  /** The clear button: every question comes back, the live line says how many, and the field keeps focus. */
  const handleClear = () => {
    search('');
    host.renderRoot.querySelector('input')?.focus();
  };

  return {
    clear: () => search(''),

    filter(items) {
      const words = host.searchable && query.trim() ? foldForSearch(query) : '';
      for (const item of items) item.filteredOut = words !== '' && !containsWords(fold(item), words);
    },

    render(items, tools, list) {
      const number = numberFormat(resolveLang(host));
      const shown = items.filter((item) => !item.filteredOut).length;
      const searching = query.trim() !== '';
      return html`<div class="search" part="search">
        <label for="search" part="search-label">${host.searchLabel}</label>
        <div class="field">
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            .value=${query}
            placeholder=${host.searchPlaceholder}
            @input=${handleInput}
            @keydown=${handleKeyDown}
          />
          <button class="clear" part="clear" type="button" aria-label=${host.clearText} ?hidden=${!query} @click=${handleClear}>×</button>
        </div>
        <p class="status" part="status" role="status">
          ${
            searching || searched
              ? fillTemplate(host.resultsText, { shown: number.format(shown), total: number.format(items.length) })
              : ''
          }
        </p>
      </div>
      ${tools}${list}
      <p class="no-results" part="no-results" ?hidden=${!searching || shown > 0}>
        ${fillTemplate(host.noResultsText, { query: query.trim() })}
      </p>`;
    },
  };
}
