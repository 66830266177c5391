/**
 * The recovery state one `<dk-recovery>` shares with every widget inside it, through `@lit/context`.
 * The key is a string, not a symbol, so two copies of the script on one page still find each other.
 * The state itself and its resolution are pure, in `recovery-state.ts` (re-exported here).
 */
import { createContext } from '@lit/context';
import type { RecoveryState } from './recovery-state.js';

export { type OwnRecoveryInput, type RecoveryState, resolveRecovery } from './recovery-state.js';

export const recoveryContext = createContext<RecoveryState | undefined>('dermakit-recovery');
