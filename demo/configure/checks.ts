/**
 * The checks that tell a marketer what is wrong: every problem of the configuration, each tied to the form field it
 * is about, for the element shown (and the theme and snippet settings). An error leaves the value out of the snippet
 * (the widget's default applies); a warning is written but worth fixing. Pure: no DOM, never throws.
 */
import type { Config } from './config.js';
import {
  EXAMPLE_SCRIPT_URL,
  contrastRatio,
  decimal,
  isDate,
  isHexColor,
  isHttpUrl,
  isScriptUrl,
  wholeNumber,
} from './values.js';

export interface Problem {
  /** The id of the form field the problem is about (the form uses the same ids). */
  readonly field: string;
  readonly message: string;
  /** `error`: left out of the snippet (the widget's default applies); `warning`: written, but worth fixing. */
  readonly level: 'error' | 'warning';
}

interface Report {
  error(field: string, message: string): void;
  warning(field: string, message: string): void;
}

const DATE_HELP = 'enter a date as YYYY-MM-DD (for example 2026-11-01), or leave it empty';

/** A date field may stay empty; anything typed must be a real day. */
function checkDate(report: Report, field: string, name: string, value: string): void {
  if (value.trim() && !isDate(value)) report.error(field, `${name}: ${DATE_HELP}.`);
}

function checkFaq(faq: Config['faq'], report: Report): void {
  if (!faq.items.some((item) => item.question.trim())) report.error('faq-add', 'FAQ: add at least one question.');
  faq.items.forEach((item, index) => {
    if (!item.question.trim())
      report.error(
        `faq-${index}-question`,
        `Question ${index + 1}: write the question (an item without one is left out).`,
      );
    else if (!item.answer.trim()) report.warning(`faq-${index}-answer`, `Question ${index + 1}: the answer is empty.`);
  });
}

/** The clinic's own phases: named, with whole days, each ending after it starts and not before the previous ends. */
function checkPhases(timeline: Config['timeline'], report: Report): void {
  if (timeline.phasesMode !== 'custom') return;
  if (!timeline.phases.length) report.error('phase-add', 'Phases: add at least one phase, or use the built-in phases.');
  let previousEnd = 0;
  timeline.phases.forEach((phase, index) => {
    const label = `Phase ${index + 1}`;
    if (!phase.name.trim()) report.error(`phase-${index}-name`, `${label}: give the phase a name.`);
    const start = wholeNumber(phase.start, 0, 3650);
    const end = wholeNumber(phase.end, 0, 3650);
    if (start === undefined)
      report.error(
        `phase-${index}-start`,
        `${label}: the first day must be a whole number from 0 (the treatment day).`,
      );
    if (end === undefined) report.error(`phase-${index}-end`, `${label}: the last day must be a whole number.`);
    else if (start !== undefined && end <= start)
      report.error(`phase-${index}-end`, `${label}: the phase must end after day ${start}.`);
    else if (start !== undefined && start < previousEnd)
      report.error(
        `phase-${index}-start`,
        `${label}: starts on day ${start}, before the previous phase ends (day ${previousEnd}).`,
      );
    if (end !== undefined && start !== undefined && end > start) previousEnd = end;
  });
}

function checkGauge(gauge: Config['gauge'], report: Report): void {
  if (gauge.mode === 'value' && decimal(gauge.value, 0, 100) === undefined) {
    report.error('gauge-value', 'Percentage: enter a number from 0 to 100.');
  }
  if (gauge.mode === 'model') checkDate(report, 'gauge-date', 'Treatment date', gauge.treatmentDate);
  if (gauge.mode === 'value' && !gauge.caption.trim()) {
    report.warning('gauge-caption', 'Caption: say what your percentage measures.');
  }
}

function checkRecovery(recovery: Config['recovery'], report: Report): void {
  checkDate(report, 'recovery-date', 'Treatment date', recovery.treatmentDate);
  if (!recovery.timeline && !recovery.gauge && !recovery.plan) {
    report.warning('recovery-timeline', 'Recovery: tick at least one widget to show inside it.');
  }
}

/** `ownStart`: the plan stands alone, so its first session's date is its own (in a recovery section it is not). */
function checkPlan(plan: Config['plan'], report: Report, ownStart: boolean): void {
  const sessions = wholeNumber(plan.sessions, 1, 12);
  if (sessions === undefined) report.error('plan-sessions', 'Sessions: enter a whole number from 1 to 12.');
  const [max, unit] = plan.intervalUnit === 'days' ? [182, 'days'] : [26, 'weeks'];
  if (wholeNumber(plan.interval, 1, max) === undefined)
    report.error('plan-interval', `Interval: enter a whole number of ${unit} from 1 to ${max}.`);
  if (ownStart) checkDate(report, 'plan-start', 'First session', plan.startDate);
  if (plan.completed.trim() && wholeNumber(plan.completed, 0, sessions ?? 12) === undefined) {
    report.error(
      'plan-completed',
      `Sessions done: enter a whole number from 0 to ${sessions ?? 12}, or leave it empty.`,
    );
  }
}

function checkBeforeAfter(ba: Config['beforeAfter'], report: Report): void {
  for (const side of ['before', 'after'] as const) {
    const image = ba[side];
    const name = side === 'before' ? 'Before image' : 'After image';
    if (!isHttpUrl(image.src))
      report.error(`ba-${side}-src`, `${name}: enter the picture’s full address, starting with https://.`);
    else if (/\.svg(\?|#|$)/i.test(image.src.trim()))
      report.warning(
        `ba-${side}-src`,
        `${name}: SVG pictures do not show in Gmail or Outlook; use JPEG or PNG for email.`,
      );
    if (!image.alt.trim())
      report.error(`ba-${side}-alt`, `${name}: describe the picture for people who cannot see it.`);
  }
  if (ba.width.trim() && wholeNumber(ba.width, 1, 10000) === undefined)
    report.error('ba-width', 'Width: enter the pictures’ width in pixels.');
  if (ba.height.trim() && wholeNumber(ba.height, 1, 10000) === undefined)
    report.error('ba-height', 'Height: enter the pictures’ height in pixels.');
  if (!ba.width.trim() || !ba.height.trim())
    report.warning('ba-width', 'Width and height: give both, so the page does not jump while the pictures load.');
  if (decimal(ba.position, 0, 100) === undefined)
    report.error('ba-position', 'Divider position: enter a number from 0 to 100.');
}

/** Colours that are colours, text that reads on the background (4.5:1), rings and bars that show on it (3:1). */
function checkTheme(theme: Config['theme'], report: Report): void {
  for (const [key, name] of [
    ['primary', 'Brand colour'],
    ['text', 'Text colour'],
    ['background', 'Background'],
  ] as const) {
    if (!isHexColor(theme[key])) report.error(`theme-${key}`, `${name}: choose a colour (#rrggbb).`);
  }
  if (isHexColor(theme.text) && isHexColor(theme.background) && contrastRatio(theme.text, theme.background) < 4.5) {
    report.warning(
      'theme-text',
      `Text colour: ${contrastRatio(theme.text, theme.background).toFixed(1)}:1 on the background; text needs at least 4.5:1.`,
    );
  }
  if (isHexColor(theme.primary) && isHexColor(theme.background) && contrastRatio(theme.primary, theme.background) < 3) {
    report.warning(
      'theme-primary',
      `Brand colour: ${contrastRatio(theme.primary, theme.background).toFixed(1)}:1 on the background; rings and bars need at least 3:1.`,
    );
  }
  if (wholeNumber(theme.radius, 0, 48) === undefined)
    report.error('theme-radius', 'Corner radius: enter a whole number of pixels from 0 to 48.');
}

function checkSnippetSettings(config: Config, report: Report): void {
  if (!isScriptUrl(config.scriptUrl)) {
    report.error(
      'script-url',
      'Script address: enter where dermakit.js is hosted, starting with https:// (or / for your own site).',
    );
  } else if (config.scriptUrl.trim() === EXAMPLE_SCRIPT_URL) {
    report.warning('script-url', 'Script address: this is an example; put the address where you host dermakit.js.');
  }
  checkDate(report, 'today', 'Count days as of', config.today);
  if (config.webUrl.trim() && !isHttpUrl(config.webUrl)) {
    report.error('web-url', 'Landing page address: enter the full address, starting with https://, or leave it empty.');
  }
}

/** Every problem of the configuration, in the order the form shows the fields. Never throws. */
export function validate(config: Config): Problem[] {
  const problems: Problem[] = [];
  const report: Report = {
    error: (field, message) => problems.push({ field, message, level: 'error' }),
    warning: (field, message) => problems.push({ field, message, level: 'warning' }),
  };
  const kind = config.element;
  const inRecovery = (widget: 'timeline' | 'plan') => kind === 'recovery' && config.recovery[widget];

  if (kind === 'faq') checkFaq(config.faq, report);
  // Inside a recovery section the section's date counts for every widget: theirs are not asked for.
  if (kind === 'timeline') checkDate(report, 'timeline-date', 'Treatment date', config.timeline.treatmentDate);
  if (kind === 'timeline' || inRecovery('timeline')) checkPhases(config.timeline, report);
  if (kind === 'gauge') checkGauge(config.gauge, report);
  if (kind === 'recovery') checkRecovery(config.recovery, report);
  if (kind === 'plan' || inRecovery('plan')) checkPlan(config.plan, report, kind === 'plan');
  if (kind === 'before-after') checkBeforeAfter(config.beforeAfter, report);
  checkTheme(config.theme, report);
  checkSnippetSettings(config, report);
  return problems;
}
