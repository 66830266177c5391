/**
 * The length of a widget's transitions, in milliseconds, as its `--_duration` token resolves: the clinic's
 * `--dk-duration`, or 0 under `prefers-reduced-motion` (tokens.ts). Web Animations cannot read a CSS variable
 * themselves, so animations started from script ask here.
 */
export function animationDuration(element: Element): number {
  const value = getComputedStyle(element).getPropertyValue('--_duration').trim();
  const number = parseFloat(value);
  if (!Number.isFinite(number) || number <= 0) return 0;
  return /ms$/i.test(value) ? number : number * 1000;
}
