/**
 * `<dk-recovery>`'s default texts, apart from the class so the export reader (which runs without Lit) says
 * exactly what the widget says. Keys are the element's property names.
 */
export const recoveryTexts = {
  dateLabel: 'Your treatment date',
  scrubberLabel: 'Day after treatment',
  scrubberText: 'Day {day} — {phase} phase',
  scrubberGapText: 'Day {day}',
  beforeText: 'Treatment {relative}',
  completeText: 'Day {day}: healing complete',
} as const;
