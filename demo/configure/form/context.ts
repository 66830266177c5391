/**
 * What every fieldset of the form needs from the mounted configurator: the configuration as it is now, the page's
 * ids, the problems found, and the one way to change anything (`change` checks, redraws and updates the preview,
 * the link and the exports). Fieldsets hold no state of their own; they describe the form from this.
 */
import type { Problem } from '../checks.js';
import type { Config } from '../config.js';

export interface Form {
  /** The configuration as it is now (a fresh one after a link or a pasted snippet is loaded). */
  readonly config: Config;
  /** A field's id on the page: the name itself, prefixed when a second configurator shares the page. */
  readonly id: (name: string) => string;
  /** What the checks found wrong with a field, if anything. */
  problemOf(field: string): Problem | undefined;
  /**
   * Edits the configuration, then checks it and redraws. `quiet`: the edit announces itself (a list move, a
   * removal), so new problems are not read out on top of it.
   */
  change(mutate: (draft: Config) => void, options?: { quiet?: boolean }): void;
  /** Takes a whole configuration read from a pasted snippet. */
  adopt(config: Config): void;
  /** Redraws without a change (a message of the form's own changed). */
  draw(): void;
  /** Reads a sentence out to screen readers. */
  announce(message: string): void;
  /** Moves focus to the element with this id (before the prefix); the form is already redrawn. */
  focus(name: string): void;
}
