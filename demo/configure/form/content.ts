/** The content part of the form: which element, and the fieldsets of the one chosen. */
import type { TemplateResult } from 'lit';
import { ELEMENTS } from '../config.js';
import type { Form } from './context.js';
import { radios } from './controls.js';
import { beforeAfterFields } from './before-after.js';
import { faqFields } from './faq.js';
import { gaugeFields } from './gauge.js';
import { planFields } from './plan.js';
import { recoveryFields } from './recovery.js';
import { timelineFields } from './timeline.js';

export function elementChoice(form: Form): TemplateResult {
  return radios(
    form,
    'element',
    'Element',
    form.config.element,
    ELEMENTS.map((element) => [element.kind, element.label] as const),
    (draft, value) => (draft.element = value),
  );
}

export function contentFields(form: Form): TemplateResult {
  switch (form.config.element) {
    case 'timeline':
      return timelineFields(form);
    case 'gauge':
      return gaugeFields(form);
    case 'recovery':
      return recoveryFields(form);
    case 'plan':
      return planFields(form);
    case 'before-after':
      return beforeAfterFields(form);
    default:
      return faqFields(form);
  }
}
