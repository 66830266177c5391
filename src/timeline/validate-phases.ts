/**
 * Turns the attributes an author wrote on `<dk-phase>` elements into phases the timeline can draw. Pure: no
 * DOM of its own; it reads attributes through `getAttribute()` and hands each problem to `report` (the element
 * passes `warn()`, so the console names the `<dk-phase>` it came from).
 *
 * Rules, in document order (the README lists them for authors):
 * - `start` or `end` missing or not a number: the phase is skipped.
 * - `start` below 0: moved to 0 (day 0 is treatment day).
 * - `start` before the end of the previous phase (an overlap, or phases out of order): moved to that end, since
 *   the kit shows one phase per day.
 * - `end` not after `start` (after the moves above): the phase is skipped.
 * - `name` missing: "Phase N". Gaps between phases are allowed (no phase is current on those days).
 */
import type { Phase } from '../core/phases.js';
import { quote } from '../core/warn.js';

export type PhaseAttribute = 'name' | 'start' | 'end';

/** Where a phase's attributes are read from: a `<dk-phase>`. */
export interface PhaseSource {
  getAttribute(attribute: PhaseAttribute): string | null;
}

/** A phase kept for drawing, with the `source` it came from. */
export interface ValidPhase<T extends PhaseSource> extends Phase {
  readonly source: T;
}

export function validatePhases<T extends PhaseSource>(
  sources: readonly T[],
  report: (source: T, attribute: PhaseAttribute, message: string) => void,
): ValidPhase<T>[] {
  const phases: ValidPhase<T>[] = [];
  sources.forEach((source, index) => {
    const authored = source.getAttribute('name')?.trim();
    const name = authored || `Phase ${index + 1}`;
    const skipping = `; skipping ${quote(name)}.`;
    if (!authored) report(source, 'name', `is missing; showing ${quote(name)}.`);
    // A finite number of days, else undefined with a warning.
    const days = (attribute: PhaseAttribute) => {
      const raw = source.getAttribute(attribute);
      const value = raw?.trim() ? +raw : NaN;
      if (isFinite(value)) return value;
      report(source, attribute, (raw === null ? 'is missing' : `${quote(raw)} is not a number`) + skipping);
    };
    let start = days('start');
    if (start === undefined) return;
    const end = days('end');
    if (end === undefined) return;
    // Day 0 for the first phase, the previous phase's end for the others.
    const previous = phases.at(-1);
    const first = previous?.end ?? 0;
    if (start < first) {
      report(
        source,
        'start',
        `${start} ${previous ? `overlaps ${quote(previous.name)}` : 'is before treatment'}; using ${first}.`,
      );
      start = first;
    }
    if (end <= start) return report(source, 'end', `${end} is not after start ${start}${skipping}`);
    phases.push({ name, start, end, source });
  });
  return phases;
}
