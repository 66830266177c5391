/** src/core/text.ts: the templates authors reword or translate by attribute ("Day {day} of {total}"). */
import { expect } from '@open-wc/testing';
import { fillTemplate } from '../../src/core/text.js';

describe('fillTemplate()', () => {
  it('fills each named placeholder, numbers included, as often as it occurs', () => {
    expect(fillTemplate('Tag {day} von {total}', { day: 12, total: 90 })).to.equal('Tag 12 von 90');
    expect(fillTemplate('{n} of {n}', { n: 0 })).to.equal('0 of 0');
  });

  it('leaves a placeholder with no value as written, so an author sees the typo', () => {
    expect(fillTemplate('Day {dya} of {total}', { day: 3, total: 90 })).to.equal('Day {dya} of 90');
    expect(fillTemplate('{constructor} {toString}', {})).to.equal('{constructor} {toString}');
  });

  it('puts values in as they are: no second round of placeholders, no $ patterns', () => {
    expect(fillTemplate('{a}', { a: '{b}', b: 'x' })).to.equal('{b}');
    expect(fillTemplate('Price: {price}', { price: '$& $1 $$' })).to.equal('Price: $& $1 $$');
  });

  it('keeps text that only looks like a placeholder', () => {
    expect(fillTemplate('{ day } {} {day-2}', { day: 1 })).to.equal('{ day } {} {day-2}');
    expect(fillTemplate('no placeholders', { day: 1 })).to.equal('no placeholders');
  });
});
