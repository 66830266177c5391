// The real page: markup first, the script last, and the consumer may be defined before its provider. Nothing here
// imports an element statically: each test page defines them only after the markup exists.
import { expect, html, fixtureSync } from '@open-wc/testing';
import type { DkHealingTimeline } from '../../src/timeline/healing-timeline.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import { slider, timelineSays } from './harness.js';

describe('registration order', () => {
  it('connects a timeline defined before the <dk-recovery> around it', async () => {
    const page = fixtureSync(html`<div>
      <dk-recovery scrubber treatment-date="2026-11-01" today="2026-11-13">
        <dk-healing-timeline>
          <dk-phase name="Early" start="0" end="10">a</dk-phase>
          <dk-phase name="Late" start="10" end="40">b</dk-phase>
        </dk-healing-timeline>
      </dk-recovery>
    </div>`);
    expect(customElements.get('dk-recovery')).to.equal(undefined);
    await import('../../src/core/context-root.js');
    await import('../../src/timeline/index.js');
    const timeline = page.querySelector<DkHealingTimeline>('dk-healing-timeline')!;
    await timeline.updateComplete;
    expect(timelineSays(timeline)).to.equal('(no day)');
    await import('../../src/recovery/index.js');
    const recovery = page.querySelector<DkRecovery>('dk-recovery')!;
    await recovery.updateComplete;
    await timeline.updateComplete;
    expect(timelineSays(timeline)).to.equal('Late · Day 12');
    expect(slider(recovery).max).to.equal('40');
  });
});
