/**
 * <dk-treatment-plan> on the host pages clinics have (issue 8): readable with no tokens on a light page, a dark
 * section, a brand-coloured section and the README's dark theme, in every state; state chips that all sit the same
 * way; on paper; sizes that follow the text; long words; a block theme's column.
 */
import { ContextProvider } from '@lit/context';
import { expect } from '@open-wc/testing';
import '../../src/core/context-root.js';
import { type RecoveryState, recoveryContext } from '../../src/core/recovery-context.js';
import '../../src/plan/index.js';
import type { DkTreatmentPlan } from '../../src/plan/index.js';
import {
  HOST_PAGES,
  LIGHT,
  type HostPage,
  columnEdges,
  constrainedColumn,
  contrastFailures,
  hostSection,
  simulatePrint,
  smallRootFontSize,
} from '../host-pages.js';
import { allInShadow, button, d, parts, settleAll, texts } from './harness.js';
import { backdrop, ratio, rgba, textContrast } from '../paint.js';

interface State {
  readonly attributes: string;
  /** The recovery state an enclosing `<dk-recovery>` provides. */
  readonly provided?: RecoveryState;
}

const STATES: Readonly<Record<string, State>> = {
  'none done, without dates': { attributes: 'sessions="3"' },
  'some done, without dates': { attributes: 'sessions="4" completed="2"' },
  'some done, with dates': { attributes: 'sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1"' },
  'all done, with dates': { attributes: 'sessions="3" start-date="2026-12-01" completed="3"' },
  'with a recovery provider': {
    attributes: '',
    provided: { treatmentDate: d('2026-11-01'), today: d('2026-11-25'), day: 24 },
  },
};

const sections: HTMLElement[] = [];
afterEach(() => sections.splice(0).forEach((section) => section.remove()));

/** A plan in a section painted like `page` (inside a recovery provider when the state has one), rendered. */
async function planOn(page: HostPage, state: State, wrapperStyle = ''): Promise<DkTreatmentPlan> {
  const section = await hostSection(page, `<div style="${wrapperStyle}"></div>`);
  sections.push(section);
  const wrapper = section.firstElementChild as HTMLElement;
  if (state.provided) new ContextProvider(wrapper, { context: recoveryContext, initialValue: state.provided });
  const template = document.createElement('template');
  template.innerHTML = `<dk-treatment-plan ${state.attributes.includes('lang=') ? '' : 'lang="en"'} ${state.attributes}></dk-treatment-plan>`; // test markup
  wrapper.append(template.content);
  await settleAll(section);
  return wrapper.querySelector('dk-treatment-plan')!;
}

const rect = (element: Element) => element.getBoundingClientRect();
const steps = (el: DkTreatmentPlan) => parts(el, 'step') as HTMLElement[];
const inStep = (step: Element, name: string) => step.querySelector(`[part~="${name}"]`)!;
const stateOf = (step: Element) => step.className as 'done' | 'next' | 'upcoming';

describe('dk-treatment-plan on host pages', () => {
  describe('colours: readable with no tokens, in every state', () => {
    for (const page of HOST_PAGES) {
      for (const [name, state] of Object.entries(STATES)) {
        it(`${page.name}, ${name}: axe finds no contrast failure, and every text (markers too) reaches 4.5:1`, async () => {
          const el = await planOn(page, state);
          expect(await contrastFailures(el)).to.deep.equal([]);
          const shown = [
            ...parts(el, 'marker'),
            ...parts(el, 'label'),
            ...parts(el, 'status'),
            ...parts(el, 'progress'),
            ...parts(el, 'button'),
          ];
          for (const node of shown) {
            expect(textContrast(node), `${node.getAttribute('part')} "${node.textContent!.trim()}"`).to.be.at.least(
              4.5,
            );
          }
        });
      }

      it(`${page.name}: the next step is marked by weight, an accent ring and a brand-filled chip, never by brand-coloured text`, async () => {
        const el = await planOn(page, STATES['some done, with dates']!);
        const host = getComputedStyle(el);
        const primary = rgba(host.getPropertyValue('--_primary'));
        const onPrimary = rgba(host.getPropertyValue('--_on-primary'));
        for (const step of steps(el)) {
          const state = stateOf(step);
          const [marker, label, status] = ['marker', 'label', 'status'].map((name) =>
            getComputedStyle(inStep(step, name)),
          );
          // Text is the section's own, or on-primary on a primary fill.
          expect(rgba(label!.color), `${state} label`).to.deep.equal(rgba(host.color));
          if (state === 'next') {
            expect(Number(label!.fontWeight)).to.be.at.least(600);
            expect(rgba(status!.backgroundColor), 'next chip fill').to.deep.equal(primary);
            expect(rgba(status!.color), 'next chip text').to.deep.equal(onPrimary);
            expect(parseFloat(marker!.borderTopWidth), 'next ring').to.equal(3);
            // The ring stands out from the section even where the brand fill would not (brand-coloured section).
            expect(ratio(rgba(marker!.borderTopColor), backdrop(el)), 'next ring against the section').to.be.at.least(
              1.5,
            );
          } else {
            expect(Number(label!.fontWeight), `${state} label weight`).to.be.below(600);
            expect(rgba(status!.backgroundColor)[3], `${state} chip has no fill`).to.equal(0);
            expect(rgba(status!.color), `${state} chip text`).not.to.deep.equal(primary);
          }
          if (state === 'done') {
            expect(rgba(marker!.backgroundColor), 'done marker fill').to.deep.equal(primary);
            expect(rgba(marker!.color), 'done marker text').to.deep.equal(onPrimary);
          } else {
            expect(rgba(marker!.backgroundColor)[3], `${state} marker paints no surface`).to.equal(0);
            expect(rgba(marker!.borderTopColor)[3], `${state} marker has a ring`).to.be.above(0);
          }
        }
      });
    }
  });

  describe('state chips', () => {
    const wide: State = { attributes: 'sessions="4" interval-weeks="6" start-date="2026-12-01" completed="1"' };
    const german: State = {
      attributes: `lang="de" sessions="3" start-date="2026-12-01" completed="1" next-label="Als Nächstes" done-label="Erledigt"
        session-label="Behandlungssitzung {n} von {total} — {when}"`,
    };

    const cases = {
      'English, dated': wide,
      'German, long labels': german,
      relative: STATES['none done, without dates']!,
    };

    for (const [name, state] of Object.entries(cases)) {
      it(`${name} at 1280 px: every chip (Next bold or not) sits beside its text, all in one column`, async () => {
        const el = await planOn(LIGHT, state, 'width: 1248px');
        const lefts = new Set<number>();
        for (const step of steps(el)) {
          const label = rect(inStep(step, 'label'));
          const chip = rect(inStep(step, 'status'));
          expect(chip.left, `${stateOf(step)} chip beside its text`).to.be.at.least(label.right - 0.5);
          expect(
            chip.top < label.bottom && chip.bottom > label.top,
            `${stateOf(step)} chip on the text's line`,
          ).to.equal(true);
          lefts.add(Math.round(chip.left));
        }
        expect([...lefts], 'chips line up').to.have.length(1);
      });

      // A phone's page (16 px padding each side, hostSection's) and a 320 px column: every chip under its text,
      // the same way whatever the state, so a step's height never hangs on whether a bold text squeezes in.
      for (const width of [390, 320]) {
        it(`${name} at ${width} px: every chip (done, next, upcoming) goes under its text, the same way`, async () => {
          const el = await planOn(LIGHT, state, `width: ${width - 32}px`);
          for (const step of steps(el)) {
            const label = rect(inStep(step, 'label'));
            const chip = rect(inStep(step, 'status'));
            expect(chip.top, `${stateOf(step)} chip under its text`).to.be.closeTo(label.bottom + 4, 0.5);
            expect(chip.left, `${stateOf(step)} chip aligned with its text`).to.be.closeTo(label.left, 0.5);
          }
          expect(el.scrollWidth).to.be.at.most(el.clientWidth);
        });
      }
    }
  });

  describe('print', () => {
    let endPrint: (() => Promise<void>) | undefined;
    afterEach(async () => {
      await endPrint?.();
      endPrint = undefined;
    });

    it('leaves out "Add to calendar", keeps the list on one page, prints the states with their fills', async () => {
      const el = await planOn(LIGHT, STATES['some done, with dates']!);
      expect(button(el)!.getClientRects().length, 'on screen').to.equal(1);
      endPrint = await simulatePrint(el.parentElement!);
      expect(button(el)!.getClientRects().length, 'button printed').to.equal(0);
      expect(getComputedStyle(el).breakInside).to.equal('avoid');
      for (const step of steps(el)) expect(getComputedStyle(step).breakInside).to.equal('avoid');
      // Browsers drop backgrounds on paper unless told: the filled marker and chip keep theirs, so white text stays on brand.
      for (const node of [...parts(el, 'marker'), ...parts(el, 'status')]) {
        const style = getComputedStyle(node);
        if (rgba(style.backgroundColor)[3] === 0) continue;
        const adjust =
          style.getPropertyValue('print-color-adjust') || style.getPropertyValue('-webkit-print-color-adjust');
        expect(adjust, `${node.getAttribute('part')} "${node.textContent}"`).to.equal('exact');
      }
      expect(texts(el, 'status')).to.deep.equal(['Done', 'Next', 'Upcoming', 'Upcoming']);
      for (const node of parts(el, 'status')) expect(node.getClientRects().length).to.equal(1);
    });
  });

  describe('sizes, words and columns', () => {
    const dated = STATES['some done, with dates']!;
    const measure = (el: DkTreatmentPlan) => ({
      marker: rect(parts(el, 'marker')[0]!).width,
      button: rect(button(el)!).height,
      height: rect(el).height,
    });

    it('is the same size under a 62.5% root font size (sizes in em, not rem)', async () => {
      const normal = measure(await planOn(LIGHT, dated));
      const undo = smallRootFontSize();
      try {
        const small = measure(await planOn(LIGHT, dated));
        expect(normal.marker).to.be.closeTo(32, 0.5);
        expect(small.marker).to.be.closeTo(normal.marker, 0.5);
        expect(small.button).to.be.closeTo(normal.button, 0.5);
        expect(small.height).to.be.closeTo(normal.height, 0.5);
      } finally {
        undo();
      }
    });

    it('follows smaller text but keeps the button a 24 px target', async () => {
      const el = await planOn(LIGHT, dated, 'font-size: 8px');
      expect(rect(parts(el, 'marker')[0]!).width).to.be.closeTo(16, 0.5);
      const { width, height } = rect(button(el)!);
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    });

    it('wraps a 41-character word at 390 px instead of widening the page', async () => {
      const word = 'Kollageninduktionstherapiebehandlungsplan';
      expect(word).to.have.length(41);
      const pageWidth = document.documentElement.scrollWidth;
      const el = await planOn(
        LIGHT,
        { attributes: `sessions="3" session-label="${word} {n}" next-label="${word}" progress-label="${word}"` },
        'width: 358px',
      );
      expect(document.documentElement.scrollWidth).to.be.at.most(pageWidth);
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const node of allInShadow(el, '*')) {
        expect(rect(node).right, node.getAttribute('part') ?? node.localName).to.be.at.most(rect(el).right + 0.5);
      }
    });

    it('sits in a block theme\u2019s content column', async () => {
      const column = await constrainedColumn('<dk-treatment-plan start-date="2026-12-01"></dk-treatment-plan>');
      try {
        const el = column.querySelector('dk-treatment-plan')!;
        expect(getComputedStyle(el).display).to.equal('block');
        expect(columnEdges(el)).to.deep.equal({ left: 180, right: 820 });
      } finally {
        column.parentElement!.remove();
      }
    });
  });
});
