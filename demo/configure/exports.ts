/**
 * The one place the configurator calls the no-JavaScript and email exports (`src/export/`, also the
 * `dermakit/export` module and the `dermakit-export` CLI): the same markup as the snippet, the theme the form shows,
 * and the day the preview counts for. A failure there shows as a message in the code box, never breaks the form.
 */
import { exportSnippet } from '../../src/export/index.js';
import type { Config } from './config.js';
import { isDate, isHttpUrl } from './values.js';
import { exportMarkup } from './markup.js';
import { resolvedTheme } from './theme-css.js';
import { formatIsoDate, localDateOf } from '../../src/core/days.js';

export interface ExportOutput {
  readonly html: string;
  readonly text: string;
  readonly warnings: readonly string[];
  /** Set when the export could not be made (the message to show instead). */
  readonly error?: string;
}

/** The day the exports count for: the form's "count days as of", else today in the local zone. */
export function exportDay(config: Config): string {
  return isDate(config.today) ? config.today.trim() : formatIsoDate(localDateOf());
}

export function runExport(config: Config, target: 'static' | 'email'): ExportOutput {
  const theme = resolvedTheme(config);
  try {
    const result = exportSnippet(exportMarkup(config), {
      target,
      today: exportDay(config),
      webUrl: target === 'email' && isHttpUrl(config.webUrl) ? config.webUrl.trim() : undefined,
      theme: {
        primary: theme.primary,
        text: theme.text,
        background: theme.background,
        radius: theme.radius,
        font: theme.font === 'inherit' ? undefined : theme.font,
      },
    });
    return { html: result.html, text: result.text, warnings: result.warnings };
  } catch (error) {
    return {
      html: '',
      text: '',
      warnings: [],
      error: `The export could not be made: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Both exports of a configuration, as the output boxes show them. */
export interface Exports {
  readonly static: ExportOutput;
  readonly email: ExportOutput;
}

export function runExports(config: Config): Exports {
  return { static: runExport(config, 'static'), email: runExport(config, 'email') };
}
