// Shared by the export render tests: the writer's HTML placed in a column of a given width, the elements that stick
// out of it, and a snippet whose before/after pictures are swapped for ones the test server has.
import { nextFrame } from '@open-wc/testing';
import type { ImageExport, SnippetExport, WidgetExport } from '../../src/export/model.js';

/** The snippet with every before/after picture passed through `local` (recovery sections included). */
export function withImages(snippet: SnippetExport, local: (image: ImageExport) => ImageExport): SnippetExport {
  const swap = (widget: WidgetExport): WidgetExport => {
    if (widget.kind === 'recovery') return { ...widget, children: widget.children.map(swap) };
    if (widget.kind !== 'before-after') return widget;
    return { ...widget, before: widget.before && local(widget.before), after: widget.after && local(widget.after) };
  };
  return { ...snippet, widgets: snippet.widgets.map(swap) };
}

/** `html` in a column `width` px wide, its pictures loaded. */
export async function renderInColumn(html: string, width: number): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  container.innerHTML = html; // the writer's output under test, built from fixtures
  document.body.append(container);
  // The exports' images may load lazily; Firefox and WebKit leave those below the fold unloaded. Loaded, they are at
  // their real size for the overflow check (unloaded, their width/height attributes reserve the same box).
  const images = [...container.querySelectorAll('img')];
  for (const image of images) image.loading = 'eager';
  await Promise.all(images.map((image) => image.decode().catch(() => {})));
  await nextFrame();
  return container;
}

/** Elements whose box reaches past the container's left or right edge (half a pixel of rounding allowed). */
export function overflowing(container: HTMLElement): string[] {
  const { left, right } = container.getBoundingClientRect();
  return [...container.querySelectorAll('*')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.left < left - 0.5 || box.right > right + 0.5);
    })
    .map((element) => `<${element.localName}> ${element.textContent!.slice(0, 40)}`);
}
