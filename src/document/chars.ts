/**
 * Character classes on UTF-16 code units, with an ASCII fast path: these run once per
 * character of every article, where a regex call per character costs more than the test.
 */
const WHITE = /\s/;
const WORD = /[\p{L}\p{N}]/u;

/** The same as `/\s/` on one code unit. */
export function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return WHITE.test(String.fromCharCode(c));
}

/** A letter or digit (`/[\p{L}\p{N}]/u`) in one code unit (a lone surrogate is not). */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD.test(String.fromCharCode(c));
}

/** A letter or digit (`/[\p{L}\p{N}]/u`) starting at `s[i]` (a surrogate pair counts as one). */
export function isWordCharAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return WORD.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Upper-case first letter (`/^\p{Lu}/u`); ASCII fast path. */
export function startsUpper(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  // A glottal stop written before the capital ("ʻAkilisi", "ʼOkina"): a modifier letter, not the word's case.
  return /^[\u02bb\u02bc]?\p{Lu}/u.test(v);
}

/** Lower-case first letter (`/^\p{Ll}/u`); ASCII fast path (this runs for every capitalised word). */
export function startsLower(v: string): boolean {
  const c = v.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(v);
}
