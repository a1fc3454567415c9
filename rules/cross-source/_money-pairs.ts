/**
 * Sums that measure one thing, given two ways by two outlets: "Its owners said the grain
 * carrier, which ran aground off Sardinia, was insured for €40 million" against "Underwriters
 * in Copenhagen put the cover on the carrier at €26 million". The sentences are often worded too
 * differently to align (one says what happened to it, the other who told the outlet), but the
 * kind word ("insured") says what the amount measures, and a noun both sentences name before
 * it says of what ("carrier"). Only kinds the data marks `measure`: payments between parties (fines, bail) may
 * be several in one story, to different parties. Indexed by the amount's key, so only amounts
 * of one kind are compared: linear in the story.
 */
import { attributionsIn } from '../../src/engine/doc-cache.js';
import type { Document } from '../../src/document/types.js';
import type { Figure } from './_details.js';
import { isPeopleNoun } from './_casualty-data.js';
import { disagreeingPairs, forBodySentences, KeyedLists, otherDays, type FigureEntry } from './_figure-pairs.js';

interface Entry extends FigureEntry {
  /** Lowercase noun lemmas before the amount: what the amount is of. */
  nouns: Set<string>;
}

/**
 * Nouns of sentence `si` before `f`'s span: the thing insured ("the ferry ... was insured for").
 * Nouns for people and the speakers of the sentence's cues ("insurers said the ferry ...")
 * name who tells, not the thing.
 */
function nounsOutside(doc: Document, si: number, f: Figure): Set<string> {
  const s = doc.sentences[si]!;
  const out = new Set<string>();
  const speakers = attributionsIn(doc, si).flatMap((a) => (a.speaker ? [a.speaker] : []));
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.end > f.span.start) break;
    if (isPeopleNoun(t) || speakers.some((m) => m.start <= t.start && t.end <= m.end)) continue;
    // A noun, or a sentence's first word the tagger read as a name ("Tanker insured for ...").
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && k <= s.tokenStart + 1 && /^\p{Lu}\p{Ll}+$/u.test(t.text))) out.add(t.lemma.toLowerCase());
  }
  return out;
}

/** Two measured sums are of one thing: their sentences name a noun in common before them. */
export function sameThing(da: Document, fa: Figure, db: Document, fb: Figure): boolean {
  const y = nounsOutside(db, fb.sentence, fb);
  return [...nounsOutside(da, fa.sentence, fa)].some((n) => y.has(n));
}

/**
 * Pairs of disagreeing money amounts of one kind in different articles, in sentences that
 * share a noun and are not about different days or years. `figs` reads a sentence's figures.
 */
export function moneyKindPairs(
  docs: readonly Document[],
  figs: (d: number, si: number) => Figure[],
  sameTime: (da: Document, sa: number, db: Document, sb: number) => boolean,
): [Entry, Entry][] {
  const index = new KeyedLists<Entry>();
  forBodySentences(docs, (doc, d, _s, si) => {
    const found = figs(d, si);
    for (const f of found) {
      // Only one amount of that kind in the sentence ("€2 million, then €5 million on appeal").
      if (f.money !== 'measure' || found.filter((g) => g.key === f.key).length > 1) continue;
      index.add(f.key, { d, si, f, nouns: nounsOutside(doc, si, f) });
    }
  });
  // An article that gives two different amounts of one kind tells two payments: left out.
  return [...index.lists()].flatMap((list) =>
    disagreeingPairs(
      list,
      (x, y) =>
        sameTime(docs[x.d]!, x.si, docs[y.d]!, y.si) &&
        !otherDays(docs[x.d]!, x.si, docs[y.d]!, y.si) &&
        [...x.nouns].some((n) => y.nouns.has(n)),
    ),
  );
}
