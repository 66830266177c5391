// The built script (dist/dermakit.js; `npm test` builds it first) loaded a second time after the widgets rendered,
// as a late caching-plugin copy or a page builder's own include does: nothing is redefined, re-rendered or warned,
// and a visitor's clicks and keys still do the right thing. In an iframe, so this page's own elements stay apart.
import { expect } from '@open-wc/testing';
import { renewalAt } from '../../src/gauge/collagen-model.js';
import { KIT_TAGS as TAGS, allInShadow, focusedIn, inShadow } from '../harness.js';
import { FAQ_ITEMS, GAUGE, IMAGES, PHASES, PLAN } from './targets.js';

const BODY = `<dk-faq schema>${FAQ_ITEMS}</dk-faq>
  <dk-recovery treatment-date="2026-11-01" today="2026-11-13" scrubber><dk-healing-timeline>${PHASES}</dk-healing-timeline>${GAUGE}${PLAN}</dk-recovery>
  <dk-before-after>${IMAGES}</dk-before-after>`;

type Framed = Window & typeof globalThis & { seen: string[] };

async function framedPage(): Promise<{ win: Framed; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.seen = []; addEventListener('error', (e) => seen.push('error: ' + e.message));
      addEventListener('unhandledrejection', (e) => seen.push('rejection: ' + e.reason));
      console.warn = (...args) => seen.push('warn: ' + args.join(' '));
      console.error = (...args) => seen.push('console.error: ' + args.join(' '));</script>
    <script src="/dist/dermakit.js" defer></script></head><body>${BODY}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Framed;
  await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  return { win, doc: frame.contentDocument! };
}

/** Appends another copy of the script (a distinct URL, so it is fetched and run again) and waits for it. */
function loadAgain(doc: Document, attributes: Record<string, string>): Promise<unknown> {
  const script = Object.assign(doc.createElement('script'), attributes);
  const done = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', reject, { once: true });
  });
  doc.head.append(script);
  return done;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Updating extends HTMLElement {
  updateComplete: Promise<unknown>;
}

async function updated(doc: Document): Promise<void> {
  await pause(0);
  await Promise.all(
    [...doc.querySelectorAll<Updating>(TAGS.filter((tag) => tag !== 'dk-phase').join(','))].map(
      (el) => el.updateComplete,
    ),
  );
}

describe('the built script loaded again after the widgets rendered', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps the first definitions, renders nothing twice, warns nothing, and the widgets still work', async () => {
    const { win, doc } = await framedPage();
    await updated(doc);
    const definitions = TAGS.map((tag) => win.customElements.get(tag));
    const firstRoots = [...doc.querySelectorAll('dk-faq-item')].map((item) => item.shadowRoot);

    await loadAgain(doc, { src: '/dist/dermakit.js?late-classic' });
    await loadAgain(doc, { src: '/dist/dermakit.js?late-module', type: 'module' });
    await updated(doc);

    expect(win.seen, 'no error, no warning').to.deep.equal([]);
    expect(
      TAGS.map((tag) => win.customElements.get(tag)),
      'first definitions kept',
    ).to.deep.equal(definitions);
    expect([...doc.querySelectorAll('dk-faq-item')].map((item) => item.shadowRoot)).to.deep.equal(firstRoots);
    expect(allInShadow(doc.querySelectorAll('dk-faq-item')[0]!, 'button'), 'one button per question').to.have.length(1);
    expect(doc.querySelectorAll('script[type="application/ld+json"]'), 'one FAQPage').to.have.length(1);

    // A visitor opens a question and moves to the next with the arrow key.
    const items = [...doc.querySelectorAll('dk-faq-item')];
    const button = inShadow(items[0]!, 'button')!;
    button.click();
    await updated(doc);
    expect(items.map((item) => item.hasAttribute('open'))).to.deep.equal([true, false, false]);
    button.focus();
    button.dispatchEvent(
      new win.KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true, cancelable: true }),
    );
    expect(focusedIn(items[1]!), 'ArrowDown moved focus').to.equal(inShadow(items[1]!, 'button'));

    // … drags the recovery scrubber to day 30: timeline and gauge follow, once.
    const range = inShadow<HTMLInputElement>(doc.querySelector('dk-recovery')!, 'input[type="range"]')!;
    let changes = 0;
    doc.addEventListener('dk-recovery-change', () => changes++);
    range.value = '30';
    range.dispatchEvent(new win.Event('input', { bubbles: true, composed: true }));
    await updated(doc);
    expect(changes, 'one dk-recovery-change per move').to.equal(1);
    expect(inShadow(doc.querySelector('dk-healing-timeline')!, '[aria-current] [part="name"]')!.textContent).to.equal(
      'Remodeling',
    );
    const meter = inShadow(doc.querySelector('dk-collagen-gauge')!, '[role="meter"]')!;
    expect(meter.getAttribute('aria-valuenow')).to.equal(String(Math.round(renewalAt(30))));

    // … and moves the before/after divider with the keyboard.
    const handle = inShadow(doc.querySelector('dk-before-after')!, '[role="slider"]')!;
    handle.dispatchEvent(
      new win.KeyboardEvent('keydown', { key: 'PageUp', bubbles: true, composed: true, cancelable: true }),
    );
    await updated(doc);
    expect(handle.getAttribute('aria-valuenow')).to.equal('60');

    // Widgets added after the second copy upgrade with the first definitions.
    doc.body.insertAdjacentHTML('beforeend', '<dk-collagen-gauge value="42"></dk-collagen-gauge>');
    await updated(doc);
    expect(
      inShadow(doc.querySelectorAll('dk-collagen-gauge')[1]!, '[role="meter"]')!.getAttribute('aria-valuenow'),
    ).to.equal('42');
    await pause(50);
    expect(win.seen).to.deep.equal([]);
  });
});
