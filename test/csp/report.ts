/** What strict-csp-driver.ts calls once it has driven every element (left on the page's window by strict-csp-watch.ts). */
export interface Watch {
  finish(seen: Record<string, unknown>, driverError?: string): Promise<void>;
}

/** What strict-csp-watch.ts posts to the test page once it has driven every element of strict-csp.html. */

export const REPORT_TYPE = 'dermakit-strict-csp-report';

export interface Violation {
  /** `effectiveDirective` (falls back to `violatedDirective` where a browser leaves it empty). */
  directive: string;
  blockedURI: string;
  /** The element the event was fired at (`#id` or tag name), or `#document`. */
  target: string;
  sample: string;
}

/** Violations seen in each phase, split by the probe whose own violation closes the phase (see the driver). */
export interface Violations {
  /** Loading the kit and driving every element: must stay empty. */
  kit: Violation[];
  /** An inline `style` attribute set on a probe element: must be reported (the listener works). */
  styleProbe: Violation[];
  /** An inline JavaScript `<script>` and a `<script type="application/ld+json">` holding code. */
  scriptProbes: Violation[];
  /** The closing probe of a phase never reported a violation (within the driver's wait). */
  missedProbes: string[];
}

export interface Report {
  type: typeof REPORT_TYPE;
  origin: string;
  /** The navigation entry (the page itself) and every resource entry, as URLs. */
  navigation: string[];
  resources: string[];
  violations: Violations;
  errors: string[];
  warnings: string[];
  /** Calls the kit made to the instrumented APIs: `Storage.prototype.setItem`, the `document.cookie` setter, `indexedDB.open`. */
  storageWrites: string[];
  cookieWrites: string[];
  indexedDbOpens: string[];
  /** What the same instruments recorded for the driver's own probe calls afterwards (one each). */
  instrumentsProbed: { storageWrites: string[]; cookieWrites: string[]; indexedDbOpens: string[] };
  storageLengths: { before: number[]; after: number[] };
  cookie: { before: string; after: string };
  /** The probes' globals: set only if their script ran. */
  inlineScriptRan: boolean;
  jsonLdProbeRan: boolean;
  /** What the elements showed in each state (so the test cannot pass on a page where nothing rendered). */
  seen: Record<string, unknown>;
  /** Set when the driver itself threw: then `seen` is incomplete. */
  driverError?: string;
}
