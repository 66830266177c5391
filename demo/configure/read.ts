/**
 * Markup → configuration: reads a pasted snippet (the one this page makes, or `dk-*` markup written by hand) back
 * into the form. The text is parsed with DOMParser into an inert document (no script runs, no image loads) and is
 * never inserted into the page; only texts and attribute values are taken from it.
 */
import { BLOCK_TAGS } from '../../src/export/read/content.js';
import { type Config, ELEMENTS, type ElementKind, type PhaseConfig } from './config.js';
import { readTheme } from './read-theme.js';
import { wholeNumber } from './values.js';

export interface LoadResult {
  /** The configuration read (the current one when nothing usable was found). */
  readonly config: Config;
  /** Whether an element was found and read. */
  readonly ok: boolean;
  /** One sentence for the person who pasted: what was read, or why nothing was. */
  readonly message: string;
}

/** An element's text as the form holds it: blocks separated by a blank line, `<br>` as a line break. */
export function textOf(node: Node, skip?: (element: Element) => boolean): string {
  let out = '';
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) {
      out += (current.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (!(current instanceof Element) || skip?.(current)) return;
    const name = current.localName;
    if (name === 'br') {
      out += '\n';
      return;
    }
    if (name === 'script' || name === 'style' || name === 'template') return;
    const block = BLOCK_TAGS.has(name);
    if (block) out += '\n\n';
    current.childNodes.forEach(walk);
    if (block) out += '\n\n';
  };
  node.childNodes.forEach(walk);
  return out
    .split(/\n[ \t]*\n\s*/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .join('\n')
        .trim(),
    )
    .filter(Boolean)
    .join('\n\n');
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
const attribute = (element: Element, name: string) => element.getAttribute(name) ?? '';

function readFaq(element: Element, config: Config): string {
  const items = [...element.querySelectorAll('dk-faq-item')].map((item) => {
    const slotted = [...item.children].find((child) => child.getAttribute('slot') === 'question');
    const question = slotted ? oneLine(slotted.textContent ?? '') : oneLine(attribute(item, 'question'));
    const answer = textOf(item, (child) => child.getAttribute('slot') === 'question');
    return { question, answer };
  });
  config.faq = {
    items:
      element.localName === 'dk-faq'
        ? items
        : [
            {
              question: oneLine(attribute(element, 'question')),
              answer: textOf(element, (child) => child.getAttribute('slot') === 'question'),
            },
          ],
    headingLevel: String(wholeNumber(attribute(element, 'heading-level'), 2, 6) ?? 3),
    searchable: element.hasAttribute('searchable'),
    multiple: element.hasAttribute('multiple'),
    expandAll: element.hasAttribute('expand-all'),
    schema: element.hasAttribute('schema'),
  };
  const count = config.faq.items.length;
  return `FAQ with ${count} question${count === 1 ? '' : 's'}`;
}

function readTimeline(element: Element, config: Config, inRecovery: boolean): string {
  const phases: PhaseConfig[] = [...element.querySelectorAll('dk-phase')].map((phase) => ({
    name: oneLine(attribute(phase, 'name')),
    start: attribute(phase, 'start').trim(),
    end: attribute(phase, 'end').trim(),
    text: oneLine(phase.textContent ?? ''),
  }));
  const orientation = attribute(element, 'orientation');
  config.timeline = {
    phasesMode: phases.length ? 'custom' : 'preset',
    phases: phases.length ? phases : config.timeline.phases,
    treatmentDate: inRecovery ? config.timeline.treatmentDate : attribute(element, 'treatment-date').trim(),
    label: oneLine(attribute(element, 'label')),
    orientation: orientation === 'horizontal' || orientation === 'vertical' ? orientation : 'auto',
  };
  return phases.length
    ? `healing timeline with ${phases.length} phase${phases.length === 1 ? '' : 's'}`
    : 'healing timeline with the built-in phases';
}

function readGauge(element: Element, config: Config, inRecovery: boolean): string {
  const value = attribute(element, 'value').trim();
  config.gauge = {
    mode: value && !inRecovery ? 'value' : 'model',
    value: value || config.gauge.value,
    treatmentDate: inRecovery ? config.gauge.treatmentDate : attribute(element, 'treatment-date').trim(),
    caption: oneLine(element.textContent ?? '') || oneLine(attribute(element, 'label')),
    showTypes: element.hasAttribute('show-types'),
  };
  return 'collagen gauge';
}

function readPlan(element: Element, config: Config, inRecovery: boolean): string {
  const days = attribute(element, 'interval-days').trim();
  config.plan = {
    sessions: attribute(element, 'sessions').trim() || '3',
    interval: days || attribute(element, 'interval-weeks').trim() || '4',
    intervalUnit: days ? 'days' : 'weeks',
    startDate: inRecovery ? config.plan.startDate : attribute(element, 'start-date').trim(),
    completed: attribute(element, 'completed').trim(),
    eventTitle: attribute(element, 'event-title'),
    location: attribute(element, 'location'),
    description: attribute(element, 'description'),
    text: textOf(element),
  };
  return 'treatment plan';
}

function readRecovery(element: Element, config: Config): string {
  const intro = [...element.children].find((child) => child.getAttribute('slot') === 'intro');
  const heading = intro && (/^h[1-6]$/.test(intro.localName) ? intro : intro.querySelector('h1, h2, h3, h4, h5, h6'));
  const timeline = element.querySelector('dk-healing-timeline');
  const gauge = element.querySelector('dk-collagen-gauge');
  const plan = element.querySelector('dk-treatment-plan');
  config.recovery = {
    treatmentDate: attribute(element, 'treatment-date').trim(),
    intro: oneLine((heading ?? intro)?.textContent ?? ''),
    datePicker: element.hasAttribute('date-picker'),
    scrubber: element.hasAttribute('scrubber'),
    timeline: Boolean(timeline),
    gauge: Boolean(gauge),
    plan: Boolean(plan),
  };
  const inside = [
    timeline && readTimeline(timeline, config, true),
    gauge && readGauge(gauge, config, true),
    plan && readPlan(plan, config, true),
  ].filter(Boolean);
  return `recovery section${inside.length ? ` with ${inside.join(', ')}` : ''}`;
}

function readBeforeAfter(element: Element, config: Config): string {
  const image = (side: 'before' | 'after') =>
    [...element.querySelectorAll('img')].find((img) => img.getAttribute('slot') === side);
  const before = image('before');
  const after = image('after');
  const orientation = attribute(element, 'orientation');
  config.beforeAfter = {
    label: oneLine(attribute(element, 'label')),
    position: attribute(element, 'position').trim() || '50',
    orientation: orientation === 'vertical' ? 'vertical' : 'horizontal',
    beforeLabel: element.hasAttribute('before-label') ? attribute(element, 'before-label') : 'Before',
    afterLabel: element.hasAttribute('after-label') ? attribute(element, 'after-label') : 'After',
    before: { src: before ? attribute(before, 'src').trim() : '', alt: before ? attribute(before, 'alt') : '' },
    after: { src: after ? attribute(after, 'src').trim() : '', alt: after ? attribute(after, 'alt') : '' },
    width: attribute(before ?? after ?? element, 'width').trim(),
    height: attribute(before ?? after ?? element, 'height').trim(),
  };
  return `before/after slider${before || after ? '' : ' (no pictures found)'}`;
}

/**
 * Reads the first dermakit element of a pasted snippet (outermost first: a recovery section with its widgets),
 * its theme and its script address, over `current` (other elements' settings are kept). Never throws.
 */
export function readMarkup(markup: string, current: Config): LoadResult {
  const config: Config = structuredClone(current);
  if (!markup.trim()) return { config: current, ok: false, message: 'Paste a snippet first: the box is empty.' };
  let document: Document;
  try {
    document = new DOMParser().parseFromString(markup, 'text/html');
  } catch {
    return { config: current, ok: false, message: 'The pasted text could not be read as HTML.' };
  }
  const tags = [...ELEMENTS.map((element) => element.tag), 'dk-faq-item', 'dk-phase'];
  const element = document.querySelector(tags.join(', '));
  if (!element) {
    const shortcode = /\[dermakit_/.test(markup);
    return {
      config: current,
      ok: false,
      message: shortcode
        ? 'That is a WordPress shortcode: paste the HTML snippet instead (nothing was changed).'
        : 'No dermakit element (such as <dk-faq> or <dk-healing-timeline>) was found in the pasted text, so nothing was changed.',
    };
  }
  const kinds: Record<string, ElementKind> = {
    'dk-faq': 'faq',
    'dk-faq-item': 'faq',
    'dk-healing-timeline': 'timeline',
    'dk-phase': 'timeline',
    'dk-collagen-gauge': 'gauge',
    'dk-recovery': 'recovery',
    'dk-treatment-plan': 'plan',
    'dk-before-after': 'before-after',
  };
  config.element = kinds[element.localName]!;
  let what: string;
  switch (element.localName) {
    case 'dk-faq':
    case 'dk-faq-item':
      what = readFaq(element, config);
      break;
    case 'dk-phase':
      what = readTimeline(element.parentElement ?? element, config, false);
      break;
    case 'dk-healing-timeline':
      what = readTimeline(element, config, false);
      break;
    case 'dk-collagen-gauge':
      what = readGauge(element, config, false);
      break;
    case 'dk-recovery':
      what = readRecovery(element, config);
      break;
    case 'dk-treatment-plan':
      what = readPlan(element, config, false);
      break;
    default:
      what = readBeforeAfter(element, config);
  }
  const theme = readTheme(document, config);
  const script = [...document.querySelectorAll('script[src]')].find((node) =>
    /dermakit/i.test(node.getAttribute('src') ?? ''),
  );
  if (script) {
    config.scriptUrl = attribute(script, 'src').trim();
    config.integrity = script.hasAttribute('integrity');
  }
  const extras = [...theme, ...(script ? ['script address'] : [])];
  return {
    config,
    ok: true,
    message: `Loaded the ${what}${extras.length ? `, with its ${extras.join(', ')}` : ''}.`,
  };
}
