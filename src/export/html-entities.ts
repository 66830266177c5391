/**
 * Character references for the export's HTML parser (`html.ts`): the named ones authors and editors actually
 * write, numeric ones (with browsers' Windows-1252 reading of 128–159), and the legacy names browsers decode
 * without a semicolon. Pure.
 */

/** The named references authors and editors actually write; anything else stays literal text. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009',
  zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad',
  ndash: '–', mdash: '—', hellip: '…', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', bull: '•', middot: '·', prime: '′', Prime: '″', dagger: '†',
  Dagger: '‡', permil: '‰', sect: '§', para: '¶', deg: '°', plusmn: '±', times: '×', divide: '÷', minus: '−',
  frac12: '½', frac14: '¼', frac34: '¾', sup1: '¹', sup2: '²', sup3: '³', micro: 'µ', le: '≤', ge: '≥', ne: '≠',
  asymp: '≈', infin: '∞', larr: '←', rarr: '→', uarr: '↑', darr: '↓', harr: '↔', check: '✓', hearts: '♥', star: '☆',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', curren: '¤', iexcl: '¡', iquest: '¿',
  ordf: 'ª', ordm: 'º', not: '¬', macr: '¯', acute: '´', cedil: '¸', uml: '¨', brvbar: '¦',
  aacute: 'á', Aacute: 'Á', agrave: 'à', Agrave: 'À', acirc: 'â', Acirc: 'Â', auml: 'ä', Auml: 'Ä', atilde: 'ã',
  Atilde: 'Ã', aring: 'å', Aring: 'Å', aelig: 'æ', AElig: 'Æ', ccedil: 'ç', Ccedil: 'Ç', eacute: 'é', Eacute: 'É',
  egrave: 'è', Egrave: 'È', ecirc: 'ê', Ecirc: 'Ê', euml: 'ë', Euml: 'Ë', iacute: 'í', Iacute: 'Í', igrave: 'ì',
  Igrave: 'Ì', icirc: 'î', Icirc: 'Î', iuml: 'ï', Iuml: 'Ï', ntilde: 'ñ', Ntilde: 'Ñ', oacute: 'ó', Oacute: 'Ó',
  ograve: 'ò', Ograve: 'Ò', ocirc: 'ô', Ocirc: 'Ô', ouml: 'ö', Ouml: 'Ö', otilde: 'õ', Otilde: 'Õ', oslash: 'ø',
  Oslash: 'Ø', uacute: 'ú', Uacute: 'Ú', ugrave: 'ù', Ugrave: 'Ù', ucirc: 'û', Ucirc: 'Û', uuml: 'ü', Uuml: 'Ü',
  yacute: 'ý', Yacute: 'Ý', yuml: 'ÿ', szlig: 'ß', oelig: 'œ', OElig: 'Œ', scaron: 'š', Scaron: 'Š', eth: 'ð',
  ETH: 'Ð', thorn: 'þ', THORN: 'Þ', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', kappa: 'κ',
  lambda: 'λ', mu: 'μ', pi: 'π', sigma: 'σ', tau: 'τ', phi: 'φ', omega: 'ω', Delta: 'Δ', Omega: 'Ω',
};
/** Names a browser also decodes without the semicolon (the legacy ones people still type). */
const LEGACY = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg', 'AMP', 'LT', 'GT', 'QUOT']);
NAMED.AMP = '&';
NAMED.LT = '<';
NAMED.GT = '>';
NAMED.QUOT = '"';
/** Numeric references 0x80–0x9F mean Windows-1252 characters, as browsers read them. */
const WINDOWS_1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function numeric(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || Number.isNaN(code)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/**
 * Decodes character references in text (`inAttribute`: HTML's attribute rule, where `&copy=` or `&ampx` stay as
 * written, so a URL's query string survives). Unknown names stay literal.
 */
export function decodeEntities(text: string, inAttribute = false): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,9});?|([A-Za-z][A-Za-z0-9]{0,31})(;?))/g, (whole, hex, dec, name, semi, offset: number) => {
    if (hex !== undefined) return numeric(parseInt(hex, 16));
    if (dec !== undefined) return numeric(parseInt(dec, 10));
    if (semi && Object.hasOwn(NAMED, name)) return NAMED[name]!;
    // Without a semicolon: the longest legacy name at the start of the run, as browsers match it.
    for (let length = Math.min(6, name.length); length >= 2; length--) {
      const prefix = name.slice(0, length);
      if (!LEGACY.has(prefix)) continue;
      const next = text[offset + 1 + length] ?? '';
      if (inAttribute && /[A-Za-z0-9=]/.test(next)) return whole;
      return NAMED[prefix]! + whole.slice(1 + length);
    }
    return whole;
  });
}
