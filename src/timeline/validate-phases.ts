/**
 * Turns the attributes an author wrote on `<dk-phase>` elements into phases the timeline can draw. Pure: no
 * DOM; the element reports each problem through `warn()` on the `<dk-phase>` it came from.
 *
 * Rules, in document order (the README lists them for authors):
 * - `start` or `end` missing or not a number: the phase is skipped.
 * - `start` below 0: moved to 0 (day 0 is treatment day).
 * - `end` not after `start`: the phase is skipped.
 * - `start` before the end of the previous phase (an overlap, or phases out of order): moved to that end, since
 *   the kit shows one phase per day; if nothing is left, the phase is skipped.
 * - `name` missing: "Phase N". Gaps between phases are allowed (no phase is current on those days).
 */
import type { Phase } from '../core/phases.js';

/** A phase's attributes as authored (`getAttribute()` values). */
export interface PhaseAttributes {
  readonly name: string | null;
  readonly start: string | null;
  readonly end: string | null;
}

/** A phase kept for drawing, with `source` = the index of the `<dk-phase>` it came from. */
export interface ValidPhase extends Phase {
  readonly source: number;
}

export interface PhaseProblem {
  readonly source: number;
  readonly attribute: 'name' | 'start' | 'end';
  readonly message: string;
}

export function validatePhases(inputs: readonly PhaseAttributes[]): { phases: ValidPhase[]; problems: PhaseProblem[] } {
  const phases: ValidPhase[] = [];
  const problems: PhaseProblem[] = [];
  inputs.forEach((input, source) => {
    const problem = (attribute: PhaseProblem['attribute'], message: string) => problems.push({ source, attribute, message });
    const name = (input.name ?? '').trim() || `Phase ${source + 1}`;
    const quoted = `"${shorten(name)}"`;
    if (!input.name?.trim()) problem('name', `is missing; showing ${quoted}.`);
    let start = toNumber(input.start);
    const end = toNumber(input.end);
    if (start === undefined) return problem('start', `${describe(input.start)}; skipping ${quoted}.`);
    if (end === undefined) return problem('end', `${describe(input.end)}; skipping ${quoted}.`);
    if (start < 0) {
      problem('start', `${start} is before treatment; using 0.`);
      start = 0;
    }
    const previous = phases[phases.length - 1];
    if (previous && start < previous.end) {
      problem('start', `${start} overlaps "${shorten(previous.name)}"; using ${previous.end}.`);
      start = previous.end;
    }
    if (end <= start) return problem('end', `${end} is not after start ${start}; skipping ${quoted}.`);
    phases.push({ name, start, end, source });
  });
  return { phases, problems };
}

function toNumber(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

function describe(raw: string | null): string {
  return raw === null ? 'is missing' : `"${shorten(raw)}" is not a number of days`;
}

/** Quotes stay short in the console, whatever an author pasted. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
