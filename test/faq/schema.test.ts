/** src/faq/schema.ts: the FAQPage structured data search engines read from the page. */
import { expect } from '@open-wc/testing';
import { buildFaqPage, serializeJsonLd } from '../../src/faq/schema.js';

type FaqPage = { mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> };

describe('FAQPage JSON-LD', () => {
  it('lists each question with its accepted answer and skips items without a question', () => {
    const data = buildFaqPage([
      { question: ' Does it hurt? ', answer: ' A numbing cream keeps it comfortable. ' },
      { question: '', answer: 'orphan answer' },
    ]) as FaqPage;
    expect(data).to.include({ '@context': 'https://schema.org', '@type': 'FAQPage' });
    expect(data.mainEntity).to.deep.equal([
      {
        '@type': 'Question',
        name: 'Does it hurt?',
        acceptedAnswer: { '@type': 'Answer', text: 'A numbing cream keeps it comfortable.' },
      },
    ]);
  });

  it('cannot be broken out of: no "<" in the serialized text, and it parses back to the same data', () => {
    const data = buildFaqPage([
      { question: 'Q </script><script>alert(1)</script>', answer: 'a & b <!-- c --> \u2028 end' },
    ]);
    const text = serializeJsonLd(data);
    expect(text).not.to.match(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).to.deep.equal(data);
  });

  it('keeps the page order and skips questions of whitespace only', () => {
    const data = buildFaqPage([
      { question: 'First?', answer: '1' },
      { question: ' \n\t ', answer: 'blank question' },
      { question: 'Zweite Frage?', answer: 'Ja.' },
    ]) as FaqPage;
    expect(data.mainEntity.map((entry) => entry.name)).to.deep.equal(['First?', 'Zweite Frage?']);
  });

  it('writes an empty list for a FAQ without questions', () => {
    expect((buildFaqPage([]) as FaqPage).mainEntity).to.deep.equal([]);
  });

  it('writes arrays as arrays when an old library gave Array a toJSON (Prototype 1.6)', () => {
    const proto = Array.prototype as unknown as { toJSON?: () => string };
    proto.toJSON = function () {
      return 'not an array';
    };
    try {
      const data = buildFaqPage([{ question: 'Does it hurt?', answer: 'Barely.' }]);
      expect(JSON.parse(serializeJsonLd(data)).mainEntity).to.have.length(1);
    } finally {
      delete proto.toJSON;
    }
  });
});
