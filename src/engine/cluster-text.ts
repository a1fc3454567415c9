/**
 * Word features for comparing articles: story words (page chrome masked out), Porter
 * stems, stopwords and capitalised name words. Cheap regex work on the text, so the
 * clusterer can run on thousands of articles without the NLP pipeline's token data.
 */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords.js';
import { isWhite, startsUpper } from '../document/chars.js';
import type { Document } from '../document/types.js';

export const STOPWORDS: ReadonlySet<string> = new Set([
  ...stopwordList,
  // Reporting verbs and calendar words: every article has them, they say nothing about the event.
  'said', 'says', 'say', 'told', 'also', 'would', 'could', 'one', 'two', 'new', 'year', 'years',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

const stemCache = new Map<string, string>();
/** Porter stem of a lower-case word, cached (news vocabulary repeats a lot). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = porter.stem(word);
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, s);
  }
  return s;
}

/** The article text with chrome regions blanked (same length, so offsets still hold). */
export function storyText(doc: Pick<Document, 'text' | 'chrome'>): string {
  if (!doc.chrome.length) return doc.text;
  let out = '';
  let at = 0;
  for (const c of [...doc.chrome].sort((a, b) => a.start - b.start)) {
    if (c.start < at) continue;
    out += doc.text.slice(at, c.start) + ' '.repeat(c.end - c.start);
    at = c.end;
  }
  return out + doc.text.slice(at);
}

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;

export interface WordHit {
  word: string;
  start: number;
  end: number;
  /** Starts with a capital and does not open a sentence: likely part of a name. */
  capital: boolean;
}

const isQuoteMark = (c: number) => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019; // " ' ” ’
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/**
 * Whether the word at `start` opens a sentence, judged on the three characters before it:
 * the start of the text, only white space, an opening quote mark, a line break followed
 * by white space, or `.`, `!` or `?` (and perhaps a closing quote) followed by white space.
 * (The same test as the regex `(?:[.!?]["”’']?\s+|\n\s*|^\s*)$` on those characters, or
 * `[“"‘]$`, without a slice and two regex calls for each of the thousand words an article has.)
 */
function opensSentence(text: string, start: number): boolean {
  if (start === 0) return true;
  const from = Math.max(0, start - 3);
  const last = text.charCodeAt(start - 1);
  if (last === 0x201c || last === 0x22 || last === 0x2018) return true; // “ " ‘
  let i = start - 1;
  let newline = false;
  for (; i >= from && isWhite(text.charCodeAt(i)); i--) if (text.charCodeAt(i) === 10) newline = true;
  if (i < from || newline) return true;
  if (i === start - 1) return false;
  const endMark = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f; // . ! ?
  if (endMark(text.charCodeAt(i))) return true;
  return isQuoteMark(text.charCodeAt(i)) && i - 1 >= from && endMark(text.charCodeAt(i - 1));
}

/** Words with offsets; possessive 's dropped, hyphens and apostrophes at the ends trimmed. */
export function words(text: string): WordHit[] {
  const out: WordHit[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const match = m[0];
    let end = match.length;
    // A possessive 's, then any trailing hyphens and apostrophes.
    if (end >= 2 && match.charCodeAt(end - 1) === 0x73 && isApostrophe(match.charCodeAt(end - 2))) end -= 2;
    while (end > 0 && (isApostrophe(match.charCodeAt(end - 1)) || match.charCodeAt(end - 1) === 0x2d)) end--;
    if (end === 0) continue;
    const raw = end === match.length ? match : match.slice(0, end);
    const start = m.index;
    out.push({ word: raw.toLowerCase(), start, end: start + end, capital: startsUpper(raw) && !opensSentence(text, start) });
  }
  return out;
}

/** A content word: not a stopword, at least three letters, not a bare number. */
export const isContent = (w: string) => w.length >= 3 && !STOPWORDS.has(w);

const contentStems = new Map<string, string>();
/**
 * The Porter stem of a content word, or undefined for a stopword: the one lookup per
 * word that clustering makes (cached, as `stem` is).
 */
export function contentStem(word: string): string | undefined {
  let s = contentStems.get(word);
  if (s === undefined) {
    s = isContent(word) ? stem(word) : '';
    if (contentStems.size > 200_000) contentStems.clear();
    contentStems.set(word, s);
  }
  return s === '' ? undefined : s;
}
