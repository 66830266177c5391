/**
 * What a clinic's page can throw at an attribute, as fast-check arbitraries: empty and blank values, numbers in
 * every form `Number()` half-accepts, impossible and far dates, huge strings, bidi and zero-width marks, lone
 * surrogates, and markup/script payloads that must stay text.
 */
import fc from 'fast-check';

/** A fixed seed: a failure names it (and the shrunk path), so it can be replayed exactly. */
export const SEED = 20261101;

/** Each payload, if it ever ran, would set `window.__pwned`. */
export const PAYLOADS = [
  '<img src=x onerror=window.__pwned=1>',
  '</script><script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  "'><iframe srcdoc='<script>parent.__pwned=1</script>'>",
  'javascript:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  '`${window.__pwned=1}`',
  '<style>*{display:none!important}</style>',
  '--><!-- <x-',
];

/** Placeholders, including names every object inherits: a template must not read `{constructor}` off a prototype. */
export const TEMPLATES = [
  '{n} {total} {when} {day} {phase} {percent} {query} {shown}',
  '{constructor}',
  '{__proto__} {toString}',
  '{',
  '}{',
  '{{day}}',
];

const NUMBER_FORMS = [
  'NaN',
  'Infinity',
  '-Infinity',
  '+Infinity',
  '1e309',
  '-1e309',
  '-0',
  '+0',
  '0x10',
  '0b101',
  '0o17',
  '1e-7',
  '5e-324',
  '1.7976931348623157e308',
  '9007199254740993',
  '-9007199254740993',
  '1_000',
  '1,5',
  '12px',
  '٣',
  '１２',
  '.5',
  '5.',
  '1e2',
];

const DATES = [
  '0000-00-00',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2026-02-30',
  '2024-02-29',
  '2025-02-29',
  '2026-13-45',
  '275760-09-13',
  '+275760-09-13',
  '-000001-01-01',
  '2026-11-01T00:00:00Z',
  '2026-1-1',
  '01/11/2026',
  ' 2026-11-01 ',
  'tomorrow',
  '1970-01-01',
];

const MARKS = [
  '',
  ' ',
  '\t\n\r ',
  '\u00a0',
  '\u200b\u200c\u200d\ufeff',
  '\u202eevil\u202c',
  '\u200fשלום\u200e',
  'مرحبا',
  '💉🧴✨',
  '👩🏽‍⚕️',
  'e\u0301\u0301\u0301',
  '\ud800',
  '\udc00x',
  'x\ud83d',
  '\u0000',
  '\u2028\u2029',
  'İ Σ ß ﬃ',
  'true',
  'false',
  'null',
  'undefined',
  '__proto__',
  'constructor',
];

/** Values that reach deeper code paths (valid layouts, days, dates, languages) mixed in between the garbage. */
export const HINTS = [
  '0',
  '1',
  '3',
  '4',
  '7',
  '12',
  '21',
  '50',
  '100',
  '180',
  '200',
  '-4',
  '2026-11-01',
  '2026-11-20',
  '2027-06-30',
  'vertical',
  'horizontal',
  'auto',
  'time',
  'equal',
  'microneedling',
  'de',
  'ar-EG',
  'ja-JP',
];

export const LANGS = [
  'en',
  'de-CH-1996',
  'ar-EG',
  'he',
  'ja-JP-u-ca-japanese',
  'th-TH-u-nu-thai',
  'en-u-ca-islamic',
  'zh-Hant-TW',
  'sr-Latn',
  'i-klingon',
  'x-private',
  'und',
  'root',
  'en_US',
  'EN-us',
  'en-',
  '-',
  '123',
  'qaa',
  'de-u-nu-invalid12345',
  'en-US-u-hc-h99',
];

const BIG = 100_000;
const HUGE = [
  'x'.repeat(BIG),
  '9'.repeat(BIG),
  '💉'.repeat(BIG / 2),
  PAYLOADS[0]!.repeat(Math.ceil(BIG / PAYLOADS[0]!.length)),
  `${'word '.repeat(BIG / 5)}`,
];

const pad = (value: number, width: number) => String(Math.abs(value)).padStart(width, '0');

/** `yyyy-mm-dd` with any year (far past and future) and out-of-range months and days. */
const looseDate = fc
  .tuple(fc.integer({ min: -1, max: 300_000 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([year, month, day]) => `${year < 0 ? '-' : ''}${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  maxLength: 24,
});

/** One garbage attribute value. */
export const garbage: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_FORMS, ...MARKS) },
  { weight: 3, arbitrary: fc.constantFrom(...HINTS) },
  { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS, ...TEMPLATES) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -1e7, max: 1e7 }), fc.double(), fc.integer()).map(String) },
  { weight: 2, arbitrary: fc.oneof(fc.constantFrom(...DATES), looseDate) },
  { weight: 2, arbitrary: fc.oneof(codeUnits, fc.string({ unit: 'grapheme', maxLength: 24 })) },
  { weight: 1, arbitrary: fc.constantFrom(...LANGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);

/** One step of a fuzz run: set `attribute` to `value`, or remove it (`value` null). */
export interface Step {
  readonly attribute: string;
  readonly value: string | null;
}

/** A run: 1–8 steps over the given attributes, in random order and combination. */
export function steps(attributes: readonly string[]): fc.Arbitrary<Step[]> {
  const step = fc.record({
    attribute: fc.constantFrom(...attributes),
    value: fc.option(garbage, { freq: 5, nil: null }),
  });
  return fc.array(step, { minLength: 1, maxLength: 8 });
}

/** Text a page builder or a visitor may put in content or the search field. */
export const contentText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: codeUnits },
  { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS, ...MARKS, ...TEMPLATES) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('Is microneedling safe?', 'Rötung nach dem Needling', 'ROTUNG', 'acne scars', 'ΑΣ', 'ς'),
  },
  { weight: 1, arbitrary: fc.constantFrom(HUGE[0]!, HUGE[2]!, HUGE[4]!) },
);
