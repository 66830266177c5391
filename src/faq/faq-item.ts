/**
 * `<dk-faq-item>`: one question and its answer, the header and panel of the WAI-ARIA APG accordion pattern.
 * The button and the panel it controls live in the same shadow root, so `aria-controls` and `aria-labelledby`
 * resolve; the answer itself stays light DOM, slotted into the panel.
 */
import { ContextConsumer } from '@lit/context';
import { type PropertyValues, html, nothing } from 'lit';
import { DermakitElement } from '../core/element.js';
import { emit } from '../core/events.js';
import { animationDuration } from '../core/motion.js';
import { tokens } from '../core/tokens.js';
import { warn } from '../core/warn.js';
import { faqContext } from './faq-context.js';
import { styles } from './faq-item.styles.js';
import { slugify, uniqueId } from './slug.js';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const QUESTION_CHILD = ':scope>[slot=question]';

/** The question of an item as plain text: its question slot, else its `question` (works before it upgrades). */
export function questionOf(item: Element): string {
  const slotted = item.querySelector(QUESTION_CHILD);
  const property = (item as { question?: unknown }).question;
  return collapse(
    slotted ? slotted.textContent : typeof property === 'string' ? property : item.getAttribute('question'),
  );
}

/** The answer of an item as plain text: every child except the question. */
export function answerOf(item: Element): string {
  let text = '';
  for (const node of item.childNodes) {
    if (!(node instanceof Element && node.slot === 'question')) text += ` ${node.textContent ?? ''}`;
  }
  return collapse(text);
}

/** Every id this module generated: a clone carries its original's id along, and must not keep it. */
const generatedIds = new Set<string>();

/**
 * One question and answer of a `<dk-faq>`. The question is a button inside a heading; the answer is a panel
 * (a region labelled by its question) that stays in the page's HTML.
 *
 * Without a `<dk-faq>` around it, an item works on its own as a single disclosure (heading level 3).
 *
 * @tagname dk-faq-item
 * @summary One question and its answer; the answer stays readable HTML in the page.
 *
 * @slot - The answer: any HTML (paragraphs, lists, links). It stays in the page's light DOM, so it reads without
 *   JavaScript and is indexed by search engines.
 * @slot question - The question as HTML (`<span slot="question">…</span>`); takes the place of the `question`
 *   attribute and, unlike it, shows before the script runs.
 *
 * @csspart item - The item's box, with its bottom border.
 * @csspart heading - The heading around the question button.
 * @csspart button - The question's button: the whole clickable row.
 * @csspart question - The question's text.
 * @csspart icon - The chevron, turned while open.
 * @csspart panel - The answer's box, whose height animates.
 * @csspart answer - The padding box around the answer's content.
 *
 * @cssprop [--dk-faq-question-size=1.0625em] - Font size of the questions (relative to the FAQ's text).
 *
 * @cssstate open - The answer is shown: `dk-faq-item:state(open) { … }`.
 * @cssstate filtered - The FAQ's search hides this item.
 *
 * @fires {CustomEvent<{ open: boolean }>} dk-toggle - The visitor opened or closed this item (click, Enter/Space, find-in-page revealing a
 *   match, the FAQ's Expand all / Collapse all button: one event per item it changed, or the FAQ closing it because
 *   the visitor opened another, one at a time). Not fired when the page or a URL hash opens it.
 */
export class DkFaqItem extends DermakitElement {
  static override styles = [tokens, styles];

  static override properties = {
    question: {},
    open: { type: Boolean, reflect: true },
    filteredOut: { type: Boolean, attribute: false },
  };

  /** The question, as plain text. A `slot="question"` child takes its place when present. */
  question?: string;

  /** Whether the answer shows. Set it in HTML to open an item initially; it reflects the visitor's toggles. */
  open = false;

  /** @internal Set by `<dk-faq>` while its search hides this item. */
  filteredOut = false;

  /** The FAQ's heading level and region setting; the consumer re-renders the item when they change. */
  #faq = new ContextConsumer(this, { context: faqContext, subscribe: true });
  #internals = this.attachInternals();
  #animation?: Animation;
  #panelShown?: boolean;
  #generatedId?: string;
  /** The question text the id was last derived from. */
  #idQuestion?: string;
  /** An empty `slot="question"` child is no question: it would make a nameless button that arrow keys skip. */
  #hasQuestion = false;
  #animateNextToggle = true;

  get #button() {
    return this.renderRoot?.querySelector('button');
  }

  /** The question as plain text (from the slot or the attribute). */
  get questionText(): string {
    return questionOf(this);
  }

  /** The answer as plain text. */
  get answerText(): string {
    return answerOf(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Connected (again): in a new place the id may be taken, or this is a clone carrying its original's id.
    this.syncId();
  }

  /** Moves focus to the question's button (or the item itself when it has no question). */
  override focus(options?: FocusOptions): void {
    if (this.#button) this.#button.focus(options);
    else super.focus(options);
  }

  /**
   * Gives the item a stable id for deep links: the author's own `id`, else a slug of the question that is unique in
   * its document or shadow root. A generated id follows the question when it changes. @internal
   */
  syncId(): void {
    if (!this.isConnected) return;
    const question = (this.#idQuestion = this.questionText);
    const copied = generatedIds.has(this.id) && this.id !== this.#generatedId;
    if (this.id && this.id !== this.#generatedId && !copied) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const taken = (id: string) => {
      const owner = root.getElementById(id);
      return owner !== null && owner !== this;
    };
    const base = slugify(question) || 'question';
    const suffix = this.id.startsWith(`${base}-`) ? this.id.slice(base.length + 1) : '';
    const fits = this.id === base || /^\d+$/.test(suffix);
    if (!copied && fits && !taken(this.id)) return;
    const id = uniqueId(base, (candidate) => (copied && candidate === this.id) || taken(candidate));
    this.#generatedId = id;
    generatedIds.add(id);
    this.id = id;
  }

  /**
   * The question's text is read once per render. The id is derived again only when that text changed since (its
   * attribute, or words typed into its slot: `<dk-faq>` re-renders an item whose text is edited).
   */
  protected override willUpdate(): void {
    const question = this.questionText;
    this.#hasQuestion = question !== '';
    if (question !== this.#idQuestion) this.syncId();
  }

  protected override render() {
    if (!this.#hasQuestion) return this.#renderAnswerAlone();
    const faq = this.#faq.value;
    // One template, the question slot inline: a nested template per item costs a clone and parts on every page load.
    return html`<div class="item" part="item" ?hidden=${this.filteredOut}>
        <div class="heading" part="heading" role="heading" aria-level=${faq?.headingLevel ?? 3}>
          <button
            id="question"
            part="button"
            type="button"
            aria-expanded=${this.open}
            aria-controls="answer"
            @click=${this.#handleClick}
          >
            <span class="question" part="question"><slot name="question" @slotchange=${this.#handleQuestionSlotChange}>${this.question}</slot></span>
            <span class="icon" part="icon" aria-hidden="true"></span>
          </button>
        </div>
        <div
          id="answer"
          class="panel"
          part="panel"
          role=${(faq?.regions ?? true) ? 'region' : nothing}
          aria-labelledby="question"
          @beforematch=${this.#handleBeforeMatch}
        >
          <div class="answer" part="answer"><slot></slot></div>
        </div>
      </div>`;
  }

  /**
   * No question (yet): no button and no heading, the answer shown on its own. The slot stays, hidden, so that a
   * question slotted or typed in later is noticed.
   */
  #renderAnswerAlone() {
    return html`<div class="item" part="item" ?hidden=${this.filteredOut}>
        <span hidden><slot name="question" @slotchange=${this.#handleQuestionSlotChange}>${this.question}</slot></span>
        <div id="answer" class="panel" part="panel" @beforematch=${this.#handleBeforeMatch}>
          <div class="answer" part="answer"><slot></slot></div>
        </div>
      </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#setState('open', this.open);
    this.#setState('filtered', this.filteredOut);
    const toggled = changed.has('open') && changed.get('open') !== undefined;
    this.#syncPanel(toggled && this.#animateNextToggle);
    this.#animateNextToggle = true;
    this.#checkQuestion();
  }

  /** Shows or hides the panel, animating its height when the visitor toggled it (not under reduced motion). */
  #syncPanel(animate: boolean): void {
    const panel = this.renderRoot.querySelector<HTMLElement>('.panel');
    if (!panel) return;
    const shown = this.open || !this.#hasQuestion;
    // Other renders (a question edited, the search) leave a running open/close animation alone.
    if (shown === this.#panelShown) return;
    this.#panelShown = shown;
    this.#animation?.cancel();
    this.#animation = undefined;
    if (shown) panel.removeAttribute('hidden');
    const duration = animate ? animationDuration(this) : 0;
    if (duration > 0) {
      const height = `${panel.scrollHeight}px`;
      this.#animation = panel.animate(
        { height: shown ? ['0px', height] : [height, '0px'] },
        { duration, easing: 'ease-out' },
      );
    }
    if (shown) return;
    // `until-found` keeps a collapsed answer findable with the browser's find-in-page, which then fires
    // `beforematch`; browsers without it treat the value as plain `hidden`.
    const hide = () => this.open || panel.setAttribute('hidden', 'until-found');
    if (this.#animation) this.#animation.onfinish = hide;
    else hide();
  }

  /** Custom states for page CSS (`:state(open)`); browsers without them simply lack the hook. */
  #setState(name: string, on: boolean): void {
    try {
      this.#internals.states[on ? 'add' : 'delete'](name);
    } catch {
      // CustomStateSet missing, or an old Chromium that accepted only `--dashed` names.
    }
  }

  /** Warns once about an item with no question, but only after the parser has delivered its children. */
  #checkQuestion(): void {
    if (this.#hasQuestion) return;
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
      return;
    }
    warn(this, 'question', 'missing: add question="…" or a slot="question" child. The answer shows on its own.');
  }

  #toggleByVisitor(open: boolean): void {
    this.open = open;
    emit(this, 'dk-toggle', { open });
  }

  #handleClick(): void {
    this.#toggleByVisitor(!this.open);
  }

  /** Find-in-page matched text in the collapsed answer: the browser already revealed it; do not animate. */
  #handleBeforeMatch(): void {
    if (this.open) return;
    this.#animateNextToggle = false;
    this.#toggleByVisitor(true);
  }

  /**
   * A question slotted, replaced or removed: a new id, and a button or none. Not the slot's first filling, which
   * changes nothing (no second render of every item on load).
   */
  #handleQuestionSlotChange(): void {
    if (this.questionText === this.#idQuestion) return;
    this.syncId();
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-faq-item': DkFaqItem;
  }
}
