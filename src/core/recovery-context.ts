/**
 * The `@lit/context` key under which one `<dk-recovery>` shares its `RecoveryState` with every widget inside it.
 * The key is a string, not a symbol, so two copies of the script on one page still find each other.
 */
import { createContext } from '@lit/context';
import type { RecoveryState } from './recovery-state.js';

export type { RecoveryState } from './recovery-state.js';

export const recoveryContext = createContext<RecoveryState | undefined>('dermakit-recovery');
