/**
 * What colours a visitor actually sees, for the elements' host-page tests: any computed colour
 * (rgb(), color(srgb …), oklab(), with alpha) resolved through a canvas, backgrounds composited up the flat tree
 * (shadow hosts included) until an opaque one, and the WCAG contrast ratio of text over what lies behind it.
 */

type Rgba = [number, number, number, number];

let context: CanvasRenderingContext2D | undefined;

/** A computed colour as [r, g, b, alpha] (0–255, alpha 0–1), whatever syntax the engine serialises it in. */
export type { Rgba };

export function rgba(color: string): Rgba {
  context ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', {
    willReadFrequently: true,
  })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#0000';
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

/** `top` painted over the opaque `bottom`. */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const mix = (i: number) => top[i]! * top[3] + bottom[i]! * (1 - top[3]);
  return [mix(0), mix(1), mix(2), 1];
}

const parentInFlatTree = (element: Element): Element | null =>
  element.assignedSlot ?? element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

/** The opaque colour behind `element`'s text: its own background and its ancestors', composited, over white. */
export function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let at: Element | null = element; at; at = parentInFlatTree(at)) {
    const layer = rgba(getComputedStyle(at).backgroundColor);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] === 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

function luminance([r, g, b]: Rgba): number {
  const [lr, lg, lb] = [r, g, b].map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lr! + 0.7152 * lg! + 0.0722 * lb!;
}

/** WCAG contrast ratio of two colours (the first composited over the second when translucent). */
export function ratio(foreground: Rgba, background: Rgba): number {
  const [light, dark] = [luminance(over(foreground, background)), luminance(background)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}

/** Contrast of `element`'s text over what lies behind it. */
export function textContrast(element: Element): number {
  return ratio(rgba(getComputedStyle(element).color), backdrop(element));
}
