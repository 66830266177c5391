/**
 * `<dk-faq>`'s default texts, apart from the class as every element's are (`<name>-texts.ts`), so a reader that
 * runs without Lit can say exactly what the widget says. Keys are the element's property names.
 */
export const faqTexts = {
  searchLabel: 'Search questions',
  resultsText: '{shown} of {total} questions',
  noResultsText: 'No questions match “{query}”.',
  clearText: 'Clear search',
  expandAllText: 'Expand all',
  collapseAllText: 'Collapse all',
} as const;
