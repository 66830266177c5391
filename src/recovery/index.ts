/** Registers `<dk-recovery>` (`import 'dermakit/recovery'`). */
import { define } from '../core/define.js';
import { DkRecovery } from './recovery.js';

define('dk-recovery', DkRecovery);

export { DkRecovery };
