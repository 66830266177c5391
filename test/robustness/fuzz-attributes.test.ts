// Property-based fuzzing of every observed attribute of every element, while it is connected and among its real
// children: garbage values set and removed in random order and combination. After each step: no error, no payload
// ran or became markup, the widget still renders sanely, and every warning names the element and an attribute the
// run wrote. After each run, a visitor's action still works.
//
// One page per element, kept across runs: each run starts by putting back the authored attributes, so it also
// proves the widget recovers from whatever the previous run left (and stays fast: no mount per run). A failure
// prints fast-check's seed, which replays the same sequence of runs.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SEED, type Step, steps } from './garbage.js';
import {
  Watch,
  check,
  expectNoInjectedMarkup,
  expectNoLeakedInternals,
  expectWarningsName,
  mount,
  scriptsBaseline,
  settle,
} from './harness.js';
import { TARGETS, dermakitTags } from './targets.js';

const RUNS = 80;

describe('fuzzed attributes', function () {
  this.timeout(60_000);
  let watch: Watch;
  beforeEach(() => {
    watch = new Watch().start();
  });
  afterEach(() => watch.stop());

  it('covers every observed attribute of every element', () => {
    const tags = TARGETS.map((target) => target.tag).sort();
    expect(tags).to.deep.equal(
      [
        'dk-before-after',
        'dk-collagen-gauge',
        'dk-faq',
        'dk-faq-item',
        'dk-healing-timeline',
        'dk-phase',
        'dk-recovery',
        'dk-treatment-plan',
      ].sort(),
    );
    for (const target of TARGETS) {
      const own =
        (customElements.get(target.tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
      for (const attribute of own) expect(target.attributes, target.tag).to.include(attribute);
      expect(target.attributes.length, target.tag).to.be.at.least(4);
    }
  });

  for (const target of TARGETS) {
    it(`<${target.tag}>: garbage in every attribute never breaks it`, async () => {
      const scripts = scriptsBaseline();
      const container = mount(target.markup);
      const element = target.select(container);
      const authored = new Map(element.getAttributeNames().map((name) => [name, element.getAttribute(name)!]));
      try {
        await settle(container, true);
        await watch.expectClean('on first render');
        expect(watch.warnings, 'valid markup warns nothing').to.deep.equal([]);
        await check(
          fc.asyncProperty(steps(target.attributes), async (run: Step[]) => {
            for (const name of element.getAttributeNames()) if (!authored.has(name)) element.removeAttribute(name);
            for (const [name, value] of authored) element.setAttribute(name, value);
            await settle(container);
            target.renders(element);
            watch.expectCleanNow('back to the authored attributes');
            watch.warnings.length = 0;
            const written = new Set(authored.keys());
            for (const { attribute, value } of run) {
              written.add(attribute);
              if (value === null) element.removeAttribute(attribute);
              else element.setAttribute(attribute, value);
              await settle(container);
              watch.expectCleanNow(`after ${attribute}`);
              target.renders(element);
              expectNoLeakedInternals(element);
              expectNoInjectedMarkup(scripts, container);
            }
            const inside = dermakitTags(element);
            expectWarningsName(
              watch.warnings,
              (tag, attribute) =>
                (tag === target.tag && written.has(attribute)) ||
                (attribute === 'lang' && written.has('lang') && inside.has(tag)) ||
                (target.alsoAllowed?.(tag, attribute) ?? false),
            );
            await target.use(element);
            await watch.expectClean('after the run');
          }),
          { numRuns: RUNS, seed: SEED },
        );
      } finally {
        container.remove();
      }
      // Handlers of injected images would fire only after their (failing) load: give them time.
      await new Promise((resolve) => setTimeout(resolve, 50));
      await watch.expectClean('at the end');
      expect(
        document.querySelectorAll('script[type="application/ld+json"]'),
        'JSON-LD goes with its FAQ',
      ).to.have.length(0);
    });
  }
});
