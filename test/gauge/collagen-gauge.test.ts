// <dk-collagen-gauge> on its own: the figure, the meter's name and value text, caption, types, note, theming,
// size, language and every bad attribute.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/gauge/index.js';
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import { collagenTypes, renewalAt } from '../../src/gauge/collagen-model.js';
import { captureWarnings } from '../helpers.js';
import { inShadow, meter, part, percentIn, settled, textOf } from './harness.js';

/** Renders a gauge (optionally inside `parentNode`) and waits until it settled. */
const gauge = async (template: ReturnType<typeof html>, parentNode?: HTMLElement) => {
  const el = await fixture<DkCollagenGauge>(template, { parentNode });
  await settled(el);
  return el;
};

/** What "32%" is a share of: the model's 100 is reached at about six months. */
const DEFAULT_CAPTION = 'Share of the collagen renewal expected by about six months';

const div = (properties: Partial<HTMLDivElement>, style = '') => {
  const wrapper = Object.assign(document.createElement('div'), properties);
  wrapper.style.cssText = style;
  return wrapper;
};

describe('<dk-collagen-gauge>', () => {
  describe('figure and meter', () => {
    it('shows a given value as a meter from 0 to 100 with the percent in the middle', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="42"></dk-collagen-gauge>`);
      const m = meter(el);
      expect(m.getAttribute('role')).to.equal('meter');
      expect(m.getAttribute('aria-valuemin')).to.equal('0');
      expect(m.getAttribute('aria-valuemax')).to.equal('100');
      expect(m.getAttribute('aria-valuenow')).to.equal('42');
      expect(m.getAttribute('aria-valuetext')).to.equal(percentIn('en', 42));
      expect(textOf(el, 'value')).to.equal('42%');
      await expect(el).to.be.accessible();
    });

    it('derives the figure from the day through the model, and names day and phase in the value text', async () => {
      const el = await gauge(html`<dk-collagen-gauge day="30"></dk-collagen-gauge>`);
      const expected = Math.round(renewalAt(30));
      expect(meter(el).getAttribute('aria-valuenow')).to.equal(String(expected));
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(`${expected}%, day 30, Remodeling phase`);
      expect(textOf(el, 'value')).to.equal(`${expected}%`);
      await expect(el).to.be.accessible();
    });

    it('counts calendar days from treatment-date to today', async () => {
      const el = await gauge(
        html`<dk-collagen-gauge treatment-date="2026-11-01" today="2026-11-04"></dk-collagen-gauge>`,
      );
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        `${Math.round(renewalAt(3))}%, day 3, Proliferative phase`,
      );
    });

    it('names the phase on its boundary days as the timeline does (day 0 inflammatory, day 21 remodeling)', async () => {
      const el = await gauge(html`<dk-collagen-gauge day="0"></dk-collagen-gauge>`);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('0%, day 0, Inflammatory phase');
      el.day = '21';
      await el.updateComplete;
      expect(meter(el).getAttribute('aria-valuetext')).to.match(/day 21, Remodeling phase$/);
    });

    it('keeps a given value but still says the day and phase when it knows them', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="70" day="10"></dk-collagen-gauge>`);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('70');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('70%, day 10, Proliferative phase');
    });

    it('says only the percent before treatment and after the last phase', async () => {
      const before = await gauge(html`<dk-collagen-gauge day="-3"></dk-collagen-gauge>`);
      expect(meter(before).getAttribute('aria-valuetext')).to.equal('0%');
      const after = await gauge(html`<dk-collagen-gauge day="365"></dk-collagen-gauge>`);
      expect(meter(after).getAttribute('aria-valuetext')).to.equal('100%');
    });

    it('shows 0% without a value or a day, still a named and valid meter', async () => {
      const el = await gauge(html`<dk-collagen-gauge></dk-collagen-gauge>`);
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
      expect(meter(el).getAttribute('aria-valuetext')).to.equal('0%');
      await expect(el).to.be.accessible();
    });

    it('lets the value text be reworded and the phases renamed (translations)', async () => {
      const el =
        await gauge(html`<dk-collagen-gauge lang="de" day="30" day-text="{percent} erneuert, Tag {day} ({phase})"
        phase-names="Entzündung, Proliferation, Umbau"></dk-collagen-gauge>`);
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(
        `${percentIn('de', Math.round(renewalAt(30)))} erneuert, Tag 30 (Umbau)`,
      );
    });

    it('formats the percent for the page language (lang="de")', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="42" show-types></dk-collagen-gauge>`, div({ lang: 'de' }));
      expect(percentIn('de', 42)).to.not.equal('42%');
      expect(textOf(el, 'value')).to.equal(percentIn('de', 42));
      expect(meter(el).getAttribute('aria-valuetext')).to.equal(percentIn('de', 42));
      expect(textOf(el, 'types')).to.contain(percentIn('de', collagenTypes(42).typeIII));
    });
  });

  describe('caption and accessible name', () => {
    it('captions and names the meter with what the percentage is a share of by default, or by label', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="10"></dk-collagen-gauge>`);
      expect(textOf(el, 'caption')).to.equal(DEFAULT_CAPTION);
      expect(meter(el).getAttribute('aria-label')).to.equal(DEFAULT_CAPTION);
      el.label = 'Neues Kollagen';
      await el.updateComplete;
      expect(textOf(el, 'caption')).to.equal('Neues Kollagen');
      expect(meter(el).getAttribute('aria-label')).to.equal('Neues Kollagen');
    });

    it('uses its own text (light DOM, readable before the script) as caption and name, over label', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="10" label="Unused">
          Collagen renewal <em>after your first session</em>
        </dk-collagen-gauge>`);
      expect(meter(el).getAttribute('aria-label')).to.equal('Collagen renewal after your first session');
      const slot = part(el, 'caption')!.querySelector('slot')!;
      expect(
        slot
          .assignedNodes()
          .map((node) => node.textContent)
          .join(''),
      ).to.contain('first session');
      expect(textOf(el, 'caption')).to.not.contain('Unused');
      await expect(el).to.be.accessible();
    });

    it('falls back to label when its content is only whitespace (page builders add line breaks)', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="10" label="Renewal">

      </dk-collagen-gauge>`);
      expect(textOf(el, 'caption')).to.equal('Renewal');
      expect(meter(el).getAttribute('aria-label')).to.equal('Renewal');
    });

    it('follows its content when a page builder replaces it', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="10">Old caption</dk-collagen-gauge>`);
      el.replaceChildren(document.createTextNode('New caption'));
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(meter(el).getAttribute('aria-label')).to.equal('New caption');
      el.replaceChildren();
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(meter(el).getAttribute('aria-label')).to.equal(DEFAULT_CAPTION);
      expect(textOf(el, 'caption')).to.equal(DEFAULT_CAPTION);
    });

    it('shows markup in attributes as text, never as markup', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="5" label="<img src=x onerror=alert(1)>" show-types
        types-text="<b>{typeI}</b>"></dk-collagen-gauge>`);
      expect(inShadow(el, 'img, b')).to.equal(null);
      expect(textOf(el, 'caption')).to.equal('<img src=x onerror=alert(1)>');
    });
  });

  describe('show-types', () => {
    it('shows the type III / type I split as text and a bar, from the model on that day', async () => {
      const el = await gauge(html`<dk-collagen-gauge day="30" show-types></dk-collagen-gauge>`);
      const { typeIII, typeI } = collagenTypes(Math.round(renewalAt(30)));
      expect(typeIII).to.be.above(typeI);
      expect(textOf(el, 'types')).to.equal(`New collagen: ${typeIII}% type\u00a0III, ${typeI}% type\u00a0I`);
      const [iii, i] = [...part(el, 'types')!.querySelectorAll('rect')].map((rect) => rect.getAttribute('width'));
      expect([iii, i]).to.deep.equal([`${typeIII}%`, `${typeI}%`]);
      await expect(el).to.be.accessible();
    });

    it('has type I taking over late in remodeling and also works from a given value', async () => {
      const el = await gauge(html`<dk-collagen-gauge day="150" show-types></dk-collagen-gauge>`);
      const late = collagenTypes(Math.round(renewalAt(150)));
      expect(late.typeI).to.be.above(late.typeIII);
      expect(textOf(el, 'types')).to.contain(`${late.typeI}% type\u00a0I`);
      const given = await gauge(html`<dk-collagen-gauge value="100" show-types></dk-collagen-gauge>`);
      expect(textOf(given, 'types')).to.equal('New collagen: 20% type\u00a0III, 80% type\u00a0I');
    });

    it('is absent without show-types, and its text can be reworded', async () => {
      const plain = await gauge(html`<dk-collagen-gauge day="30"></dk-collagen-gauge>`);
      expect(part(plain, 'types')).to.equal(null);
      const reworded = await gauge(
        html`<dk-collagen-gauge value="100" show-types types-text="I: {typeI} / III: {typeIII}"></dk-collagen-gauge>`,
      );
      expect(textOf(reworded, 'types')).to.equal('I: 80% / III: 20%');
    });
  });

  describe('illustrative note', () => {
    it('says the model is illustrative when the figure comes from the model', async () => {
      const el = await gauge(html`<dk-collagen-gauge day="30"></dk-collagen-gauge>`);
      expect(textOf(el, 'note')).to.equal('Illustrative model, not a prediction. Individual results vary.');
    });

    it('has no note for an author-given value or without a day, and can be reworded or hidden', async () => {
      expect(part(await gauge(html`<dk-collagen-gauge value="30" day="30"></dk-collagen-gauge>`), 'note')).to.equal(
        null,
      );
      expect(part(await gauge(html`<dk-collagen-gauge></dk-collagen-gauge>`), 'note')).to.equal(null);
      expect(part(await gauge(html`<dk-collagen-gauge day="30" note=""></dk-collagen-gauge>`), 'note')).to.equal(null);
      const reworded = await gauge(html`<dk-collagen-gauge day="30" note="Modellrechnung"></dk-collagen-gauge>`);
      expect(textOf(reworded, 'note')).to.equal('Modellrechnung');
    });
  });

  describe('bad input never throws', () => {
    const warningsFor = async (template: ReturnType<typeof html>) => {
      let el!: DkCollagenGauge;
      const warnings = await captureWarnings(async () => {
        el = await fixture<DkCollagenGauge>(template);
        await settled(el);
      });
      return { el, warnings };
    };

    it('clamps a value outside 0–100 with one warning naming element and attribute', async () => {
      const high = await warningsFor(html`<dk-collagen-gauge value="140"></dk-collagen-gauge>`);
      expect(meter(high.el).getAttribute('aria-valuenow')).to.equal('100');
      expect(high.warnings).to.have.length(1);
      expect(high.warnings[0]).to.match(/^<dk-collagen-gauge> value: 140 is outside 0–100/);
      const low = await warningsFor(html`<dk-collagen-gauge value="-5"></dk-collagen-gauge>`);
      expect(meter(low.el).getAttribute('aria-valuenow')).to.equal('0');
      expect(low.warnings[0]).to.match(/^<dk-collagen-gauge> value:/);
    });

    it('warns about a value that is not a number and falls back to the model, or to 0', async () => {
      const modelled = await warningsFor(html`<dk-collagen-gauge value="abc" day="30"></dk-collagen-gauge>`);
      expect(meter(modelled.el).getAttribute('aria-valuenow')).to.equal(String(Math.round(renewalAt(30))));
      expect(modelled.warnings).to.deep.equal(['<dk-collagen-gauge> value: "abc" is not a number; ignoring it.']);
      const none = await warningsFor(html`<dk-collagen-gauge value=""></dk-collagen-gauge>`);
      expect(meter(none.el).getAttribute('aria-valuenow')).to.equal('0');
      expect(none.warnings).to.have.length(1);
    });

    it('warns once per bad attribute, not once per render', async () => {
      const { el, warnings } = await warningsFor(html`<dk-collagen-gauge value="12px" day="soon"></dk-collagen-gauge>`);
      const more = await captureWarnings(async () => {
        el.label = 'Again';
        await el.updateComplete;
      });
      expect(warnings).to.have.length(2);
      expect(warnings.some((w) => w.startsWith('<dk-collagen-gauge> day: "soon"'))).to.equal(true);
      expect(more).to.deep.equal([]);
    });

    it('rounds a fractional day and rejects impossible dates, naming the attribute', async () => {
      const { el, warnings } = await warningsFor(html`<dk-collagen-gauge day="2.6" today="2026-02-30"
        treatment-date="2026-13-45"></dk-collagen-gauge>`);
      expect(meter(el).getAttribute('aria-valuetext')).to.match(/day 3, Proliferative phase$/);
      expect(warnings.map((w) => w.split(':')[0])).to.have.members([
        '<dk-collagen-gauge> day',
        '<dk-collagen-gauge> treatment-date',
        '<dk-collagen-gauge> today',
      ]);
    });

    it('survives a 100 KB attribute', async () => {
      const huge = 'x'.repeat(100_000);
      const { el, warnings } = await warningsFor(
        html`<dk-collagen-gauge value=${huge} day=${huge} label=${huge}></dk-collagen-gauge>`,
      );
      expect(meter(el).getAttribute('aria-valuenow')).to.equal('0');
      expect(warnings).to.have.length(2);
    });
  });

  describe('look', () => {
    /** sRGB relative luminance of a computed colour, `rgb()` or `color(srgb …)`. */
    function luminance(color: string): number {
      const numbers = color.match(/[\d.]+/g)!.map(Number);
      const channels = color.startsWith('color(') ? numbers.slice(0, 3) : numbers.slice(0, 3).map((n) => n / 255);
      const [r, g, b] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
        number,
        number,
        number,
      ];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };

    it('draws fill against track at 3:1 or more with the default colours', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="50"></dk-collagen-gauge>`);
      const fill = getComputedStyle(part(el, 'fill')!).stroke;
      const track = getComputedStyle(part(el, 'track')!).stroke;
      expect(contrast(fill, track)).to.be.at.least(3);
    });

    it('takes its size from --dk-gauge-size and themable colours from --dk-gauge-fill / --dk-gauge-track', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="50"
        style="--dk-gauge-size: 200px; --dk-gauge-fill: rgb(200, 0, 0); --dk-gauge-track: rgb(0, 0, 200)"></dk-collagen-gauge>`);
      const ring = part(el, 'ring')!.getBoundingClientRect();
      expect([Math.round(ring.width), Math.round(ring.height)]).to.deep.equal([200, 200]);
      // The host is a block; the ring sits in its middle.
      const host = el.getBoundingClientRect();
      expect(Math.round(ring.left - host.left)).to.equal(Math.round(host.right - ring.right));
      expect(getComputedStyle(part(el, 'fill')!).stroke).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(part(el, 'track')!).stroke).to.equal('rgb(0, 0, 200)');
    });

    it('sets the stroke from --dk-gauge-thickness and keeps it inside the ring box', async () => {
      const el = await gauge(
        html`<dk-collagen-gauge value="50" style="--dk-gauge-thickness: 20%"></dk-collagen-gauge>`,
      );
      const fill = part(el, 'fill')! as unknown as SVGCircleElement;
      expect(getComputedStyle(fill).strokeWidth).to.equal('20%');
      // Radius 50 − 20 / 2 in the 100-unit viewBox: the outer edge of the stroke meets the box.
      expect(Math.round(fill.getBBox().width)).to.equal(80);
    });

    it('keeps the ring the same size whatever it shows (no shift when the figure or caption changes)', async () => {
      const el = await gauge(html`<dk-collagen-gauge value="0"></dk-collagen-gauge>`);
      const before = part(el, 'ring')!.getBoundingClientRect();
      el.value = '100';
      el.label = 'A much longer caption that wraps onto several lines in a narrow gauge';
      await el.updateComplete;
      const after = part(el, 'ring')!.getBoundingClientRect();
      expect([after.width, after.height, after.top]).to.deep.equal([before.width, before.height, before.top]);
    });

    it('shrinks to a narrow column (reflow at 320 px)', async () => {
      const el = await gauge(
        html`<dk-collagen-gauge value="50" style="--dk-gauge-size: 300px"></dk-collagen-gauge>`,
        div({}, 'inline-size: 120px'),
      );
      expect(el.getBoundingClientRect().width).to.be.at.most(120);
      expect(Math.round(part(el, 'ring')!.getBoundingClientRect().height)).to.equal(120);
    });

    it('exposes a part for every piece', async () => {
      const el = await gauge(html`<dk-collagen-gauge day="30" show-types></dk-collagen-gauge>`);
      for (const name of ['meter', 'ring', 'track', 'fill', 'value', 'caption', 'types', 'note']) {
        expect(part(el, name), name).to.not.equal(null);
      }
    });
  });
});
