/**
 * Registers `<dk-treatment-plan>` (`import 'dermakit/plan'`). The context root comes first so the plan finds a `<dk-
 * recovery>` that upgrades after it, also when only this element is imported.
 */
import '../core/context-root.js';
import { define } from '../core/define.js';
import { DkTreatmentPlan } from './treatment-plan.js';

define('dk-treatment-plan', DkTreatmentPlan);

export { DkTreatmentPlan };
export type { DkEventMap } from '../core/events.js';
