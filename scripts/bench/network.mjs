// Network runs of `npm run bench`: the pages of the current build over an emulated slow mobile connection, served
// gzipped as any host serves them, so what fewer bytes save shows as time. Measured from navigation (the visitor
// tapping the link) to first text painted and to every element rendered, against the native-HTML twin of the page.
import { PredefinedNetworkConditions } from 'puppeteer-core';
import { PAGES, renderRun } from './render.mjs';
import { bytes, ms, ratio, span, stat, table } from './report.mjs';

/** Puppeteer's (and DevTools') "Slow 4G": 562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up. */
export const NETWORK = 'Slow 4G';
export const NETWORK_RUNS = 5;

/** The cases worth loading over the network: native HTML and the current build's pages. */
export const networkCases = (cases) => cases.filter((c) => !c.build || c.build === 'current');

/** Runs each case `runs` times, interleaved (order rotating each round); resolves to Map of case id → results. */
export async function runNetwork({ freshPage, origin, cases, runs, log, labelOf }) {
  const conditions = PredefinedNetworkConditions[NETWORK];
  const results = new Map(cases.map((c) => [c.id, []]));
  for (let round = 0; round < runs; round++) {
    const order = [...cases.slice(round % cases.length), ...cases.slice(0, round % cases.length)];
    for (const c of order) results.get(c.id).push(await renderRun(freshPage, origin + c.path, conditions));
    const last = (c) => Math.round(results.get(c.id).at(-1).rendered);
    log(
      `  round ${round + 1}/${runs} (navigation → rendered, ms): ` +
        cases.map((c) => `${PAGES[c.page]} ${labelOf(c)} ${last(c)}`).join(', '),
    );
  }
  return results;
}

/** One table: per page, native HTML and each script of the current build. */
export function printNetwork({ results, cases, runs }) {
  const { latency, download } = PredefinedNetworkConditions[NETWORK];
  console.log(
    `\n## Over a slow mobile connection ("${NETWORK}": ${latency} ms round trip, ${((download * 8) / 1e6).toFixed(2)} Mbit/s down; gzip; median of ${runs} runs)`,
  );
  const rows = [];
  for (const page of Object.keys(PAGES)) {
    const native = results.get(`native/${page}`);
    const nativeTime = stat(native, null, 'rendered').median;
    for (const c of cases.filter((c) => c.page === page)) {
      const list = results.get(c.id);
      const time = stat(list, null, 'rendered');
      rows.push([
        PAGES[page],
        c.build ? c.script : 'native HTML',
        bytes(stat(list, null, 'transferred').median),
        ms(stat(list, null, 'firstPaint').median),
        span(time),
        c.build ? ratio(time.median, nativeTime) : '',
        c.build ? `+${ms(time.median - nativeTime)}` : '',
      ]);
    }
  }
  table(
    ['Page', 'Loads', 'bytes received', 'first text painted', 'navigation → rendered', '× native', 'the kit costs'],
    rows,
    '  rrrrr',
  );
  console.log(
    'The questions and answers are plain HTML in the page: they paint before the script arrives, as the native page does.',
  );
}
