import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import { captureWarnings } from '../helpers.js';
import { faqFixture, seedFaq, settle } from './harness.js';

const schemas = () => [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
const entries = () =>
  schemas().flatMap(
    (script) => JSON.parse(script.textContent!).mainEntity as Array<{ name: string; acceptedAnswer: { text: string } }>,
  );

describe('dk-faq schema (FAQPage JSON-LD)', () => {
  afterEach(() => fixtureCleanup());

  it('adds nothing without the schema attribute', async () => {
    await faqFixture(seedFaq());
    expect(schemas()).to.have.length(0);
  });

  it('adds one FAQPage script with each question and its answer as plain text', async () => {
    await faqFixture(seedFaq('schema'));
    expect(schemas()).to.have.length(1);
    const data = JSON.parse(schemas()[0]!.textContent!);
    expect(data['@type']).to.equal('FAQPage');
    expect(entries().map((entry) => entry.name)).to.deep.equal([
      'How long does collagen production last after microneedling?',
      'Is microneedling safe for all skin types?',
      'How many treatments are needed?',
      'Does microneedling damage the skin barrier?',
      'Can it help with acne scars?',
    ]);
    expect(entries()[2]!.acceptedAnswer.text).to.equal(
      'Most people benefit from a series of three to six sessions spaced several weeks apart.',
    );
  });

  it('keeps markup out and cannot be broken out of by an answer containing </script>', async () => {
    const { items } = await faqFixture(`<dk-faq schema>
      <dk-faq-item question="Is &lt;b&gt;this&lt;/b&gt; safe?"><p>Yes, <strong>very</strong>. &lt;/script&gt;&lt;script&gt;window.pwned=1&lt;/script&gt;</p></dk-faq-item>
    </dk-faq>`);
    await settle(...items);
    const [script] = schemas();
    expect(script!.textContent).not.to.contain('<');
    expect(entries()[0]!.acceptedAnswer.text).to.equal('Yes, very. </script><script>window.pwned=1</script>');
    expect(entries()[0]!.name).to.equal('Is <b>this</b> safe?');
    expect((window as { pwned?: number }).pwned).to.equal(undefined);
    expect(schemas()).to.have.length(1);
  });

  it('follows items as they are added, edited and removed', async () => {
    const { faq, items } = await faqFixture(seedFaq('schema'));
    items[0]!.remove();
    const added = document.createElement('dk-faq-item');
    added.setAttribute('question', 'Does it hurt?');
    added.innerHTML = '<p>A numbing cream keeps it comfortable.</p>';
    faq.append(added);
    items[1]!.querySelector('span')!.textContent = 'Is it safe for dark skin?';
    await settle(faq, added);
    expect(entries().map((entry) => entry.name)).to.deep.equal([
      'Is it safe for dark skin?',
      'How many treatments are needed?',
      'Does microneedling damage the skin barrier?',
      'Can it help with acne scars?',
      'Does it hurt?',
    ]);
  });

  it('is removed with the FAQ, and back when it returns', async () => {
    const { faq } = await faqFixture(seedFaq('schema'));
    const parent = faq.parentElement!;
    faq.remove();
    expect(schemas()).to.have.length(0);
    parent.append(faq);
    await settle(faq);
    expect(schemas()).to.have.length(1);
    faq.schema = false;
    await settle(faq);
    expect(schemas()).to.have.length(0);
  });

  it("does not add a second FAQPage when the page already has one (an SEO plugin's)", async () => {
    const plugin = document.createElement('script');
    plugin.type = 'application/ld+json';
    plugin.textContent = '{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[]}';
    document.head.append(plugin);
    try {
      const warnings = await captureWarnings(async () => {
        await fixture(seedFaq('schema'));
      });
      expect(schemas()).to.deep.equal([plugin]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/^<dk-faq> schema: the page already has FAQPage data/);
    } finally {
      plugin.remove();
    }
  });
});
