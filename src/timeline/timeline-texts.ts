/**
 * `<dk-healing-timeline>`'s default texts, apart from the class so the export reader (which runs without Lit)
 * says exactly what the widget says. Keys are the element's property names.
 */
export const timelineTexts = {
  label: 'Healing phases',
  markerText: 'Day {day}',
  beforeText: 'Treatment {relative}',
  completeText: 'Day {day}: healing complete',
} as const;
