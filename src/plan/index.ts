/** Registers `<dk-treatment-plan>` (`import 'dermakit/plan'`). */
import { define } from '../core/define.js';
import { DkTreatmentPlan } from './treatment-plan.js';

define('dk-treatment-plan', DkTreatmentPlan);

export { DkTreatmentPlan };
