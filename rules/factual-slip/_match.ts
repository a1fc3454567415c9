/**
 * Finding the knowledge base's names and titles in a Document. Names match exactly and
 * case-sensitively, starting and ending on token boundaries (the tokenizer may split a
 * name, "Erdoğan" or "Jean-Claude", so the text is compared, not single tokens). A
 * space in an alias matches any run of white space.
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { isCapitalised } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import { allAliases, allTitles, dataTitles, foldApostrophe, officesByTitle, personsByAlias, type Office, type Person } from './_offices.js';
import { CALENDAR_WORDS, COURTESY_TITLES, FORMER_WORDS, NAME_PARTICLES, TITLE_MODIFIERS } from './_markers.js';
import { inQuoteContent, perDocument } from '../../src/engine/doc-cache.js';
import { isWhite, isWordUnit } from '../../src/document/chars.js';

const isSpace = (c: string | undefined) => c !== undefined && isWhite(c.charCodeAt(0));
const isWordChar = (c: string | undefined) => c !== undefined && isWordUnit(c.charCodeAt(0));

/**
 * Aliases by their leading word (the run of letters and digits they start with), in
 * allAliases order. A name written at some offset starts with exactly that word, so
 * one lookup finds every alias that can match there (a prefix of two letters left
 * dozens to compare for common ones).
 */
const aliasesByWord = new Map<string, string[]>();
for (const a of allAliases) {
  const key = leadingWord(a, 0);
  const list = aliasesByWord.get(key);
  if (list) list.push(a);
  else aliasesByWord.set(key, [a]);
}

/** The run of word characters (as isWordChar tests them, one code unit at a time) from `at`. */
function leadingWord(s: string, at: number): string {
  let e = at;
  while (e < s.length && isWordUnit(s.charCodeAt(e))) e++;
  return s.slice(at, e);
}

/** Every word that is part of some title ("prime", "minister", "u.s."). */
const titleWords = new Set(dataTitles.flatMap((t) => t.toLowerCase().split(/\s+/)));


/** foldApostrophe for one character, without a regular expression per character. */
const foldChar = (c: string) => (c === '’' || c === '‘' ? "'" : c);

/** End offset of `alias` written at `at`, or -1. */
function matchText(text: string, at: number, alias: string, ignoreCase = false): number {
  let j = at;
  for (let i = 0; i < alias.length; i++) {
    const a = alias[i]!;
    if (a === ' ') {
      if (!isSpace(text[j])) return -1;
      while (isSpace(text[j])) j++;
      continue;
    }
    const c = text[j];
    if (c === undefined) return -1;
    const x = foldChar(c);
    const y = foldChar(a);
    if (x !== y && !(ignoreCase && x.toLowerCase() === y.toLowerCase())) return -1;
    j++;
  }
  return j;
}

export interface NameMatch {
  alias: string;
  persons: Person[];
  span: Span;
  /** Token range `[first, last)`. */
  first: number;
  last: number;
}

/** Index of the token that ends exactly at `pos` within `[from, to)`, or -1. */
function tokenEndingAt(tokens: readonly Token[], from: number, to: number, pos: number): number {
  for (let e = from; e < to && tokens[e]!.start < pos; e++) if (tokens[e]!.end === pos) return e;
  return -1;
}

/**
 * Results of nameAt / titleBefore per token, shared by the factual-slip rules (both read
 * every sentence for names): `bound[k]` is the `to` / `from` the answer was found for.
 */
interface Memo<T> { bound: Int32Array; value: (T | undefined)[] }
const memo = <T>(doc: Document, key: string): Memo<T> =>
  perDocument(doc, key, () => ({ bound: new Int32Array(doc.tokens.length).fill(-1), value: new Array<T | undefined>(doc.tokens.length) }));

function remembered<T>(m: Memo<T>, k: number, bound: number, find: () => T | undefined): T | undefined {
  if (bound >= 0 && m.bound[k] === bound) return m.value[k];
  const v = find();
  if (bound >= 0 && k >= 0 && k < m.bound.length) {
    m.bound[k] = bound;
    m.value[k] = v;
  }
  return v;
}

/** The longest alias that starts at token `k` and ends on a token boundary before `to`. */
export function nameAt(doc: Document, k: number, to: number): NameMatch | undefined {
  const t = doc.tokens[k]!;
  // Cheap refusal first; only capitalised words and particles are remembered.
  if (!isCapitalised(t) && !NAME_PARTICLES.has(t.text)) return undefined;
  // remembered(), written out: this runs for every capitalised word, twice.
  const m = memo<NameMatch>(doc, 'factual-slip/nameAt');
  if (to >= 0 && m.bound[k] === to) return m.value[k];
  const v = findNameAt(doc, k, to);
  if (to >= 0 && k >= 0 && k < m.bound.length) {
    m.bound[k] = to;
    m.value[k] = v;
  }
  return v;
}

function findNameAt(doc: Document, k: number, to: number): NameMatch | undefined {
  const t = doc.tokens[k]!;
  // Aliases start with a capital, or with a particle ("de Klerk", "von der Leyen", "bin Salman").
  if (!isCapitalised(t) && !NAME_PARTICLES.has(t.text)) return undefined;
  if (isWordChar(doc.text[t.start - 1])) return undefined;
  for (const alias of aliasesByWord.get(leadingWord(doc.text, t.start)) ?? []) {
    const end = matchText(doc.text, t.start, alias);
    if (end < 0 || isWordChar(doc.text[end])) continue;
    const e = tokenEndingAt(doc.tokens, k, to, end);
    if (e < 0) continue;
    return { alias, persons: personsByAlias(alias), span: { start: t.start, end }, first: k, last: e + 1 };
  }
  return undefined;
}

/** Whether a capitalised name word follows the match ("Donald Trump Jr.", "Kim Jong Un"). */
export function nameContinues(doc: Document, m: NameMatch, to: number): boolean {
  const next = doc.tokens[m.last];
  if (!next || m.last >= to) return false;
  const gap = doc.text.slice(m.span.end, next.start);
  if (gap === '-' || gap === '‐') return /^\p{L}/u.test(next.text); // "Trump-Xi", "Trump-era"
  if (!/^\s+$/.test(gap)) return false;
  if (CALENDAR_WORDS.has(next.normal)) return false;
  return isCapitalised(next) && (next.pos === 'PROPN' || /^[IVX]+$|^Jr\.?$|^Sr\.?$/.test(next.text));
}

/** The most tokens a holder's name runs to ("Luiz Inácio Lula da Silva" is five). */
export const MAX_NAME_TOKENS = 8;

/**
 * The name that ends right before token `end`, from `from` on: the longest ("William Ruto",
 * not "Ruto"), so the farthest start is tried first. None when a name word follows it. With
 * `adverb`, an adverb may stand between the name and `end` ("X formally signed").
 */
export function nameEndingAt(doc: Document, end: number, from: number, to: number, adverb = false): NameMatch | undefined {
  if (adverb && doc.tokens[end - 1]?.pos === 'ADV' && end - 1 > from) end--;
  for (let k = Math.max(from, end - MAX_NAME_TOKENS); k < end; k++) {
    const name = nameAt(doc, k, to);
    if (name && name.last === end) return nameContinues(doc, name, to) ? undefined : name;
  }
  return undefined;
}

export interface TitleMatch {
  title: string;
  offices: Office[];
  span: Span;
  /** Index of the title's first token. */
  first: number;
  /**
   * A modifier written onto the title's first token ("ex-president", "ex-PM", "ex–Prime
   * Minister"): the tokenizer keeps these as one word, so the title starts inside the token.
   * `word` is lower case, without the hyphen; `start` is the token's start.
   */
  lead?: { word: string; start: number };
}

/** Length of a modifier written onto a word with a hyphen or dash ("ex-", "then-"), or 0. */
function gluedLength(token: Token): number {
  const m = /^(\p{L}+)[-‐–]\p{L}/u.exec(token.text);
  if (!m) return 0;
  const w = m[1]!.toLowerCase();
  return FORMER_WORDS.has(w) || TITLE_MODIFIERS.has(w) ? m[1]!.length + 1 : 0;
}

/** The longest title written right before token `k` (white space between), from `from` on. */
export function titleBefore(doc: Document, k: number, from: number): TitleMatch | undefined {
  return remembered(memo<TitleMatch>(doc, 'factual-slip/titleBefore'), k, from, () => findTitleBefore(doc, k, from));
}

/**
 * allTitles' positions by the title's last character (folded, lower case), in allTitles'
 * order: a title can only end where that character is written, so a name is compared
 * with a handful of titles instead of all of them (the list grows with every office).
 */
const titlesByLast = new Map<string, number[]>();
allTitles.forEach((t, i) => {
  const key = foldChar(t[t.length - 1]!).toLowerCase();
  const list = titlesByLast.get(key);
  if (list) list.push(i);
  else titlesByLast.set(key, [i]);
});
/** The same by the title's first character, for titleAt. */
const titlesByFirst = new Map<string, number[]>();
allTitles.forEach((t, i) => {
  const key = foldChar(t[0]!).toLowerCase();
  const list = titlesByFirst.get(key);
  if (list) list.push(i);
  else titlesByFirst.set(key, [i]);
});
// "President" may be written "president"; an acronym ("PM", "VP") must be as written ("3 pm" is a time).
const titleIgnoresCase = allTitles.map((t) => /\p{Ll}/u.test(t));

function findTitleBefore(doc: Document, k: number, from: number): TitleMatch | undefined {
  const { text, tokens } = doc;
  let q = tokens[k]!.start;
  const nameStart = q;
  while (q > 0 && isSpace(text[q - 1])) q--;
  if (q === nameStart) return undefined;
  // "Prime Minister Sheikh Khalid ...", "President Dr. Mohamed Muizzu": a courtesy title
  // between the office and the name belongs to the name.
  const courtesy = tokens[k - 1];
  if (k - 1 > from && courtesy && courtesy.end === q && COURTESY_TITLES.has(courtesy.text.toLowerCase())) {
    const title = findTitleBefore(doc, k - 1, from);
    if (title) return title;
  }
  return titleEndingAt(doc, q, k, from);
}

/**
 * "Japan's prime minister, Sanae Takaichi": the longest title ending right at the comma
 * (token `c`) in front of a name, from `from` on.
 */
export function titleBeforeComma(doc: Document, c: number, from: number): TitleMatch | undefined {
  const comma = doc.tokens[c];
  if (!comma || comma.text !== ',' || c <= from) return undefined;
  return titleEndingAt(doc, comma.start, c, from);
}

/** The longest title ending at offset `q`, on the tokens before token `k` (from `from` on). */
function titleEndingAt(doc: Document, q: number, k: number, from: number): TitleMatch | undefined {
  const { text, tokens } = doc;
  if (q === 0) return undefined;
  for (const i of titlesByLast.get(foldChar(text[q - 1]!).toLowerCase()) ?? []) {
    const title = allTitles[i]!;
    const start = q - title.length;
    if (start < tokens[from]!.start || isWordChar(text[start - 1])) continue;
    if (matchText(text, start, title, titleIgnoresCase[i]) !== q) continue;
    let first = k - 1;
    while (first >= from && tokens[first]!.start > start) first--;
    if (first < from) continue;
    const head = tokens[first]!;
    if (head.start === start) return { title, offices: officesByTitle(title), span: { start, end: q }, first };
    // "ex-president Cyril Ramaphosa": the title starts after a modifier glued to it.
    if (head.start + gluedLength(head) !== start) continue;
    const lead = { word: text.slice(head.start, start - 1).toLowerCase(), start: head.start };
    return { title, offices: officesByTitle(title), span: { start, end: q }, first, lead };
  }
  return undefined;
}

/**
 * The longest title written from token `k` on, ending at a token's end, before `to`:
 * "Commission president" in "Ursula von der Leyen, the former Commission president, said".
 */
export function titleAt(doc: Document, k: number, to: number, glued = false): (TitleMatch & { last: number }) | undefined {
  const { text, tokens } = doc;
  const tok = tokens[k];
  if (tok === undefined || k >= to) return undefined;
  // With `glued`, only the title after a glued modifier ("ex-president" in "X, the ex-president,").
  const skip = glued ? gluedLength(tok) : 0;
  if (glued && !skip) return undefined;
  const start = tok.start + skip;
  const lead = skip ? { word: text.slice(tok.start, start - 1).toLowerCase(), start: tok.start } : undefined;
  for (const i of titlesByFirst.get(foldChar(text[start]!).toLowerCase()) ?? []) {
    const title = allTitles[i]!;
    const end = matchText(text, start, title, titleIgnoresCase[i]);
    if (end < 0 || isWordChar(text[end])) continue;
    const last = tokenEndingAt(tokens, k, to, end);
    if (last < 0) continue;
    return { title, offices: officesByTitle(title), span: { start, end }, first: k, last: last + 1, ...(lead ? { lead } : {}) };
  }
  return undefined;
}

/**
 * Whether a one-word alias ("Brown", "Kim") can stand for the knowledge base's person in
 * this article: no occurrence of the word is part of a longer name that is not one of
 * the candidates' aliases ("Jerry Brown", "Kim Jong Un"), and none carries a title the
 * knowledge base does not give ("Gov. Brown", "Mayor Adams"). Longer aliases are trusted.
 */
export function trustedAlias(doc: Document, m: NameMatch): boolean {
  if (/[\s.-]/.test(m.alias)) return true;
  // The answer depends only on the alias (its persons come from the alias): once per article.
  const memo = perDocument(doc, 'factual-slip/trustedAlias', () => new Map<string, boolean>());
  let v = memo.get(m.alias);
  if (v === undefined) memo.set(m.alias, (v = trustedAliasNow(doc, m)));
  return v;
}

/** Token indices by apostrophe-folded text. */
const byFoldedText = (doc: Document) =>
  perDocument(doc, 'factual-slip/byFoldedText', () => {
    const map = new Map<string, number[]>();
    doc.tokens.forEach((t, i) => {
      // Most tokens have no curly apostrophe: skip the regex for them.
      const w = t.text.includes('’') || t.text.includes('‘') ? foldApostrophe(t.text) : t.text;
      const list = map.get(w);
      if (list) list.push(i);
      else map.set(w, [i]);
    });
    return map;
  });

function trustedAliasNow(doc: Document, m: NameMatch): boolean {
  const { tokens } = doc;
  const word = foldApostrophe(m.alias);
  const candidates = new Set(m.persons);
  // Only the tokens written as the alias.
  for (const i of byFoldedText(doc).get(word) ?? []) {
    const t = tokens[i]!;
    const isNameWord = (x: Token | undefined) => !!x && x.sentence === t.sentence && isCapitalised(x) && x.pos === 'PROPN' && !titleWords.has(x.normal) && !CALENDAR_WORDS.has(x.normal);
    // Walk left over the name words in front of this one.
    let a = i;
    while (isNameWord(tokens[a - 1]) && /^\s+$/.test(doc.text.slice(tokens[a - 1]!.end, tokens[a]!.start))) a--;
    const before = tokens[a - 1];
    if (before && before.sentence === t.sentence) {
      const w = before.text.toLowerCase();
      if ((people.honorifics.has(w) || people.honorifics.has(before.text)) && !titleWords.has(w) && !COURTESY_TITLES.has(w)) return false;
    }
    const sent = doc.sentences[t.sentence]!;
    // The longest alias from the first name word must cover this word and end the name.
    const found = nameAt(doc, a, sent.tokenEnd);
    const covered = !!found && found.last > i && found.persons.some((p) => candidates.has(p)) && !nameContinues(doc, found, sent.tokenEnd);
    if (!covered) return false;
  }
  return true;
}

/**
 * Token index after `phrase` written from token `k` (ending on a token boundary before
 * `to`), or -1: "the European Central Bank" after "who heads".
 */
export function phraseEnd(doc: Document, k: number, to: number, phrase: string, ignoreCase = true): number {
  const t = doc.tokens[k];
  if (!t || k >= to) return -1;
  const end = matchText(doc.text, t.start, phrase, ignoreCase);
  if (end < 0 || isWordChar(doc.text[end])) return -1;
  const e = tokenEndingAt(doc.tokens, k, to, end);
  return e < 0 ? -1 : e + 1;
}

/** Inside quoted words, where the speaker's usage is not the writer's. */
export function inQuote(doc: Document, span: Span): boolean {
  return inQuoteContent(doc, span);
}
