/**
 * The content of a dermakit snippet as plain data: what `read` makes of `dk-*` markup and what the static and email
 * writers print. Every text here is visitor-facing and already resolved (defaults, templates filled, dates counted
 * for the export's day), so the writers only lay it out. Pure: no DOM.
 *
 * Strings are plain text (never HTML). Rich content the author wrote inside an element (answers, phase text, the
 * recovery intro) is a `Rich` tree limited to a safe set of tags; writers escape every text and attribute.
 */
import type { CalendarDate } from '../core/days.js';

/** Tags kept from the author's content; anything else is replaced by its children (its text survives). */
export const RICH_TAGS = [
  'p',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'br',
  'a',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'small',
  'sub',
  'sup',
  'img',
] as const;

export type RichTag = (typeof RICH_TAGS)[number];

/** A node of author content: a text, or a kept element (`a` keeps an http(s)/mailto/tel `href`; `img` its src/alt/size). */
export type Rich =
  | { readonly text: string }
  | {
      readonly tag: RichTag;
      readonly attributes?: Readonly<Record<string, string>>;
      readonly children: readonly Rich[];
    };

/** The theme with every token resolved to a literal CSS value (no custom properties: email clients drop them). */
export interface ExportTheme {
  /** Brand colour for fills and marks, e.g. `#0b6e69`. */
  readonly primary: string;
  /** Text on a `primary` fill, e.g. `#ffffff`. */
  readonly onPrimary: string;
  /** Body text, e.g. `#1d2a33`. */
  readonly text: string;
  /** Secondary text, readable on `background` (4.5:1). */
  readonly muted: string;
  /** Track and border colour. */
  readonly track: string;
  /** The background the export assumes (emails and static pages get it painted), e.g. `#ffffff`. */
  readonly background: string;
  /** Corner radius, a CSS length in px, e.g. `8px`. */
  readonly radius: string;
  /** Font stack: system fonts only, never a web font. */
  readonly font: string;
}

export interface FaqExport {
  readonly kind: 'faq';
  /** Heading level of the questions (2–6). */
  readonly headingLevel: number;
  /** Several answers may be open at once (static: `<details>` without a shared `name`). */
  readonly multiple: boolean;
  /** Print FAQPage JSON-LD (static target only; never in email). */
  readonly schema: boolean;
  readonly items: readonly { readonly question: string; readonly answer: readonly Rich[] }[];
}

export interface PhaseExport {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  /** `span` text from the widget, e.g. "Days 0–3". */
  readonly span: string;
  readonly content: readonly Rich[];
  /** The phase the export's day falls in. */
  readonly current: boolean;
}

export interface TimelineExport {
  readonly kind: 'timeline';
  readonly label: string;
  readonly phases: readonly PhaseExport[];
  /** Day after treatment for the export's date, or null with no treatment date / day. */
  readonly day: number | null;
  /** One sentence saying where the visitor is, e.g. "Day 12: Proliferative phase", "Treatment on 3 Dec", "Recovery complete". */
  readonly status: string;
}

export interface GaugeExport {
  readonly kind: 'gauge';
  readonly label: string;
  /** 0–100. */
  readonly value: number;
  /** The value as the widget words it, e.g. "42 %" formatted for the language. */
  readonly valueText: string;
  /** Extra lines the widget shows (day, phase, type III/I split, note), in order. */
  readonly details: readonly string[];
}

export interface PlanExport {
  readonly kind: 'plan';
  /** Empty from `read`: the widget shows no title (the page's own heading stands above it). */
  readonly title: string;
  readonly sessions: readonly {
    readonly number: number;
    /** Absent in a plan without a start date (no `start-date`, no enclosing recovery date). */
    readonly date?: CalendarDate;
    /** Date formatted as the widget does for the language, e.g. "Tue, 1 Dec 2026"; relative without a date ("Week 4"). */
    readonly dateText: string;
    /** "Session 1", as the widget labels it. */
    readonly label: string;
    readonly status: 'done' | 'next' | 'upcoming';
    /** The status as words ("Done", "Next", "Upcoming"). */
    readonly statusText: string;
  }[];
  /** e.g. "1 of 4 sessions done". */
  readonly progress: string;
  /** Author's fallback content inside the element (kept as written). */
  readonly content: readonly Rich[];
}

export interface ImageExport {
  readonly src: string;
  readonly alt: string;
  readonly width?: number;
  readonly height?: number;
  readonly srcset?: string;
  readonly sizes?: string;
  /** "Before" / "After" label. */
  readonly label: string;
}

export interface BeforeAfterExport {
  readonly kind: 'before-after';
  readonly label: string;
  readonly before: ImageExport | null;
  readonly after: ImageExport | null;
}

export interface RecoveryExport {
  readonly kind: 'recovery';
  readonly intro: readonly Rich[];
  /** The widgets inside, in order, each counted for the recovery's treatment date. */
  readonly children: readonly WidgetExport[];
  /** Where the visitor is on the export's day, e.g. "Day 12 after your treatment" (empty with no date). */
  readonly status: string;
}

/** Author content outside any widget (kept, within the safe set). */
export interface ContentExport {
  readonly kind: 'content';
  readonly content: readonly Rich[];
}

export type WidgetExport =
  FaqExport | TimelineExport | GaugeExport | PlanExport | BeforeAfterExport | RecoveryExport | ContentExport;

/** What `read` returns: the widgets in document order, the page's language and the theme found in the snippet. */
export interface SnippetExport {
  readonly lang: string;
  readonly theme: ExportTheme;
  readonly widgets: readonly WidgetExport[];
  /** One line per problem found (bad attribute, missing image…), naming element and attribute. Never thrown. */
  readonly warnings: readonly string[];
  /** The web page with the same content, for the email's "view in your browser" line (absolute http(s) only). */
  readonly web?: { readonly url: string; readonly text: string };
}
