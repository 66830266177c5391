/**
 * FAQPage structured data (schema.org) built from the questions' and answers' plain text, and serialized so that
 * it can sit in a `<script type="application/ld+json">` without any text breaking out of it. Pure: no DOM.
 */

export interface QuestionAndAnswer {
  readonly question: string;
  readonly answer: string;
}

export function buildFaqPage(entries: readonly QuestionAndAnswer[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries
      .filter((entry) => entry.question.trim() !== '')
      .map((entry) => ({
        '@type': 'Question',
        name: entry.question.trim(),
        acceptedAnswer: { '@type': 'Answer', text: entry.answer.trim() },
      })),
  };
}

/**
 * JSON whose text cannot end the script element or open a comment in it: `<`, `>` and `&` are written as
 * `\u003c`-style escapes (still the same JSON string values), as are U+2028/U+2029 for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  // The replacer hands back each raw value, so a `toJSON` an old library added (Prototype 1.6's Array#toJSON
  // turns arrays into strings) is ignored: JSON.stringify calls toJSON before the replacer, then uses its answer.
  return JSON.stringify(data, function (this: Record<string, unknown>, key: string) {
    return this[key];
  }).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
