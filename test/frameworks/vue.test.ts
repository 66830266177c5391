/**
 * The kit hosted in Vue 3, from a template as an app writes it: `isCustomElement` tells Vue the `dk-*` tags are
 * custom elements; Vue sets a bound value as a property when the element has one (else as an attribute) and
 * `@dk-toggle` listens to the kit's event. Vue's full build compiles the template in the browser.
 */
import { expect } from '@open-wc/testing';
import { type App, createApp, nextTick, ref } from 'vue/dist/vue.esm-bundler.js';
import '../../src/index.js';
import type { DkCollagenGauge } from '../../src/gauge/collagen-gauge.js';
import type { DkFaq } from '../../src/faq/faq.js';
import {
  QUESTIONS,
  type Question,
  buttonOf,
  faqState,
  headingLevel,
  itemAsking,
  meterValue,
  mountPoint,
  typesShown,
  until,
  valueShown,
} from './hosts.js';

const TEMPLATE = `
  <section :data-renders="renders">
    <dk-faq :multiple="multiple" heading-level="2">
      <dk-faq-item v-for="item in questions" :key="item.id" :question="item.question" :open="item.open"
        @dk-toggle="toggled(item, $event)">
        <p>{{ item.answer }}</p>
      </dk-faq-item>
    </dk-faq>
    <output>{{ lastToggle }}</output>
    <dk-collagen-gauge :value="String(value)" show-types label="Collagen renewal"></dk-collagen-gauge>
  </section>`;

describe('Vue 3 hosts the kit', () => {
  let app: App;
  let container: HTMLElement;
  let toggles: string[];
  const questions = ref<Question[]>([]);
  const multiple = ref(false);
  const value = ref(40);
  const renders = ref(0);
  const faq = () => container.querySelector<DkFaq>('dk-faq')!;
  const gauge = () => container.querySelector<DkCollagenGauge>('dk-collagen-gauge')!;
  /** Changes state as the app's code would, and waits for Vue and the elements. */
  const act = async (change: () => void, what: string, check: () => boolean) => {
    change();
    await nextTick();
    await until(check, what);
  };

  beforeEach(async () => {
    container = mountPoint();
    toggles = [];
    questions.value = QUESTIONS.map((question) => ({ ...question }));
    multiple.value = false;
    value.value = 40;
    renders.value = 0;
    const lastToggle = ref('');
    app = createApp({
      template: TEMPLATE,
      setup: () => ({
        questions,
        multiple,
        value,
        renders,
        lastToggle,
        toggled(item: Question, event: CustomEvent<{ open: boolean }>) {
          toggles.push(`${item.question}: ${event.detail.open}`);
          lastToggle.value = `${item.question} ${event.detail.open ? 'opened' : 'closed'}`;
        },
      }),
    });
    app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('dk-');
    app.mount(container);
    await until(() => faqState(container).length === 3, 'the first render');
  });

  afterEach(() => {
    app.unmount();
    container.remove();
  });

  it('renders the items from state, with attributes and boolean properties from bindings', async () => {
    expect(faqState(container)).to.deep.equal([
      'How long does collagen production last?: closed',
      'Is microneedling safe for all skin types?: open',
      'How many treatments are needed?: closed',
    ]);
    expect([...container.querySelectorAll('dk-faq-item')].map(headingLevel)).to.deep.equal(['2', '2', '2']);
    expect(faq().multiple).to.equal(false);

    await act(
      () => (multiple.value = true),
      'multiple',
      () => faq().multiple,
    );
    buttonOf(itemAsking(container, 'How many treatments are needed?')).click();
    await until(() => faqState(container)[2]!.endsWith('open'), 'the third answer');
    expect(faqState(container)).to.deep.equal([
      'How long does collagen production last?: closed',
      'Is microneedling safe for all skin types?: open',
      'How many treatments are needed?: open',
    ]);

    await act(
      () => (multiple.value = false),
      'multiple off',
      () => !faq().multiple,
    );
    buttonOf(itemAsking(container, 'How long does collagen production last?')).click();
    await until(() => faqState(container)[0]!.endsWith('open'), 'the first answer');
    expect(faqState(container)).to.deep.equal([
      'How long does collagen production last?: open',
      'Is microneedling safe for all skin types?: closed',
      'How many treatments are needed?: closed',
    ]);
  });

  it('receives dk-toggle through @dk-toggle, for the question opened and the one it closed, and renders from it', async () => {
    // One at a time: opening a question closes the open one, and both tell the app (as <details name> does).
    buttonOf(itemAsking(container, 'How long does collagen production last?')).click();
    await until(() => toggles.length === 2, 'both events');
    expect(toggles).to.deep.equal([
      'How long does collagen production last?: true',
      'Is microneedling safe for all skin types?: false',
    ]);
    await until(
      () => container.querySelector('output')!.textContent === 'Is microneedling safe for all skin types? closed',
      'the state set by the listener',
    );
    buttonOf(itemAsking(container, 'How long does collagen production last?')).click();
    await until(
      () => container.querySelector('output')!.textContent === 'How long does collagen production last? closed',
      'the third event',
    );
    expect(toggles.at(-1)).to.equal('How long does collagen production last?: false');
  });

  it('keeps what the visitor opened when the app re-renders', async () => {
    await act(
      () => (multiple.value = true),
      'multiple',
      () => faq().multiple,
    );
    buttonOf(itemAsking(container, 'How long does collagen production last?')).click();
    await until(() => faqState(container)[0]!.endsWith('open'), 'the first answer');
    const before = faqState(container);

    await act(
      () => renders.value++,
      'a re-render',
      () => container.querySelector('section')!.dataset.renders === '1',
    );
    await act(
      () => (value.value = 55),
      'the gauge',
      () => meterValue(gauge()) === '55',
    );
    expect(faqState(container)).to.deep.equal(before);
  });

  it('keeps each item open with its question when the list is reordered (v-for :key), and when one is added', async () => {
    await act(
      () => (multiple.value = true),
      'multiple',
      () => faq().multiple,
    );
    buttonOf(itemAsking(container, 'How many treatments are needed?')).click();
    await until(() => faqState(container)[2]!.endsWith('open'), 'the third answer');
    const elements = new Map([...container.querySelectorAll('dk-faq-item')].map((item) => [item.questionText, item]));

    await act(
      () => questions.value.reverse(),
      'the reversed list',
      () => faqState(container)[0]!.startsWith('How many'),
    );
    expect(faqState(container)).to.deep.equal([
      'How many treatments are needed?: open',
      'Is microneedling safe for all skin types?: open',
      'How long does collagen production last?: closed',
    ]);
    // The same elements, moved: Vue matched them by key.
    for (const item of container.querySelectorAll('dk-faq-item'))
      expect(elements.get(item.questionText)).to.equal(item);

    await act(
      () =>
        questions.value.unshift({
          id: 'pain',
          question: 'Does it hurt?',
          answer: 'A numbing cream keeps it comfortable.',
        }),
      'the added item',
      () => faqState(container).length === 4,
    );
    expect(faqState(container)).to.deep.equal([
      'Does it hurt?: closed',
      'How many treatments are needed?: open',
      'Is microneedling safe for all skin types?: open',
      'How long does collagen production last?: closed',
    ]);
    buttonOf(itemAsking(container, 'Does it hurt?')).click();
    await until(() => faqState(container)[0]!.endsWith('open'), 'the added answer');
    expect(toggles.at(-1)).to.equal('Does it hurt?: true');
  });

  it('shows a gauge value from state, and a boolean attribute written in the template', async () => {
    expect(meterValue(gauge())).to.equal('40');
    expect(gauge().showTypes).to.equal(true);
    expect(typesShown(gauge())).to.equal(true);
    await act(
      () => (value.value = 75),
      'the new value',
      () => meterValue(gauge()) === '75',
    );
    expect(valueShown(gauge())).to.contain('75');
  });
});
