// The memory page of `npm run bench`: a bare page with the kit and one attach/detach scenario per element.
import { TAGS, TODAY } from './shell.mjs';

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

export const memoryScenarios = ['control: plain <div>', ...TAGS, 'gauge in a staying dk-recovery'];

/** The memory page loading the kit from `src`. */
export function memoryPage(src) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>dermakit memory bench</title></head>
<body>
<main id="stage"></main>
<script src="${src}"></script>
${memoryScript}
</body>
</html>
`;
}
