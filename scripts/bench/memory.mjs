// Memory runs of `npm run bench`: per element, JS heap before, halfway and after N attach/detach cycles, after
// forced GC, with live dk-* elements, WeakRefs and event listeners counted; and the table that reports them.
import { TAGS } from './shell.mjs';
import { kb, short, signedKb, table } from './report.mjs';
import { memoryScenarios } from './memory-page.mjs';

export const WARMUP_CYCLES = 200;

/** Runs every scenario on the memory page at `url`; resolves to one result per scenario. */
export async function runMemory({ freshPage, url, cycles: total, log, elapsed }) {
  const half = Math.floor(total / 2);
  const memory = [];
  for (const scenario of memoryScenarios) {
    const { page, close } = await freshPage();
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('Performance.enable');
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      const measure = async () => {
        for (let i = 0; i < 6; i++) {
          await cdp.send('HeapProfiler.collectGarbage');
          await new Promise((done) => setTimeout(done, 30));
        }
        const heap = await cdp.send('Runtime.getHeapUsage');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const listeners = metrics.find((m) => m.name === 'JSEventListeners')?.value;
        // Live objects on the heap, counted by prototype: detached elements a leak keeps alive, and the WeakRefs
        // @lit/context's ContextRoot holds (two per context request still waiting for a provider).
        let elements = 0;
        for (const tag of TAGS) elements += await countObjects(cdp, `customElements.get('${tag}')?.prototype ?? null`);
        const weakRefs = await countObjects(cdp, 'WeakRef.prototype');
        return { js: heap.usedSize, embedder: heap.embedderHeapUsedSize, listeners, elements, weakRefs };
      };
      await page.evaluate((name) => window.benchSetup(name), scenario);
      await page.evaluate((n) => window.benchCycles(n), WARMUP_CYCLES);
      const before = await measure();
      // Measured at half-time too: a cache fills once, a leak keeps growing through the second half.
      let seconds = 0;
      const cycles = async (count) => {
        const started = performance.now();
        for (let done = 0; done < count; done += 1_000) {
          if (process.stdout.isTTY) process.stdout.write(`\r[${elapsed().padStart(5)}]   ${scenario}…`);
          await page.evaluate((n) => window.benchCycles(n), Math.min(1_000, count - done));
        }
        if (process.stdout.isTTY) process.stdout.write('\r\x1b[K');
        seconds += (performance.now() - started) / 1000;
      };
      await cycles(half);
      const middle = await measure();
      await cycles(total - half);
      const after = await measure();
      memory.push({ scenario, before, half: middle, after, seconds });
      log(`  ${scenario}: ${kb(before.js)} → ${kb(middle.js)} → ${kb(after.js)} (${seconds.toFixed(1)} s)`);
    } finally {
      await close();
    }
  }
  return memory;
}

export function printMemory(memory, total, label) {
  const half = Math.floor(total / 2);
  console.log(
    `\n## Memory (${label}): ${total.toLocaleString('en')} cycles of create → append → await updateComplete → remove, after forced GC`,
  );
  table(
    [
      'Element',
      'JS heap before',
      `after ${short(half)}`,
      `after ${short(total)}`,
      'delta',
      'B/cycle, 2nd half',
      'DOM heap Δ',
      'live dk-*',
      'WeakRefs',
      'listeners',
      'time',
    ],
    memory.map(({ scenario, before, half: middle, after, seconds }) => [
      scenario,
      kb(before.js),
      kb(middle.js),
      kb(after.js),
      signedKb(after.js - before.js),
      `${Math.round((after.js - middle.js) / (total - half))} B`,
      before.embedder === undefined ? 'n/a' : signedKb(after.embedder - before.embedder),
      `${before.elements} → ${after.elements}`,
      `${before.weakRefs} → ${after.weakRefs}`,
      `${before.listeners} → ${after.listeners}`,
      `${seconds.toFixed(1)} s`,
    ]),
  );
  console.log(
    'JS heap: V8 used size; DOM heap: Blink objects (noisy); live dk-*: kit elements still on the heap (the ones the',
  );
  console.log('scenario keeps attached included); listeners: event listeners in the page.');
  console.log(
    'A listener, observer or timer left behind on disconnect keeps its detached element alive: live dk-* elements would',
  );
  console.log(
    `climb by up to ${total.toLocaleString('en')} and the heap by hundreds of bytes or more per cycle. WeakRefs are @lit/context's`,
  );
  console.log(
    'ContextRoot buffering requests of widgets outside any <dk-recovery> (two per widget ever connected, about 60-80 B);',
  );
  console.log('the buffer empties when a <dk-recovery> connects.');
}

/** How many live objects have the prototype `expression` evaluates to (0 for null). */
async function countObjects(cdp, expression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'bench' });
  if (!result.objectId) return 0;
  const { objects } = await cdp.send('Runtime.queryObjects', {
    prototypeObjectId: result.objectId,
    objectGroup: 'bench',
  });
  const { result: length } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'bench' });
  return length.value;
}
