/**
 * Registers `<dk-healing-timeline>` and `<dk-phase>` (`import 'dermakit/timeline'`). The context root comes first so
 * the timeline finds a `<dk-recovery>` that upgrades after it, also when only this element is imported.
 */
import '../core/context-root.js';
import { define } from '../core/define.js';
import { DkHealingTimeline } from './healing-timeline.js';
import { DkPhase } from './phase.js';

define('dk-phase', DkPhase);
define('dk-healing-timeline', DkHealingTimeline);

export { DkHealingTimeline, DkPhase };
export type { DkEventMap } from '../core/events.js';
