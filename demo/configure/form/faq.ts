/** The FAQ's part of the form: its questions and answers (a list editor) and its options. */
import { html, type TemplateResult } from 'lit';
import type { FaqItem } from '../config.js';
import type { Form } from './context.js';
import { checkbox, select, textField } from './controls.js';
import { addButton, itemButtons } from './list-editor.js';

function questionFields(form: Form, item: FaqItem, index: number, count: number): TemplateResult {
  return html`<li><fieldset class="cfg-item"><legend>Question ${index + 1}</legend>
            ${textField(form, `faq-${index}-question`, 'Question', item.question, (draft, value) => (draft.faq.items[index]!.question = value))}
            ${textField(
              form,
              `faq-${index}-answer`,
              'Answer',
              item.answer,
              (draft, value) => (draft.faq.items[index]!.answer = value),
              {
                multiline: true,
                hint: 'A blank line starts a new paragraph.',
              },
            )}
            ${itemButtons(form, 'faq', index, count)}
          </fieldset></li>`;
}

export function faqFields(form: Form): TemplateResult {
  const { faq } = form.config;
  return html`<fieldset class="cfg-group"><legend>Questions and answers</legend>
      <ol class="cfg-items">
        ${faq.items.map((item, index) => questionFields(form, item, index, faq.items.length))}
      </ol>
      ${addButton(form, 'faq', 'Add a question', () => ({ question: '', answer: '' }))}
    </fieldset>
    <fieldset class="cfg-group"><legend>FAQ options</legend>
      ${checkbox(form, 'faq-searchable', 'Search field above the questions', faq.searchable, (draft, value) => (draft.faq.searchable = value))}
      ${checkbox(form, 'faq-multiple', 'Several answers open at once', faq.multiple || faq.expandAll, (draft, value) => (draft.faq.multiple = value))}
      ${checkbox(form, 'faq-expand-all', '“Expand all” button', faq.expandAll, (draft, value) => (draft.faq.expandAll = value), 'Turns on “several open at once”.')}
      ${checkbox(form, 'faq-schema', 'Search-engine data (FAQPage)', faq.schema, (draft, value) => (draft.faq.schema = value), 'Leave it off if your SEO plugin already adds FAQ data.')}
      ${select(
        form,
        'faq-heading',
        'Heading level of the questions',
        faq.headingLevel,
        ['2', '3', '4', '5', '6'].map((level) => [level, `Level ${level} (h${level})`] as const),
        (draft, value) => (draft.faq.headingLevel = value),
        'Use 3 under a level-2 heading on your page.',
      )}
    </fieldset>`;
}
