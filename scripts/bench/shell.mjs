// What every render page of `npm run bench` shares: the HTML shell with its timing mark, and the probes that
// report when everything is rendered. The bench pages are not served under CSP: marks and probes are inline.

export const TODAY = '2026-11-20';
export const TAGS = [
  'dk-faq',
  'dk-faq-item',
  'dk-recovery',
  'dk-healing-timeline',
  'dk-phase',
  'dk-collagen-gauge',
  'dk-treatment-plan',
  'dk-before-after',
];

export const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** A page: `bench-start` is marked right before the probe (and the kit's script) runs. */
export const shell = (title, heading, body, probe) => `<!doctype html>
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
<h1>${escape(heading)}</h1>
${body}
<script>performance.mark('bench-start');</script>
${probe}
</body>
</html>
`;

/**
 * Loads the kit's script `src`, then awaits every dk-* element's updateComplete until none has an update pending
 * (a first render can request a second: context arriving, slots filled), forces a layout and waits for the frame
 * that paints it.
 */
export const dermakitProbe = (src) => `<script src="${src}"></script>
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
    counts: Object.fromEntries(${JSON.stringify(TAGS)}.map((t) => [t, document.getElementsByTagName(t).length])),
  };
})();
</script>`;

/** The native twin's probe: no script to load, the same forced layout and frame. */
export const nativeProbe = `<script>
(async () => {
  performance.mark('bench-evaluated');
  performance.mark('bench-updated');
  document.body.offsetHeight;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  performance.mark('bench-rendered');
  const at = (name) => performance.getEntriesByName(name)[0].startTime;
  window.benchResult = {
    start: at('bench-start'), evaluated: at('bench-evaluated'), updated: at('bench-updated'), rendered: at('bench-rendered'),
    counts: Object.fromEntries(['details', 'meter', 'ol', 'img', 'h2', 'h3'].map((t) => [t, document.getElementsByTagName(t).length])),
  };
})();
</script>`;
