// The full page of `npm run bench`: a long clinic page with every element of the kit (10 sections, 420 elements),
// and its native-HTML twin with the same words (<details name>, <meter>, <ol>, <img>).
import { comparisons, faqItems, gaugeCaptions, phaseSets, treatments } from './content.mjs';
import { TODAY, dermakitProbe, escape, nativeProbe, shell } from './shell.mjs';

const SECTIONS = 10; // each: 1 FAQ of 30 items, 5 gauges, 2 timelines, 2 plans, 1 before/after
const FAQ_ITEMS = 30;
const HEADING = 'Harbor Skin Clinic — treatments, recovery and questions';

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
/** The full page loading the kit from `src` (e.g. /current/dist/dermakit.js). */
export function dermakitPage(src) {
  const body = Array.from({ length: SECTIONS }, (_, s) => dkSection(s)).join('\n');
  return shell('dermakit bench', HEADING, body, dermakitProbe(src));
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

export function nativePage() {
  const body = Array.from({ length: SECTIONS }, (_, s) => nativeSection(s)).join('\n');
  return shell('native bench', HEADING, body, nativeProbe);
}
