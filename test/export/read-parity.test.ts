// The export says what the widgets say: the same markup is upgraded by the real elements and read by readSnippet,
// for several days (before treatment, inside each phase, in a gap, after recovery) and languages, and every text a
// visitor reads must match: phase names, spans, the current phase and its day, status lines, the gauge's figure and
// lines, the plan's sessions, dates, states and progress, the FAQ's questions, the scrubber's line.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { readSnippet } from '../../src/export/index.js';
import type {
  FaqExport,
  GaugeExport,
  PlanExport,
  RecoveryExport,
  SnippetExport,
  TimelineExport,
  WidgetExport,
} from '../../src/export/index.js';
import { allInShadow, part, parts, settleAll } from '../harness.js';

const clean = (text: string | null | undefined) => (text ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
const partText = (element: Element, name: string) => clean(part(element, name)?.textContent);

/** Upgrades `markup` in the page (every element defined already) and waits for every widget's renders. */
async function upgrade(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  // Test code, author markup of our own: parsed by the browser as a page would.
  const template = document.createElement('template');
  template.innerHTML = markup;
  container.append(template.content);
  document.body.append(container);
  await settleAll(container);
  return container;
}

function all<T extends WidgetExport['kind']>(snippet: SnippetExport, kind: T): Extract<WidgetExport, { kind: T }>[] {
  const found: WidgetExport[] = [];
  const walk = (widgets: readonly WidgetExport[]) => {
    for (const widget of widgets) {
      if (widget.kind === kind) found.push(widget);
      if (widget.kind === 'recovery') walk(widget.children);
    }
  };
  walk(snippet.widgets);
  return found as Extract<WidgetExport, { kind: T }>[];
}

function compareTimeline(element: Element, exported: TimelineExport, label: string): void {
  const items = allInShadow(element, 'li');
  expect(
    items.map((li) => clean(part(li, 'name')?.textContent)),
    `${label}: names`,
  ).to.deep.equal(exported.phases.map((phase) => phase.name));
  expect(
    items.map((li) => clean(part(li, 'span')?.textContent)),
    `${label}: spans`,
  ).to.deep.equal(exported.phases.map((phase) => phase.span));
  const current = items.findIndex((li) => li.getAttribute('aria-current') === 'step');
  expect(current, `${label}: current phase`).to.equal(exported.phases.findIndex((phase) => phase.current));
  const marker = partText(element, 'marker');
  if (current >= 0)
    expect(exported.status, `${label}: day on the current phase`).to.equal(
      `${marker}: ${exported.phases[current]!.name}`,
    );
  else expect(exported.status, `${label}: status line`).to.equal(partText(element, 'status'));
}

function compareGauge(element: Element, exported: GaugeExport, label: string): void {
  const meter = part(element, 'meter')!;
  expect(partText(element, 'value'), `${label}: figure`).to.equal(exported.valueText);
  expect(Number(meter.getAttribute('aria-valuenow')), `${label}: value`).to.equal(exported.value);
  // The caption: the author's own text (slotted light DOM), else the label the widget prints.
  expect(clean(element.textContent) || partText(element, 'caption'), `${label}: caption`).to.equal(exported.label);
  // The widget's lines: its value text when it names a day, then status or legend, then the note.
  const valueText = meter.getAttribute('aria-valuetext')!;
  const lines = [
    ...(valueText !== exported.valueText ? [valueText] : []),
    ...['status', 'legend', 'note'].map((name) => partText(element, name)).filter(Boolean),
  ];
  expect(lines, `${label}: lines`).to.deep.equal(exported.details);
}

function comparePlan(element: Element, exported: PlanExport, label: string): void {
  expect(
    parts(element, 'label').map((part) => clean(part.textContent)),
    `${label}: sessions`,
  ).to.deep.equal(exported.sessions.map((session) => `${session.label} — ${session.dateText}`));
  expect(
    parts(element, 'status').map((part) => clean(part.textContent)),
    `${label}: states`,
  ).to.deep.equal(exported.sessions.map((session) => session.statusText));
  expect(
    parts(element, 'step').map((step) => step.getAttribute('aria-current') === 'step'),
    `${label}: next`,
  ).to.deep.equal(exported.sessions.map((session) => session.status === 'next'));
  expect(partText(element, 'progress'), `${label}: progress`).to.equal(exported.progress);
}

/** Reads and upgrades the same markup and compares every widget of each kind, in order. */
async function expectParity(markup: string, label: string): Promise<SnippetExport> {
  const snippet = readSnippet(markup);
  const container = await upgrade(markup);
  try {
    const timelines = all(snippet, 'timeline');
    const timelineElements = container.querySelectorAll('dk-healing-timeline');
    expect(timelineElements.length, label).to.equal(timelines.length);
    timelineElements.forEach((element, index) =>
      compareTimeline(element, timelines[index]!, `${label} timeline ${index}`),
    );
    const gauges = all(snippet, 'gauge');
    const gaugeElements = container.querySelectorAll('dk-collagen-gauge');
    expect(gaugeElements.length, label).to.equal(gauges.length);
    gaugeElements.forEach((element, index) => compareGauge(element, gauges[index]!, `${label} gauge ${index}`));
    const plans = all(snippet, 'plan');
    const planElements = container.querySelectorAll('dk-treatment-plan');
    expect(planElements.length, label).to.equal(plans.length);
    planElements.forEach((element, index) => comparePlan(element, plans[index]!, `${label} plan ${index}`));
    const recoveries: RecoveryExport[] = all(snippet, 'recovery');
    container.querySelectorAll('dk-recovery').forEach((element, index) => {
      const line = partText(element, 'value');
      if (line) expect(recoveries[index]!.status, `${label} scrubber`).to.equal(line);
    });
    const faqs: FaqExport[] = all(snippet, 'faq');
    const questions = [...container.querySelectorAll<HTMLElement & { questionText: string }>('dk-faq-item')].map(
      (item) => item.questionText,
    );
    expect(
      faqs.flatMap((faq) => faq.items.map((item) => item.question)),
      `${label}: questions`,
    ).to.deep.equal(questions);
  } finally {
    container.remove();
  }
  return snippet;
}

const recoveryPage = (today: string) => `<div lang="en">
  <dk-recovery treatment-date="2026-11-01" today="${today}" scrubber>
    <h2 slot="intro">Your recovery</h2>
    <dk-healing-timeline>
      <dk-phase name="Inflammatory" start="0" end="3">Redness settles within days.</dk-phase>
      <dk-phase name="Proliferative" start="3" end="21">New collagen, mostly type III.</dk-phase>
      <dk-phase name="Remodeling" start="21" end="180">Type III matures into type I.</dk-phase>
    </dk-healing-timeline>
    <dk-collagen-gauge show-types></dk-collagen-gauge>
    <dk-treatment-plan sessions="4" interval-weeks="3"><p>Four sessions.</p></dk-treatment-plan>
  </dk-recovery>
</div>`;

describe('readSnippet says what the widgets say', () => {
  // Before treatment, treatment day, inside each phase, the last day, after recovery; a US clock change inside.
  for (const today of [
    '2026-10-20',
    '2026-10-31',
    '2026-11-01',
    '2026-11-03',
    '2026-11-13',
    '2026-12-01',
    '2027-01-30',
    '2027-04-30',
    '2027-06-01',
  ]) {
    it(`a recovery section on ${today}: timeline, gauge, plan and scrubber`, async () => {
      const snippet = await expectParity(recoveryPage(today), today);
      expect(snippet.warnings).to.deep.equal([]);
    });
  }

  it('standalone widgets in German, each with its own dates; the preset timeline and a plan in days', async () => {
    for (const today of ['2026-02-20', '2026-03-01', '2026-03-29', '2026-06-01', '2026-10-01']) {
      await expectParity(
        `<div lang="de">
          <dk-collagen-gauge treatment-date="2026-03-01" today="${today}" show-types phase-names="Entzündung, Proliferation, Umbau"
            day-text="{percent}, Tag {day}, Phase {phase}" before-text="Behandlung {relative}"></dk-collagen-gauge>
          <dk-healing-timeline treatment-date="2026-03-01" today="${today}" marker-text="Tag {day}" before-text="Behandlung {relative}"></dk-healing-timeline>
          <dk-treatment-plan start-date="2026-03-01" today="${today}" interval-days="10" sessions="5"></dk-treatment-plan>
        </div>`,
        `de ${today}`,
      );
    }
  });

  it('a gap between phases, a given day, a relative plan and a gauge with its own value', async () => {
    await expectParity(
      `<div lang="en-GB">
        <dk-healing-timeline day="4"><dk-phase name="Calm" start="0" end="3"></dk-phase><dk-phase name="Peel" start="5" end="10" span="about a week"></dk-phase></dk-healing-timeline>
        <dk-healing-timeline day="12"><dk-phase name="Calm" start="0" end="3"></dk-phase><dk-phase name="Peel" start="5" end="10"></dk-phase></dk-healing-timeline>
        <dk-collagen-gauge value="42" day="30">Course progress</dk-collagen-gauge>
        <dk-treatment-plan sessions="3" completed="1"></dk-treatment-plan>
      </div>`,
      'gap',
    );
  });

  it('FAQ questions from attributes and slots, wrapped by a page builder', async () => {
    const snippet = await expectParity(
      `<div lang="en"><dk-faq><dk-faq-item question="Does it hurt?"><p>A little.</p></dk-faq-item>
        <div class="wrapper"><dk-faq-item><span slot="question">Is there   downtime?</span><p>A day or two.</p></dk-faq-item></div></dk-faq></div>`,
      'faq',
    );
    expect(all(snippet, 'faq')[0]!.items.map((item) => item.question)).to.deep.equal([
      'Does it hurt?',
      'Is there downtime?',
    ]);
  });
});
