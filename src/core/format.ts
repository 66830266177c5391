/**
 * `Intl` formatters, made once per language and options and shared by every element. Making one resolves the
 * language's locale data: the bench page (420 elements) made 236 number, 20 date and 2 relative-time formatters on
 * load, where a handful of distinct ones were needed. Pure: no DOM.
 */
type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat;

const made = new Map<string, Formatter>();

function shared<T extends Formatter>(kind: string, lang: string, options: object | undefined, make: () => T): T {
  const key = `${kind}${lang}${options ? JSON.stringify(options) : ''}`;
  let formatter = made.get(key) as T | undefined;
  if (!formatter) made.set(key, (formatter = make()));
  return formatter;
}

export const numberFormat = (lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat =>
  shared('n', lang, options, () => new Intl.NumberFormat(lang, options));

export const dateFormat = (lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  shared('d', lang, options, () => new Intl.DateTimeFormat(lang, options));

export const relativeTimeFormat = (lang: string, options: Intl.RelativeTimeFormatOptions): Intl.RelativeTimeFormat =>
  shared('r', lang, options, () => new Intl.RelativeTimeFormat(lang, options));
