/** Package entry for bundler users: registers every element and exports the classes for typing and subclassing. */
import './core/context-root.js';
import './faq/index.js';
import './recovery/index.js';
import './timeline/index.js';
import './gauge/index.js';
import './plan/index.js';
import './before-after/index.js';

export { define } from './core/define.js';
export { VERSION } from './core/version.js';
export { DkFaq } from './faq/faq.js';
export { DkFaqItem } from './faq/faq-item.js';
export { DkRecovery } from './recovery/recovery.js';
export { DkHealingTimeline } from './timeline/healing-timeline.js';
export { DkPhase } from './timeline/phase.js';
export { DkCollagenGauge } from './gauge/collagen-gauge.js';
export { DkTreatmentPlan } from './plan/treatment-plan.js';
export { DkBeforeAfter } from './before-after/before-after.js';
export type { DkEventMap } from './core/events.js';
