/**
 * Figures that two outlets attribute to the same body: "PROCIVIL said 46 families had been
 * moved out" against "The disaster agency PROCIVIL said 146 families were forced out". Such
 * sentences are often worded too differently to align (one adds where the families went,
 * the other when), yet the claim is the same: one counted thing, one named source, two
 * numbers. They are indexed by (word family or noun, counted noun, canonical source), so
 * only figures with the same key are compared: linear in the story, no all-pairs.
 */
import { inChrome, inHeadline } from '../../src/document/index.js';
import { people } from '../../src/document/people.js';
import { attributionsIn, firstTokenFrom } from '../../src/engine/doc-cache.js';
import type { Document } from '../../src/document/types.js';
import type { Figure } from './_details.js';
import { disagreeingPairs, KeyedLists, type FigureEntry } from './_figure-pairs.js';
import { canonicalName, resolved, textOf } from './_story.js';

interface Entry extends FigureEntry {
  /** The source's name words, which are context of every figure it gives. */
  source: Set<string>;
}


/** The one named body or person the sentence attributes its content to, canonical; else undefined. */
function sourceOf(doc: Document, si: number): { key: string; words: Set<string> } | undefined {
  const names = new Map<string, Set<string>>();
  for (const a of attributionsIn(doc, si)) {
    if (!a.speaker) continue;
    const r = resolved(a.speaker);
    if (!r.name) continue;
    const name = textOf(doc, r.name);
    names.set(canonicalName(name), new Set(name.toLowerCase().split(/\s+/)));
  }
  if (names.size !== 1) return undefined;
  const [key, words] = [...names][0]!;
  return { key, words };
}

/** The noun a figure counts: the first noun within two words after the number ("46 families"). */
function countedNoun(doc: Document, f: Figure): string | undefined {
  const k = firstTokenFrom(doc, f.span.start);
  for (let j = k + 1; j <= k + 3 && j < doc.tokens.length; j++) {
    const t = doc.tokens[j]!;
    if (t.sentence !== f.sentence) return undefined;
    if (t.pos === 'NOUN') return t.lemma.toLowerCase();
    if (t.pos !== 'ADJ' && t.pos !== 'NUM') return undefined;
  }
  return undefined;
}

/**
 * Pairs of disagreeing figures in different articles that count the same noun, in the same
 * word family, attributed to the same named source. `figs` reads a sentence's figures;
 * `sameTime` keeps apart sentences about different years.
 */
export function attributedFigurePairs(
  docs: readonly Document[],
  figs: (d: number, si: number) => Figure[],
  sameTime: (da: Document, sa: number, db: Document, sb: number) => boolean,
): [Entry, Entry][] {
  const index = new KeyedLists<Entry>();
  docs.forEach((doc, d) => {
    const seen = new Set<number>();
    for (const a of doc.attributions) {
      const si = a.sentence;
      if (seen.has(si)) continue;
      seen.add(si);
      const s = doc.sentences[si]!;
      if (inChrome(doc, s) || inHeadline(doc, s)) continue;
      const source = sourceOf(doc, si);
      if (!source) continue;
      const found = figs(d, si);
      for (const f of found) {
        const noun = countedNoun(doc, f);
        // Only one figure of that kind in the sentence ("46 families, then 60"): not an update.
        if (!noun || found.filter((g) => g.key === f.key).length > 1) continue;
        const key = `${f.key}|${noun}|${source.key}`;
        index.add(key, { d, si, f, source: source.words });
      }
    }
  });
  // An article that gives two different counts of the key itself tells an update: left out.
  return [...index.lists()].flatMap((list) =>
    disagreeingPairs(
      list,
      (x, y) =>
        sameTime(docs[x.d]!, x.si, docs[y.d]!, y.si) &&
        // A plain noun ("schools") names what is counted but not what happened to it: the
        // figures must also share a word around them other than the source and a speech verb (the document's own cue verbs).
        (x.f.key.startsWith('#') || [...x.f.context].some((w) => y.f.context.has(w) && !people.cueLemmas.has(w) && !x.source.has(w))),
    ),
  );
}
