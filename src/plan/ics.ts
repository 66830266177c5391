/**
 * An RFC 5545 iCalendar writer for all-day events, pure (no DOM): what "Add to calendar" downloads.
 *
 * Calendar apps are strict readers: lines end in CRLF, no line is longer than 75 octets (longer ones are folded
 * with CRLF + space, never inside a UTF-8 character), and TEXT values escape `\ ; ,` and newlines.
 */
import { type CalendarDate, addDays, formatIsoDate } from '../core/days.js';
import { VERSION } from '../core/version.js';

export interface CalendarEvent {
  /** Globally unique and stable: regenerating the file must give an event the same UID (apps update, not duplicate). */
  readonly uid: string;
  /** The day of an all-day event. */
  readonly date: CalendarDate;
  readonly summary: string;
  readonly location?: string;
  readonly description?: string;
}

/** `20270112`: the DATE value type. */
const icsDate = (date: CalendarDate) => formatIsoDate(date).replace(/-/g, '');

/** Escapes a TEXT value: backslash first, then `;` `,` and every newline form; drops the other control characters but tab. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/(?!\t)\p{Cc}/gu, '');
}

/**
 * Folds one content line into pieces of at most 75 octets of UTF-8, continuation pieces starting with a space
 * (which counts toward their 75). Walks code points, so a multi-byte character (é, 日, an emoji) never splits.
 */
export function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  for (const char of line) {
    const code = char.codePointAt(0)!;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

/** The whole calendar file for `events`; `now` becomes each event's DTSTAMP (in UTC, as the RFC requires). */
export function writeCalendar(events: readonly CalendarEvent[], now: Date): string {
  const stamp = now.toISOString().replace(/[-:]|\.\d+/g, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//dermakit//treatment plan ${VERSION}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const { uid, date, summary, location, description } of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(date, 1))}`,
      `SUMMARY:${escapeText(summary)}`,
    );
    if (location) lines.push(`LOCATION:${escapeText(location)}`);
    if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  // The empty last line ends the file with CRLF too.
  return [...lines, 'END:VCALENDAR', ''].map(foldLine).join('\r\n');
}

/** A file name from a title: ASCII letters and digits joined by hyphens, at most 60 characters, else `fallback`. */
export function fileSlug(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-|-$/g, '');
  return slug || fallback;
}
