/**
 * The recovery state one `<dk-recovery>` shares with every widget inside it, through `@lit/context`.
 * The key is a string, not a symbol, so two copies of the script on one page still find each other.
 */
import { createContext } from '@lit/context';
import { type CalendarDate, daysBetween, localDateOf } from './days.js';

export interface RecoveryState {
  /** The treatment date, when the provider knows one. */
  readonly treatmentDate?: CalendarDate;
  /** The visitor's today (or the provider's `today` override). */
  readonly today: CalendarDate;
  /** Days since treatment: from the dates, or the day a visitor picked on the scrubber. */
  readonly day?: number;
}

export const recoveryContext = createContext<RecoveryState | undefined>('dermakit-recovery');

/** What a widget was told directly, by its own attributes. */
export interface OwnRecoveryInput {
  readonly day?: number;
  readonly treatmentDate?: CalendarDate;
  readonly today?: CalendarDate;
}

/**
 * The recovery state a widget shows: its own `day`, else its own `treatment-date` (and `today`), else what an
 * enclosing `<dk-recovery>` provides, else no day at all (a plain guide). A widget's own attributes win over the
 * context, and `today` falls back to the visitor's calendar date.
 */
export function resolveRecovery(own: OwnRecoveryInput, provided: RecoveryState | undefined, now: Date = new Date()): RecoveryState {
  const today = own.today ?? provided?.today ?? localDateOf(now);
  if (own.day !== undefined) return { treatmentDate: own.treatmentDate ?? provided?.treatmentDate, today, day: own.day };
  if (own.treatmentDate) return { treatmentDate: own.treatmentDate, today, day: daysBetween(own.treatmentDate, today) };
  if (provided) return { ...provided, today };
  return { today };
}
