/**
 * A treatment series as data, pure (no DOM): when each session falls and whether it is done, next or upcoming.
 * Dates come from calendar arithmetic (`addDays`), so month ends, leap days and daylight-saving changes cannot
 * move a session.
 */
import { type CalendarDate, addDays } from '../core/days.js';

export type SessionStatus = 'done' | 'next' | 'upcoming';

export interface PlanInput {
  /** Number of sessions, already validated (1–12). */
  readonly sessions: number;
  /** Days between two sessions, already validated. */
  readonly intervalDays: number;
  /** The first session's date; without it the plan is relative ("Week 0, Week 4, …"). */
  readonly start?: CalendarDate;
  /** Sessions already done, as the author says. Wins over `elapsed`. */
  readonly completed?: number;
  /** Days from the first session to the visitor's today (or a day picked on a recovery scrubber), when known. */
  readonly elapsed?: number;
}

export interface PlannedSession {
  /** 1-based. */
  readonly index: number;
  /** Days after the first session. */
  readonly offset: number;
  readonly date?: CalendarDate;
  readonly status: SessionStatus;
}

/**
 * How many sessions are done: the author's `completed` when given; otherwise every session dated before the
 * visitor's today (a session on today itself is still ahead); otherwise none.
 */
export function completedCount({ sessions, intervalDays, completed, elapsed = 0 }: PlanInput): number {
  // A negative or zero elapsed rounds up to 0 or less, which the clamp turns into none done.
  return Math.min(sessions, Math.max(0, completed ?? Math.ceil(elapsed / intervalDays)));
}

export function planSessions(input: PlanInput): PlannedSession[] {
  const done = completedCount(input);
  // A plain loop, not Array.from({ length }, …): old MooTools and Prototype replace Array.from with versions that
  // take no map function, and clinic pages still load them.
  const sessions: PlannedSession[] = [];
  for (let i = 0; i < input.sessions; i++) {
    const offset = i * input.intervalDays;
    sessions.push({
      index: i + 1,
      offset,
      date: input.start && addDays(input.start, offset),
      status: i < done ? 'done' : i === done ? 'next' : 'upcoming',
    });
  }
  return sessions;
}
