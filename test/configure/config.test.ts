/**
 * The configurator's defaults and checks (demo/configure/config.ts). No page, no kit: only the module.
 */
import { expect } from '@open-wc/testing';
import { THEME_PRESETS, contrastRatio, presetOf, validate } from '../../demo/configure/config.js';
import { fresh } from './harness.js';

describe('configurator: defaults and checks', () => {
  it('starts from the demo’s microneedling FAQ with no error (only the example script address to replace)', () => {
    const config = fresh();
    expect(config.faq.items.map((item) => item.question)).to.include('Is microneedling safe for all skin types?');
    expect(config.faq.items).to.have.length(5);
    const problems = validate(config);
    expect(problems.filter((problem) => problem.level === 'error')).to.deep.equal([]);
    expect(problems.map((problem) => problem.field)).to.deep.equal(['script-url']);
  });

  it('every preset reads: text 4.5:1 and brand colour 3:1 on its background', () => {
    for (const [key, preset] of Object.entries(THEME_PRESETS)) {
      expect(contrastRatio(preset.theme.text, preset.theme.background), key).to.be.at.least(4.5);
      expect(contrastRatio(preset.theme.primary, preset.theme.background), key).to.be.at.least(3);
      expect(presetOf({ ...preset.theme, paint: true })).to.equal(key);
    }
    expect(presetOf({ ...THEME_PRESETS.dark.theme, primary: '#123456', paint: true })).to.equal('custom');
  });

  it('names the field and says what to type for each mistake', () => {
    const config = fresh((draft) => {
      draft.element = 'plan';
      draft.plan.sessions = '20';
      draft.plan.interval = 'four';
      draft.plan.startDate = '2026-02-30';
    });
    const problems = validate(config);
    const byField = Object.fromEntries(problems.map((problem) => [problem.field, problem.message]));
    expect(byField['plan-sessions']).to.equal('Sessions: enter a whole number from 1 to 12.');
    expect(byField['plan-interval']).to.contain('from 1 to 26');
    expect(byField['plan-start']).to.contain('YYYY-MM-DD');
  });

  it('flags unreadable colours, overlapping phases, missing alt text and non-http image addresses', () => {
    const dark = validate(fresh((draft) => ((draft.theme.text = '#333333'), (draft.theme.background = '#222222'))));
    expect(dark.find((problem) => problem.field === 'theme-text')?.message).to.match(/needs at least 4\.5:1/);
    const phases = validate(
      fresh((draft) => {
        draft.element = 'timeline';
        draft.timeline.phasesMode = 'custom';
        draft.timeline.phases[1]!.start = '1';
      }),
    );
    expect(phases.find((problem) => problem.field === 'phase-1-start')?.message).to.contain(
      'before the previous phase ends (day 3)',
    );
    const images = validate(
      fresh((draft) => {
        draft.element = 'before-after';
        draft.beforeAfter.before.src = 'javascript:alert(1)';
        draft.beforeAfter.after.alt = ' ';
      }),
    );
    expect(images.map((problem) => problem.field)).to.include.members(['ba-before-src', 'ba-after-alt']);
  });
});
