import { expect } from '@open-wc/testing';
import { parseIsoDate } from '../../src/core/days.js';
import { VERSION } from '../../src/core/version.js';
import { type CalendarEvent, escapeText, fileSlug, foldLine, writeCalendar } from '../../src/plan/ics.js';
import { parseCalendar, physicalLines, readEvents, unescapeText, unfold } from './ics-parse.js';

const d = (text: string) => parseIsoDate(text)!;
const now = new Date(Date.UTC(2026, 10, 25, 9, 5, 7, 450));
const octets = (text: string) => new TextEncoder().encode(text).length;

const events: CalendarEvent[] = [
  {
    uid: '2-a@clinic.example',
    date: d('2026-12-29'),
    summary: 'Microneedling session 2 of 4',
    location: 'Harbor Skin Clinic',
  },
  {
    uid: '3-a@clinic.example',
    date: d('2027-02-09'),
    summary: 'Microneedling session 3 of 4',
    description: 'Bring: sunscreen',
  },
];

describe('writeCalendar', () => {
  it('writes a publishable VCALENDAR with the required properties', () => {
    const calendar = parseCalendar(writeCalendar(events, now));
    expect(calendar.name).to.equal('VCALENDAR');
    expect(calendar.props.get('VERSION')!.value).to.equal('2.0');
    expect(calendar.props.get('PRODID')!.value).to.equal(`-//dermakit//treatment plan ${VERSION}//EN`);
    expect(calendar.props.get('CALSCALE')!.value).to.equal('GREGORIAN');
    expect(calendar.props.get('METHOD')!.value).to.equal('PUBLISH');
  });

  it('writes one all-day event per entry, every property read back', () => {
    const read = readEvents(writeCalendar(events, now));
    expect(read).to.have.length(2);
    expect(read[0]).to.deep.equal({
      uid: '2-a@clinic.example',
      dtstamp: '20261125T090507Z',
      start: { params: { VALUE: 'DATE' }, value: '20261229' },
      end: { params: { VALUE: 'DATE' }, value: '20261230' },
      summary: 'Microneedling session 2 of 4',
      location: 'Harbor Skin Clinic',
      description: undefined,
      names: ['UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'TRANSP'],
    });
    expect(read[1]!.description).to.equal('Bring: sunscreen');
    expect(read[1]!.location).to.equal(undefined);
  });

  it('ends an all-day event on the next calendar day across month and year ends and leap days', () => {
    const ends = ['2026-01-31', '2026-12-31', '2028-02-28', '2028-02-29', '2027-02-28'].map(
      (date) => readEvents(writeCalendar([{ uid: date, date: d(date), summary: 'x' }], now))[0]!.end!.value,
    );
    expect(ends).to.deep.equal(['20260201', '20270101', '20280229', '20280301', '20270301']);
  });

  it('writes a valid calendar with no events', () => {
    expect(parseCalendar(writeCalendar([], now)).children).to.deep.equal([]);
  });

  it('uses CRLF only and keeps every line within 75 octets', () => {
    const long = 'Séance de microneedling 🌿 '.repeat(40);
    const text = writeCalendar(
      [{ uid: 'u', date: d('2026-12-01'), summary: long, location: '東京都渋谷区'.repeat(30) }],
      now,
    );
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    for (const line of physicalLines(text)) expect(octets(line)).to.be.at.most(75);
    expect(readEvents(text)[0]!.summary).to.equal(long);
  });

  it('round-trips awkward text: separators, backslashes, every newline form, markup, emoji', () => {
    const nasty = 'Dr. Ames; Room 2, 1st floor\\west\r\nline two\nline three\rfour <b>&amp;</b> 👩🏽‍⚕️ "quoted"';
    const [event] = readEvents(
      writeCalendar(
        [{ uid: 'a;b,c', date: d('2026-12-01'), summary: nasty, location: nasty, description: nasty }],
        now,
      ),
    );
    const expected = nasty.replace(/\r\n?/g, '\n');
    expect(event!.summary).to.equal(expected);
    expect(event!.location).to.equal(expected);
    expect(event!.description).to.equal(expected);
    expect(event!.uid).to.equal('a;b,c');
  });

  it('handles a 100 KB title', () => {
    const title = 'x'.repeat(100_000);
    const text = writeCalendar([{ uid: 'u', date: d('2026-12-01'), summary: title }], now);
    expect(readEvents(text)[0]!.summary).to.equal(title);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops forbidden control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).to.equal('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('tab\tstays, bell\u0007 goes')).to.equal('tab\tstays\\, bell goes');
  });

  it('round-trips through an unescape', () => {
    for (const text of ['', 'plain', '\\;,', '\\n literally', 'a\\\\nb', ';;,,\\\\']) {
      expect(unescapeText(escapeText(text))).to.equal(text);
    }
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th onto a continuation line', () => {
    expect(foldLine('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
  });

  it('counts the continuation space: later pieces hold 74 octets of content', () => {
    const pieces = foldLine('b'.repeat(75 + 74 + 10)).split('\r\n');
    expect(pieces.map((piece) => piece.length)).to.deep.equal([75, 75, 11]);
  });

  for (const [name, char] of [
    ['two-byte accented letters', 'é'],
    ['three-byte CJK', '日'],
    ['four-byte emoji', '😀'],
  ] as const) {
    it(`never splits ${name}, at any offset`, () => {
      for (let prefix = 0; prefix < 4; prefix++) {
        const line = `SUMMARY:${'a'.repeat(prefix)}${char.repeat(60)}`;
        const folded = foldLine(line);
        const pieces = folded.split('\r\n');
        for (const piece of pieces) {
          expect(octets(piece)).to.be.at.most(75);
          // A lone surrogate or a broken sequence would not survive encoding as itself.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(piece))).to.equal(piece);
          expect(piece).not.to.match(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        expect(unfold(`${folded}\r\n`)).to.deep.equal([line]);
        // Folded as late as possible: a piece is short only because the next character would not fit.
        for (const piece of pieces.slice(0, -1)) expect(octets(piece) + octets(char)).to.be.greaterThan(75);
      }
    });
  }
});

describe('fileSlug', () => {
  it('makes ASCII file names and falls back when nothing is left', () => {
    expect(fileSlug('Microneedling session ', 'plan')).to.equal('microneedling-session');
    expect(fileSlug('Séance à Zürich — 2ᵉ', 'plan')).to.equal('seance-a-zurich-2e');
    expect(fileSlug('施術セッション', 'plan')).to.equal('plan');
    expect(fileSlug('<script>alert(1)</script>', 'plan')).to.equal('script-alert-1-script');
    expect(fileSlug('a'.repeat(200), 'plan')).to.have.length(60);
  });
});
