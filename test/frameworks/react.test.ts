/**
 * The kit hosted in React 19, which passes props to custom elements as properties (when the element has one) or
 * attributes, and `on<event-name>` props as listeners (`ondk-toggle`). Rendered for real with react-dom's
 * production build; `createElement` instead of JSX, so the file needs no JSX transform.
 */
import { expect } from '@open-wc/testing';
import { createElement as h, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
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

/** The app's state setters, handed out so a test can change state as the app's own code would. */
interface Controls {
  setQuestions: (update: (questions: Question[]) => Question[]) => void;
  setMultiple: (multiple: boolean) => void;
  setValue: (value: number) => void;
  rerender: () => void;
}

function ClinicPage({ controls, toggles }: { controls: Controls; toggles: string[] }) {
  const [questions, setQuestions] = useState<Question[]>([...QUESTIONS]);
  const [multiple, setMultiple] = useState(false);
  const [value, setValue] = useState(40);
  const [renders, setRenders] = useState(0);
  const [lastToggle, setLastToggle] = useState('');
  Object.assign(controls, { setQuestions, setMultiple, setValue, rerender: () => setRenders((count) => count + 1) });
  return h(
    'section',
    { 'data-renders': renders },
    h(
      'dk-faq',
      { multiple, 'heading-level': '2' },
      questions.map(({ id, question, answer, open }) =>
        h(
          'dk-faq-item',
          {
            key: id,
            question,
            open,
            'ondk-toggle': (event: CustomEvent<{ open: boolean }>) => {
              toggles.push(`${question}: ${event.detail.open}`);
              setLastToggle(`${question} ${event.detail.open ? 'opened' : 'closed'}`);
            },
          },
          h('p', null, answer),
        ),
      ),
    ),
    h('output', null, lastToggle),
    h('dk-collagen-gauge', { value: String(value), 'show-types': true, label: 'Collagen renewal' }),
  );
}

describe('React 19 hosts the kit', () => {
  let root: Root;
  let container: HTMLElement;
  let controls: Controls;
  let toggles: string[];
  const faq = () => container.querySelector<DkFaq>('dk-faq')!;
  const gauge = () => container.querySelector<DkCollagenGauge>('dk-collagen-gauge')!;
  /** Changes state the way an event handler would, and waits for React and the elements. */
  const act = async (change: () => void, what: string, check: () => boolean) => {
    flushSync(change);
    await until(check, what);
  };

  beforeEach(async () => {
    container = mountPoint();
    controls = {} as Controls;
    toggles = [];
    root = createRoot(container);
    flushSync(() => root.render(h(ClinicPage, { controls, toggles })));
    await until(() => faqState(container).length === 3, 'the first render');
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders the items from state, with attributes and boolean properties from props', async () => {
    expect(faqState(container)).to.deep.equal([
      'How long does collagen production last?: closed',
      'Is microneedling safe for all skin types?: open',
      'How many treatments are needed?: closed',
    ]);
    // `heading-level` has no property of that name: React sets the attribute, and every question follows it.
    expect(faq().getAttribute('heading-level')).to.equal('2');
    expect([...container.querySelectorAll('dk-faq-item')].map(headingLevel)).to.deep.equal(['2', '2', '2']);
    expect(faq().multiple).to.equal(false);

    // `multiple` is a property of <dk-faq>: React sets it (there is no attribute).
    await act(
      () => controls.setMultiple(true),
      'multiple',
      () => faq().multiple,
    );
    buttonOf(itemAsking(container, 'How many treatments are needed?')).click();
    await until(() => faqState(container)[2]!.endsWith('open'), 'the third answer');
    // With `multiple` from React, opening one answer leaves the other open.
    expect(faqState(container)).to.deep.equal([
      'How long does collagen production last?: closed',
      'Is microneedling safe for all skin types?: open',
      'How many treatments are needed?: open',
    ]);

    // Back to one at a time: the answer opened next is the only one left open.
    await act(
      () => controls.setMultiple(false),
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

  it('receives dk-toggle through the ondk-toggle prop, for the question opened and the one it closed, and renders from it', async () => {
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
      () => controls.setMultiple(true),
      'multiple',
      () => faq().multiple,
    );
    buttonOf(itemAsking(container, 'How long does collagen production last?')).click();
    await until(() => faqState(container)[0]!.endsWith('open'), 'the first answer');
    const before = faqState(container);

    await act(
      () => controls.rerender(),
      'a re-render',
      () => container.querySelector('section')!.dataset.renders === '1',
    );
    await act(
      () => controls.setValue(55),
      'the gauge',
      () => meterValue(gauge()) === '55',
    );
    expect(faqState(container)).to.deep.equal(before);
  });

  it('keeps each item open with its question when the list is reordered (keys), and when one is added', async () => {
    await act(
      () => controls.setMultiple(true),
      'multiple',
      () => faq().multiple,
    );
    buttonOf(itemAsking(container, 'How many treatments are needed?')).click();
    await until(() => faqState(container)[2]!.endsWith('open'), 'the third answer');
    const elements = new Map([...container.querySelectorAll('dk-faq-item')].map((item) => [item.questionText, item]));

    await act(
      () => controls.setQuestions((list) => [...list].reverse()),
      'the reversed list',
      () => faqState(container)[0]!.startsWith('How many'),
    );
    expect(faqState(container)).to.deep.equal([
      'How many treatments are needed?: open',
      'Is microneedling safe for all skin types?: open',
      'How long does collagen production last?: closed',
    ]);
    // The same elements, moved: React matched them by key.
    for (const item of container.querySelectorAll('dk-faq-item'))
      expect(elements.get(item.questionText)).to.equal(item);

    await act(
      () =>
        controls.setQuestions((list) => [
          { id: 'pain', question: 'Does it hurt?', answer: 'A numbing cream keeps it comfortable.' },
          ...list,
        ]),
      'the added item',
      () => faqState(container).length === 4,
    );
    expect(faqState(container)).to.deep.equal([
      'Does it hurt?: closed',
      'How many treatments are needed?: open',
      'Is microneedling safe for all skin types?: open',
      'How long does collagen production last?: closed',
    ]);
    // The FAQ still works as one accordion over the moved and added items.
    buttonOf(itemAsking(container, 'Does it hurt?')).click();
    await until(() => faqState(container)[0]!.endsWith('open'), 'the added answer');
    expect(toggles.at(-1)).to.equal('Does it hurt?: true');
  });

  it('shows a gauge value from state, and a boolean attribute set from a prop', async () => {
    expect(meterValue(gauge())).to.equal('40');
    // `show-types` is no property name: React 19 sets the attribute, present for `true`.
    expect(gauge().hasAttribute('show-types')).to.equal(true);
    expect(typesShown(gauge())).to.equal(true);
    await act(
      () => controls.setValue(75),
      'the new value',
      () => meterValue(gauge()) === '75',
    );
    expect(valueShown(gauge())).to.contain('75');
  });
});
