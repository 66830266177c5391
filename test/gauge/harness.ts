/**
 * The gauge's harness: what a visitor and assistive technology meet in a `<dk-collagen-gauge>` (the meter, its
 * parts and their text, how much of the ring is drawn), how to wait for its follow-up render, and a controllable
 * IntersectionObserver. Built on test/harness.ts; tests read the gauge's shadow root only through here.
 */
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import { part, settle } from '../harness.js';

export { inShadow, part, settleAll } from '../harness.js';

export const meter = (gauge: DkCollagenGauge) => part(gauge, 'meter')!;

/** The text a sighted visitor reads in a part, spaces collapsed (no-break spaces kept: `42 %` in German). */
export const textOf = (gauge: DkCollagenGauge, name: string) =>
  (part(gauge, name)?.textContent ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();

/** How much of the ring is drawn right now, in percent, as the browser computes it (dash offset, pathLength 100). */
export const drawnPercent = (gauge: DkCollagenGauge) =>
  100 - parseFloat(getComputedStyle(part(gauge, 'fill')!).strokeDashoffset);

/** The page's percent formatting, for comparing with what the gauge shows. */
export const percentIn = (lang: string, value: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);

/**
 * Waits for the gauge's follow-up render: right after its first render it settles the drawing (at once when
 * motion is off). No animation frames: Chromium runs test pages side by side and a background page gets none.
 */
export async function settled(gauge: DkCollagenGauge): Promise<void> {
  await settle(gauge, gauge);
}

/**
 * Stands in for `IntersectionObserver`, so a test decides when a gauge "scrolls into view". (The real one never
 * reports in a background page, which is where Chromium runs one of every two test files.)
 */
export class FakeIntersectionObserver {
  static readonly instances: FakeIntersectionObserver[] = [];
  readonly targets = new Set<Element>();

  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this);
  }

  observe(target: Element): void {
    this.targets.add(target);
  }

  unobserve(target: Element): void {
    this.targets.delete(target);
  }

  disconnect(): void {
    this.targets.clear();
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  /** Elements some observer currently watches. */
  static watched(): Element[] {
    return FakeIntersectionObserver.instances.flatMap((observer) => [...observer.targets]);
  }

  /** Reports `target` entering (or leaving) the viewport to every observer watching it. */
  static report(target: Element, isIntersecting: boolean): void {
    for (const observer of FakeIntersectionObserver.instances) {
      if (!observer.targets.has(target)) continue;
      const entry = { target, isIntersecting, intersectionRatio: isIntersecting ? 1 : 0 } as IntersectionObserverEntry;
      observer.callback([entry], observer as unknown as IntersectionObserver);
    }
  }

  static install(): () => void {
    const original = window.IntersectionObserver;
    FakeIntersectionObserver.instances.length = 0;
    window.IntersectionObserver = FakeIntersectionObserver as unknown as typeof IntersectionObserver;
    return () => {
      window.IntersectionObserver = original;
    };
  }
}
