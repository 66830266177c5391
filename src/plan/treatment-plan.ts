/**
 * `<dk-treatment-plan>`: a treatment series as an ordered list of dated steps, with an "Add to calendar" file
 * made in the browser. Dates come from the plan model; the file from the pure ICS writer.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { parseDate, parseNumber, parseOptionalNumber } from '../core/attributes.js';
import { formatIsoDate, toUtcDate } from '../core/days.js';
import { downloadText } from '../core/download.js';
import { emit } from '../core/events.js';
import { resolveLang } from '../core/locale.js';
import { RecoveryFollower } from '../core/recovery-follower.js';
import type { OwnRecoveryInput, RecoveryState } from '../core/recovery-state.js';
import { fillTemplate } from '../core/text.js';
import { tokens } from '../core/tokens.js';
import { warn } from '../core/warn.js';
import { fileSlug, writeCalendar } from './ics.js';
import { type PlannedSession, planSessions } from './plan-model.js';
import { planTexts } from './plan-texts.js';
import { styles } from './treatment-plan.styles.js';
import { dateFormat, numberFormat } from '../core/format.js';

/**
 * @tagname dk-treatment-plan
 * @summary A series of treatment sessions as steps (done, next, upcoming) with a progress line and an
 * "Add to calendar" download. Dates start from `start-date`, else from an enclosing `<dk-recovery>`'s
 * treatment date, else the plan reads relatively ("Week 0, Week 4, …").
 *
 * Anything written inside the element is a fallback shown before the script runs (and without it), then
 * replaced by the rendered plan.
 *
 * @csspart list - The ordered list of sessions.
 * @csspart step - One session; also `step-done`, `step-next` or `step-upcoming` by its state.
 * @csspart marker - The round marker before a session: its number, or a check mark once done.
 * @csspart label - A session's text ("Session 2 — Tue 12 Jan 2027").
 * @csspart status - A session's state as text ("Done", "Next", "Upcoming").
 * @csspart progress - The progress line ("1 of 4 sessions complete").
 * @csspart button - The "Add to calendar" button.
 *
 * @cssprop [--dk-plan-marker-size=2em] - Diameter of the step markers.
 * @cssprop [--dk-plan-line=var(--dk-color-border)] - Colour of the line joining the steps.
 *
 * @fires {CustomEvent<{ filename: string; events: number }>} dk-download - The visitor downloaded the calendar
 * file (`events`: how many sessions it holds). For a page's own analytics: the kit sends nothing anywhere.
 */
export class DkTreatmentPlan extends RecoveryFollower {
  static override styles = [tokens, styles];

  static override properties = {
    sessions: {},
    intervalWeeks: { attribute: 'interval-weeks' },
    intervalDays: { attribute: 'interval-days' },
    startDate: { attribute: 'start-date' },
    completed: {},
    eventTitle: { attribute: 'event-title' },
    location: {},
    description: {},
    sessionLabel: { attribute: 'session-label' },
    weekLabel: { attribute: 'week-label' },
    dayLabel: { attribute: 'day-label' },
    progressLabel: { attribute: 'progress-label' },
    buttonLabel: { attribute: 'button-label' },
    doneLabel: { attribute: 'done-label' },
    nextLabel: { attribute: 'next-label' },
    upcomingLabel: { attribute: 'upcoming-label' },
  };

  /** Number of sessions, 1–12. @default 3 */
  sessions?: string;

  /** Weeks between sessions, 1–26. @default 4 */
  intervalWeeks?: string;

  /** Days between sessions, 1–182; wins over `interval-weeks` when both are set. */
  intervalDays?: string;

  /** Date of the first session (`2026-12-01`). Wins over an enclosing `<dk-recovery>`'s treatment date. */
  startDate?: string;

  /**
   * Sessions already done (0 to `sessions`). Without it, sessions dated before the visitor's today (or before
   * the day picked on an enclosing `<dk-recovery>`) count as done.
   */
  completed?: string;

  /** Calendar event title; `{n}` and `{total}` are replaced. The file is named after it. @default Treatment session {n} of {total} */
  eventTitle?: string;

  /** Calendar event location (the clinic's name and address). */
  location?: string;

  /** Calendar event description (preparation, what to bring); `{n}` and `{total}` are replaced. */
  description?: string;

  /** A session's text; `{n}`, `{total}` and `{when}` (date or relative time) are replaced. @default Session {n} — {when} */
  sessionLabel?: string;

  /** Relative time when there is no date and the interval is in whole weeks. @default Week {week} */
  weekLabel?: string;

  /** Relative time when there is no date and the interval is not whole weeks. @default Day {day} */
  dayLabel?: string;

  /** The progress line; `{completed}` and `{total}` are replaced. @default {completed} of {total} sessions complete */
  progressLabel?: string;

  /** Text of the download button, shown while dated sessions are still ahead. @default Add to calendar */
  buttonLabel?: string;

  /** State text of a session done. @default Done */
  doneLabel?: string;

  /** State text of the next session. @default Next */
  nextLabel?: string;

  /** State text of later sessions. @default Upcoming */
  upcomingLabel?: string;

  #steps: PlannedSession[] = [];
  /** Dated sessions not yet done: the ones a calendar file holds. */
  #pending: PlannedSession[] = [];
  #intervalDays = 28;

  /** The plan's own treatment date is its `start-date`; an own `today` counts from the enclosing treatment date too, instead of taking its day as given. */
  protected override ownRecovery(enclosing: RecoveryState | undefined): OwnRecoveryInput {
    const today = parseDate(this, 'today', this.today);
    return {
      treatmentDate: parseDate(this, 'start-date', this.startDate) ?? (today && enclosing?.treatmentDate),
      today,
    };
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const sessions = parseNumber(this, 'sessions', this.sessions, { fallback: 3, min: 1, max: 12, integer: true });
    const weeks = parseNumber(this, 'interval-weeks', this.intervalWeeks, {
      fallback: 4,
      min: 1,
      max: 26,
      integer: true,
    });
    const days = parseOptionalNumber(this, 'interval-days', this.intervalDays, { min: 1, max: 182, integer: true });
    if (days && this.intervalWeeks != null) warn(this, 'interval-weeks', 'ignored: interval-days is set and wins.');
    const { treatmentDate, day } = this.recovery;
    this.#steps = planSessions({
      sessions,
      intervalDays: (this.#intervalDays = days ?? weeks * 7),
      start: treatmentDate,
      completed: parseOptionalNumber(this, 'completed', this.completed, { min: 0, max: sessions, integer: true }),
      elapsed: day,
    });
    this.#pending = this.#steps.filter((step) => step.date && step.status !== 'done');
  }

  override render() {
    const lang = resolveLang(this);
    const number = numberFormat(lang).format;
    const date = dateFormat(lang, {
      timeZone: 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
    const total = number(this.#steps.length);
    const statusText = {
      done: this.doneLabel ?? planTexts.doneLabel,
      next: this.nextLabel ?? planTexts.nextLabel,
      upcoming: this.upcomingLabel ?? planTexts.upcomingLabel,
    };
    // Without a date: whole weeks read as "Week 4", other intervals as "Day 10".
    const relative =
      this.#intervalDays % 7 ? (this.dayLabel ?? planTexts.dayLabel) : (this.weekLabel ?? planTexts.weekLabel);
    return html`<ol part="list" role="list">
        ${this.#steps.map(
          ({
            index,
            offset,
            date: day,
            status,
          }) => html`<li class=${status} part="step step-${status}" aria-current=${status === 'next' ? 'step' : nothing}>
            <b part="marker" aria-hidden="true">${status === 'done' ? '✓' : number(index)}</b>
            <span part="label">${fillTemplate(this.sessionLabel ?? planTexts.sessionLabel, {
              n: number(index),
              total,
              when: day
                ? date.format(toUtcDate(day))
                : fillTemplate(relative, { day: number(offset), week: number(offset / 7) }),
            })}</span>
            <small part="status">${statusText[status]}</small>
          </li>`,
        )}
      </ol>
      <p part="progress">
        ${fillTemplate(this.progressLabel ?? planTexts.progressLabel, {
          completed: number(this.#steps.filter((step) => step.status === 'done').length),
          total,
        })}
      </p>
      ${
        this.#pending.length
          ? html`<button part="button" type="button" @click=${this.#handleDownload}>${this.buttonLabel ?? planTexts.buttonLabel}</button>`
          : nothing
      }`;
  }

  #handleDownload(): void {
    const title = this.eventTitle ?? planTexts.eventTitle;
    const slug = fileSlug(title.split('{')[0]!, 'treatment-plan');
    // Stable across regenerations (apps update an event they know instead of adding a copy), unique per series.
    const series = `${formatIsoDate(this.#steps[0]!.date!)}-${slug}@${location.hostname || 'dermakit'}`;
    const fill = (text: string, n: number) => fillTemplate(text, { n, total: this.#steps.length });
    const events = this.#pending.map(({ index, date }) => ({
      uid: `${index}-${series}`,
      date: date!,
      summary: fill(title, index),
      location: this.location,
      description: this.description && fill(this.description, index),
    }));
    const filename = `${slug}.ics`;
    downloadText(this.renderRoot, filename, writeCalendar(events, new Date()), 'text/calendar;charset=utf-8');
    emit(this, 'dk-download', { filename, events: events.length });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dk-treatment-plan': DkTreatmentPlan;
  }
}
