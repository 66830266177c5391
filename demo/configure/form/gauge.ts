/**
 * The collagen gauge's part of the form. Inside a recovery section the section sets the day, so the gauge's own
 * percentage and date are not asked for there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Form } from './context.js';
import { checkbox, radios, textField } from './controls.js';
import { DATE_HINT } from './timeline.js';

export function gaugeFields(form: Form, inRecovery = false): TemplateResult {
  const { gauge } = form.config;
  return html`<fieldset class="cfg-group"><legend>Collagen gauge</legend>
      ${
        inRecovery
          ? nothing
          : radios(
              form,
              'gauge-mode',
              'The percentage',
              gauge.mode,
              [
                ['model', 'From the days since treatment (illustrative model)'],
                ['value', 'A figure you give'],
              ] as const,
              (draft, value) => (draft.gauge.mode = value),
            )
      }
      ${!inRecovery && gauge.mode === 'value' ? textField(form, 'gauge-value', 'Percentage (0–100)', gauge.value, (draft, value) => (draft.gauge.value = value), { inputmode: 'decimal' }) : nothing}
      ${!inRecovery && gauge.mode === 'model' ? textField(form, 'gauge-date', 'Treatment date', gauge.treatmentDate, (draft, value) => (draft.gauge.treatmentDate = value), { hint: DATE_HINT, inputmode: 'numeric' }) : nothing}
      ${textField(form, 'gauge-caption', 'Caption', gauge.caption, (draft, value) => (draft.gauge.caption = value), { hint: 'Default: “Share of the collagen renewal expected by about six months”.' })}
      ${checkbox(form, 'gauge-types', 'Show the type III / type I split', gauge.showTypes, (draft, value) => (draft.gauge.showTypes = value))}
    </fieldset>`;
}
