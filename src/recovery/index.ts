/**
 * Registers `<dk-recovery>` (`import 'dermakit/recovery'`). The context root comes first so widgets that upgraded
 * before it still receive its state.
 */
import '../core/context-root.js';
import { define } from '../core/define.js';
import { DkRecovery } from './recovery.js';

define('dk-recovery', DkRecovery);

export { DkRecovery };
export type { DkEventMap } from '../core/events.js';
