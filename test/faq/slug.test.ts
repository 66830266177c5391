/** src/faq/slug.ts: the ids a visitor sees in a link to one question (`/microneedling#is-it-safe`). */
import { expect } from '@open-wc/testing';
import { slugify, uniqueId } from '../../src/faq/slug.js';

describe('slugify()', () => {
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

  it('drops accents of French, Greek and Cyrillic questions and keeps the German ß', () => {
    expect(slugify('Après le soin, puis-je me maquiller ?')).to.equal('apres-le-soin-puis-je-me-maquiller');
    expect(slugify('Muss ich danach die Straße meiden?')).to.equal('muss-ich-danach-die-straße-meiden');
    expect(slugify('Πόσο διαρκεί η ερυθρότητα;')).to.equal('ποσο-διαρκει-η-ερυθροτητα');
    expect(slugify('Сколько длится покраснение?')).to.equal('сколько-длится-покраснение');
  });

  it('keeps Korean syllables and Japanese voiced kana whole', () => {
    expect(slugify('시술 후 붉은 기는 얼마나 가나요?')).to.equal('시술-후-붉은-기는-얼마나-가나요');
    expect(slugify('ダウンタイムはどのくらい？')).to.equal('ダウンタイムはどのくらい');
  });

  it('keeps digits and cuts one endless word at 60 characters', () => {
    expect(slugify('Are 3 sessions enough in 2026?')).to.equal('are-3-sessions-enough-in-2026');
    expect(slugify('a'.repeat(80))).to.equal('a'.repeat(60));
  });
});

describe('uniqueId()', () => {
  it('numbers a taken id', () => {
    const taken = new Set(['faq', 'faq-2']);
    expect(uniqueId('faq', (id) => taken.has(id))).to.equal('faq-3');
    expect(uniqueId('free', (id) => taken.has(id))).to.equal('free');
  });

  it('gives two identical questions two links', () => {
    const taken = new Set<string>();
    const ids = ['Does it hurt?', 'Does it hurt?'].map((question) => {
      const id = uniqueId(slugify(question), (candidate) => taken.has(candidate));
      taken.add(id);
      return id;
    });
    expect(ids).to.deep.equal(['does-it-hurt', 'does-it-hurt-2']);
  });
});
