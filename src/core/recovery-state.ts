/**
 * The recovery state a widget shows, and how it is resolved from the widget's own attributes and an enclosing
 * `<dk-recovery>`'s. Pure and Lit-free: the elements (through `recovery-context.ts`) and the export reader
 * (`src/export/`, which runs without a DOM) resolve it with this one function.
 */
import { type CalendarDate, daysBetween, localDateOf } from './days.js';

export interface RecoveryState {
  /** The treatment date, when the provider knows one. */
  readonly treatmentDate?: CalendarDate;
  /** The visitor's today (or the provider's `today` override). */
  readonly today: CalendarDate;
  /** Days since treatment: from the dates, or the day a visitor picked on the scrubber. */
  readonly day?: number;
}

/** What a widget was told directly, by its own attributes. */
export interface OwnRecoveryInput {
  readonly day?: number;
  readonly treatmentDate?: CalendarDate;
  readonly today?: CalendarDate;
}

/**
 * The recovery state a widget shows: its own `day`, else its own `treatment-date` (and `today`), else what an
 * enclosing `<dk-recovery>` provides, else no day at all (a plain guide). A widget's own attributes win over the
 * context, and `today` falls back to `clockToday`: the visitor's calendar date (the export passes the day it is
 * asked to count for).
 */
export function resolveRecovery(own: OwnRecoveryInput, provided: RecoveryState | undefined, clockToday: CalendarDate = localDateOf()): RecoveryState {
  const today = own.today ?? provided?.today ?? clockToday;
  if (own.day !== undefined) return { treatmentDate: own.treatmentDate ?? provided?.treatmentDate, today, day: own.day };
  if (own.treatmentDate) return { treatmentDate: own.treatmentDate, today, day: daysBetween(own.treatmentDate, today) };
  if (provided) return { ...provided, today };
  return { today };
}
