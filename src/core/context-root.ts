/**
 * Attaches `@lit/context`'s `ContextRoot` to the document before any element is defined.
 *
 * In a real page the markup exists before the script, and the bundle defines elements one after another: a
 * consumer can upgrade before its provider and its context request would be lost. The root buffers such
 * requests and replays them when a provider appears. Imported first by the bundle entry (imports are hoisted);
 * guarded so that a second copy of the script does not attach a second root.
 */
import { ContextRoot } from '@lit/context';

const attached = Symbol.for('dermakit.context-root');
const global = globalThis as { [attached]?: ContextRoot };

if (typeof document !== 'undefined' && !global[attached]) {
  global[attached] = new ContextRoot();
  global[attached].attach(document.documentElement);
}
