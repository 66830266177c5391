/**
 * The recovery state one `<dk-recovery>` shares with every widget inside it, through `@lit/context`.
 * The key is a string, not a symbol, so two copies of the script on one page still find each other.
 */
import { createContext } from '@lit/context';
import type { CalendarDate } from './days.js';

export interface RecoveryState {
  /** The treatment date, when the provider knows one. */
  readonly treatmentDate?: CalendarDate;
  /** The visitor's today (or the provider's `today` override). */
  readonly today: CalendarDate;
  /** Days since treatment: from the dates, or the day a visitor picked on the scrubber. */
  readonly day?: number;
}

export const recoveryContext = createContext<RecoveryState | undefined>('dermakit-recovery');
