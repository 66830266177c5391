/**
 * "Load an existing snippet": paste-back. The pasted text is read by `read.ts` (an inert parse, never inserted into
 * the page); what it found replaces the form, and one sentence says what was read or why nothing was.
 */
import { html, type TemplateResult } from 'lit';
import { readMarkup } from '../read.js';
import type { Form } from './context.js';

/** The paste box's text and the last load's outcome; kept between redraws, not in the link. */
export interface PasteBox {
  text: string;
  message: string;
  ok: boolean;
}

export const emptyPasteBox = (): PasteBox => ({ text: '', message: '', ok: true });

export function loadFields(form: Form, paste: PasteBox): TemplateResult {
  const load = () => {
    const result = readMarkup(paste.text, form.config);
    paste.ok = result.ok;
    paste.message = result.message;
    if (result.ok) form.adopt(result.config);
    else form.draw();
  };
  const id = form.id;
  return html`<details class="cfg-load"><summary>Load an existing snippet</summary>
      <div class="cfg-field"><label for=${id('load-text')}>Paste an existing snippet</label>
        <p class="cfg-hint" id=${id('load-text-hint')}>HTML with dk-* elements. It is read here, never run or sent.</p>
        <textarea id=${id('load-text')} rows="5" .value=${paste.text} aria-describedby=${id('load-text-hint')} @input=${(event: Event) => (paste.text = (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      <button type="button" id=${id('load-button')} @click=${load}>Load into the form</button>
      <p class="cfg-status ${paste.ok ? '' : 'cfg-status--error'}" role="status" id=${id('load-status')}>${paste.message}</p>
    </details>`;
}
