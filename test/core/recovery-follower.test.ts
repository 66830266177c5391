// The base classes of the day widgets (src/core/recovery-follower.ts), through a minimal widget that prints the day
// it resolves: the attributes they declare, the enclosing recovery they follow, and what happens when moved.
import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/core/context-root.js';
import { formatIsoDate, parseIsoDate } from '../../src/core/days.js';
import { recoveryContext } from '../../src/core/recovery-context.js';
import { RecoveryDayFollower } from '../../src/core/recovery-follower.js';
import type { RecoveryState } from '../../src/core/recovery-state.js';
import { captureWarnings } from '../helpers.js';

/** Prints "day N, from yyyy-mm-dd to yyyy-mm-dd" (or "no day"): what a real widget would draw from its state. */
class DayWidget extends RecoveryDayFollower {
  override render() {
    const { day, treatmentDate, today } = this.recovery;
    return day === undefined
      ? 'no day'
      : `day ${day}, from ${treatmentDate ? formatIsoDate(treatmentDate) : '?'} to ${formatIsoDate(today)}`;
  }
}
customElements.define('dk-test-day-widget', DayWidget);

const d = (text: string) => parseIsoDate(text)!;
const says = (widget: DayWidget) => widget.shadowRoot!.textContent;
const enclosing: RecoveryState = { treatmentDate: d('2026-11-01'), today: d('2026-11-25'), day: 24 };

/** How many requests for the recovery context the page's ContextRoot holds (dead ones included). */
function pendingRequests(): number {
  const root = (globalThis as Record<symbol, unknown>)[Symbol.for('dermakit.context-root')] as {
    pendingContextRequests: Map<unknown, { requests: unknown[] }>;
  };
  return root.pendingContextRequests.get(recoveryContext)?.requests.length ?? 0;
}

async function inRecovery(template: ReturnType<typeof html>, value: RecoveryState = enclosing) {
  const wrapper = document.createElement('div');
  const provider = new ContextProvider(wrapper, { context: recoveryContext, initialValue: value });
  const widget = await fixture<DayWidget>(template, { parentNode: wrapper });
  return { wrapper, provider, widget };
}

describe('RecoveryDayFollower', () => {
  it('declares day, treatment-date and today as attributes, counted in calendar days', async () => {
    const dated = await fixture<DayWidget>(
      html`<dk-test-day-widget treatment-date="2026-02-27" today="2026-03-01"></dk-test-day-widget>`,
    );
    expect(says(dated)).to.equal('day 2, from 2026-02-27 to 2026-03-01');
    dated.setAttribute('day', '-3');
    await dated.updateComplete;
    expect(says(dated), 'an own day wins over the dates').to.equal('day -3, from 2026-02-27 to 2026-03-01');
    const plain = await fixture<DayWidget>(html`<dk-test-day-widget></dk-test-day-widget>`);
    expect(says(plain), 'nothing given: a plain guide').to.equal('no day');
  });

  it('warns once per bad attribute and reads it as absent', async () => {
    let widget!: DayWidget;
    const warnings = await captureWarnings(async () => {
      widget = await fixture<DayWidget>(
        html`<dk-test-day-widget day="soon" treatment-date="2026-13-01" today="2026-11-02"></dk-test-day-widget>`,
      );
      widget.requestUpdate();
      await widget.updateComplete;
    });
    expect(says(widget)).to.equal('no day');
    expect(warnings).to.deep.equal([
      '<dk-test-day-widget> day: "soon" is not a number; ignoring it.',
      '<dk-test-day-widget> treatment-date: "2026-13-01" is not a calendar date in the form yyyy-mm-dd; ignoring it.',
    ]);
  });

  it('follows the enclosing recovery live, its own attributes winning', async () => {
    const { provider, widget } = await inRecovery(html`<dk-test-day-widget></dk-test-day-widget>`);
    expect(says(widget)).to.equal('day 24, from 2026-11-01 to 2026-11-25');
    provider.setValue({ ...enclosing, day: 40 });
    await widget.updateComplete;
    expect(says(widget), 'a scrubbed day').to.equal('day 40, from 2026-11-01 to 2026-11-25');
    const own = await inRecovery(html`<dk-test-day-widget treatment-date="2026-11-20"></dk-test-day-widget>`);
    expect(says(own.widget), "its own date, counted to the recovery's today").to.equal(
      'day 5, from 2026-11-20 to 2026-11-25',
    );
  });

  it('forgets the recovery when moved out of it, and follows the one it is moved into', async () => {
    const { widget } = await inRecovery(html`<dk-test-day-widget></dk-test-day-widget>`);
    const outside = await fixture<HTMLElement>(html`<div></div>`);
    outside.append(widget);
    await widget.updateComplete;
    expect(says(widget)).to.equal('no day');
    const other = await inRecovery(html`<div></div>`, { today: d('2026-11-25'), day: 3 });
    other.widget.append(widget);
    await widget.updateComplete;
    expect(says(widget)).to.equal('day 3, from ? to 2026-11-25');
  });

  it('does not let unanswered requests of removed widgets pile up in the context root', async () => {
    const before = pendingRequests();
    const host = await fixture<HTMLElement>(html`<div></div>`);
    for (let i = 0; i < 50; i++) {
      const widget = document.createElement('dk-test-day-widget');
      host.append(widget);
      widget.remove();
    }
    await Promise.resolve();
    expect(pendingRequests()).to.equal(before);
    const stays = document.createElement('dk-test-day-widget');
    host.append(stays);
    expect(pendingRequests(), 'a connected widget still waits for a provider').to.equal(before + 1);
    stays.remove();
  });
});
