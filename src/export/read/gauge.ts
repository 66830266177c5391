/**
 * `<dk-collagen-gauge>` as the element shows it for the export's day: the figure (its `value`, else the collagen
 * model's for the day), the caption, and the lines a visitor reads (day and phase, before treatment, the type
 * split, the model's note).
 */
import { beforeTreatmentText } from '../../core/before-treatment.js';
import { DEFAULT_PRESET, PRESETS, phaseAt } from '../../core/phases.js';
import { fillTemplate } from '../../core/text.js';
import { collagenTypes, renewalAt } from '../../gauge/collagen-model.js';
import { gaugeTexts } from '../../gauge/gauge-texts.js';
import { type HtmlElement, textContent } from '../html.js';
import type { GaugeExport } from '../model.js';
import { type ReadContext, collapse, followedRecovery, has, langOf, parseOptionalNumber, text } from './context.js';

const GAUGE_PHASES = PRESETS[DEFAULT_PRESET]!;

export function readGauge(element: HtmlElement, context: ReadContext): GaugeExport {
  const own = parseOptionalNumber(element, 'value', context, { min: 0, max: 100 });
  const { day, treatmentDate } = followedRecovery(element, context);
  const lang = langOf(element, context);
  const format = new Intl.NumberFormat(lang, { style: 'percent' });
  const percent = (value: number) => format.format(value / 100);
  const value = own ?? Math.round(renewalAt(day ?? 0));
  const shown = percent(value);
  const phase = phaseAt(GAUGE_PHASES, day ?? NaN);
  const caption = collapse(textContent(element));
  const details: string[] = [];
  // What the meter's value text says on a day inside the phases ("42 %, day 30, Remodeling phase").
  if (phase) {
    const names = element.getAttribute('phase-names')?.split(',');
    details.push(
      fillTemplate(text(element, 'day-text', gaugeTexts.dayText), {
        percent: shown,
        day: day!,
        phase: names?.[GAUGE_PHASES.indexOf(phase)]?.trim() || phase.name,
      }),
    );
  }
  if (day !== undefined && day < 0) {
    details.push(beforeTreatmentText(text(element, 'before-text', gaugeTexts.beforeText), lang, day, treatmentDate));
  } else if (has(element, 'show-types')) {
    const shares = collagenTypes(value);
    details.push(
      fillTemplate(text(element, 'types-text', gaugeTexts.typesText), {
        typeIII: percent(shares.typeIII),
        typeI: percent(shares.typeI),
      }),
    );
  }
  const note = text(element, 'note', gaugeTexts.note);
  if (own === undefined && day !== undefined && day >= 0 && note) details.push(note);
  return {
    kind: 'gauge',
    label: caption || text(element, 'label', gaugeTexts.label),
    value,
    valueText: shown,
    details,
  };
}
