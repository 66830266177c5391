/**
 * The live preview: the real `dk-*` elements, built from the same markup tree as the snippet (`patch.ts`, DOM calls
 * only, updated in place so a widget keeps its state while the marketer types), on a canvas painted with the theme.
 */
import { html, type TemplateResult } from 'lit';
import type { Config } from './config.js';
import { snippetTree } from './markup.js';
import { resolvedTheme } from './theme-css.js';
import { patchChildren } from './patch.js';

export function previewSection(id: (name: string) => string, config: Config): TemplateResult {
  return html`<section class="cfg-preview" aria-labelledby=${id('preview-title')}>
          <h2 id=${id('preview-title')}>Live preview</h2>
          <p class="cfg-hint">${config.theme.paint ? 'The real widget, on the theme’s background.' : 'The real widget; on your page it takes the section’s colours.'}</p>
          <div class="cfg-canvas" id=${id('preview')}></div>
        </section>`;
}

/**
 * Paints the canvas with the theme and builds the widget in it. The canvas itself stands for the snippet's painted
 * box, so the widget is built without one; set through the CSSOM, which the page's strict CSP allows.
 */
export function paintPreview(canvas: HTMLElement, config: Config): void {
  const theme = resolvedTheme(config);
  canvas.style.setProperty('--dk-color-primary', theme.primary);
  canvas.style.setProperty('--dk-color-on-primary', theme.onPrimary);
  canvas.style.setProperty('--dk-color-text', theme.text);
  canvas.style.setProperty('--dk-radius', theme.radius);
  canvas.style.setProperty('--dk-recovery-controls-background', theme.background);
  canvas.style.background = theme.background;
  canvas.style.color = theme.text;
  canvas.style.borderRadius = theme.radius;
  canvas.style.fontFamily = theme.font === 'inherit' ? '' : theme.font;
  const tree = snippetTree(
    { ...config, theme: { ...config.theme, paint: false } },
    // The preview counts for the form's "count days as of"; the snippet never carries it.
    { today: config.today.trim() || undefined },
  );
  patchChildren(canvas, [tree]);
}
