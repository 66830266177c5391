/**
 * How a widget follows an enclosing `<dk-recovery>`: a subscribed `@lit/context` consumer of the recovery state.
 *
 * A plain consumer keeps the last value after its element leaves the provider. Page builders move blocks around,
 * so a widget moved out of a `<dk-recovery>` must forget that day: this one drops the value on disconnect and
 * re-renders; on reconnect it asks again and a provider around the new place answers.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { parseDate, parseOptionalNumber } from './attributes.js';
import { type RecoveryState, recoveryContext, resolveRecovery } from './recovery-context.js';

let pruning = false;

/**
 * The document's `ContextRoot` keeps a (weak) entry for every request no provider answered, and lets entries go
 * only when a provider announces itself. Widgets outside any `<dk-recovery>` that a page builder keeps creating and
 * removing would pile them up (the benchmark saw 0.6 MB after 10,000 cycles). So after a widget leaves, announce
 * once at the root: it re-sends the requests of connected widgets and drops the rest, since a request from an
 * element no longer in the page does not reach it.
 */
function pruneUnansweredRequests(): void {
  if (pruning) return;
  pruning = true;
  queueMicrotask(() => {
    pruning = false;
    document.documentElement.dispatchEvent(Object.assign(new Event('context-provider'), { context: recoveryContext }));
  });
}

export function consumeRecovery(host: ReactiveElement): ContextConsumer<typeof recoveryContext, ReactiveElement> {
  const consumer = new ContextConsumer(host, { context: recoveryContext, subscribe: true });
  host.addController({
    hostDisconnected() {
      consumer.value = undefined;
      host.requestUpdate();
      pruneUnansweredRequests();
    },
  });
  return consumer;
}

/** The attributes a widget that follows the recovery state may set itself, as authored. */
export interface RecoveryAttributes {
  day?: string;
  treatmentDate?: string;
  today?: string;
}

/**
 * The state a widget shows: its own `day`, `treatment-date` and `today` (bad values warn and read as absent), else
 * what the enclosing `<dk-recovery>` provides.
 */
export function followedRecovery(widget: Element & RecoveryAttributes, provided: RecoveryState | undefined): RecoveryState {
  return resolveRecovery(
    {
      day: parseOptionalNumber(widget, 'day', widget.day, { integer: true }),
      treatmentDate: parseDate(widget, 'treatment-date', widget.treatmentDate),
      today: parseDate(widget, 'today', widget.today),
    },
    provided,
  );
}
