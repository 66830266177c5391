/**
 * How a widget follows an enclosing `<dk-recovery>`: a subscribed `@lit/context` consumer of the recovery state.
 *
 * A plain consumer keeps the last value after its element leaves the provider. Page builders move blocks around,
 * so a widget moved out of a `<dk-recovery>` must forget that day: this one drops the value on disconnect and
 * re-renders; on reconnect it asks again and a provider around the new place answers.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveElement } from 'lit';
import { recoveryContext } from './recovery-context.js';

export function consumeRecovery(host: ReactiveElement): ContextConsumer<typeof recoveryContext, ReactiveElement> {
  const consumer = new ContextConsumer(host, { context: recoveryContext, subscribe: true });
  host.addController({
    hostDisconnected() {
      consumer.value = undefined;
      host.requestUpdate();
    },
  });
  return consumer;
}
