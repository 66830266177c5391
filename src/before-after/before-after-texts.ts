/**
 * `<dk-before-after>`'s default texts, apart from the class so the export reader (which runs without Lit) says
 * exactly what the widget says. Keys are the element's property names.
 */
export const beforeAfterTexts = {
  label: 'Before and after comparison',
  beforeLabel: 'Before',
  afterLabel: 'After',
  valueText: 'Showing {after}% after',
} as const;
