/**
 * The day a recovery widget shows, worked out in one place. Pure and Lit-free: `<dk-recovery>` resolves the day it
 * shares with it, the widgets inside (through `recovery-follower.ts`) the day they show, and the export's readers
 * (`src/export/read/`, which run in Node without a DOM) both of those.
 */
import { type CalendarDate, daysBetween, localDateOf } from './days.js';

/** The day on show and what it is counted from: what `<dk-recovery>` shares and what a widget resolves. */
export interface RecoveryState {
  /** The treatment date, when known. */
  readonly treatmentDate?: CalendarDate;
  /** The visitor's today (or a `today` override). */
  readonly today: CalendarDate;
  /**
   * Days since treatment (negative before it): from the dates, or a day given outright (a widget's `day`, the day
   * a visitor picked on the scrubber). Absent when nothing gives one: the widget is a plain guide.
   */
  readonly day?: number;
}

/** What an element says itself, from its own attributes (already parsed). */
export interface OwnRecoveryInput {
  readonly day?: number;
  readonly treatmentDate?: CalendarDate;
  readonly today?: CalendarDate;
}

/**
 * The day an element shows: its own `day`, else counted from its own treatment date to its today, else what the
 * enclosing `<dk-recovery>` shares, else no day at all. Its own `today` replaces the enclosing one (without
 * recounting the enclosing day), else the enclosing today, else `clockToday`: the visitor's calendar date (the
 * export passes the day it is asked to count for). `<dk-recovery>` itself passes no enclosing state.
 */
export function resolveRecovery(
  own: OwnRecoveryInput,
  enclosing: RecoveryState | undefined,
  clockToday: CalendarDate = localDateOf(),
): RecoveryState {
  const today = own.today ?? enclosing?.today ?? clockToday;
  if (own.day !== undefined)
    return { treatmentDate: own.treatmentDate ?? enclosing?.treatmentDate, today, day: own.day };
  if (own.treatmentDate) return { treatmentDate: own.treatmentDate, today, day: daysBetween(own.treatmentDate, today) };
  if (enclosing) return { ...enclosing, today };
  return { today };
}
