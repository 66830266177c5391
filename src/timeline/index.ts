/** Registers `<dk-healing-timeline>` and `<dk-phase>` (`import 'dermakit/timeline'`). */
import { define } from '../core/define.js';
import { DkHealingTimeline } from './healing-timeline.js';
import { DkPhase } from './phase.js';

define('dk-phase', DkPhase);
define('dk-healing-timeline', DkHealingTimeline);

export { DkHealingTimeline, DkPhase };
