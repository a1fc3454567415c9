/**
 * The term a story gives a granted or agreed thing: "a 25-year mining licence", "the
 * five-year contract", "a 99-year lease". Outlets that tell one story and each give one
 * term for the same noun, but different terms, disagree on a checkable fact ("a 25-year
 * licence" / "the 15-year licence"), however differently the sentences around are worded
 * (so they need not align). An article that gives one noun two terms (an old lease and a
 * new one) tells two things and is left out.
 */
import { aliasData } from './_aliases-data.js';
import { inChrome } from '../../src/document/index.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { parseWords } from './_details.js';
import { onePerArticle } from './_story.js';

const data = aliasData;
const NOUNS = new Set(data.termNouns);
const UNITS = new Set(data.termUnits);

export interface Term {
  doc: Document;
  /** From the number to the noun: "25-year mining licence". */
  span: Span;
  /** "25 year". */
  value: string;
  /** The noun's lemma ("license"). */
  noun: string;
  /** The noun as written ("licence"), for messages. */
  word: string;
}

const lemma = (t: Token) => t.lemma.toLowerCase();
const numberOf = (t: Token) => (/^\d{1,4}$/.test(t.text) ? Number(t.text) : parseWords(t.text));

/** "N-unit" at token `k` (the number), written tight (25 / - / year): the unit's index, or -1. */
function unitAfter(tokens: readonly Token[], k: number, limit: number): number {
  const n = tokens[k]!;
  if (k + 2 < limit && tokens[k + 1]!.text === '-' && tokens[k + 1]!.start === n.end && tokens[k + 2]!.start === tokens[k + 1]!.end && UNITS.has(lemma(tokens[k + 2]!))) return k + 2;
  return -1;
}

/** Terms written as a compound before one of the data's nouns, in the article body. */
function terms(doc: Document): Term[] {
  const { tokens } = doc;
  const out: Term[] = [];
  for (const s of doc.sentences) {
    if (inChrome(doc, s)) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      // The unit first: a number is read (words included, "five") only before "-year".
      const u = unitAfter(tokens, k, s.tokenEnd);
      if (u < 0) continue;
      const value = numberOf(tokens[k]!);
      if (!Number.isFinite(value) || value <= 0) continue;
      // "a 25-year-old miner": an age, not a term.
      if (tokens[u + 1]?.text === '-') continue;
      // Up to two lowercase modifiers between the unit and the noun ("mining", "exploration").
      let h = u + 1;
      while (h < s.tokenEnd && h <= u + 3 && !NOUNS.has(lemma(tokens[h]!)) && /^(NOUN|ADJ)$/.test(tokens[h]!.pos) && !/^\p{Lu}/u.test(tokens[h]!.text)) h++;
      if (h >= s.tokenEnd || !NOUNS.has(lemma(tokens[h]!)) || tokens[h]!.pos !== 'NOUN') continue;
      out.push({ doc, span: { start: tokens[k]!.start, end: tokens[h]!.end }, value: `${value} ${lemma(tokens[u]!)}`, noun: lemma(tokens[h]!), word: tokens[h]!.text.toLowerCase() });
    }
  }
  return out;
}

/** Pairs of terms for one noun from different articles that differ; each article must give the noun one term. */
export function termConflicts(docs: readonly Document[]): [Term, Term][] {
  const byNoun = onePerArticle(docs, terms, (t) => t.noun, (t) => t.value);
  const out: [Term, Term][] = [];
  for (const list of byNoun.values())
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) if (list[i]!.value !== list[j]!.value) out.push([list[i]!, list[j]!]);
  return out;
}
