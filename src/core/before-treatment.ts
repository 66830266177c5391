/**
 * The words for a day before treatment: one formatter, so the timeline, the gauge and the recovery scrubber say the
 * same thing ("Treatment in 10 days") from the same `before-text` template.
 */
import { type CalendarDate, toUtcDate } from './days.js';
import { fillTemplate } from './text.js';
import { dateFormat, numberFormat, relativeTimeFormat } from './format.js';

/**
 * Fills a `before-text` template for `day` (negative: days before treatment). `{relative}`: "in 5 days"/"tomorrow";
 * `{days}`: the number; `{date}`: the treatment date, long (or `{relative}` when unknown).
 */
export function beforeTreatmentText(template: string, lang: string, day: number, treatmentDate?: CalendarDate): string {
  const relative = relativeTimeFormat(lang, { numeric: 'auto' }).format(-day, 'day');
  return fillTemplate(template, {
    relative,
    days: numberFormat(lang).format(-day),
    date: treatmentDate
      ? dateFormat(lang, { timeZone: 'UTC', dateStyle: 'long' }).format(toUtcDate(treatmentDate))
      : relative,
  });
}
