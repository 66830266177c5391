// Render runs of `npm run bench`: every page of every measured build in a fresh page and browser context,
// interleaved round by round (the order rotates each round), one warm-up round discarded. Per run: the page's own
// marks (script start → every element rendered) and the renderer main thread's CPU from CDP Performance.getMetrics
// in thread ticks (what the page cost, whatever else the machine runs).
import { dermakitFaqPage, nativeFaqPage } from './faq-page.mjs';
import { dermakitPage, nativePage } from './pages.mjs';

export const PAGES = { full: 'full page', faq: 'FAQ page' };

/**
 * The cases to run and the pages they need. `builds`: key → build, the current one under 'current'. A build
 * without dist/dermakit-faq.js has no per-element FAQ case: its FAQ page falls back to the whole kit.
 */
export function renderCases(builds) {
  const pages = { '/native/full.html': nativePage(), '/native/faq.html': nativeFaqPage() };
  const cases = [
    { id: 'native/full', page: 'full', path: '/native/full.html' },
    { id: 'native/faq', page: 'faq', path: '/native/faq.html' },
  ];
  for (const [key, build] of Object.entries(builds)) {
    const add = (page, script, html) => {
      const path = `/${key}/${page}-${script.replace(/\.js$/, '')}.html`;
      pages[path] = html(`/${key}/dist/${script}`);
      cases.push({ id: `${key}/${page}/${script}`, page, build: key, script, path });
    };
    add('full', 'dermakit.js', dermakitPage);
    if (build.files.has('dermakit-faq.js')) add('faq', 'dermakit-faq.js', dermakitFaqPage);
    add('faq', 'dermakit.js', dermakitFaqPage);
  }
  return { pages, cases };
}

/**
 * One load of `url` in a fresh page: the page's marks and the main thread's CPU. `network` (download and upload in
 * bytes per second, latency in ms) throttles the page's connection. `transferred`: bytes received (page, script,
 * images; headers included), from the page's resource timing; `firstPaint`: navigation → first contentful paint.
 */
export async function renderRun(freshPage, url, network) {
  const { page, close } = await freshPage();
  try {
    const cdp = await page.createCDPSession();
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (network) await page.emulateNetworkConditions(network);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction('window.benchResult', { timeout: 60_000 });
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => 1000 * (metrics.find((m) => m.name === name)?.value ?? NaN);
    return {
      ...(await page.evaluate('window.benchResult')),
      cpu: metric('ThreadTime'),
      script: metric('ScriptDuration'),
      styleLayout: metric('RecalcStyleDuration') + metric('LayoutDuration'),
      ...(await page.evaluate(() => ({
        transferred: performance
          .getEntriesByType('navigation')
          .concat(performance.getEntriesByType('resource'))
          .reduce((sum, entry) => sum + entry.transferSize, 0),
        firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }))),
    };
  } finally {
    await close();
  }
}

/** Runs every case `runs` times (after a warm-up round); resolves to Map of case id → list of results. */
export async function runRender({ freshPage, origin, cases, runs, log, labelOf }) {
  const results = new Map(cases.map((c) => [c.id, []]));
  for (let round = -1; round < runs; round++) {
    const shift = (round + 1) % cases.length;
    const order = [...cases.slice(shift), ...cases.slice(0, shift)];
    for (const c of order) {
      const result = await renderRun(freshPage, origin + c.path);
      if (round >= 0) results.get(c.id).push(result);
    }
    if (round < 0) continue;
    const last = (c) => results.get(c.id).at(-1);
    const summary = Object.keys(PAGES).map(
      (page) =>
        `${page}: ` +
        cases
          .filter((c) => c.page === page)
          .map((c) => `${labelOf(c)} ${Math.round(last(c).rendered - last(c).start)}/${Math.round(last(c).cpu)}`)
          .join(', '),
    );
    log(`  round ${round + 1}/${runs} (start → rendered / CPU, ms): ${summary.join('; ')}`);
  }
  return results;
}
