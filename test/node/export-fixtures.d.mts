// Types of export-fixtures.mjs, for the browser tests (TypeScript) that share its fixtures.
import type { ExportTheme, SnippetExport, WidgetExport } from '../../src/export/model.js';

export const LIGHT_THEME: ExportTheme;
export const DARK_THEME: ExportTheme;
export const BRAND_THEME: ExportTheme;
export const DEMO_WIDGETS: readonly WidgetExport[];
export function demoSnippet(theme?: ExportTheme): SnippetExport;
export const PAYLOAD: string;
export function hostileSnippet(theme?: ExportTheme): SnippetExport;
export function textsOf(snippet: SnippetExport): string[];
