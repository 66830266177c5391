/**
 * `<dk-healing-timeline>` as the element shows it for the export's day: its phases (own `<dk-phase>` children after
 * the element's validation, else its preset), each phase's span and text, the current phase and the status line.
 */
import { beforeTreatmentText } from '../../core/before-treatment.js';
import { DEFAULT_PRESET, PRESETS, type Phase, phaseAt, recoveryLength } from '../../core/phases.js';
import { fillTemplate } from '../../core/text.js';
import { formatSpan } from '../../timeline/span.js';
import { timelineTexts } from '../../timeline/timeline-texts.js';
import { validatePhases } from '../../timeline/validate-phases.js';
import { type HtmlElement, closest, findAll } from '../html.js';
import type { TimelineExport } from '../model.js';
import { type ReadContext, followedRecovery, langOf, parseChoice, text } from './context.js';
import { sanitizeBlock } from './content.js';

type ShownPhase = Phase & { readonly source?: HtmlElement };

/** The phases a timeline draws: its `<dk-phase>` children after validation, else its preset. */
export function timelinePhases(element: HtmlElement, context: ReadContext): readonly ShownPhase[] {
  const sources = findAll(
    element,
    (child) => child.name === 'dk-phase' && closest(child.parent, 'dk-healing-timeline') === element,
  );
  if (sources.length)
    return validatePhases(sources, (source, attribute, message) => context.warn(source, attribute, message));
  return PRESETS[parseChoice(element, 'preset', context, Object.keys(PRESETS), DEFAULT_PRESET)]!;
}

export function readTimeline(element: HtmlElement, context: ReadContext): TimelineExport {
  const { day, treatmentDate } = followedRecovery(element, context);
  const lang = langOf(element, context);
  const number = (value: number) => new Intl.NumberFormat(lang).format(value);
  const shown = timelinePhases(element, context);
  // Read for their warnings, as the element does; the export has one layout.
  parseChoice(element, 'orientation', context, ['auto', 'horizontal', 'vertical'], 'auto');
  parseChoice(element, 'scale', context, ['equal', 'time'], 'equal');
  const current = day === undefined ? undefined : phaseAt(shown, day);
  const dayText =
    day === undefined ? '' : fillTemplate(text(element, 'marker-text', timelineTexts.markerText), { day: number(day) });
  let status = '';
  if (day !== undefined && shown.length) {
    if (current) status = `${dayText}: ${current.name}`;
    else if (day < 0)
      status = beforeTreatmentText(text(element, 'before-text', timelineTexts.beforeText), lang, day, treatmentDate);
    else if (day > recoveryLength(shown))
      status = fillTemplate(text(element, 'complete-text', timelineTexts.completeText), { day: number(day) });
    else status = dayText;
  }
  return {
    kind: 'timeline',
    label: text(element, 'label', timelineTexts.label),
    phases: shown.map((phase) => ({
      name: phase.name,
      start: phase.start,
      end: phase.end,
      span: phase.source?.getAttribute('span') ?? formatSpan(lang, phase.start, phase.end),
      content: phase.source
        ? sanitizeBlock(phase.source.children, context, false)
        : phase.text
          ? [{ text: phase.text }]
          : [],
      current: phase === current,
    })),
    day: day ?? null,
    status,
  };
}
