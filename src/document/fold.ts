/**
 * wink's tokenizer only knows letters up to U+00FF: "Zieliński" comes out as "Zieli",
 * "ń", "ski", and "Erdoğan" as "Erdo", "ğ", "an", so names from most of Europe, Turkey
 * or Vietnam are cut into pieces. Its input therefore gets each later letter as an
 * ASCII one (the letter without its accents, else x or X), one code unit for one code
 * unit, so every offset is where it was; tokens take their text from the original.
 */
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const MARK = /\p{M}/u;
/** Latin letters that do not decompose to a base letter. */
const SPECIAL: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ə: 'e', Ə: 'E', œ: 'o', Œ: 'O', ŋ: 'n', Ŋ: 'N' };

function foldChar(ch: string): string | undefined {
  const special = SPECIAL[ch];
  if (special) return special;
  if (LETTER.test(ch)) {
    const base = ch.normalize('NFD').charCodeAt(0);
    if ((base >= 65 && base <= 90) || (base >= 97 && base <= 122)) return String.fromCharCode(base);
    return UPPER.test(ch) ? 'X' : 'x';
  }
  // A combining accent written apart ("e" + U+0301) stays inside its word.
  return MARK.test(ch) ? 'x' : undefined;
}

/** `s` with every letter or mark above U+00FF folded to one ASCII letter; the same length. */
export function foldForTokenizer(s: string): string {
  if (!/[^\x00-\xff]/.test(s)) return s;
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Latin-1 is wink's own; a surrogate pair (emoji, rare scripts) is left as it is.
    if (c <= 0xff || (c >= 0xd800 && c <= 0xdfff)) continue;
    const folded = foldChar(s[i]!);
    if (folded === undefined) continue;
    out += s.slice(last, i) + folded;
    last = i + 1;
  }
  return last === 0 ? s : out + s.slice(last);
}
