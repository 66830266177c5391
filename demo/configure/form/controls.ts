/**
 * The form's controls: a labelled text field, checkbox, select and radio group, each with its hint and the problem
 * the checks found, tied to it by `aria-describedby` (and `aria-invalid` on an error) so a screen reader hears both.
 * Lit escapes every value, so what a marketer typed never becomes markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Config } from '../config.js';
import type { Form } from './context.js';

type Choices<T extends string> = readonly (readonly [T, string])[];

/** The ids of a field's hint and problem lines, or no attribute when it has neither. */
export function describedBy(form: Form, field: string, hint?: boolean): string | typeof nothing {
  return (
    [hint ? form.id(`${field}-hint`) : '', form.problemOf(field) ? form.id(`${field}-problem`) : '']
      .filter(Boolean)
      .join(' ') || nothing
  );
}

/** The problem the checks found with a field, under it: "Error: …" or "Check: …". */
export function problemLine(form: Form, field: string): TemplateResult | typeof nothing {
  const problem = form.problemOf(field);
  return problem
    ? html`<p class="cfg-problem cfg-problem--${problem.level}" id=${form.id(`${field}-problem`)}><span class="cfg-problem__kind">${problem.level === 'error' ? 'Error' : 'Check'}:</span> ${problem.message}</p>`
    : nothing;
}

function hintLine(form: Form, field: string, hint?: string | TemplateResult): TemplateResult | typeof nothing {
  return hint ? html`<p class="cfg-hint" id=${form.id(`${field}-hint`)}>${hint}</p>` : nothing;
}

export interface TextFieldOptions {
  readonly hint?: string | TemplateResult;
  readonly type?: string;
  /** A three-row text area instead of a one-line input. */
  readonly multiline?: boolean;
  readonly inputmode?: string;
}

export function textField(
  form: Form,
  field: string,
  label: string,
  value: string,
  set: (draft: Config, value: string) => void,
  { hint, type = 'text', multiline = false, inputmode }: TextFieldOptions = {},
): TemplateResult {
  const id = form.id(field);
  const invalid = form.problemOf(field)?.level === 'error' ? 'true' : nothing;
  const described = describedBy(form, field, Boolean(hint));
  const onInput = (event: Event) => form.change((draft) => set(draft, (event.target as HTMLInputElement).value));
  const control = multiline
    ? html`<textarea id=${id} rows="3" .value=${value} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput}></textarea>`
    : html`<input id=${id} type=${type} .value=${value} inputmode=${inputmode ?? nothing} aria-invalid=${invalid} aria-describedby=${described} @input=${onInput}>`;
  return html`<div class="cfg-field"><label for=${id}>${label}</label>${hintLine(form, field, hint)}${control}${problemLine(form, field)}</div>`;
}

export function checkbox(
  form: Form,
  field: string,
  label: string,
  checked: boolean,
  set: (draft: Config, value: boolean) => void,
  hint?: string,
): TemplateResult {
  const id = form.id(field);
  return html`<div class="cfg-check">
      <input type="checkbox" id=${id} .checked=${checked} aria-describedby=${describedBy(form, field, Boolean(hint))}
        @change=${(event: Event) => form.change((draft) => set(draft, (event.target as HTMLInputElement).checked))}>
      <label for=${id}>${label}</label>${hintLine(form, field, hint)}${problemLine(form, field)}
    </div>`;
}

export function select<T extends string>(
  form: Form,
  field: string,
  label: string,
  value: T,
  choices: Choices<T>,
  set: (draft: Config, value: T) => void,
  hint?: string,
): TemplateResult {
  const id = form.id(field);
  return html`<div class="cfg-field"><label for=${id}>${label}</label>${hintLine(form, field, hint)}
      <select id=${id} aria-describedby=${describedBy(form, field, Boolean(hint))} @change=${(event: Event) => form.change((draft) => set(draft, (event.target as HTMLSelectElement).value as T))}>
        ${choices.map(([choice, text]) => html`<option value=${choice} ?selected=${choice === value}>${text}</option>`)}
      </select>${problemLine(form, field)}</div>`;
}

export function radios<T extends string>(
  form: Form,
  field: string,
  legend: string,
  value: T,
  choices: Choices<T>,
  set: (draft: Config, value: T) => void,
): TemplateResult {
  const radio = ([choice, text]: readonly [T, string]) => {
    const id = form.id(`${field}-${choice}`);
    return html`<div class="cfg-check"><input type="radio" name=${form.id(field)} id=${id} value=${choice} .checked=${choice === value}
          @change=${() => form.change((draft) => set(draft, choice))}><label for=${id}>${text}</label></div>`;
  };
  return html`<fieldset class="cfg-radios"><legend>${legend}</legend>
      ${choices.map(radio)}
    </fieldset>`;
}
