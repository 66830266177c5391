/**
 * `<dk-collagen-gauge>`'s default texts, apart from the class so the export reader (which runs without Lit)
 * says exactly what the widget says. Keys are the element's property names.
 */
export const gaugeTexts = {
  label: 'Share of the collagen renewal expected by about six months',
  dayText: '{percent}, day {day}, {phase} phase',
  // A no-break space keeps "type III" on one line.
  typesText: 'New collagen: {typeIII} type III, {typeI} type I',
  note: 'Illustrative model, not a prediction. Individual results vary.',
  beforeText: 'Treatment {relative}',
} as const;
