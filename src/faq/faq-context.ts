/**
 * What a `<dk-faq>` tells its items, through `@lit/context` so that items added, moved or upgraded later still
 * hear it: the heading level of the questions, and whether answers are landmark regions.
 */
import { createContext } from '@lit/context';

export interface FaqSettings {
  /** `aria-level` of each question's heading (2–6). */
  readonly headingLevel: number;
  /**
   * Answers are `role="region"` landmarks unless many can be open at once: WAI-ARIA APG advises against landmark
   * clutter when more than about six panels may be expanded together.
   */
  readonly regions: boolean;
}

export const faqContext = createContext<FaqSettings | undefined>('dermakit-faq');
