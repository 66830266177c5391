/** src/faq/search.ts: which questions stay visible for what a visitor types in the FAQ's search field. */
import { expect } from '@open-wc/testing';
import { containsWords, foldForSearch, matchesQuery, stripAccents } from '../../src/faq/search.js';

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

  it('finds a question from the start of a word, and from an accented query in unaccented text', () => {
    expect(matchesQuery('Is microneedling safe?', 'microneed')).to.equal(true);
    expect(matchesQuery('Creme apres le soin', 'Crème APRÈS')).to.equal(true);
  });

  it('finds the German ß typed in either case, and a Turkish dotted capital İ as i', () => {
    expect(matchesQuery('Fußpflege nach dem Termin', 'FUẞPFLEGE')).to.equal(true);
    expect(matchesQuery('Fußpflege nach dem Termin', 'fußpflege')).to.equal(true);
    expect(matchesQuery('İstanbul kliniği', 'istanbul')).to.equal(true);
  });

  it('finds ß written as ss, as a Swiss page or a keyboard without ß writes it, and the other way round', () => {
    expect(matchesQuery('Fußpflege nach dem Termin', 'fusspflege')).to.equal(true);
    expect(matchesQuery('Praxis an der Bahnhofstrasse', 'Bahnhofstraße')).to.equal(true);
    expect(matchesQuery('Fußpflege nach dem Termin', 'fuspflege')).to.equal(false);
  });

  it('does not mix up different letters', () => {
    expect(matchesQuery('Does it hurt?', 'heart')).to.equal(false);
    expect(matchesQuery('ダウンタイムはどのくらい', 'とのくらい')).to.equal(false);
  });
});

describe('containsWords()', () => {
  it('answers as matchesQuery does for text and query folded beforehand (an item folded once, many keystrokes)', () => {
    const item = foldForSearch('Rötung und Schwellung: wie lange dauern sie nach dem Microneedling?');
    for (const query of ['rotung', 'RÖTUNG schwell', 'Microneedling wie', 'rotung akne', '   ', 'ß'])
      expect(containsWords(item, foldForSearch(query)), query).to.equal(
        matchesQuery('Rötung und Schwellung: wie lange dauern sie nach dem Microneedling?', query),
      );
  });

  it('needs every folded word, and takes the empty query as a match', () => {
    expect(containsWords('collagen production lasts six months', 'months six')).to.equal(true);
    expect(containsWords('collagen production lasts six months', 'months seven')).to.equal(false);
    expect(containsWords('collagen production lasts six months', '')).to.equal(true);
  });
});

describe('stripAccents()', () => {
  it('drops the accents of Latin, Greek and Cyrillic letters and keeps everything else', () => {
    expect(stripAccents('Crème brûlée, Ångström, Øre')).to.equal('Creme brulee, Angstrom, Øre');
    expect(stripAccents('Πόσο διαρκεί')).to.equal('Ποσο διαρκει');
    expect(stripAccents('Ёлка')).to.equal('Елка');
  });

  it('leaves the marks that are part of a letter in other scripts', () => {
    expect(stripAccents('どのくらい')).to.equal('どのくらい');
    expect(stripAccents('क्या यह सुरक्षित है')).to.equal('क्या यह सुरक्षित है');
    expect(stripAccents('시술 후')).to.equal('시술 후');
  });
});
