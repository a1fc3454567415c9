/**
 * Word features for comparing articles: story words (page chrome masked out), Porter
 * stems, stopwords and capitalised name words. Cheap regex work on the text, so the
 * clusterer can run on thousands of articles without the NLP pipeline's token data.
 */
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as stopwordList } from 'natural/lib/natural/util/stopwords.js';
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

/** Words with offsets; possessive 's dropped, hyphens and apostrophes at the ends trimmed. */
export function words(text: string): WordHit[] {
  const out: WordHit[] = [];
  for (const m of text.matchAll(WORD)) {
    let raw = m[0].replace(/['’]s$/u, '').replace(/[-'’]+$/u, '');
    if (!raw) continue;
    const start = m.index!;
    const before = text.slice(Math.max(0, start - 3), start);
    const opensSentence = start === 0 || /(?:[.!?]["”’']?\s+|\n\s*|^\s*)$/u.test(before) || /[“"‘]$/.test(before);
    out.push({ word: raw.toLowerCase(), start, end: start + raw.length, capital: /^\p{Lu}/u.test(raw) && !opensSentence });
  }
  return out;
}

/** A content word: not a stopword, at least three letters, not a bare number. */
export const isContent = (w: string) => w.length >= 3 && !STOPWORDS.has(w);
