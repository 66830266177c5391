import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/core/context-root.js';
import { consumeRecovery } from '../../src/core/recovery-consumer.js';
import { recoveryContext } from '../../src/core/recovery-context.js';

class Follower extends LitElement {
  provided = consumeRecovery(this);
}
customElements.define('dk-test-follower', Follower);

/** How many requests for the recovery context the page's ContextRoot holds (dead ones included). */
function pendingRequests(): number {
  const root = (globalThis as Record<symbol, unknown>)[Symbol.for('dermakit.context-root')] as {
    pendingContextRequests: Map<unknown, { requests: unknown[] }>;
  };
  return root.pendingContextRequests.get(recoveryContext)?.requests.length ?? 0;
}

describe('consumeRecovery()', () => {
  it('forgets the recovery state when its element leaves the provider', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><dk-test-follower></dk-test-follower></div>`);
    const follower = wrapper.querySelector<Follower>('dk-test-follower')!;
    follower.provided.value = { today: { year: 2026, month: 11, day: 25 }, day: 3 };
    follower.remove();
    expect(follower.provided.value).to.equal(undefined);
  });

  it('does not let unanswered requests of removed widgets pile up in the context root', async () => {
    const before = pendingRequests();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    for (let i = 0; i < 50; i++) {
      const follower = document.createElement('dk-test-follower');
      host.append(follower);
      follower.remove();
    }
    await Promise.resolve();
    expect(pendingRequests()).to.equal(before);
    const stays = document.createElement('dk-test-follower');
    host.append(stays);
    expect(pendingRequests(), 'a connected widget still waits for a provider').to.equal(before + 1);
    stays.remove();
  });
});
