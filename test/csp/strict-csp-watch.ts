/**
 * First script of strict-csp.html, classic and not deferred (inline script is what the policy blocks), so it runs
 * before the kit: it listens for policy violations and errors and instruments the storage APIs before the kit can
 * touch them. When strict-csp-driver.ts has driven every element it calls `finish()`, which sets the probes that
 * must be reported (proving the listeners work under this policy) and posts a Report to the parent page.
 */
// Types only: a classic script cannot import (esbuild erases type imports).
import type { Report, Violation, Watch } from './report.js';

(() => {
  const errors: string[] = [];
  const warnings: string[] = [];
  const storageWrites: string[] = [];
  const cookieWrites: string[] = [];
  const indexedDbOpens: string[] = [];
  const violations: Violation[] = [];
  const violationListeners = new Set<() => void>();

  document.addEventListener('securitypolicyviolation', (event) => {
    const target = event.target;
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      target: target instanceof Element ? (target.id ? `#${target.id}` : target.localName) : '#document',
      sample: event.sample,
    });
    violationListeners.forEach((listener) => listener());
  });
  addEventListener('error', (event) => errors.push(`error: ${event.message}`));
  addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => (warnings.push(args.map(String).join(' ')), warn.apply(console, args));
  console.error = (...args: unknown[]) => (
    errors.push(`console.error: ${args.map(String).join(' ')}`),
    error.apply(console, args)
  );

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
    storageWrites.push(`${this === localStorage ? 'localStorage' : 'sessionStorage'}.setItem(${key})`);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
  Object.defineProperty(Document.prototype, 'cookie', {
    ...cookie,
    set(this: Document, value: string) {
      cookieWrites.push(value);
      cookie.set!.call(this, value);
    },
  });
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    indexedDbOpens.push(name);
    return open.call(this, name, version);
  };
  const storageLengths = { before: [localStorage.length, sessionStorage.length], after: [] as number[] };
  const cookieBefore = document.cookie;

  const isProbe = (id: string) => (v: Violation) => v.target === `#${id}`;

  /**
   * Sets an inline `style` attribute, which the policy blocks, and waits for that violation. Violations are
   * reported in order, so every violation before it belongs to what ran before the probe. Returns false when
   * none came within about two seconds (the report says which probe was missed).
   */
  function styleProbe(id: string): Promise<boolean> {
    const probe = Object.assign(document.createElement('div'), { id });
    const reported = () => violations.some(isProbe(id));
    return new Promise((resolve) => {
      const done = (result: boolean) => {
        violationListeners.delete(check);
        clearTimeout(timer);
        resolve(result);
      };
      const check = () => reported() && done(true);
      const timer = setTimeout(() => done(false), 2000);
      violationListeners.add(check);
      probe.setAttribute('style', 'width: 123px');
      document.body.append(probe);
    });
  }

  /** One call to each instrumented API, each undone at once: shows the instruments would have seen the kit's. */
  async function probeInstruments(): Promise<void> {
    sessionStorage.setItem('dermakit-probe', '1');
    sessionStorage.removeItem('dermakit-probe');
    document.cookie = 'dermakit-probe=1; max-age=0';
    const request = indexedDB.open('dermakit-probe');
    await new Promise((resolve) => (request.onsuccess = request.onerror = resolve));
    request.result?.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase('dermakit-probe').onsuccess = resolve));
  }

  /** Probes, then the report: what the kit did (everything before the first probe) and what the probes showed. */
  async function finish(seen: Record<string, unknown>, driverError?: string): Promise<void> {
    const missedProbes: string[] = [];
    // Phase 1 closes with a blocked style attribute: everything before its violation is the kit's.
    if (!(await styleProbe('style-probe'))) missedProbes.push('style-probe');
    const closing = violations.findIndex(isProbe('style-probe'));
    const kit = violations.splice(0, closing < 0 ? violations.length : closing);
    const styleProbeViolations = violations.splice(0);

    // Phase 2: an inline JavaScript <script> (blocked and reported) and a JSON-LD <script> holding code (neither
    // run nor reported: browsers execute and check only JavaScript types), closed by a second style probe.
    const win = window as unknown as Record<string, unknown>;
    const jsonLd = Object.assign(document.createElement('script'), {
      type: 'application/ld+json',
      id: 'json-ld-probe',
    });
    jsonLd.textContent = 'window.dkJsonLdRan = true';
    const inline = Object.assign(document.createElement('script'), { id: 'inline-script-probe' });
    inline.textContent = 'window.dkInlineRan = true';
    document.head.append(jsonLd, inline);
    if (!(await styleProbe('style-probe-2'))) missedProbes.push('style-probe-2');
    const scriptProbes = violations.filter((v) => !isProbe('style-probe-2')(v));

    storageLengths.after = [localStorage.length, sessionStorage.length];
    const cookieAfter = document.cookie;
    const kitCalls = {
      storageWrites: storageWrites.splice(0),
      cookieWrites: cookieWrites.splice(0),
      indexedDbOpens: indexedDbOpens.splice(0),
    };
    await probeInstruments();
    const url = (name: string) => name.split('#')[0]!;
    const report: Report = {
      type: 'dermakit-strict-csp-report',
      origin: location.origin,
      navigation: performance.getEntriesByType('navigation').map((entry) => url(entry.name)),
      resources: performance.getEntriesByType('resource').map((entry) => url(entry.name)),
      violations: { kit, styleProbe: styleProbeViolations, scriptProbes, missedProbes },
      errors,
      warnings,
      ...kitCalls,
      instrumentsProbed: { storageWrites, cookieWrites, indexedDbOpens },
      storageLengths,
      cookie: { before: cookieBefore, after: cookieAfter },
      inlineScriptRan: win.dkInlineRan === true,
      jsonLdProbeRan: win.dkJsonLdRan === true,
      seen,
      driverError,
    };
    parent.postMessage(report, location.origin);
  }

  (window as unknown as { dkStrictCspWatch: Watch }).dkStrictCspWatch = { finish };
})();
