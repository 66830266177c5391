import { expect } from '@open-wc/testing';
import { buildFaqPage, serializeJsonLd } from '../../src/faq/schema.js';
import { foldForSearch, matchesQuery } from '../../src/faq/search.js';
import { slugify, uniqueId } from '../../src/faq/slug.js';

describe('FAQ slugs', () => {
  it('turns a question into a readable id', () => {
    expect(slugify('Is microneedling safe for all skin types?')).to.equal('is-microneedling-safe-for-all-skin-types');
    expect(slugify('  Rötung & Schwellung — wie lange?  ')).to.equal('rotung-schwellung-wie-lange');
    expect(slugify('施術後の赤みはどのくらい続きますか？')).to.equal('施術後の赤みはどのくらい続きますか');
    expect(slugify('क्या यह सुरक्षित है?')).to.equal('क्या-यह-सुरक्षित-है');
  });

  it('cuts long questions at a word boundary', () => {
    const slug = slugify('How long does cellular collagen production last after a microneedling treatment with a pen?');
    expect(slug.length).to.be.at.most(60);
    expect(slug).to.equal('how-long-does-cellular-collagen-production-last-after-a');
  });

  it('gives nothing for text without letters or digits', () => {
    expect(slugify('?!… ')).to.equal('');
  });

  it('numbers a taken id', () => {
    const taken = new Set(['faq', 'faq-2']);
    expect(uniqueId('faq', (id) => taken.has(id))).to.equal('faq-3');
    expect(uniqueId('free', (id) => taken.has(id))).to.equal('free');
  });
});

describe('FAQ search matching', () => {
  it('ignores case, accents and extra spaces', () => {
    expect(foldForSearch('  Rötung  UND\nSchwellung ')).to.equal('rotung und schwellung');
    expect(matchesQuery('Is microneedling safe for all skin types?', 'SKIN')).to.equal(true);
    expect(matchesQuery('Crème hydratante après le soin', 'creme apres')).to.equal(true);
    expect(matchesQuery('施術後の赤みはどのくらい続きますか', 'どのくらい')).to.equal(true);
  });

  it('needs every word, in any order', () => {
    expect(matchesQuery('Collagen production lasts three to six months', 'months collagen')).to.equal(true);
    expect(matchesQuery('Collagen production lasts three to six months', 'collagen acne')).to.equal(false);
  });

  it('matches everything with an empty query', () => {
    expect(matchesQuery('anything', '   ')).to.equal(true);
  });
});

describe('FAQPage JSON-LD', () => {
  it('lists each question with its accepted answer and skips items without a question', () => {
    const data = buildFaqPage([
      { question: ' Does it hurt? ', answer: ' A numbing cream keeps it comfortable. ' },
      { question: '', answer: 'orphan answer' },
    ]) as { mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }> };
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
});
