/** The before/after slider's part of the form: the two pictures, their size, and the slider's options. */
import { html, type TemplateResult } from 'lit';
import type { Form } from './context.js';
import { select, textField } from './controls.js';

function pictureFields(form: Form, side: 'before' | 'after'): TemplateResult {
  const image = form.config.beforeAfter[side];
  const name = side === 'before' ? 'Before' : 'After';
  return html`<fieldset class="cfg-item"><legend>${name} picture</legend>
      ${textField(
        form,
        `ba-${side}-src`,
        'Picture address (URL)',
        image.src,
        (draft, value) => (draft.beforeAfter[side].src = value),
        {
          type: 'url',
          hint: 'The full address, https://…; JPEG or PNG if you also send it by email.',
        },
      )}
      ${textField(form, `ba-${side}-alt`, 'Description (alt text)', image.alt, (draft, value) => (draft.beforeAfter[side].alt = value), { multiline: true })}
    </fieldset>`;
}

export function beforeAfterFields(form: Form): TemplateResult {
  const ba = form.config.beforeAfter;
  return html`<fieldset class="cfg-group"><legend>Before/after pictures</legend>
        ${pictureFields(form, 'before')} ${pictureFields(form, 'after')}
        <div class="cfg-pair">
          ${textField(form, 'ba-width', 'Width (px)', ba.width, (draft, value) => (draft.beforeAfter.width = value), { inputmode: 'numeric' })}
          ${textField(form, 'ba-height', 'Height (px)', ba.height, (draft, value) => (draft.beforeAfter.height = value), { inputmode: 'numeric' })}
        </div>
        <p class="cfg-hint">This page’s preview shows pictures from this server only; your page loads them from their address.</p>
      </fieldset>
      <fieldset class="cfg-group"><legend>Slider options</legend>
        ${textField(form, 'ba-label', 'Name for screen readers', ba.label, (draft, value) => (draft.beforeAfter.label = value))}
        ${textField(form, 'ba-position', 'Divider position (0–100)', ba.position, (draft, value) => (draft.beforeAfter.position = value), { inputmode: 'decimal' })}
        ${select(
          form,
          'ba-orientation',
          'Layout',
          ba.orientation,
          [
            ['horizontal', 'Side by side'],
            ['vertical', 'Before on top, after below'],
          ] as const,
          (draft, value) => (draft.beforeAfter.orientation = value),
        )}
        <div class="cfg-pair">
          ${textField(form, 'ba-before-label', 'Before chip', ba.beforeLabel, (draft, value) => (draft.beforeAfter.beforeLabel = value))}
          ${textField(form, 'ba-after-label', 'After chip', ba.afterLabel, (draft, value) => (draft.beforeAfter.afterLabel = value))}
        </div>
      </fieldset>`;
}
