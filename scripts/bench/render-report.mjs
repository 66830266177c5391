// The render tables of `npm run bench`: per page, every build and script against native HTML; then what changed
// from each baseline to the current build, and what the per-element FAQ script saves against the whole kit.
import { PAGES } from './render.mjs';
import { change, ms, ratio, span, stat, table } from './report.mjs';

/**
 * `results`: Map case id → runs; `builds`: key → build (current first). A baseline without dermakit-faq.js is
 * shown with the whole kit in that row, and said so.
 */
export function printRender({ results, builds, runs }) {
  const runsOf = (id) => results.get(id);
  const keys = Object.keys(builds);
  const faqCase = (key) =>
    runsOf(`${key}/faq/dermakit-faq.js`) ? `${key}/faq/dermakit-faq.js` : `${key}/faq/dermakit.js`;
  const rows = (page) => {
    const list = [['native HTML', `native/${page}`]];
    for (const key of keys) {
      const label = builds[key].label;
      if (page === 'faq') {
        const own = runsOf(`${key}/faq/dermakit-faq.js`);
        list.push([
          own ? `dermakit-faq.js, ${label}` : `dermakit.js, ${label} (no dermakit-faq.js there)`,
          faqCase(key),
        ]);
      }
      list.push([`dermakit.js, ${label}`, `${key}/${page}/dermakit.js`]);
    }
    return list;
  };

  const fullShape = runsOf('current/full/dermakit.js')[0];
  const faqShape = runsOf('current/faq/dermakit.js')[0];
  const c = fullShape.counts;
  const n = faqShape.counts;
  const describe = {
    full:
      `${c['dk-faq']} dk-faq with ${c['dk-faq-item']} items, ${c['dk-collagen-gauge']} gauges, ${c['dk-healing-timeline']} timelines ` +
      `(${c['dk-phase']} phases), ${c['dk-treatment-plan']} plans, ${c['dk-before-after']} before/after, in ${c['dk-recovery']} ` +
      `dk-recovery: ${fullShape.elements} Lit elements. Native twin: <details name>, <meter>, <ol>, <img>.`,
    faq:
      `a clinic's questions page: intro text, ${n['dk-faq']} dk-faq with ${n['dk-faq-item']} items under two <h2>, contact text: ` +
      `${faqShape.elements} Lit elements. Native twin: the same words in <details name> under the same headings.`,
  };

  for (const page of Object.keys(PAGES)) {
    console.log(
      `\n## Render: ${PAGES[page]} (median of ${runs} runs, min–max; fresh page each run, all pages interleaved)`,
    );
    console.log(`Page: ${describe[page]}`);
    const native = runsOf(`native/${page}`);
    const nativeTime = stat(native, 'start', 'rendered').median;
    const nativeCpu = stat(native, null, 'cpu').median;
    table(
      [
        'Page loads',
        'script start → rendered',
        '× native',
        'navigation → rendered',
        'main-thread CPU',
        '× native',
        'of which JS',
        'of which style + layout',
      ],
      rows(page).map(([label, id]) => {
        const list = runsOf(id);
        const time = stat(list, 'start', 'rendered');
        const cpu = stat(list, null, 'cpu');
        return [
          label,
          span(time),
          ratio(time.median, nativeTime),
          span(stat(list, null, 'rendered')),
          span(cpu),
          ratio(cpu.median, nativeCpu),
          span(stat(list, null, 'script')),
          span(stat(list, null, 'styleLayout')),
        ];
      }),
      ' rrrrrrr',
    );
    const left = [
      ...new Set(
        rows(page)
          .map(([, id]) => runsOf(id)[0]?.undefinedCount)
          .filter(Boolean),
      ),
    ];
    if (left.length) console.log(`Left undefined (not rendered) on some dermakit page: ${left.join(', ')} elements.`);
  }

  console.log(
    'Scripts come from 127.0.0.1 without throttling: these times show parsing and running them; what fewer bytes save',
  );
  console.log('over a phone connection shows in the network table.');

  // What changed: medians from → to, and each one's ratio to native HTML.
  const comparisons = [];
  for (const key of keys.slice(1)) {
    const base = builds[key].label;
    const now = builds.current.label;
    const ownNow = runsOf('current/faq/dermakit-faq.js') ? 'dermakit-faq.js' : 'dermakit.js';
    const ownThen = faqCase(key).split('/').at(-1);
    comparisons.push(
      [
        'full page',
        `dermakit.js, ${base}`,
        `dermakit.js, ${now}`,
        `${key}/full/dermakit.js`,
        'current/full/dermakit.js',
      ],
      ['FAQ page', `dermakit.js, ${base}`, `dermakit.js, ${now}`, `${key}/faq/dermakit.js`, 'current/faq/dermakit.js'],
      ['FAQ page', `${ownThen}, ${base}`, `${ownNow}, ${now}`, faqCase(key), faqCase('current')],
    );
  }
  for (const key of keys)
    if (runsOf(`${key}/faq/dermakit-faq.js`))
      comparisons.push([
        'FAQ page',
        `dermakit.js, ${builds[key].label}`,
        `dermakit-faq.js, ${builds[key].label}`,
        `${key}/faq/dermakit.js`,
        `${key}/faq/dermakit-faq.js`,
      ]);
  console.log('\n## Render: what changed (medians; × native HTML of the same page)');
  table(
    ['Page', 'from', 'to', 'script start → rendered', 'change', '× native', 'main-thread CPU', 'change', '× native'],
    comparisons.map(([page, from, to, fromId, toId]) => {
      const native = runsOf(`native/${page === 'full page' ? 'full' : 'faq'}`);
      const time = (id) => stat(runsOf(id), 'start', 'rendered').median;
      const cpu = (id) => stat(runsOf(id), null, 'cpu').median;
      const nativeTime = stat(native, 'start', 'rendered').median;
      const nativeCpu = stat(native, null, 'cpu').median;
      return [
        page,
        from,
        to,
        `${ms(time(fromId))} → ${ms(time(toId))}`,
        change(time(fromId), time(toId)),
        `${ratio(time(fromId), nativeTime)} → ${ratio(time(toId), nativeTime)}`,
        `${ms(cpu(fromId))} → ${ms(cpu(toId))}`,
        change(cpu(fromId), cpu(toId)),
        `${ratio(cpu(fromId), nativeCpu)} → ${ratio(cpu(toId), nativeCpu)}`,
      ];
    }),
    '   rrrrrr',
  );
  console.log(
    "Clock times swing with whatever else the machine runs (see each min–max above); the main thread's CPU time",
  );
  console.log('is the steadier figure. A change smaller than the spread of its rows is noise, not a result.');
}
