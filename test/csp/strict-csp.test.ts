/**
 * The built kit (dist/dermakit.js) on a page served with `Content-Security-Policy: default-src 'self';
 * script-src 'self'; style-src 'self'` (a real HTTP header, set for test/csp/strict-csp.html only by
 * web-test-runner.config.mjs), every element driven through its states by strict-csp-driver.ts and watched by
 * strict-csp-watch.ts. The page runs in an iframe and posts a Report (report.ts) here. Asserted: no policy
 * violation, no request but the page's own files, no cookie, storage or IndexedDB, and that the elements really
 * rendered and responded (so nothing passes on a page where the kit did not run).
 */
import { expect } from '@open-wc/testing';
import { REPORT_TYPE, type Report } from './report.js';

let report: Report;

/**
 * Opens the page (with a hash naming a question, as a link from elsewhere would) and waits for its report. The
 * frame is sandboxed without `allow-downloads`, so the browser cancels the calendar download the driver starts
 * (nothing is intercepted, and test runs leave no .ics files in the home folder); scripts and storage work as usual.
 */
async function load(): Promise<Report> {
  const frame = Object.assign(document.createElement('iframe'), {
    src: '/test/csp/strict-csp.html#safety',
    width: '640',
    height: '400',
    sandbox: 'allow-scripts allow-same-origin',
  });
  const posted = new Promise<Report>((resolve) => {
    addEventListener('message', function listen(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== REPORT_TYPE) return;
      removeEventListener('message', listen);
      resolve(event.data as Report);
    });
  });
  document.body.append(frame);
  try {
    return await posted;
  } finally {
    frame.remove();
  }
}

const POLICY_PAGE = '/test/csp/strict-csp.html';
const QUESTIONS = [
  'How long does collagen production last after microneedling?',
  'Is microneedling safe for all skin types?',
  'Can I wear make-up afterwards?',
];

describe('every element under a strict Content-Security-Policy, with zero network and no storage', function () {
  this.timeout(60000);
  before(async () => {
    report = await load();
    expect(report.driverError, 'the driver got through every element').to.equal(undefined);
  });

  describe('the policy and the network', () => {
    it('reports no violation while the kit loads and every element is driven through its states', () => {
      expect(report.violations.kit).to.deep.equal([]);
      expect(report.violations.missedProbes).to.deep.equal([]);
      expect(report.errors).to.deep.equal([]);
      expect(report.warnings, 'no input on that page is bad').to.deep.equal([]);
    });

    it('does report an inline style attribute there (the listener works under this policy)', () => {
      expect(report.violations.styleProbe).to.have.length(1);
      expect(report.violations.styleProbe[0]).to.include({ target: '#style-probe' });
      expect(report.violations.styleProbe[0]!.directive).to.match(/^style-src/);
    });

    it('requests nothing but the page, the kit, the two test scripts and the page\u2019s own images, all from the test server', () => {
      const own = (path: string) => new URL(path, report.origin).href;
      expect(report.navigation).to.deep.equal([own(POLICY_PAGE)]);
      for (const name of report.resources) expect(new URL(name).origin, name).to.equal(report.origin);
      // Which files, not how often: WebKit was seen to request the broken photo twice.
      expect([...new Set(report.resources)]).to.have.members(
        [
          '/dist/dermakit.js',
          '/test/csp/strict-csp-watch.ts',
          '/test/csp/strict-csp-driver.ts',
          '/test/csp/before.svg',
          '/test/csp/after.svg',
          '/test/csp/missing-photo.svg',
        ].map(own),
      );
    });

    it('sets no cookie and touches no localStorage, sessionStorage or IndexedDB', () => {
      expect(report.cookieWrites).to.deep.equal([]);
      expect(report.storageWrites).to.deep.equal([]);
      expect(report.indexedDbOpens).to.deep.equal([]);
      expect(report.cookie.after).to.equal(report.cookie.before);
      expect(report.storageLengths.after, 'no storage key set by assignment either').to.deep.equal(
        report.storageLengths.before,
      );
      // The same instruments saw the driver's own calls afterwards: they would have seen the kit's.
      expect(report.instrumentsProbed).to.deep.equal({
        storageWrites: ['sessionStorage.setItem(dermakit-probe)'],
        cookieWrites: ['dermakit-probe=1; max-age=0'],
        indexedDbOpens: ['dermakit-probe'],
      });
    });
  });

  describe('FAQ structured data (JSON-LD) under the policy', () => {
    it('is a <script type="application/ld+json"> in the head whose text parses as FAQPage data', () => {
      const schema = report.seen.faqSchema as {
        count: number;
        inHead: boolean;
        parsed: { '@type': string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };
      };
      expect(schema).to.include({ count: 1, inHead: true });
      expect(schema.parsed['@type']).to.equal('FAQPage');
      expect(schema.parsed.mainEntity.map((entry) => entry.name)).to.deep.equal(QUESTIONS);
      // An answer's text that looks like markup stays a JSON string: it did not end the script element.
      expect(schema.parsed.mainEntity[2]!.acceptedAnswer.text).to.contain(
        '</script><script>parent.dkInjected = 1</script>',
      );
    });

    it('causes no violation: browsers neither run nor check non-JavaScript script types, while inline JavaScript is blocked', () => {
      // The kit's block added no violation (asserted above). A JSON-LD block holding code on the same page ran
      // nothing and was not reported either; the inline JavaScript next to it was blocked and reported.
      expect(report.jsonLdProbeRan).to.equal(false);
      expect(report.inlineScriptRan).to.equal(false);
      expect(report.violations.scriptProbes).to.have.length(1);
      expect(report.violations.scriptProbes[0]).to.include({ target: '#inline-script-probe' });
      expect(report.violations.scriptProbes[0]!.directive).to.match(/^script-src/);
    });
  });

  describe('what the elements showed (the page really ran)', () => {
    it('dk-faq: questions as buttons, opened by the link\u2019s hash, a click, a hash change and find-in-page; search and Escape', () => {
      const { seen } = report;
      expect(seen.faqButtons).to.deep.equal(QUESTIONS.map((question) => `button: ${question}`));
      expect(seen.faqOpenedByInitialHash).to.deep.equal(['false', 'true', 'false']);
      expect(seen.faqAfterClick).to.deep.equal(['true', 'false', 'false']);
      expect(seen.faqAfterClose).to.deep.equal(['false', 'false', 'false']);
      expect(seen.faqSearch).to.deep.equal({ status: '1 of 3 questions', filtered: [true, false, true] });
      expect(seen.faqNoResults).to.equal('No questions match \u201czzz\u201d.');
      expect(seen.faqAfterEscape).to.equal('');
      expect(seen.faqAfterHashChange).to.deep.equal(['false', 'false', 'true']);
      expect(seen.faqAfterFindInPage).to.deep.equal(['false', 'true', 'false']);
      expect(seen.faqMultiple, 'with multiple, the open one closed and the other opened').to.deep.equal([
        'false',
        'true',
      ]);
    });

    it('dk-healing-timeline: during, before, after, without a day, vertical, and from dates', () => {
      const phase = (status: string | null, current: string | null, marker: string | null, vertical = false) => ({
        status,
        current,
        marker,
        phases: 3,
        vertical,
      });
      expect(report.seen.timeline).to.deep.equal({
        during: phase(null, 'Proliferative', 'Day 10'),
        before: phase('Treatment in 5 days', null, null),
        after: phase('Day 200: healing complete', null, null),
        noDay: phase(null, null, null),
        vertical: phase(null, 'Inflammatory', 'Day 2', true),
        presetByDates: phase(null, 'Proliferative', 'Day 19'),
      });
    });

    it('dk-collagen-gauge: a meter from a value and from the model, with types, sweeping once scrolled into view', () => {
      const gauges = report.seen.gauges as Record<string, Record<string, unknown>>;
      expect(gauges.value).to.include({ value: '60', text: '60%', name: 'Course progress', types: null });
      expect(gauges.model).to.include({
        value: '34',
        text: '34%, day 30, Remodeling phase',
        name: 'Collagen renewal after your first session',
      });
      expect(gauges.model!.types).to.equal('New collagen: 91% type III, 9% type I');
      const late = gauges.late as {
        belowFold: boolean;
        swept: boolean;
        before: { drawn: number; value: string };
        after: { drawn: number };
      };
      expect(late.belowFold, 'starts out of view').to.equal(true);
      expect(late.before).to.include({ value: '53', drawn: 0 });
      expect(late.swept).to.equal(true);
      expect(late.after.drawn).to.equal(53);
    });

    it('dk-recovery: a typed date, the scrubber moved and the date cleared move the timeline, gauge and plan inside', () => {
      const state = (date: string, day: number, phase: string, percent: number, done: number) => ({
        date,
        scrubber: `Day ${day} \u2014 ${phase} phase`,
        marker: `Day ${day}`,
        gauge: `${percent}%, day ${day}, ${phase} phase`,
        plan: `${done} of 3 sessions complete`,
      });
      expect(report.seen.recovery).to.deep.equal({
        initial: state('2026-11-01', 19, 'Proliferative', 18, 1),
        typedDate: state('2026-10-01', 50, 'Remodeling', 60, 2),
        scrubbed: state('2026-10-01', 40, 'Remodeling', 48, 2),
        scrubbedToEnd: state('2026-10-01', 180, 'Remodeling', 100, 3),
        cleared: state('', 0, 'Inflammatory', 0, 0),
      });
    });

    it('dk-treatment-plan: steps by state, and "Add to calendar" made its file in the page (relative plans too)', () => {
      expect(report.seen.plan).to.deep.equal({
        steps: ['step step-done', 'step step-next', 'step step-upcoming', 'step step-upcoming'],
        label: 'Add to calendar',
        download: { filename: 'microneedling-session.ics', events: 3 },
        relative: ['Session 1 \u2014 Day 0', 'Session 2 \u2014 Day 10', 'Session 3 \u2014 Day 20'],
      });
    });

    it('dk-before-after: dragged and keyed, and a broken local photo shows its alt text in the vertical one', () => {
      expect(report.seen.beforeAfter).to.deep.equal({
        initial: '30',
        dragged: '80',
        keyed: '99',
        labels: ['Before', 'After'],
        broken: { placeholder: 'After (photo missing)', orientation: 'vertical', value: '49' },
      });
    });
  });
});
