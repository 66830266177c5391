/**
 * Registers `<dk-collagen-gauge>` (`import 'dermakit/gauge'`). The context root comes first so the gauge finds a
 * `<dk-recovery>` that upgrades after it, also when only this element is imported.
 */
import '../core/context-root.js';
import { define } from '../core/define.js';
import { DkCollagenGauge } from './collagen-gauge.js';

define('dk-collagen-gauge', DkCollagenGauge);

export { DkCollagenGauge };
export type { DkEventMap } from '../core/events.js';
