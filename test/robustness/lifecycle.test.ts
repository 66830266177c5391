// What page builders and caching plugins do to a clinic page: clone whole widget trees, move widgets to another
// parent or into another element's shadow root, replace a container's HTML with the same markup, and detach and
// reattach elements over and over. Every case ends with a visitor using the widgets (click, keys) and no errors.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { renewalAt } from '../../src/gauge/collagen-model.js';
import type { DkBeforeAfter } from '../../src/before-after/before-after.js';
import type { DkRecovery } from '../../src/recovery/recovery.js';
import { handle } from '../before-after/harness.js';
import { buttonOf } from '../faq/harness.js';
import { meter } from '../gauge/harness.js';
import { KIT_TAGS, parts } from '../harness.js';
import { slider } from '../recovery/harness.js';
import { marker } from '../timeline/harness.js';
import { Watch, expectWarningsName, mount, settle } from './harness.js';
import { FAQ_ITEMS, GAUGE, IMAGES, PHASES, PLAN } from './targets.js';

const RECOVERY_TREE = `<dk-recovery treatment-date="2026-11-01" today="2026-11-13" scrubber>
  <h2 slot="intro">Your recovery</h2><dk-healing-timeline>${PHASES}</dk-healing-timeline>${GAUGE}${PLAN}</dk-recovery>`;
const PAGE = `<dk-faq schema>${FAQ_ITEMS}</dk-faq>${RECOVERY_TREE}<dk-before-after>${IMAGES}</dk-before-after>`;

type Keys = 'real' | 'synthetic';

const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
};

/** Presses `key` on the focused `target`: through the browser (WebDriver/CDP) or as a dispatched event. */
async function press(target: HTMLElement, key: string, keys: Keys): Promise<void> {
  target.focus();
  if (keys === 'real') await sendKeys({ press: key });
  else target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

/** A click opens a closed question (and closes the others); ArrowDown moves on to the next one (wrapping). */
async function faqWorks(faq: Element, keys: Keys): Promise<void> {
  const items = [...faq.querySelectorAll('dk-faq-item')];
  const index = items.findIndex((item) => !item.hasAttribute('open'));
  const button = buttonOf(items[index]!);
  button.click();
  await settle(faq);
  expect(
    items.map((item) => item.hasAttribute('open')),
    'single open',
  ).to.deep.equal(items.map((_, i) => i === index));
  expect(button.getAttribute('aria-expanded')).to.equal('true');
  expect(
    items[index]!.shadowRoot!.getElementById(button.getAttribute('aria-controls')!),
    'aria-controls resolves',
  ).to.not.equal(null);
  await press(button, 'ArrowDown', keys);
  expect(deepActive(), 'ArrowDown moves to the next question').to.equal(buttonOf(items[(index + 1) % items.length]!));
}

/** One step right on the scrubber moves every widget inside to the next day. */
async function recoveryWorks(recovery: DkRecovery, keys: Keys): Promise<void> {
  const range = slider(recovery);
  const day = Number(range.value) + 1;
  if (keys === 'real') {
    range.focus();
    await sendKeys({ press: 'ArrowRight' });
  } else {
    range.value = String(day);
    range.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await settle(recovery);
  expect(marker(recovery.querySelector('dk-healing-timeline')!)).to.equal(`Day ${day}`);
  const gauge = recovery.querySelector('dk-collagen-gauge');
  if (gauge) expect(meter(gauge).getAttribute('aria-valuenow')).to.equal(String(Math.round(renewalAt(day))));
  const plan = recovery.querySelector('dk-treatment-plan');
  if (plan) expect(parts(plan, 'step-done').length, 'sessions before the day are done').to.equal(1);
}

/** End moves the divider to the end, Home back to the start. */
async function sliderWorks(beforeAfter: DkBeforeAfter, keys: Keys): Promise<void> {
  await press(handle(beforeAfter), 'End', keys);
  await settle(beforeAfter);
  expect(handle(beforeAfter).getAttribute('aria-valuenow')).to.equal('100');
  await press(handle(beforeAfter), 'Home', keys);
  await settle(beforeAfter);
  expect(handle(beforeAfter).getAttribute('aria-valuenow')).to.equal('0');
}

async function pageWorks(root: ParentNode, keys: Keys): Promise<void> {
  await faqWorks(root.querySelector('dk-faq')!, keys);
  await recoveryWorks(root.querySelector('dk-recovery')!, keys);
  await sliderWorks(root.querySelector('dk-before-after')!, keys);
}

/** Ids in the document are unique (deep links, ARIA references). */
function expectUniqueIds(root: Document | ShadowRoot = document): void {
  const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
  expect(
    ids.filter((id, index) => ids.indexOf(id) !== index),
    'duplicate ids',
  ).to.deep.equal([]);
}

const jsonLd = () => document.querySelectorAll('script[type="application/ld+json"]');

describe('lifecycle', function () {
  this.timeout(60_000);
  let watch: Watch;
  let container: HTMLElement;
  beforeEach(async () => {
    watch = new Watch().start();
    container = mount(PAGE);
    await settle(container, true);
  });
  afterEach(async () => {
    container.remove();
    await watch.expectClean('after the test');
    watch.stop();
    expect(jsonLd(), 'JSON-LD goes with its FAQ').to.have.length(0);
  });

  it('cloneNode(true) of a recovery tree, a FAQ and a slider: independent, working copies', async () => {
    // Use the originals first, so the copies inherit a visitor's state in their attributes.
    await pageWorks(container, 'synthetic');
    const copies = mount('');
    try {
      for (const original of container.children) copies.append(original.cloneNode(true));
      await settle(document.body, true);
      expectUniqueIds();
      expect(jsonLd(), 'still one FAQPage').to.have.length(1);
      expectWarningsName(watch.warnings, (tag, attribute) => tag === 'dk-faq' && attribute === 'schema');
      const originalDay = marker(container.querySelector('dk-healing-timeline')!);
      await pageWorks(copies, 'real');
      expect(marker(container.querySelector('dk-healing-timeline')!), 'the original keeps its day').to.equal(
        originalDay,
      );
      expect([...container.querySelectorAll('dk-faq-item')].map((item) => item.hasAttribute('open'))).to.deep.equal([
        true,
        false,
        false,
      ]);
      await watch.expectClean();
    } finally {
      copies.remove();
    }
  });

  it('moving widgets to another parent: they follow their new recovery and FAQ', async () => {
    const other = mount(`<dk-recovery treatment-date="2026-11-01" today="2026-12-11"></dk-recovery><dk-faq>
      <dk-faq-item question="Does it hurt?" open><p>A numbing cream is applied first.</p></dk-faq-item></dk-faq>`);
    try {
      await settle(other, true);
      const gauge = container.querySelector('dk-collagen-gauge')!;
      other.querySelector('dk-recovery')!.append(gauge);
      await settle(document.body);
      expect(meter(gauge).getAttribute('aria-valuenow'), 'day 40 of the new recovery').to.equal(
        String(Math.round(renewalAt(40))),
      );
      other.append(gauge);
      await settle(document.body);
      expect(meter(gauge).getAttribute('aria-valuenow'), 'no recovery, no day').to.equal('0');

      const [moved] = container.querySelectorAll('dk-faq-item');
      const target = other.querySelector('dk-faq')!;
      target.append(moved!);
      await settle(document.body);
      buttonOf(moved!).click();
      await settle(document.body);
      expect(
        [...target.querySelectorAll('dk-faq-item')].map((item) => item.hasAttribute('open')),
        'single-open in the new FAQ',
      ).to.deep.equal([false, true]);
      await press(buttonOf(moved!), 'ArrowUp', 'real');
      expect(deepActive(), 'arrow keys of the new FAQ').to.equal(buttonOf(target.querySelector('dk-faq-item')!));
      expect(container.querySelectorAll('dk-faq-item')).to.have.length(2);
      await faqWorksWithTwo(container.querySelector('dk-faq')!);
      await recoveryWorks(container.querySelector('dk-recovery')!, 'synthetic');
    } finally {
      other.remove();
    }
  });

  it("moving widgets into another element's shadow root: they still work there", async () => {
    const host = document.createElement('div');
    container.append(host);
    const root = host.attachShadow({ mode: 'open' });
    for (const widget of [...container.children].filter((child) => child !== host)) root.append(widget);
    await settle(document.body, true);
    expectUniqueIds(root);
    await pageWorks(root, 'real');
    // A widget in a shadow root inside a recovery still hears it (context events are composed).
    const inner = document.createElement('div');
    root.querySelector('dk-recovery')!.append(inner);
    const timeline = root.querySelector('dk-healing-timeline')!;
    inner.attachShadow({ mode: 'open' }).append(timeline);
    await settle(document.body);
    expect(marker(timeline)).to.equal(`Day ${slider(root.querySelector('dk-recovery')!).value}`);
  });

  it("replacing a container's HTML with the same markup, again and again, leaves one working page", async () => {
    for (let round = 0; round < 5; round++) {
      container.innerHTML = PAGE;
      await settle(container, true);
    }
    expect(jsonLd()).to.have.length(1);
    expect(watch.warnings).to.deep.equal([]);
    expectUniqueIds();
    await pageWorks(container, 'synthetic');
    // A page builder swaps the children: the timeline and FAQ show the new ones.
    const timeline = container.querySelector('dk-healing-timeline')!;
    timeline.innerHTML = '<dk-phase name="Healing" start="0" end="10">All of it.</dk-phase>';
    container.querySelector('dk-faq')!.innerHTML = '<dk-faq-item question="New?"><p>Yes.</p></dk-faq-item>';
    await settle(container, true);
    expect(parts(timeline, 'name').map((name) => name.textContent)).to.deep.equal(['Healing']);
    expect(JSON.parse(jsonLd()[0]!.textContent!).mainEntity.map((entry: { name: string }) => entry.name)).to.deep.equal(
      ['New?'],
    );
  });

  it('1,000 disconnect/reconnect cycles of every element leave a working page', async () => {
    for (const tag of KIT_TAGS) {
      const element = container.querySelector(tag)!;
      const parent = element.parentNode!;
      const next = element.nextSibling;
      for (let cycle = 0; cycle < 1000; cycle++) {
        element.remove();
        parent.insertBefore(element, next);
        // Mostly back to back, as a page builder's drag does; every 50th lets updates and observers run between.
        if (cycle % 50 === 0) await settle(container);
      }
      await settle(container, true);
      watch.expectCleanNow(`after cycling <${tag}>`);
    }
    expect(jsonLd(), 'one FAQPage after all the reconnects').to.have.length(1);
    expect(watch.warnings).to.deep.equal([]);
    await pageWorks(container, 'real');
    // The FAQ still answers a link to a question (its hashchange listener is back, once).
    const third = container.querySelectorAll('dk-faq-item')[2]!;
    const hashchange = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = third.id;
    await hashchange;
    await settle(container);
    history.replaceState(null, '', location.pathname + location.search);
    expect(third.hasAttribute('open'), 'a deep link opens its question').to.equal(true);
  });
});

/** The FAQ the first item left: its two remaining questions still open and move by keys. */
async function faqWorksWithTwo(faq: Element): Promise<void> {
  const items = [...faq.querySelectorAll('dk-faq-item')];
  buttonOf(items[0]!).click();
  await settle(faq);
  expect(items.map((item) => item.hasAttribute('open'))).to.deep.equal([true, false]);
  await press(buttonOf(items[0]!), 'ArrowDown', 'synthetic');
  expect(deepActive()).to.equal(buttonOf(items[1]!));
}
