// Pages for `npm run bench`: a long clinic page built with dermakit, its native-HTML twin with the same words
// (<details name>, <meter>, <ol>, <img>), and a bare page for the attach/detach memory cycles.
// The bench page is not served under CSP: its timing marks and probe are inline scripts.
import { comparisons, faqItems, gaugeCaptions, phaseSets, treatments } from './content.mjs';

const TODAY = '2026-11-20';
const SECTIONS = 10; // each: 1 FAQ of 30 items, 5 gauges, 2 timelines, 2 plans, 1 before/after
const FAQ_ITEMS = 30;

const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** Calendar arithmetic on yyyy-mm-dd strings, in UTC (no time zone can move a date). */
function addDays(iso, days) {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
const formatDate = (iso) =>
  new Intl.DateTimeFormat('en', {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(new Date(`${iso}T00:00:00Z`));

/** What one section holds, independent of how it is marked up. */
function sectionModel(s) {
  const treatment = treatments[s];
  const gauges = Array.from({ length: 5 }, (_, g) => {
    const i = s * 5 + g;
    // A mix: fixed values, own days, treatment dates, and (in the recovery wrapper) the wrapper's day.
    if (g === 0) return { kind: 'value', value: (i * 7) % 101, caption: gaugeCaptions[2] };
    if (g === 1) return { kind: 'day', day: (i * 9) % 200, caption: gaugeCaptions[1], types: true };
    if (g === 2) return { kind: 'date', date: addDays(TODAY, -((i * 5) % 150)), caption: gaugeCaptions[0] };
    if (g === 3) return { kind: 'value', value: (i * 13) % 101, caption: gaugeCaptions[4] };
    return { kind: 'recovery', caption: gaugeCaptions[3], types: true };
  });
  const timelines = [0, 1].map((t) => {
    const i = s * 2 + t;
    const phases = phaseSets[i % phaseSets.length];
    // Some with a treatment date, some with a day, some plain guides; the second one sits in the recovery wrapper.
    const when =
      t === 1
        ? { recovery: true }
        : i % 4 === 0
          ? { date: addDays(TODAY, -(i * 3)) }
          : i % 4 === 2
            ? { day: i * 4 }
            : {};
    return { phases, ...when };
  });
  const plans = [0, 1].map((p) => {
    const i = s * 2 + p;
    return {
      sessions: 3 + (i % 4),
      weeks: 4 + (i % 3),
      start: p === 1 ? undefined : addDays(TODAY, -(i * 9)),
      recovery: p === 1,
      title: `${treatment.replace(/^(A|An) /, '')} session {n} of {total}`,
    };
  });
  const comparison = comparisons[s % comparisons.length];
  return {
    treatment,
    heading: `${treatment.replace(/^(A|An) /, '')}: questions and answers`,
    faq: faqItems(treatment, FAQ_ITEMS),
    gauges,
    timelines,
    plans,
    comparison,
    recoveryDate: addDays(TODAY, -(s * 11 + 5)),
  };
}

const shell = (title, body, probe) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; color: #1d2a33; margin: 0 auto; max-width: 60rem; padding: 1rem; }
  .row { display: flex; flex-wrap: wrap; gap: 1rem; align-items: start; }
  .row > * { flex: 1 1 14rem; margin: 0; }
  figure { margin: 0; }
  img { max-width: 100%; height: auto; }
</style>
</head>
<body>
<h1>Harbor Skin Clinic — treatments, recovery and questions</h1>
${body}
<script>performance.mark('bench-start');</script>
${probe}
</body>
</html>
`;

// ---------------------------------------------------------------- dermakit page

function dkGauge(g) {
  const types = g.types ? ' show-types' : '';
  if (g.kind === 'value')
    return `<dk-collagen-gauge value="${g.value}"${types}>${escape(g.caption)}</dk-collagen-gauge>`;
  if (g.kind === 'day') return `<dk-collagen-gauge day="${g.day}"${types}>${escape(g.caption)}</dk-collagen-gauge>`;
  if (g.kind === 'date')
    return `<dk-collagen-gauge treatment-date="${g.date}" today="${TODAY}"${types}>${escape(g.caption)}</dk-collagen-gauge>`;
  return `<dk-collagen-gauge${types}>${escape(g.caption)}</dk-collagen-gauge>`;
}

function dkTimeline(t) {
  const when = t.date ? ` treatment-date="${t.date}" today="${TODAY}"` : t.day !== undefined ? ` day="${t.day}"` : '';
  const phases = t.phases
    .map((p) => `  <dk-phase name="${escape(p.name)}" start="${p.start}" end="${p.end}">${escape(p.text)}</dk-phase>`)
    .join('\n');
  return `<dk-healing-timeline${when}>\n${phases}\n</dk-healing-timeline>`;
}

function dkPlan(p) {
  const dates = p.start ? ` start-date="${p.start}" today="${TODAY}"` : '';
  return `<dk-treatment-plan sessions="${p.sessions}" interval-weeks="${p.weeks}"${dates} event-title="${escape(p.title)}" location="Harbor Skin Clinic, 12 Quay Street">
  <p>${p.sessions} sessions, ${p.weeks} weeks apart.</p>
</dk-treatment-plan>`;
}

function dkComparison(c, s) {
  return `<figure>
<dk-before-after label="${escape(`${c.what}, before and after`)}"${s % 2 ? ` position="${30 + s * 5}"` : ''}>
  <img slot="before" src="/images/${c.name}-before.svg" width="${c.w}" height="${c.h}" loading="lazy" alt="Illustration of ${escape(c.what)} before treatment.">
  <img slot="after" src="/images/${c.name}-after.svg" width="${c.w}" height="${c.h}" loading="lazy" alt="Illustration of ${escape(c.what)} after treatment.">
</dk-before-after>
<figcaption>${escape(c.what)}: before and after a series of sessions. Individual results vary.</figcaption>
</figure>`;
}

function dkSection(s) {
  const m = sectionModel(s);
  const items = m.faq
    .map(
      (q) =>
        `  <dk-faq-item><span slot="question">${escape(q.question)}</span><p>${escape(q.answer)}</p></dk-faq-item>`,
    )
    .join('\n');
  const extras = s === 0 ? ' searchable schema' : '';
  const recoveryGauge = m.gauges.find((g) => g.kind === 'recovery');
  return `<section>
<h2>${escape(m.heading)}</h2>
<dk-recovery treatment-date="${m.recoveryDate}" today="${TODAY}">
<div class="row">
${dkTimeline(m.timelines[1])}
${dkGauge(recoveryGauge)}
</div>
${dkPlan(m.plans[1])}
</dk-recovery>
<div class="row">
${m.gauges
  .filter((g) => g !== recoveryGauge)
  .map((g) => dkGauge(g))
  .join('\n')}
</div>
${dkTimeline(m.timelines[0])}
${dkPlan(m.plans[0])}
${dkComparison(m.comparison, s)}
<h3>Frequently asked questions</h3>
<dk-faq${extras}>
${items}
</dk-faq>
</section>`;
}

/**
 * Awaits every dk-* element's updateComplete until none has an update pending (a first render can request a
 * second: context arriving, slots filled), then forces a layout and waits for the frame that paints it.
 */
const dermakitProbe = `<script src="/dist/dermakit.js"></script>
<script>
(async () => {
  performance.mark('bench-evaluated');
  const lit = () => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dk-') && 'updateComplete' in el);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  let rounds = 0;
  for (;;) {
    rounds++;
    const elements = lit();
    const settled = await Promise.all(elements.map((el) => el.updateComplete));
    if (settled.every(Boolean) && !elements.some((el) => el.isUpdatePending)) break;
    if (rounds > 20) break;
  }
  performance.mark('bench-updated');
  document.body.offsetHeight;
  await frame();
  performance.mark('bench-rendered');
  const undefinedCount = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('dk-') && el.localName !== 'dk-phase' && !el.matches(':defined')).length;
  const at = (name) => performance.getEntriesByName(name)[0].startTime;
  window.benchResult = {
    start: at('bench-start'), evaluated: at('bench-evaluated'), updated: at('bench-updated'), rendered: at('bench-rendered'),
    rounds, undefinedCount, elements: lit().length,
    counts: Object.fromEntries(['dk-faq', 'dk-faq-item', 'dk-recovery', 'dk-healing-timeline', 'dk-phase', 'dk-collagen-gauge', 'dk-treatment-plan', 'dk-before-after'].map((t) => [t, document.getElementsByTagName(t).length])),
  };
})();
</script>`;

export function dermakitPage() {
  return shell('dermakit bench', Array.from({ length: SECTIONS }, (_, s) => dkSection(s)).join('\n'), dermakitProbe);
}

// ---------------------------------------------------------------- native twin

const spanText = (p) => `${p.start}–${p.end} days`;

function gaugePercent(g, s, recoveryDate) {
  if (g.kind === 'value') return g.value;
  const day =
    g.kind === 'day' ? g.day : g.kind === 'date' ? daysBetween(g.date, TODAY) : daysBetween(recoveryDate, TODAY);
  return Math.round(100 * Math.min(1, Math.max(0, day / 180)));
}

function nativeGauge(g, s, recoveryDate) {
  const value = gaugePercent(g, s, recoveryDate);
  const types = g.types ? `<p>New collagen: ${100 - value}% type III, ${value}% type I</p>` : '';
  return `<figure><meter min="0" max="100" value="${value}">${value}%</meter> <span>${value}%</span><figcaption>${escape(g.caption)}</figcaption>${types}</figure>`;
}

function nativeTimeline(t) {
  const items = t.phases
    .map((p) => `  <li><strong>${escape(p.name)}</strong> <span>${spanText(p)}</span><p>${escape(p.text)}</p></li>`)
    .join('\n');
  return `<ol aria-label="Healing phases">\n${items}\n</ol>`;
}

function nativePlan(p, recoveryDate) {
  const start = p.start ?? recoveryDate;
  const done = Math.min(p.sessions, Math.max(0, Math.ceil(daysBetween(start, TODAY) / (p.weeks * 7))));
  const items = Array.from({ length: p.sessions }, (_, n) => {
    const state = n < done ? 'Done' : n === done ? 'Next' : 'Upcoming';
    return `  <li>Session ${n + 1} — ${formatDate(addDays(start, n * p.weeks * 7))} <span>${state}</span></li>`;
  }).join('\n');
  return `<div><ol>\n${items}\n</ol><p>${done} of ${p.sessions} sessions complete</p><button type="button">Add to calendar</button></div>`;
}

function nativeComparison(c) {
  return `<figure>
  <img src="/images/${c.name}-before.svg" width="${c.w}" height="${c.h}" loading="lazy" alt="Illustration of ${escape(c.what)} before treatment.">
  <img src="/images/${c.name}-after.svg" width="${c.w}" height="${c.h}" loading="lazy" alt="Illustration of ${escape(c.what)} after treatment.">
<figcaption>${escape(c.what)}: before and after a series of sessions. Individual results vary.</figcaption>
</figure>`;
}

function nativeSection(s) {
  const m = sectionModel(s);
  const items = m.faq
    .map(
      (q) => `  <details name="faq-${s}"><summary>${escape(q.question)}</summary><p>${escape(q.answer)}</p></details>`,
    )
    .join('\n');
  const recoveryGauge = m.gauges.find((g) => g.kind === 'recovery');
  return `<section>
<h2>${escape(m.heading)}</h2>
<div>
<div class="row">
${nativeTimeline(m.timelines[1])}
${nativeGauge(recoveryGauge, s, m.recoveryDate)}
</div>
${nativePlan(m.plans[1], m.recoveryDate)}
</div>
<div class="row">
${m.gauges
  .filter((g) => g !== recoveryGauge)
  .map((g) => nativeGauge(g, s, m.recoveryDate))
  .join('\n')}
</div>
${nativeTimeline(m.timelines[0])}
${nativePlan(m.plans[0], m.recoveryDate)}
${nativeComparison(m.comparison)}
<h3>Frequently asked questions</h3>
<div>
${items}
</div>
</section>`;
}

const nativeProbe = `<script>
(async () => {
  performance.mark('bench-evaluated');
  performance.mark('bench-updated');
  document.body.offsetHeight;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark('bench-rendered');
  const at = (name) => performance.getEntriesByName(name)[0].startTime;
  window.benchResult = {
    start: at('bench-start'), evaluated: at('bench-evaluated'), updated: at('bench-updated'), rendered: at('bench-rendered'),
    counts: Object.fromEntries(['details', 'meter', 'ol', 'img'].map((t) => [t, document.getElementsByTagName(t).length])),
  };
})();
</script>`;

export function nativePage() {
  return shell('native bench', Array.from({ length: SECTIONS }, (_, s) => nativeSection(s)).join('\n'), nativeProbe);
}

// ---------------------------------------------------------------- memory page

/**
 * Scenario factories run in the page: each returns { parent, make(), settle(el) }. `make` builds a fresh
 * element tree (valid attributes, so nothing warns), `settle` awaits its renders.
 */
const memoryScript = `<script>
const TODAY = '${TODAY}';
const stage = document.getElementById('stage');
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};
const p = (text) => el('p', {}, text);
const item = (n) => el('dk-faq-item', {}, el('span', { slot: 'question' }, 'How long does recovery take, case ' + n + '?'),
  p('Most people see redness, like a mild sunburn, for one to three days.'));
const phases = () => [
  el('dk-phase', { name: 'Inflammatory', start: '0', end: '3' }, 'Blood flow rises and growth factors wake the fibroblasts.'),
  el('dk-phase', { name: 'Proliferative', start: '3', end: '21' }, 'Fibroblasts lay down new collagen, mostly type III.'),
  el('dk-phase', { name: 'Remodeling', start: '21', end: '180' }, 'Type III collagen slowly matures into stronger type I.'),
];
const settleAll = async (...all) => {
  const elements = all.filter(Boolean);
  await null; // let MutationObservers and slotchange run
  for (let round = 0; round < 10; round++) {
    const done = await Promise.all(elements.map((e) => e.updateComplete ?? true));
    if (done.every(Boolean) && !elements.some((e) => e.isUpdatePending)) return;
  }
};
const scenarios = {
  'dk-faq': () => ({
    make: () => el('dk-faq', {}, item(1), item(2), item(3)),
    settle: (faq) => settleAll(faq, ...faq.children),
  }),
  'dk-faq-item': () => {
    const faq = el('dk-faq', {}, item(1), item(2));
    stage.append(faq);
    return { parent: faq, make: () => item(3), settle: (it) => settleAll(it, faq) };
  },
  'dk-recovery': () => ({
    make: () => el('dk-recovery', { 'treatment-date': '2026-11-01', today: TODAY, 'date-picker': '', scrubber: '' },
      el('dk-collagen-gauge', { 'show-types': '' }, 'Collagen renewal')),
    settle: (r) => settleAll(r, r.firstElementChild),
  }),
  'dk-healing-timeline': () => ({
    make: () => el('dk-healing-timeline', { 'treatment-date': '2026-11-01', today: TODAY }, ...phases()),
    settle: (t) => settleAll(t),
  }),
  'dk-phase': () => {
    const timeline = el('dk-healing-timeline', { day: '10' }, ...phases());
    stage.append(timeline);
    return {
      parent: timeline,
      make: () => el('dk-phase', { name: 'Maintenance', start: '180', end: '365' }, 'One session a year keeps the results.'),
      settle: () => settleAll(timeline),
    };
  },
  'dk-collagen-gauge': () => ({
    make: () => el('dk-collagen-gauge', { day: '30', 'show-types': '' }, 'Collagen renewal after your first session'),
    settle: (g) => settleAll(g),
  }),
  'dk-treatment-plan': () => ({
    make: () => el('dk-treatment-plan', { sessions: '4', 'interval-weeks': '6', 'start-date': '2026-11-01', today: TODAY,
      'event-title': 'Microneedling session {n} of {total}', location: 'Harbor Skin Clinic' }, p('Four sessions, six weeks apart.')),
    settle: (plan) => settleAll(plan),
  }),
  'dk-before-after': () => ({
    make: () => el('dk-before-after', { label: 'Acne scarring, before and after', position: '40' },
      el('img', { slot: 'before', src: '/images/acne-scars-before.svg', width: '480', height: '360', alt: 'Before' }),
      el('img', { slot: 'after', src: '/images/acne-scars-after.svg', width: '480', height: '360', alt: 'After' })),
    settle: (ba) => settleAll(ba),
  }),
  // Not an element of the kit: the same cycle with a gauge moving in and out of a provider that stays.
  'gauge in a staying dk-recovery': () => {
    const recovery = el('dk-recovery', { 'treatment-date': '2026-11-01', today: TODAY });
    stage.append(recovery);
    return {
      parent: recovery,
      make: () => el('dk-collagen-gauge', {}, 'Collagen renewal'),
      settle: (g) => settleAll(g, recovery),
    };
  },
  // Noise floor: plain elements of a similar size, no custom element involved.
  'control: plain <div>': () => ({
    make: () => el('div', {}, el('h3', {}, 'How long does recovery take?'), p('Most people see redness for one to three days.')),
    settle: () => null,
  }),
};
let active;
window.benchSetup = (name) => { stage.replaceChildren(); active = scenarios[name](); active.parent ??= stage; };
window.benchCycles = async (n) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  for (let i = 0; i < n; i++) {
    const node = active.make();
    active.parent.append(node);
    await active.settle(node);
    node.remove();
    if (i % 250 === 249) await frame(); // let timers, observers and rendering run now and then
  }
  if (active.parent !== stage) await active.settle(active.parent);
  await frame();
};
</script>`;

export const memoryScenarios = [
  'control: plain <div>',
  'dk-faq',
  'dk-faq-item',
  'dk-recovery',
  'dk-healing-timeline',
  'dk-phase',
  'dk-collagen-gauge',
  'dk-treatment-plan',
  'dk-before-after',
  'gauge in a staying dk-recovery',
];

export function memoryPage() {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>dermakit memory bench</title></head>
<body>
<main id="stage"></main>
<script src="/dist/dermakit.js"></script>
${memoryScript}
</body>
</html>
`;
}
