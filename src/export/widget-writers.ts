/**
 * One writer per kind of widget, and the dispatch both the static and the email writer use: a table instead of a
 * switch in each, so a new kind of widget is a type error in both until each writes it. Pure.
 */
import type { WidgetExport } from './model.js';

export type WidgetWriters<Context> = {
  readonly [Kind in WidgetExport['kind']]: (widget: Extract<WidgetExport, { kind: Kind }>, context: Context) => string;
};

/** The widget written by its kind's writer; nothing for a kind no writer knows (hand-made or garbage data). */
export function writeWidgetWith<Context>(
  writers: WidgetWriters<Context>,
  widget: WidgetExport,
  context: Context,
): string {
  const write = writers[widget?.kind] as ((widget: WidgetExport, context: Context) => string) | undefined;
  return write ? write(widget, context) : '';
}
