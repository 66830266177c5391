/**
 * `<dk-faq>`: the accordion around `<dk-faq-item>`s. It owns what concerns several items at once: single-open,
 * arrow-key movement between questions, the search filter, deep links from the URL hash and the FAQPage JSON-LD.
 * Items are found anywhere inside it (page builders wrap them in their own elements) and followed as they are
 * added, removed, moved or edited.
 */
import { ContextProvider } from '@lit/context';
import { type PropertyValues, html, nothing } from 'lit';
import { DermakitElement } from '../core/element.js';
import { parseNumber } from '../core/attributes.js';
import { emit } from '../core/events.js';
import { tokens } from '../core/tokens.js';
import { warn } from '../core/warn.js';
import { faqContext } from './faq-context.js';
import { faqSearch } from './faq-search.js';
import { faqStructuredData } from './faq-structured-data.js';
import { faqTexts } from './faq-texts.js';
import { type DkFaqItem, questionOf } from './faq-item.js';
import { styles } from './faq.styles.js';

/** More answers than this open at once would clutter the landmarks: they stop being regions (WAI-ARIA APG). */
const MAX_REGIONS = 6;

/**
 * An accessible FAQ accordion (WAI-ARIA APG accordion pattern) with optional search, deep links and FAQPage
 * structured data. Questions and answers are plain HTML inside `<dk-faq-item>`s.
 *
 * Keyboard: Enter or Space opens and closes a question; ArrowDown/ArrowUp move to the next/previous question
 * (wrapping), Home/End to the first/last. A URL hash naming an item (`#is-microneedling-safe`) opens it and
 * scrolls to it.
 *
 * On paper every answer prints open, each question kept with its answer; the search and "Expand all" controls
 * are left out.
 *
 * @tagname dk-faq
 * @summary FAQ accordion: one script, plain HTML questions and answers, search and deep links.
 *
 * @slot - The `<dk-faq-item>` elements, directly or wrapped in other elements.
 *
 * @csspart search - The search box: label and field.
 * @csspart search-label - The search field's visible label.
 * @csspart search-input - The search field.
 * @csspart clear - The button that empties the search field (shown while it holds text).
 * @csspart expand-all - The "Expand all" / "Collapse all" button (`expand-all` with `multiple`).
 * @csspart status - The live line that says how many questions match ("3 of 12 questions").
 * @csspart list - The box around the items, with the top border of the first one.
 * @csspart no-results - The message shown when no question matches.
 */
export class DkFaq extends DermakitElement {
  static override styles = [tokens, styles];

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    multiple: { type: Boolean },
    searchable: { type: Boolean },
    schema: { type: Boolean },
    searchLabel: { attribute: 'search-label', useDefault: true },
    searchPlaceholder: { attribute: 'search-placeholder' },
    resultsText: { attribute: 'results-text', useDefault: true },
    noResultsText: { attribute: 'no-results-text', useDefault: true },
    clearText: { attribute: 'clear-text', useDefault: true },
    expandAll: { type: Boolean, attribute: 'expand-all' },
    expandAllText: { attribute: 'expand-all-text', useDefault: true },
    collapseAllText: { attribute: 'collapse-all-text', useDefault: true },
    items: { state: true },
  };

  /** Heading level of every question, 2–6 (fit it to the page's outline: 3 under an `<h2>`). */
  headingLevel = '3';

  /** Let several answers be open at once. By default opening one closes the others. */
  multiple = false;

  /** Show a search field that filters the questions as the visitor types. */
  searchable = false;

  /**
   * Add FAQPage structured data (JSON-LD) to the page, from the questions' and answers' text. Skipped, with a
   * warning, when the page already has FAQPage data (an SEO plugin's, or another `<dk-faq>`'s).
   */
  schema = false;

  /** Label of the search field. @default 'Search questions' */
  searchLabel: string = faqTexts.searchLabel;

  /** Placeholder of the search field. */
  searchPlaceholder = '';

  /** What the live line says while searching; `{shown}` and `{total}` are replaced. @default '{shown} of {total} questions' */
  resultsText: string = faqTexts.resultsText;

  /** Shown when no question matches; `{query}` is replaced by the visitor's words. @default 'No questions match “{query}”.' */
  noResultsText: string = faqTexts.noResultsText;

  /** Accessible name of the button that empties the search field. @default 'Clear search' */
  clearText: string = faqTexts.clearText;

  /**
   * Show one button that opens every question shown (those the search leaves) or, when all of them are open,
   * closes them; its text says which it will do. Needs `multiple` (ignored, with a warning, without it). Each item
   * it opens or closes fires `dk-toggle`.
   */
  expandAll = false;

  /** Text of the `expand-all` button while some shown question is closed. @default 'Expand all' */
  expandAllText: string = faqTexts.expandAllText;

  /** Text of the `expand-all` button while every shown question is open. @default 'Collapse all' */
  collapseAllText: string = faqTexts.collapseAllText;

  /** The search box, the query and which items it leaves (`faq-search.ts`). */
  #search = faqSearch(this);
  private items: DkFaqItem[] = [];
  /** Tells every item, present or added later, its heading level and whether answers are regions. */
  #settings = new ContextProvider(this, { context: faqContext, initialValue: { headingLevel: 3, regions: true } });
  #observer = new MutationObserver((records) => this.#handleMutations(records));
  /** The FAQPage JSON-LD in the document's head (`faq-structured-data.ts`). */
  #structuredData = faqStructuredData(this);
  /** The item the visitor just opened, until the FAQ has closed the others. */
  #openedByVisitor?: Element;

  constructor() {
    super();
    // One at a time: the question the visitor opens closes the open one (below, when its attribute changes), and
    // that one then fires `dk-toggle` too (as `<details name>` fires `toggle` on both), so a page or framework that
    // follows the events stays right.
    this.addEventListener('dk-toggle', (event) => {
      if ((event as CustomEvent<{ open: boolean }>).detail.open) this.#openedByVisitor = event.target as Element;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      // `attributeFilter` implies `attributes: true`.
      attributeFilter: ['open', 'question', 'slot'],
    });
    this.#collectItems();
    this.#keepFirstOpen();
    window.addEventListener('hashchange', this.#openFromHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer.disconnect();
    window.removeEventListener('hashchange', this.#openFromHash);
    this.#structuredData.remove();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const headingLevel = parseNumber(this, 'heading-level', this.headingLevel, {
      fallback: 3,
      min: 2,
      max: 6,
      integer: true,
    });
    const regions = !this.multiple || this.items.length <= MAX_REGIONS;
    const settings = this.#settings.value!;
    if (headingLevel !== settings.headingLevel || regions !== settings.regions)
      this.#settings.setValue({ headingLevel, regions });
    if (changed.has('multiple')) this.#keepFirstOpen();
    if (this.expandAll && !this.multiple)
      warn(this, 'expand-all', 'needs multiple (several answers open at once); not showing the button.');
    this.#search.filter(this.items);
  }

  protected override render() {
    // Key presses on the items' question buttons bubble out of their shadow roots through this slot.
    const list = html`<div class="list" part="list" @keydown=${this.#handleKeyDown}><slot></slot></div>`;
    const tools = this.expandAll && this.multiple ? this.#renderExpandAll() : nothing;
    return this.searchable ? this.#search.render(this.items, tools, list) : html`${tools}${list}`;
  }

  /** The expand-all button: its text is what pressing it does to the questions shown. */
  #renderExpandAll() {
    const questions = this.#questions;
    const allOpen = questions.length > 0 && questions.every((item) => item.open);
    return html`<div class="tools">
      <button part="expand-all" type="button" ?hidden=${!questions.length} @click=${this.#handleExpandAll}>
        ${allOpen ? this.collapseAllText : this.expandAllText}
      </button>
    </div>`;
  }

  protected override firstUpdated(): void {
    void Promise.all(this.items.map((item) => item.updateComplete)).then(this.#openFromHash);
  }

  protected override updated(): void {
    if (this.schema) this.#structuredData.write(this.items);
    else this.#structuredData.remove();
  }

  /** The items of this FAQ, in document order; items of a nested `<dk-faq>` belong to that one. */
  #collectItems(): void {
    this.items = [...this.querySelectorAll('dk-faq-item')].filter((item) => item.closest('dk-faq') === this);
  }

  /** Single-open: closes every open item except `keep` (a no-op with `multiple`). */
  #closeAllBut(keep: Element | undefined): void {
    const byVisitor = keep !== undefined && keep === this.#openedByVisitor;
    this.#openedByVisitor = undefined;
    if (this.multiple) return;
    for (const item of this.items) {
      if (item === keep || !item.hasAttribute('open')) continue;
      item.removeAttribute('open');
      if (byVisitor) emit(item, 'dk-toggle', { open: false });
    }
  }

  #keepFirstOpen(): void {
    this.#closeAllBut(this.items.find((item) => item.hasAttribute('open')));
  }

  #handleMutations(records: MutationRecord[]): void {
    this.#collectItems();
    // The item opened last (by the visitor, a link or the page's own script) stays open; an item whose question
    // text was edited re-renders (an empty question slot that gets words becomes a button).
    let opened: Element | undefined;
    for (const { attributeName, target } of records) {
      const item = (target instanceof Element ? target : target.parentElement)?.closest('dk-faq-item');
      item?.requestUpdate?.();
      if (attributeName === 'open' && target === item && item.hasAttribute('open') && this.items.includes(item))
        opened = item;
    }
    if (opened) this.#closeAllBut(opened);
    this.requestUpdate();
  }

  /** The items whose question a visitor sees (the search leaves them, and they have a question). */
  get #questions(): DkFaqItem[] {
    return this.items.filter((item) => !item.filteredOut && questionOf(item) !== '');
  }

  /** Opens every shown question, or closes them all when all are open; each item changed fires `dk-toggle`. */
  #handleExpandAll(): void {
    const questions = this.#questions;
    const open = !questions.every((item) => item.open);
    for (const item of questions) {
      if (item.open === open) continue;
      item.open = open;
      emit(item, 'dk-toggle', { open });
    }
  }

  /** ArrowDown/ArrowUp/Home/End from a question's button move focus between the visible questions. */
  #handleKeyDown(event: KeyboardEvent): void {
    const origin = event.composedPath()[0] as Element | undefined;
    if (origin?.localName !== 'button' || event.altKey || event.ctrlKey || event.metaKey) return;
    const questions = this.#questions;
    const current = questions.indexOf(event.target as DkFaqItem);
    if (current < 0) return;
    const last = questions.length - 1;
    const next = {
      ArrowDown: current === last ? 0 : current + 1,
      ArrowUp: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    questions[next]!.focus();
  }

  /**
   * Opens (and scrolls to) the item the URL hash names, or the item whose answer holds the element it names. Also the
   * `hashchange` listener, hence an arrow function.
   */
  #openFromHash = async (): Promise<void> => {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    const target = id ? (this.getRootNode() as Document | ShadowRoot).getElementById(id) : null;
    const item = target?.closest('dk-faq-item');
    if (!target || !item || !this.items.includes(item)) return;
    if (item.filteredOut) this.#search.clear();
    item.open = true;
    await this.updateComplete;
    await item.updateComplete;
    target.scrollIntoView({ block: 'start' });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-faq': DkFaq;
  }
}
