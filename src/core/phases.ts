/**
 * Healing phases as data, shared by the timeline (which draws them), the collagen gauge and the recovery scrubber
 * (which name the phase of a day). Pure: no DOM.
 *
 * Published ranges differ and the phases overlap in reality; the kit models them as consecutive spans of days
 * after treatment, and every span is editable by the author (`<dk-phase start end>`).
 */

export interface Phase {
  /** Shown as the phase's name ("Proliferative"). */
  readonly name: string;
  /** First day of the phase, in days after treatment (0 = treatment day). */
  readonly start: number;
  /** Day the phase ends (exclusive: the next phase starts here). */
  readonly end: number;
  /** A short description for visitors. */
  readonly text?: string;
}

/**
 * Built-in phase sets, by `preset` name. Written from the seed article and DOMAIN.md in modest, approximate
 * language: inflammation for the first days, new (type III) collagen over the following weeks, maturation into
 * type I over about six months.
 */
export const PRESETS: Readonly<Record<string, readonly Phase[]>> = {
  microneedling: [
    {
      name: 'Inflammatory',
      start: 0,
      end: 3,
      text: 'Blood flow rises, bringing oxygen, nutrients and immune cells, and growth factors wake the fibroblasts. Mild redness and warmth are normal.',
    },
    {
      name: 'Proliferative',
      start: 3,
      end: 21,
      text: 'Fibroblasts lay down new collagen, mostly type III at first, and elastin. The microchannels closed within hours; the rebuilding happens beneath.',
    },
    {
      name: 'Remodeling',
      start: 21,
      end: 180,
      text: 'Type III collagen slowly matures into stronger type I, improving firmness and texture. Results keep building for three to six months.',
    },
  ],
};

export const DEFAULT_PRESET = 'microneedling';

/**
 * The phase a day falls in: `start <= day < end`, the last phase including its end day. `undefined` before the
 * first phase, after the last, or in a gap between phases.
 */
export function phaseAt(phases: readonly Phase[], day: number): Phase | undefined {
  const last = phases[phases.length - 1];
  return phases.find((phase) => day >= phase.start && (day < phase.end || (phase === last && day === phase.end)));
}

/** The day the last phase ends (0 with no phases): the length of the recovery. */
export function recoveryLength(phases: readonly Phase[]): number {
  // Not reduce(): Prototype 1.6 replaces Array.prototype.reduce with a function that ignores its callback.
  return Math.max(0, ...phases.map((phase) => phase.end));
}
