// Bugs the fuzzing found, pinned as plain examples:
// - Removing an attribute must bring back exactly what the element shows without it. A text attribute with a default
//   (`value-text`, `no-results-text`, `marker-text`…) became `null` when removed, and the next render threw in
//   fillTemplate (the widget stopped updating) or lost its label ("Before" chip, the list's name).
// - A template placeholder named like an Object member (`{constructor}`) showed "function Object() { [native code] }".
// - An empty `slot="question"` child made a nameless question button that arrow keys and JSON-LD skipped.
import { expect } from '@open-wc/testing';
import { handle } from '../before-after/harness.js';
import { buttonOf, panelOf } from '../faq/harness.js';
import { part } from '../harness.js';
import { Watch, deepElements, mount, settle } from './harness.js';
import { PHASES, TARGETS } from './targets.js';

/** What the element and everything inside it renders (its shadow roots'), Lit's marker comments left out. */
function rendering(element: Element): string {
  return deepElements(element)
    .map((node) => {
      const root = node.shadowRoot;
      return root ? `<${node.localName}>${root.innerHTML.replace(/<!--[^]*?-->/g, '')}` : '';
    })
    .join('\n');
}

describe('removing an attribute', function () {
  this.timeout(60_000);
  let watch: Watch;
  beforeEach(() => {
    watch = new Watch().start();
  });
  afterEach(() => watch.stop());

  for (const target of TARGETS.filter((candidate) => candidate.tag !== 'dk-phase')) {
    it(`<${target.tag}> shows its defaults again, for every attribute written and then removed`, async () => {
      // Animations off: a closing answer would still be on its way.
      const style = '--dk-duration: 0s';
      for (const attribute of target.attributes) {
        const untouched = mount(target.markup);
        const touched = mount(target.markup);
        untouched.style.cssText = style;
        touched.style.cssText = style;
        try {
          const element = target.select(touched);
          await settle(document.body);
          if (element.hasAttribute(attribute)) continue;
          element.setAttribute(attribute, 'vertical');
          await settle(touched);
          element.removeAttribute(attribute);
          await settle(touched);
          await watch.expectClean(`after removing ${attribute}`);
          expect(rendering(element), attribute).to.equal(rendering(target.select(untouched)));
        } finally {
          untouched.remove();
          touched.remove();
        }
      }
    });
  }
});

describe('found by fuzzing', () => {
  let watch: Watch;
  let container: HTMLElement | undefined;
  beforeEach(() => {
    watch = new Watch().start();
  });
  afterEach(() => {
    container?.remove();
    watch.stop();
  });

  it('a placeholder named like an Object member ({constructor}, {toString}, {__proto__}) stays as written', async () => {
    container =
      mount(`<dk-healing-timeline day="10" marker-text="{constructor} {toString} {__proto__} {day}">${PHASES}</dk-healing-timeline>
      <dk-before-after value-text="{constructor}{after}"></dk-before-after>`);
    await settle(container, true);
    const marker = part(container.querySelector('dk-healing-timeline')!, 'marker')!;
    expect(marker.textContent).to.equal('{constructor} {toString} {__proto__} 10');
    const slider = handle(container.querySelector('dk-before-after')!);
    expect(slider.getAttribute('aria-valuetext')).to.equal('{constructor}50');
  });

  it('an empty slot="question" child is no question: no nameless button, the answer shows, the console says why', async () => {
    container = mount(`<dk-faq>
      <dk-faq-item><span slot="question"> </span><p>An answer on its own.</p></dk-faq-item>
      <dk-faq-item question="Is it safe?"><p>Yes.</p></dk-faq-item></dk-faq>`);
    await settle(container, true);
    const [empty, asked] = container.querySelectorAll('dk-faq-item');
    expect(buttonOf(empty!)).to.equal(null);
    expect(panelOf(empty!).hasAttribute('hidden')).to.equal(false);
    expect(buttonOf(asked!).textContent!.trim()).to.equal('Is it safe?');
    expect(watch.warnings).to.have.length(1);
    expect(watch.warnings[0]).to.match(/^<dk-faq-item> question: /);
  });
});
