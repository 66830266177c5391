/**
 * Second script of strict-csp.html (after strict-csp-watch.ts, before the kit): once the elements are defined it
 * drives each through its states as a visitor would (clicks, keys, typing, dragging, scrolling, a download),
 * records what they showed, and hands that to the watch, which probes and reports to the test page.
 *
 * The synthetic events reach the same handlers a real visitor's do; the other suites test real keys and pointers.
 */
// Types only: a classic script cannot import (esbuild erases type imports).
import type { Watch } from './report.js';

(() => {
  const seen: Record<string, unknown> = {};

  // ---- Helpers -------------------------------------------------------------------------------------------
  const TAGS = [
    'dk-faq',
    'dk-faq-item',
    'dk-recovery',
    'dk-healing-timeline',
    'dk-phase',
    'dk-collagen-gauge',
    'dk-treatment-plan',
    'dk-before-after',
  ];
  type Updating = Element & { updateComplete?: Promise<unknown> };
  const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = document) =>
    root.querySelector<T>(selector)!;
  const $$ = (selector: string, root: ParentNode = document) => [...root.querySelectorAll<HTMLElement>(selector)];
  const shadow = (host: Element) => host.shadowRoot!;
  const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  /** Every element has rendered what the last action changed (providers first, then what they notified). */
  async function settle(): Promise<void> {
    for (let round = 0; round < 3; round++) {
      await Promise.all(TAGS.flatMap((tag) => $$(tag).map((el) => (el as Updating).updateComplete)));
    }
    await frame();
  }

  /** Resolves once `condition` holds, checked each frame, or after `frames` frames (then false). */
  async function until(condition: () => boolean, frames = 120): Promise<boolean> {
    for (let i = 0; i < frames; i++) {
      if (condition()) return true;
      await frame();
    }
    return condition();
  }

  function type(input: HTMLInputElement, value: string): void {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function key(target: Element, name: string): void {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true, cancelable: true }));
  }

  function pointer(target: Element, kind: string, x: number, y: number, buttons: number): void {
    const init = { clientX: x, clientY: y, button: 0, buttons, pointerId: 1, pointerType: 'mouse', isPrimary: true };
    target.dispatchEvent(new PointerEvent(kind, { ...init, bubbles: true, composed: true, cancelable: true }));
  }

  // ---- Each element through its states ---------------------------------------------------------------------
  async function driveFaq(): Promise<void> {
    const faq = $('dk-faq');
    const items = $$('dk-faq-item', faq);
    const button = (item: Element) => $<HTMLButtonElement>('button', shadow(item));
    const expanded = () => items.map((item) => button(item).getAttribute('aria-expanded'));
    // The accessible name: the button's text with the slotted question (light DOM) in place of its slot.
    const question = (item: Element) => text(item.querySelector('[slot="question"]')) ?? text(button(item));
    seen.faqButtons = items.map((item) => `${button(item).localName}: ${question(item)}`);
    seen.faqOpenedByInitialHash = expanded();
    button(items[0]!).click();
    await settle();
    seen.faqAfterClick = expanded();
    key(button(items[0]!), 'ArrowDown');
    key(button(items[0]!), 'Enter');
    button(items[0]!).click();
    await settle();
    seen.faqAfterClose = expanded();

    const input = $<HTMLInputElement>('input[type="search"]', shadow(faq));
    type(input, 'skin types');
    await settle();
    seen.faqSearch = {
      status: text($('[part="status"]', shadow(faq))),
      filtered: items.map((item) => item.matches(':state(filtered)')),
    };
    type(input, 'zzz');
    await settle();
    seen.faqNoResults = text($('[part="no-results"]:not([hidden])', shadow(faq)));
    key(input, 'Escape');
    await settle();
    seen.faqAfterEscape = input.value;

    const hashChanged = new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    location.hash = `#${items[2]!.id}`;
    await hashChanged;
    await settle();
    seen.faqAfterHashChange = expanded();
    $('[part="panel"]', shadow(items[1]!)).dispatchEvent(new Event('beforematch', { bubbles: true }));
    await settle();
    seen.faqAfterFindInPage = expanded();

    const multiple = $$('dk-faq[multiple] dk-faq-item');
    multiple.forEach((item) => button(item).click());
    await settle();
    seen.faqMultiple = multiple.map((item) => button(item).getAttribute('aria-expanded'));

    const schema = [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
    let parsed: { '@type'?: string; mainEntity?: { name: string; acceptedAnswer: { text: string } }[] } | string;
    try {
      parsed = JSON.parse(schema[0]?.textContent ?? '');
    } catch (failure) {
      parsed = String(failure);
    }
    seen.faqSchema = { count: schema.length, inHead: schema[0]?.parentElement === document.head, parsed };
  }

  async function driveTimeline(): Promise<void> {
    const timeline = $('#timeline-states');
    const says = (el: Element) => {
      const current = $('[aria-current="step"]', shadow(el));
      return {
        status: text(shadow(el).querySelector('[part="status"]')),
        current: current && text(current.querySelector('[part="name"]')),
        marker: current && text(current.querySelector('[part="marker"]')),
        phases: shadow(el).querySelectorAll('li').length,
        vertical: shadow(el).querySelector('ol')!.classList.contains('vertical'),
      };
    };
    const states: Record<string, unknown> = { during: says(timeline) };
    for (const [state, day] of [
      ['before', '-5'],
      ['after', '200'],
    ] as const) {
      timeline.setAttribute('day', day);
      await settle();
      states[state] = says(timeline);
    }
    timeline.removeAttribute('day');
    await settle();
    states.noDay = says(timeline);
    timeline.setAttribute('orientation', 'vertical');
    timeline.setAttribute('day', '2');
    await settle();
    states.vertical = says(timeline);
    states.presetByDates = says($('dk-healing-timeline[scale="time"]'));
    seen.timeline = states;
  }

  /** The gauge's meter and how far its ring is drawn (the sweep starts once it is seen). */
  const meter = (gauge: Element) => {
    const el = $('[role="meter"]', shadow(gauge));
    return {
      value: el.getAttribute('aria-valuenow'),
      text: el.getAttribute('aria-valuetext'),
      name: el.getAttribute('aria-label'),
      drawn: 100 - parseFloat(getComputedStyle($('[part="fill"]', shadow(gauge))).strokeDashoffset),
      types: text(shadow(gauge).querySelector('[part="types"]')),
    };
  };

  async function driveGauges(): Promise<void> {
    const late = $('#gauge-late');
    const belowFold = late.getBoundingClientRect().top > innerHeight;
    const before = meter(late);
    late.scrollIntoView({ block: 'center' });
    const swept = await until(() => meter(late).drawn === Number(meter(late).value));
    seen.gauges = {
      value: meter($('#gauge-value')),
      model: meter($('#gauge-model')),
      late: { belowFold, before, swept, after: meter(late) },
    };
    scrollTo(0, 0);
  }

  async function driveRecovery(): Promise<void> {
    const recovery = $('#recovery');
    const [dateInput, range] = [
      $<HTMLInputElement>('input[type="date"]', shadow(recovery)),
      $<HTMLInputElement>('input[type="range"]', shadow(recovery)),
    ];
    const inside = () => ({
      date: dateInput.value,
      scrubber: range.getAttribute('aria-valuetext'),
      marker: text(shadow($('dk-healing-timeline', recovery)).querySelector('[part="marker"]')),
      gauge: meter($('dk-collagen-gauge', recovery)).text,
      plan: text(shadow($('dk-treatment-plan', recovery)).querySelector('[part="progress"]')),
    });
    const states: Record<string, unknown> = { initial: inside() };
    type(dateInput, '2026-10-01');
    await settle();
    states.typedDate = inside();
    type(range, '40');
    await settle();
    states.scrubbed = inside();
    type(range, range.max);
    await settle();
    states.scrubbedToEnd = inside();
    type(dateInput, '');
    await settle();
    states.cleared = inside();
    seen.recovery = states;
  }

  async function drivePlan(): Promise<void> {
    const plan = $('#plan');
    const steps = $$('[part~="step"]', shadow(plan)).map((step) => step.getAttribute('part'));
    const downloaded = new Promise<unknown>((resolve) =>
      plan.addEventListener('dk-download', (event) => resolve((event as CustomEvent).detail), { once: true }),
    );
    const button = $<HTMLButtonElement>('[part="button"]', shadow(plan));
    const label = text(button);
    button.click();
    const relative = $$('[part="label"]', shadow($('dk-treatment-plan[interval-days]'))).map(text);
    seen.plan = { steps, label, download: await downloaded, relative };
  }

  async function driveBeforeAfter(): Promise<void> {
    const slider = $('#slider');
    const handle = $('[role="slider"]', shadow(slider));
    const box = $('[part="frame"]', shadow(slider));
    const value = () => handle.getAttribute('aria-valuenow');
    const states: Record<string, unknown> = { initial: value() };
    const rect = box.getBoundingClientRect();
    const y = rect.top + rect.height / 2;
    pointer(box, 'pointerdown', rect.left + rect.width * 0.2, y, 1);
    pointer(box, 'pointermove', rect.left + rect.width * 0.8, y, 1);
    pointer(box, 'pointerup', rect.left + rect.width * 0.8, y, 0);
    await settle();
    states.dragged = value();
    for (const name of ['Home', 'ArrowRight', 'PageUp', 'End', 'ArrowLeft']) key(handle, name);
    await settle();
    states.keyed = value();
    states.labels = $$('[part~="label"]', shadow(slider)).map(text);

    const broken = $('#slider-broken');
    const brokenImage = $<HTMLImageElement>('img[slot="after"]', broken);
    await until(() => brokenImage.complete);
    await settle();
    const brokenHandle = $('[role="slider"]', shadow(broken));
    key(brokenHandle, 'ArrowDown');
    await settle();
    states.broken = {
      placeholder: text(shadow(broken).querySelector('[part="placeholder"]')),
      orientation: brokenHandle.getAttribute('aria-orientation'),
      value: brokenHandle.getAttribute('aria-valuenow'),
    };
    seen.beforeAfter = states;
  }

  async function run(): Promise<void> {
    let driverError: string | undefined;
    try {
      if (document.readyState === 'loading')
        await new Promise((resolve) => addEventListener('DOMContentLoaded', resolve, { once: true }));
      await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
      await settle();
      await driveFaq();
      await driveTimeline();
      await driveGauges();
      await driveRecovery();
      await drivePlan();
      await driveBeforeAfter();
      await settle();
    } catch (failure) {
      driverError = failure instanceof Error ? `${failure.message}\n${failure.stack}` : String(failure);
    }
    await (window as unknown as { dkStrictCspWatch: Watch }).dkStrictCspWatch.finish(seen, driverError);
  }

  void run();
})();
