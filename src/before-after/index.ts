/** Registers `<dk-before-after>` (`import 'dermakit/before-after'`). */
import { define } from '../core/define.js';
import { DkBeforeAfter } from './before-after.js';

define('dk-before-after', DkBeforeAfter);

export { DkBeforeAfter };
export type { DkEventMap } from '../core/events.js';
