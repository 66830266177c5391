/**
 * The words for a day before treatment, as `<dk-healing-timeline>` says them: one formatter, so the scrubber and the
 * timeline read the same ("Treatment in 10 days"). Meant for `src/core/` once the timeline uses it too.
 */
import { type CalendarDate, toUtcDate } from '../core/days.js';
import { fillTemplate } from '../core/text.js';

/**
 * Fills a `before-text` template for `day` (negative: days before treatment). `{relative}`: "in 5 days"/"tomorrow";
 * `{days}`: the number; `{date}`: the treatment date, long (or `{relative}` when unknown).
 */
export function beforeTreatmentText(template: string, lang: string, day: number, treatmentDate?: CalendarDate): string {
  const relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }).format(-day, 'day');
  return fillTemplate(template, {
    relative,
    days: new Intl.NumberFormat(lang).format(-day),
    date: treatmentDate ? new Intl.DateTimeFormat(lang, { timeZone: 'UTC', dateStyle: 'long' }).format(toUtcDate(treatmentDate)) : relative,
  });
}
