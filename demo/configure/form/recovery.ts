/** The recovery section's part of the form: its own settings, then the fieldsets of the widgets ticked inside it. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Form } from './context.js';
import { checkbox, textField } from './controls.js';
import { gaugeFields } from './gauge.js';
import { planFields } from './plan.js';
import { phaseFields } from './timeline.js';

export function recoveryFields(form: Form): TemplateResult {
  const { recovery } = form.config;
  return html`<fieldset class="cfg-group"><legend>Recovery section</legend>
        ${textField(form, 'recovery-date', 'Treatment date', recovery.treatmentDate, (draft, value) => (draft.recovery.treatmentDate = value), { hint: 'YYYY-MM-DD: every widget inside counts from it.', inputmode: 'numeric' })}
        ${textField(form, 'recovery-intro', 'Heading', recovery.intro, (draft, value) => (draft.recovery.intro = value))}
        ${checkbox(form, 'recovery-picker', 'Date field for visitors', recovery.datePicker, (draft, value) => (draft.recovery.datePicker = value))}
        ${checkbox(form, 'recovery-scrubber', 'Day slider', recovery.scrubber, (draft, value) => (draft.recovery.scrubber = value))}
        ${checkbox(form, 'recovery-timeline', 'Healing timeline inside', recovery.timeline, (draft, value) => (draft.recovery.timeline = value))}
        ${checkbox(form, 'recovery-gauge', 'Collagen gauge inside', recovery.gauge, (draft, value) => (draft.recovery.gauge = value))}
        ${checkbox(form, 'recovery-plan', 'Treatment plan inside', recovery.plan, (draft, value) => (draft.recovery.plan = value))}
      </fieldset>
      ${recovery.timeline ? phaseFields(form) : nothing}
      ${recovery.gauge ? gaugeFields(form, true) : nothing}
      ${recovery.plan ? planFields(form, true) : nothing}`;
}
