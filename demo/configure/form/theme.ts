/**
 * The theme's part of the form: a preset or the clinic's own colours, corner radius, font, and whether the
 * widget paints its own background. A colour pair that reads badly shows the checks' contrast warning under it.
 */
import { html, type TemplateResult } from 'lit';
import { FONTS, type FontKey, THEME_PRESETS, type PresetKey, presetOf } from '../config.js';
import type { Form } from './context.js';
import { checkbox, describedBy, problemLine, select, textField } from './controls.js';

function colourField(form: Form, key: 'primary' | 'text' | 'background', label: string): TemplateResult {
  const field = `theme-${key}`;
  const value = form.config.theme[key];
  return html`<div class="cfg-field cfg-colour"><label for=${form.id(field)}>${label}</label>
      <input type="color" id=${form.id(field)} .value=${value} aria-describedby=${describedBy(form, field)}
        @input=${(event: Event) => form.change((draft) => (draft.theme[key] = (event.target as HTMLInputElement).value))}>
      <output for=${form.id(field)} class="cfg-colour__value">${value}</output>${problemLine(form, field)}</div>`;
}

/** The presets by name, then "Your own colours", which the select shows once a colour differs from every preset. */
const PRESET_CHOICES = [
  ...(Object.entries(THEME_PRESETS) as [PresetKey, (typeof THEME_PRESETS)[PresetKey]][]).map(
    ([key, value]) => [key, value.label] as const,
  ),
  ['custom', 'Your own colours'] as const,
];

const FONT_CHOICES = (Object.keys(FONTS) as FontKey[]).map((key) => [key, FONTS[key].label] as const);

export function themeFields(form: Form): TemplateResult {
  const { theme } = form.config;
  return html`<fieldset class="cfg-group"><legend>Theme</legend>
      ${select(form, 'theme-preset', 'Preset', presetOf(theme), PRESET_CHOICES, (draft, value) => {
        // A preset sets the colours, radius and font; whether the background is painted stays the marketer's choice.
        if (value !== 'custom') draft.theme = { ...THEME_PRESETS[value].theme, paint: draft.theme.paint };
      })}
      ${colourField(form, 'primary', 'Brand colour')}
      ${colourField(form, 'text', 'Text colour')}
      ${colourField(form, 'background', 'Background')}
      ${textField(form, 'theme-radius', 'Corner radius (px)', theme.radius, (draft, value) => (draft.theme.radius = value), { inputmode: 'numeric' })}
      ${select(form, 'theme-font', 'Font', theme.font, FONT_CHOICES, (draft, value) => (draft.theme.font = value), 'System fonts only: nothing is downloaded.')}
      ${checkbox(form, 'theme-paint', 'Paint the background and text colour behind the widget', theme.paint, (draft, value) => (draft.theme.paint = value), 'Off: the widget takes your page section’s colours.')}
    </fieldset>`;
}
