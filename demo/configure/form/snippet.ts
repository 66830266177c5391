/**
 * The snippet's settings: where the clinic hosts dermakit.js, the integrity hash, the landing page the email links
 * to, and the day the preview and the exports count for.
 */
import { html, type TemplateResult } from 'lit';
import { exportDay } from '../exports.js';
import type { Form } from './context.js';
import { checkbox, textField } from './controls.js';

/** `kitUrl`: the dermakit.js this page serves, offered for download in the hosting hint. */
export function snippetFields(form: Form, kitUrl: string): TemplateResult {
  const { config } = form;
  return html`<fieldset class="cfg-group"><legend>Snippet</legend>
      ${textField(
        form,
        'script-url',
        'Where dermakit.js is hosted',
        config.scriptUrl,
        (draft, value) => (draft.scriptUrl = value),
        {
          type: 'url',
          hint: html`Upload <a href=${kitUrl} download="dermakit.js">dermakit.js</a> to a site you control (for example your WordPress site with the dermakit plugin, which serves it from its own folder) and paste its address.`,
        },
      )}
      ${checkbox(form, 'integrity', 'Add the integrity hash (SRI)', config.integrity, (draft, value) => (draft.integrity = value), 'The browser then refuses a changed file. On another site than your page, the host must allow it (CORS); untick if the widget does not load.')}
      ${textField(
        form,
        'web-url',
        'Landing page address (optional)',
        config.webUrl,
        (draft, value) => (draft.webUrl = value),
        {
          type: 'url',
          hint: 'The email then starts with a “View this in your browser” link to it.',
        },
      )}
      ${textField(form, 'today', 'Count days as of', config.today, (draft, value) => (draft.today = value), { hint: `For the preview and the exports; empty: today (${exportDay({ ...config, today: '' })}). Visitors always see their own today.`, inputmode: 'numeric' })}
    </fieldset>`;
}
