// The built one-script kit, dist/dermakit.js (npm test builds it first), loaded the ways clinic sites load it:
// classic `defer`, `type="module"`, and twice on one page (page builders and caching plugins do that).
import { expect } from '@open-wc/testing';
import { KIT_TAGS as TAGS, inShadow } from '../harness.js';

interface Loaded {
  window: Window & typeof globalThis & { errors: string[] };
  document: Document;
}

/** A page whose markup comes first and whose script tags (given) load the bundle, in an iframe. */
async function page(
  scripts: string,
  body = '<dk-faq><dk-faq-item question="Q"><p>A</p></dk-faq-item></dk-faq>',
): Promise<Loaded> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <script>window.errors = []; addEventListener('error', (e) => errors.push(e.message));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));</script>
    ${scripts}</head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Loaded['window'];
  if (scripts) await Promise.all(TAGS.map((tag) => win.customElements.whenDefined(tag)));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { window: win, document: frame.contentDocument! };
}

const classic = '<script src="/dist/dermakit.js" defer></script>';
const asModule = '<script type="module" src="/dist/dermakit.js"></script>';

describe('dist/dermakit.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [name, scripts] of [
    ['a classic deferred script', classic],
    ['a module script', asModule],
    ['a classic script loaded twice', classic + classic.replace('.js"', '.js?copy"')],
    ['a classic and a module copy', classic + asModule.replace('.js"', '.js?copy"')],
  ] as const) {
    it(`defines every element as ${name}, without errors`, async () => {
      const { window, document } = await page(scripts);
      for (const tag of TAGS) expect(window.customElements.get(tag), tag).to.be.a('function');
      expect(window.errors).to.deep.equal([]);
      const item = document.querySelector('dk-faq-item')!;
      expect(inShadow(item, 'button')?.getAttribute('aria-expanded')).to.equal('false');
    });
  }

  it("adds no globals of its own (only Lit's version markers, which let copies of Lit notice each other)", async () => {
    const { window: bare } = await page('');
    const { window: loaded } = await page(classic);
    const extra = Object.keys(loaded).filter((key) => !(key in bare));
    expect(extra.sort()).to.deep.equal([
      'litElementVersions',
      'litHtmlVersions',
      'litPropertyMetadata',
      'reactiveElementVersions',
    ]);
  });
});
