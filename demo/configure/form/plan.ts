/**
 * The treatment plan's part of the form. Inside a recovery section the section's treatment date starts the plan,
 * so the first session's date is not asked for there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Form } from './context.js';
import { select, textField } from './controls.js';

export function planFields(form: Form, inRecovery = false): TemplateResult {
  const { plan } = form.config;
  return html`<fieldset class="cfg-group"><legend>Treatment plan</legend>
      <div class="cfg-pair">
        ${textField(form, 'plan-sessions', 'Sessions (1–12)', plan.sessions, (draft, value) => (draft.plan.sessions = value), { inputmode: 'numeric' })}
        ${textField(form, 'plan-interval', `Interval (${plan.intervalUnit})`, plan.interval, (draft, value) => (draft.plan.interval = value), { inputmode: 'numeric' })}
      </div>
      ${select(
        form,
        'plan-unit',
        'Interval counted in',
        plan.intervalUnit,
        [
          ['weeks', 'Weeks'],
          ['days', 'Days'],
        ] as const,
        (draft, value) => (draft.plan.intervalUnit = value),
      )}
      ${inRecovery ? nothing : textField(form, 'plan-start', 'First session', plan.startDate, (draft, value) => (draft.plan.startDate = value), { hint: 'YYYY-MM-DD. Leave empty to show “Week 0, Week 4…”.', inputmode: 'numeric' })}
      ${textField(form, 'plan-completed', 'Sessions done', plan.completed, (draft, value) => (draft.plan.completed = value), { hint: 'Leave empty to count sessions dated before today as done.', inputmode: 'numeric' })}
      ${textField(form, 'plan-title', 'Calendar event title', plan.eventTitle, (draft, value) => (draft.plan.eventTitle = value), { hint: '{n} and {total} become “1” and “3”.' })}
      ${textField(form, 'plan-location', 'Clinic name and address', plan.location, (draft, value) => (draft.plan.location = value))}
      ${textField(form, 'plan-description', 'Calendar event note', plan.description, (draft, value) => (draft.plan.description = value))}
      ${textField(form, 'plan-text', 'Text shown before the plan loads', plan.text, (draft, value) => (draft.plan.text = value), { multiline: true })}
    </fieldset>`;
}
