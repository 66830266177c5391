/**
 * `<dk-treatment-plan>` as the element shows it for the export's day: each session's number, date (or relative
 * time), state and words, and the progress line, through the element's `planSessions`.
 */
import { toUtcDate } from '../../core/days.js';
import { resolveRecovery } from '../../core/recovery-state.js';
import { fillTemplate } from '../../core/text.js';
import { planSessions } from '../../plan/plan-model.js';
import { planTexts } from '../../plan/plan-texts.js';
import type { HtmlElement } from '../html.js';
import type { PlanExport } from '../model.js';
import { type ReadContext, has, langOf, parseDate, parseNumber, parseOptionalNumber, text } from './context.js';
import { sanitizeBlock } from './content.js';

export function readPlan(element: HtmlElement, context: ReadContext): PlanExport {
  const sessions = parseNumber(element, 'sessions', context, { fallback: 3, min: 1, max: 12, integer: true });
  const weeks = parseNumber(element, 'interval-weeks', context, { fallback: 4, min: 1, max: 26, integer: true });
  const days = parseOptionalNumber(element, 'interval-days', context, { min: 1, max: 182, integer: true });
  if (days && has(element, 'interval-weeks'))
    context.warn(element, 'interval-weeks', 'ignored: interval-days is set and wins.');
  const today = parseDate(element, 'today', context);
  const provided = context.provided;
  // An own today measures from the recovery's treatment date too, instead of taking its day as given.
  const state = resolveRecovery(
    { treatmentDate: parseDate(element, 'start-date', context) ?? (today && provided?.treatmentDate), today },
    provided,
    context.today,
  );
  const intervalDays = days ?? weeks * 7;
  const steps = planSessions({
    sessions,
    intervalDays,
    start: state.treatmentDate,
    completed: parseOptionalNumber(element, 'completed', context, { min: 0, max: sessions, integer: true }),
    elapsed: state.day,
  });
  const lang = langOf(element, context);
  const number = new Intl.NumberFormat(lang).format;
  const date = new Intl.DateTimeFormat(lang, {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
  const total = number(steps.length);
  const statusText = {
    done: text(element, 'done-label', planTexts.doneLabel),
    next: text(element, 'next-label', planTexts.nextLabel),
    upcoming: text(element, 'upcoming-label', planTexts.upcomingLabel),
  };
  const relative =
    intervalDays % 7
      ? text(element, 'day-label', planTexts.dayLabel)
      : text(element, 'week-label', planTexts.weekLabel);
  // The session's words without its date ("Session 2"): the writers print the date beside it.
  const label = withoutWhen(text(element, 'session-label', planTexts.sessionLabel));
  return {
    kind: 'plan',
    title: '',
    sessions: steps.map(({ index, offset, date: day, status }) => ({
      number: index,
      date: day,
      dateText: day
        ? date.format(toUtcDate(day))
        : fillTemplate(relative, { day: number(offset), week: number(offset / 7) }),
      label: fillTemplate(label, { n: number(index), total }),
      status,
      statusText: statusText[status],
    })),
    progress: fillTemplate(text(element, 'progress-label', planTexts.progressLabel), {
      completed: number(steps.filter((step) => step.status === 'done').length),
      total,
    }),
    content: sanitizeBlock(element.children, context, true),
  };
}

/** `Session {n} — {when}` → `Session {n}`: the `{when}` placeholder and the punctuation joining it dropped. */
function withoutWhen(template: string): string {
  if (!template.includes('{when}')) return template;
  return template.replace(/[\s—–\-:,]*\{when\}[\s—–\-:,]*/g, ' ').trim() || template.replace(/\{when\}/g, '').trim();
}
