/**
 * The healing timeline's part of the form: which phases (the kit's or the clinic's own, a list editor) and the
 * timeline's options. The phases are also edited inside a recovery section (`recovery.ts`).
 */
import { html, type TemplateResult } from 'lit';
import { type PhaseConfig, presetPhases } from '../config.js';
import type { Form } from './context.js';
import { radios, select, textField } from './controls.js';
import { addButton, itemButtons } from './list-editor.js';

/** The hint of every treatment date field. */
export const DATE_HINT = 'YYYY-MM-DD. Leave empty to show the phases without a current day.';

function phaseItemFields(form: Form, phase: PhaseConfig, index: number, count: number): TemplateResult {
  return html`<li><fieldset class="cfg-item"><legend>Phase ${index + 1}</legend>
                  ${textField(form, `phase-${index}-name`, 'Name', phase.name, (draft, value) => (draft.timeline.phases[index]!.name = value))}
                  <div class="cfg-pair">
                    ${textField(form, `phase-${index}-start`, 'From day', phase.start, (draft, value) => (draft.timeline.phases[index]!.start = value), { inputmode: 'numeric' })}
                    ${textField(form, `phase-${index}-end`, 'To day', phase.end, (draft, value) => (draft.timeline.phases[index]!.end = value), { inputmode: 'numeric' })}
                  </div>
                  ${textField(form, `phase-${index}-text`, 'What happens', phase.text, (draft, value) => (draft.timeline.phases[index]!.text = value), { multiline: true })}
                  ${itemButtons(form, 'phase', index, count)}
                </fieldset></li>`;
}

/** A new phase starts where the last one ends. */
function nextPhase(phases: readonly PhaseConfig[]): PhaseConfig {
  const last = phases[phases.length - 1];
  return { name: '', start: last ? last.end : '0', end: '', text: '' };
}

function customPhases(form: Form): TemplateResult {
  const { phases } = form.config.timeline;
  return html`<ol class="cfg-items">
              ${phases.map((phase, index) => phaseItemFields(form, phase, index, phases.length))}
            </ol>
            ${addButton(form, 'phase', 'Add a phase', (draft) => nextPhase(draft.timeline.phases))}`;
}

export function phaseFields(form: Form): TemplateResult {
  const { timeline } = form.config;
  return html`<fieldset class="cfg-group"><legend>Healing phases</legend>
      ${radios(
        form,
        'timeline-mode',
        'Which phases',
        timeline.phasesMode,
        [
          ['preset', 'The kit’s microneedling phases'],
          ['custom', 'Your own phases'],
        ] as const,
        (draft, value) => {
          draft.timeline.phasesMode = value;
          if (value === 'custom' && !draft.timeline.phases.length) draft.timeline.phases = presetPhases();
        },
      )}
      ${
        timeline.phasesMode === 'custom'
          ? customPhases(form)
          : html`<p class="cfg-hint">Inflammatory (days 0–3), Proliferative (3–21), Remodeling (21–180), with the kit’s short texts.</p>`
      }
    </fieldset>`;
}

export function timelineFields(form: Form): TemplateResult {
  const { timeline } = form.config;
  return html`${phaseFields(form)}
      <fieldset class="cfg-group"><legend>Timeline options</legend>
        ${textField(form, 'timeline-date', 'Treatment date', timeline.treatmentDate, (draft, value) => (draft.timeline.treatmentDate = value), { hint: DATE_HINT, inputmode: 'numeric' })}
        ${textField(form, 'timeline-label', 'Name for screen readers', timeline.label, (draft, value) => (draft.timeline.label = value), { hint: 'Default: “Healing phases”.' })}
        ${select(
          form,
          'timeline-orientation',
          'Layout',
          timeline.orientation,
          [
            ['auto', 'Automatic (side by side when there is room)'],
            ['horizontal', 'Side by side'],
            ['vertical', 'One above the other'],
          ] as const,
          (draft, value) => (draft.timeline.orientation = value),
        )}
      </fieldset>`;
}
