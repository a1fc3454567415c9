/**
 * Counts of one group of people that two outlets put to the same event in sentences worded
 * too differently to align: "Three miners were taken to hospital after the blast, the company
 * said" against "Nine of the 40 miners needed hospital care, according to union records". What
 * ties them is the counted people noun ("miner") and a word of what happened to them in the
 * clause ("hospital"). Figures are indexed by (people noun, event word), so only figures in one
 * bucket are compared: linear in the story, no all-pairs of sentences.
 *
 * A count marked as a part or an update ("two more", "still", "remain") is not the group's
 * whole count, and an article that gives two counts in one bucket tells an update: left out.
 */
import { people } from '../../src/document/people.js';
import { firstTokenFrom } from '../../src/engine/doc-cache.js';
import type { Document, Token } from '../../src/document/types.js';
import { casualty, isPeopleNoun } from './_casualty-data.js';
import { disagree, type Figure } from './_details.js';
import { forBodySentences, KeyedLists, otherDays, type FigureEntry } from './_figure-pairs.js';

const LIGHT = new Set(casualty.peopleCounts.light);
const PARTIAL = new Set(casualty.peopleCounts.partial);
const EVENT_POS = /^(NOUN|VERB)$/;
/** How far the clause after the counted noun is read for what happened. */
const AFTER = 6;
const BEFORE = 3;
const CLAUSE_END = /^(,|;|:|—|–|but|and|while|whereas|although|though|which|who)$/;


/** The people noun a figure counts (the last word of its span), and the event words of its clause; undefined if not a people count or a part. */
function readCount(doc: Document, f: Figure): { noun: string; events: Set<string> } | undefined {
  const { tokens } = doc;
  // The token that ends the span (the first token starting at its end, less one).
  const last = firstTokenFrom(doc, f.span.end) - 1;
  const nounTok = tokens[last];
  if (!nounTok || nounTok.end !== f.span.end || !isPeopleNoun(nounTok)) return undefined;
  const first = firstTokenFrom(doc, f.boundStart);
  const s = doc.sentences[f.sentence]!;
  const events = new Set<string>();
  const event = (t: Token) => {
    const lemma = t.lemma.toLowerCase();
    if (EVENT_POS.test(t.pos) && !LIGHT.has(lemma) && !people.cueLemmas.has(lemma) && !isPeopleNoun(t) && /^\p{L}/u.test(t.text)) events.add(lemma);
  };
  // Before the count: "police had arrested about 60 protesters".
  for (let k = Math.max(s.tokenStart, first - BEFORE); k < first; k++) {
    if (PARTIAL.has(tokens[k]!.normal)) return undefined;
    if (CLAUSE_END.test(tokens[k]!.normal)) events.clear();
    else event(tokens[k]!);
  }
  for (let k = first; k < last; k++) if (PARTIAL.has(tokens[k]!.normal)) return undefined;
  for (let k = last + 1; k < Math.min(s.tokenEnd, last + 1 + AFTER); k++) {
    const t = tokens[k]!;
    if (CLAUSE_END.test(t.normal)) break;
    if (PARTIAL.has(t.normal)) return undefined;
    event(t);
  }
  return events.size ? { noun: nounTok.lemma.toLowerCase(), events } : undefined;
}

/**
 * Pairs of disagreeing counts of one people noun, in body sentences of different articles,
 * that share a word of what happened to them. `figs` reads a sentence's figures; `sameTime`
 * keeps apart sentences about different years.
 */
export function peopleCountPairs(
  docs: readonly Document[],
  figs: (d: number, si: number) => Figure[],
  sameTime: (da: Document, sa: number, db: Document, sb: number) => boolean,
): [FigureEntry, FigureEntry][] {
  const index = new KeyedLists<FigureEntry>();
  forBodySentences(docs, (doc, d, _s, si) => {
    const found = figs(d, si);
    for (const f of found) {
      // "12 then 21 workers": one sentence with two counts of one thing is not one claim.
      // A toll of a word family ("18 people had died") is compared in aligned sentences or
      // by one named source (conflicting-detail, _figure-source): unaligned tolls from
      // different bodies are often two counts of different scope (a ministry's and a charity's).
      if (f.key.startsWith('#') || found.filter((g) => g.key === f.key).length > 1) continue;
      const c = readCount(doc, f);
      if (c) for (const e of c.events) index.add(`${c.noun}|${e}`, { d, si, f });
    }
  });
  const out: [FigureEntry, FigureEntry][] = [];
  const seen = new Set<string>();
  for (const list of index.lists()) {
    // Two counts of one bucket in one article: an update or two groups, left out.
    const perDoc = new Map<number, number>();
    for (const x of list) perDoc.set(x.d, (perDoc.get(x.d) ?? 0) + 1);
    const kept = list.filter((x) => perDoc.get(x.d) === 1);
    for (let i = 0; i < kept.length; i++) for (let j = i + 1; j < kept.length; j++) {
      const x = kept[i]!;
      const y = kept[j]!;
      const id = `${x.d}:${x.f.span.start}|${y.d}:${y.f.span.start}`;
      if (seen.has(id) || !disagree(x.f, y.f)) continue;
      if (!sameTime(docs[x.d]!, x.si, docs[y.d]!, y.si) || otherDays(docs[x.d]!, x.si, docs[y.d]!, y.si)) continue;
      seen.add(id);
      out.push([x, y]);
    }
  }
  return out;
}
