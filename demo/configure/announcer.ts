/**
 * The configurator's voice for screen readers: one polite live region. Edits that announce themselves (a list move,
 * a removal) say so at once; problems found while typing are read out once typing pauses, each only the first time
 * it appears.
 */
import type { Problem } from './checks.js';

/** How long typing must pause before new problems are read out (not on every key). */
const PROBLEM_PAUSE = 900;

export class Announcer {
  /** What the live region says now. */
  text = '';
  private announced = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `draw` redraws the page; `problems` gives the problems as they are when read. */
  constructor(
    private readonly draw: () => void,
    private readonly problems: () => readonly Problem[],
  ) {
    this.knowCurrentProblems();
  }

  say(message: string): void {
    // Emptied first, so the same sentence twice is read twice.
    this.text = '';
    this.draw();
    requestAnimationFrame(() => {
      this.text = message;
      this.draw();
    });
  }

  /** Once typing pauses, reads out the problems not read out before. */
  sayNewProblemsSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const fresh = this.problems().filter((problem) => !this.announced.has(problem.message));
      this.knowCurrentProblems();
      if (fresh.length) this.say(fresh.map((problem) => problem.message).join(' '));
    }, PROBLEM_PAUSE);
  }

  /** Takes the problems there are now as heard (a configuration opened from a link is not read out). */
  knowCurrentProblems(): void {
    this.announced = new Set(this.problems().map((problem) => problem.message));
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
