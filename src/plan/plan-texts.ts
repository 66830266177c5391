/**
 * `<dk-treatment-plan>`'s default texts, apart from the class so the export reader (which runs without Lit)
 * says exactly what the widget says. Keys are the element's property names.
 */
export const planTexts = {
  eventTitle: 'Treatment session {n} of {total}',
  sessionLabel: 'Session {n} — {when}',
  weekLabel: 'Week {week}',
  dayLabel: 'Day {day}',
  progressLabel: '{completed} of {total} sessions complete',
  buttonLabel: 'Add to calendar',
  doneLabel: 'Done',
  nextLabel: 'Next',
  upcomingLabel: 'Upcoming',
} as const;
