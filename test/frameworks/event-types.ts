/**
 * A type test, never run: `tsc --noEmit` (part of `npm test`) proves that a host's listeners for the kit's events
 * get their `detail` typed through `GlobalEventHandlersEventMap`, as ESM users import the kit, and that wrong uses
 * fail (each `@ts-expect-error` must meet an error, or tsc reports it unused).
 */
import type { DkEventMap } from '../../src/index.js';

export function listen(): void {
  const item = document.querySelector('dk-faq-item')!;
  item.addEventListener('dk-toggle', (event) => {
    const open: boolean = event.detail.open;
    // @ts-expect-error `open` is a boolean, not a string
    const wrong: string = event.detail.open;
    // @ts-expect-error dk-toggle's detail has no `position`
    void event.detail.position;
    void [open, wrong];
  });

  // On any target: the page listens on `document` for events bubbling out of every widget.
  document.addEventListener('dk-change', (event) => {
    const position: number = event.detail.position;
    void position;
  });
  document.querySelector('dk-treatment-plan')!.addEventListener('dk-download', ({ detail }) => {
    const summary: string = `${detail.filename}: ${detail.events}`;
    void summary;
  });
  document.querySelector('dk-healing-timeline')!.addEventListener('dk-phases-change', ({ detail }) => {
    const names: string[] = detail.phases.map((phase) => phase.name);
    // @ts-expect-error the phases are read-only: the timeline's own list
    detail.phases.push({ name: 'Extra', start: 0, end: 1 });
    void names;
  });
  document.querySelector('dk-recovery')!.addEventListener('dk-recovery-change', ({ detail }) => {
    // Both are optional: a visitor may clear the date.
    // @ts-expect-error `day` may be undefined
    const day: number = detail.day;
    const date: string | undefined = detail.treatmentDate;
    void [day, date];
  });

  // The map itself, for a host's own typed helpers.
  const once = <K extends keyof DkEventMap>(target: EventTarget, name: K) =>
    new Promise<DkEventMap[K]>((resolve) =>
      target.addEventListener(name, (event) => resolve(event as DkEventMap[K]), { once: true }),
    );
  void once(item, 'dk-toggle').then((event) => event.detail.open);
  // @ts-expect-error not an event of the kit
  void once(item, 'dk-open');
}
