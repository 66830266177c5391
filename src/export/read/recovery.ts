/**
 * `<dk-recovery>` as the element shows it for the export's day: its intro, the scrubber's line (the day and its
 * phase, from its timeline's phases or the preset), and the widgets inside, read with its state as their context.
 */
import { beforeTreatmentText } from '../../core/before-treatment.js';
import { DEFAULT_PRESET, PRESETS, phaseAt, recoveryLength } from '../../core/phases.js';
import { type RecoveryState, resolveRecovery } from '../../core/recovery-state.js';
import { fillTemplate } from '../../core/text.js';
import { recoveryTexts } from '../../recovery/recovery-texts.js';
import { type HtmlElement, type HtmlNode, findAll } from '../html.js';
import type { RecoveryExport, WidgetExport } from '../model.js';
import { type ReadContext, has, langOf, parseDate, text } from './context.js';
import { sanitizeBlock } from './content.js';
import { timelinePhases } from './timeline.js';

/** How the widgets inside are read: `readChildren` from `read.ts` (passed in, as it reads recoveries too). */
type ReadInside = (nodes: readonly HtmlNode[], context: ReadContext) => WidgetExport[];

export function readRecovery(element: HtmlElement, context: ReadContext, readInside: ReadInside): RecoveryExport {
  // With a scrubber the slider is the day on show: the date's day, else day 0.
  const {
    treatmentDate,
    today,
    day = has(element, 'scrubber') ? 0 : undefined,
  } = resolveRecovery(
    { treatmentDate: parseDate(element, 'treatment-date', context), today: parseDate(element, 'today', context) },
    undefined,
    context.today,
  );
  const provided: RecoveryState = { treatmentDate, today, day };
  const inner: ReadContext = { ...context, provided };
  const intro = element.children.filter((child) => child.type === 'element' && child.getAttribute('slot') === 'intro');
  // Children with another slot name have no slot to show in; the rest is the recovery's content.
  const rest = element.children.filter((child) => child.type !== 'element' || child.getAttribute('slot') === null);
  let status = '';
  if (day !== undefined) {
    const timeline = findAll(element, (child) => child.name === 'dk-healing-timeline')[0];
    const own = timeline ? timelinePhases(timeline, inner) : [];
    const phases = own.length ? own : PRESETS[DEFAULT_PRESET]!;
    const max = recoveryLength(phases);
    const phase = phaseAt(phases, Math.min(max, Math.max(0, day)));
    const lang = langOf(element, context);
    let line = text(element, 'scrubber-gap-text', recoveryTexts.scrubberGapText);
    if (day > max) line = text(element, 'complete-text', recoveryTexts.completeText);
    else if (phase) line = text(element, 'scrubber-text', recoveryTexts.scrubberText);
    status =
      day < 0
        ? beforeTreatmentText(text(element, 'before-text', recoveryTexts.beforeText), lang, day, treatmentDate)
        : fillTemplate(line, { day: day.toLocaleString(lang), phase: phase?.name ?? '' });
  }
  return { kind: 'recovery', intro: sanitizeBlock(intro, context, true), children: readInside(rest, inner), status };
}
