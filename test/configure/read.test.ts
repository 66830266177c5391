/**
 * Pasted markup → configuration (demo/configure/read.ts), checked by writing it out again. No page, no kit: only the module.
 */
import { expect } from '@open-wc/testing';
import { THEME_PRESETS } from '../../demo/configure/config.js';
import { serialize, snippet, widgetTree } from '../../demo/configure/markup.js';
import { readMarkup } from '../../demo/configure/read.js';
import { fresh } from './harness.js';

describe('configurator: loading a snippet back', () => {
  it('reads its own snippet back to the same configuration', () => {
    const config = fresh((draft) => {
      draft.faq.items = [{ question: 'Does it <hurt>?', answer: 'A little.\n\nLine one\nline two' }];
      draft.faq.multiple = true;
      draft.faq.headingLevel = '4';
      draft.theme = { ...THEME_PRESETS.dark.theme, paint: true };
      draft.scriptUrl = '/js/dermakit.js';
    });
    const result = readMarkup(snippet(config, 'sha384-x'), fresh());
    expect(result.ok).to.equal(true);
    expect(result.message).to.equal(
      'Loaded the FAQ with 1 question, with its brand colour, text colour, corner radius, font, background, script address.',
    );
    expect(result.config).to.deep.equal(config);
  });

  for (const element of ['timeline', 'gauge', 'recovery', 'plan', 'before-after'] as const) {
    it(`reads a ${element} snippet back to the same configuration`, () => {
      const config = fresh((draft) => {
        draft.element = element;
        draft.timeline.phasesMode = 'custom';
        draft.recovery.plan = true;
        draft.gauge.caption = 'After one session';
        draft.plan.completed = '1';
      });
      const result = readMarkup(snippet(config), fresh());
      expect(result.ok, result.message).to.equal(true);
      const read = result.config;
      expect(read.element).to.equal(element);
      expect(serialize(widgetTree(read))).to.equal(serialize(widgetTree(config)));
    });
  }

  it('reads hand-written markup: question attributes, #rgb colours, rem radius', () => {
    const result = readMarkup(
      `<style>:root { --dk-color-primary: #a3c; --dk-radius: 0.75rem }</style>
       <dk-faq searchable><dk-faq-item question="Hand written?"><p>Yes.</p><ul><li>One</li><li>Two</li></ul></dk-faq-item></dk-faq>`,
      fresh(),
    );
    expect(result.config.faq.items).to.deep.equal([{ question: 'Hand written?', answer: 'Yes.\n\nOne\n\nTwo' }]);
    expect(result.config.theme.primary).to.equal('#aa33cc');
    expect(result.config.theme.radius).to.equal('12');
    expect(result.config.theme.paint).to.equal(false);
  });

  it('says clearly when nothing usable is found, and changes nothing', () => {
    const current = fresh();
    for (const [text, message] of [
      ['', 'Paste a snippet first'],
      ['<p>Hello</p><script>alert(1)</script>', 'No dermakit element'],
      ['[dermakit_faq][/dermakit_faq]', 'WordPress shortcode'],
    ] as const) {
      const result = readMarkup(text, current);
      expect(result.ok).to.equal(false);
      expect(result.message).to.contain(message);
      expect(result.config).to.equal(current);
    }
  });
});
