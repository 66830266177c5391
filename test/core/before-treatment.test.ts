import { expect } from '@open-wc/testing';
import { beforeTreatmentText } from '../../src/core/before-treatment.js';

describe('before-treatment words', () => {
  it('says how far the treatment is, in the page language', () => {
    expect(beforeTreatmentText('Treatment {relative}', 'en', -10)).to.equal('Treatment in 10 days');
    expect(beforeTreatmentText('Treatment {relative}', 'en', -1)).to.equal('Treatment tomorrow');
    expect(beforeTreatmentText('Behandlung {relative}', 'de', -1)).to.equal('Behandlung morgen');
  });

  it('fills the number of days and the long treatment date, or the relative words when no date is known', () => {
    const date = { year: 2026, month: 12, day: 10 };
    expect(beforeTreatmentText('{days} days to go, on {date}', 'en', -1234, date)).to.equal(
      '1,234 days to go, on December 10, 2026',
    );
    expect(beforeTreatmentText('On {date}', 'en', -3)).to.equal('On in 3 days');
  });
});
