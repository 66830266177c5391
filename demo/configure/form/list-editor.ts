/**
 * The list editor shared by the FAQ's questions and the timeline's own phases: add, move up, move down and remove,
 * each announced, with focus following the item (or landing on a neighbour) so a keyboard user never loses their
 * place when the list redraws.
 */
import { html, type TemplateResult } from 'lit';
import type { Config } from '../config.js';
import type { Form } from './context.js';
import { describedBy, problemLine } from './controls.js';

export type ListKind = 'faq' | 'phase';

interface ListDescription {
  /** How the announcements and the buttons' hidden names call one item. */
  readonly noun: string;
  /** The field that takes focus when an item is added, or when its neighbour is removed. */
  readonly firstField: string;
  readonly items: (config: Config) => unknown[];
}

const LISTS: Readonly<Record<ListKind, ListDescription>> = {
  faq: { noun: 'Question', firstField: 'question', items: (config) => config.faq.items },
  phase: { noun: 'Phase', firstField: 'name', items: (config) => config.timeline.phases },
};

/** The move button to focus after a move: the one pressed, unless the item reached an end and it is disabled. */
function buttonAfterMove(to: number, count: number, by: -1 | 1): 'up' | 'down' {
  if (to === 0) return 'down';
  if (to === count - 1) return 'up';
  return by === -1 ? 'up' : 'down';
}

/** Move up / Move down / Remove for the item at `index` of `count`. */
export function itemButtons(form: Form, kind: ListKind, index: number, count: number): TemplateResult {
  const { noun, firstField, items } = LISTS[kind];
  const move = (by: -1 | 1) => {
    const to = index + by;
    form.change(
      (draft) => {
        const list = items(draft);
        [list[index], list[to]] = [list[to], list[index]];
      },
      { quiet: true },
    );
    form.focus(`${kind}-${to}-${buttonAfterMove(to, count, by)}`);
    form.announce(`${noun} ${index + 1} moved to position ${to + 1} of ${count}.`);
  };
  const remove = () => {
    form.change((draft) => void items(draft).splice(index, 1), { quiet: true });
    const left = count - 1;
    form.focus(left ? `${kind}-${Math.min(index, left - 1)}-${firstField}` : `${kind}-add`);
    form.announce(`${noun} ${index + 1} removed. ${left} left.`);
  };
  // The visible words are the same on every item; the hidden part tells a screen reader which item they act on.
  const which = html`<span class="visually-hidden">: ${noun.toLowerCase()} ${index + 1}</span>`;
  return html`<div class="cfg-item-actions">
      <button type="button" id=${form.id(`${kind}-${index}-up`)} ?disabled=${index === 0} @click=${() => move(-1)}>Move up${which}</button>
      <button type="button" id=${form.id(`${kind}-${index}-down`)} ?disabled=${index === count - 1} @click=${() => move(1)}>Move down${which}</button>
      <button type="button" id=${form.id(`${kind}-${index}-remove`)} class="cfg-remove" @click=${remove}>Remove${which}</button>
    </div>`;
}

/** The button under a list that adds an empty item, focuses its first field and announces it. */
export function addButton(
  form: Form,
  kind: ListKind,
  label: string,
  newItem: (draft: Config) => unknown,
): TemplateResult {
  const { noun, firstField, items } = LISTS[kind];
  const add = () => {
    form.change((draft) => void items(draft).push(newItem(draft)), { quiet: true });
    const count = items(form.config).length;
    form.focus(`${kind}-${count - 1}-${firstField}`);
    form.announce(`${noun} ${count} added.`);
  };
  const field = `${kind}-add`;
  return html`<button type="button" id=${form.id(field)} class="cfg-add" aria-describedby=${describedBy(form, field)} @click=${add}>${label}</button>${problemLine(form, field)}`;
}
