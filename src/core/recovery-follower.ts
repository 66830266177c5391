/**
 * The base classes of the widgets that show the visitor's day after treatment (timeline, gauge, plan): they follow
 * an enclosing `<dk-recovery>` through `@lit/context` and resolve, in `willUpdate`, the day they show with
 * `resolveRecovery()` (`recovery-state.ts`, the one function the export uses too). The shared attributes are
 * declared here, once.
 *
 * Base classes rather than a reactive controller: a controller cannot declare reactive properties (attributes),
 * and every widget already extends `DermakitElement`, so there is nothing for a mixin to combine.
 */
import { ContextConsumer } from '@lit/context';
import type { PropertyDeclarations, PropertyValues } from 'lit';
import { parseDate, parseOptionalNumber } from './attributes.js';
import { DermakitElement } from './element.js';
import { recoveryContext } from './recovery-context.js';
import { type OwnRecoveryInput, type RecoveryState, resolveRecovery } from './recovery-state.js';

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

/**
 * A widget that follows an enclosing `<dk-recovery>`: it declares `today` and resolves `recovery`, the day it
 * shows, before each render. Subclasses say what their own attributes add (`ownRecovery()`) and call
 * `super.willUpdate()` first in their own `willUpdate`.
 */
export abstract class RecoveryFollower extends DermakitElement {
  static override properties: PropertyDeclarations = {
    today: {},
  };

  /** The visitor's today, `yyyy-mm-dd`, for previews (default: an enclosing `<dk-recovery>`'s, else the date on the visitor's device). */
  today?: string;

  /** The day this widget shows, with its treatment date and today; resolved in `willUpdate`. */
  protected recovery!: RecoveryState;

  /**
   * The enclosing `<dk-recovery>`'s state, present or added later. A plain consumer keeps the last value after its
   * element leaves the provider; page builders move blocks around, so `disconnectedCallback` drops it.
   */
  #enclosing = new ContextConsumer(this, { context: recoveryContext, subscribe: true });

  /** What this widget's own attributes (parsed, warning once each) say about the day, given the enclosing state. */
  protected abstract ownRecovery(enclosing: RecoveryState | undefined): OwnRecoveryInput;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moved out of a <dk-recovery>: forget its day and re-render. On reconnect the consumer asks again and a
    // provider around the new place answers.
    this.#enclosing.value = undefined;
    this.requestUpdate();
    pruneUnansweredRequests();
  }

  override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const enclosing = this.#enclosing.value;
    this.recovery = resolveRecovery(this.ownRecovery(enclosing), enclosing);
  }
}

/**
 * A widget whose own `day` or `treatment-date` wins over an enclosing `<dk-recovery>` (timeline and gauge): the
 * attributes `day`, `treatment-date` and `today`, as the export's `followedRecovery()` reads them.
 */
export abstract class RecoveryDayFollower extends RecoveryFollower {
  static override properties: PropertyDeclarations = {
    day: {},
    treatmentDate: { attribute: 'treatment-date' },
  };

  /** Days since treatment (a whole number; 0 = treatment day, negative = before treatment). Wins over `treatment-date` and an enclosing `<dk-recovery>`. */
  day?: string;

  /** Treatment date, `yyyy-mm-dd`. Without `day`, the day is counted from it in calendar days to `today`; wins over an enclosing `<dk-recovery>`. */
  treatmentDate?: string;

  protected override ownRecovery(): OwnRecoveryInput {
    return {
      day: parseOptionalNumber(this, 'day', this.day, { integer: true }),
      treatmentDate: parseDate(this, 'treatment-date', this.treatmentDate),
      today: parseDate(this, 'today', this.today),
    };
  }
}
