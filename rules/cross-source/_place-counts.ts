/**
 * Headcounts of one named area that two outlets give differently: "The statistics office
 * counted 41,230 people in Northern Province" against "the preliminary census report gives
 * Northern Province 38,900 people". The sentences are worded too differently to align (one
 * names who counted, the other the report), yet the claim is one number: the population of
 * one named area in one count. Figures are indexed by (counted noun, area name), so only
 * figures in one bucket are compared: linear in the story, no all-pairs of sentences.
 *
 * A figure counts here only when its noun names a population ("people", "residents") and
 * the sentence says it is a headcount ("census", "counted", "population"): "300 people in
 * Northern Province marched" is a crowd, not the area's population.
 */
import { z } from 'zod';
import placeCountsJson from '../data/place-counts.json';
import { loadData } from '../../src/data/load.js';
import { datesOverlapping, firstTokenFrom } from '../../src/engine/doc-cache.js';
import type { Document, Token } from '../../src/document/types.js';
import { people } from '../../src/document/people.js';
import { runAfter, runBefore, type Figure } from './_details.js';
import { disagreeingPairs, forBodySentences, KeyedLists, otherDays, type FigureEntry } from './_figure-pairs.js';
import { canonicalName } from './_story.js';

const PlaceCountData = z.object({
  about: z.string(),
  source: z.string(),
  nouns: z.array(z.string().min(1)).min(1),
  measures: z.array(z.string().min(1)).min(1),
  links: z.array(z.string().min(1)).min(1),
});
const data = loadData('place-counts.json', PlaceCountData, placeCountsJson);
const NOUNS = new Set(data.nouns);
const MEASURES = new Set(data.measures);
const LINKS = new Set(data.links);

/** A word of an area's name: capitalised, a name, noun, adjective or number ("District Four", "Upper Volta"). */
const isAreaWord = (t: Token) => t.capitalised && /^(PROPN|NOUN|ADJ|NUM)$/.test(t.pos) && /^\p{L}/u.test(t.text);

/**
 * The area a population figure is given for: the name after "in/of/for" right after the
 * counted noun ("41,230 people in Northern Province"), or the name right before the number
 * ("gives Northern Province 38,900 people", "Northern Province's 38,900 residents"). A name
 * that is a date, opens with a title, or is the sentence's opening word alone is no area.
 */
function areaOf(doc: Document, first: number, last: number): string | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[first]!.sentence]!;
  const runs: [number, number][] = [];
  if (last + 1 < s.tokenEnd && LINKS.has(tokens[last + 1]!.normal)) runs.push(runAfter(tokens, last + 2, s.tokenEnd, isAreaWord));
  let e = first;
  if (e > s.tokenStart && /^['’]s$/.test(tokens[e - 1]!.text)) e--;
  runs.push([runBefore(tokens, e, s.tokenStart, isAreaWord), e]);
  for (const [a, z] of runs) {
    if (z <= a || (a === s.tokenStart && z - a === 1 && tokens[a]!.pos !== 'PROPN')) continue;
    const span = { start: tokens[a]!.start, end: tokens[z - 1]!.end };
    if (datesOverlapping(doc, span).length) continue;
    // "gives Mayor Ruiz's ward": a title opens a person's name. (The mention model may take an
    // area's name for a person's, "gives District Four", so its kind is not asked.)
    if (people.honorifics.has(tokens[a]!.normal) || people.roles.has(tokens[a]!.normal)) continue;
    return canonicalName(doc.text.slice(span.start, span.end));
  }
  return undefined;
}

/** The sentence says the figure is a headcount: a measure word stands in it. */
function isHeadcount(doc: Document, si: number): boolean {
  const s = doc.sentences[si]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) if (MEASURES.has(doc.tokens[k]!.lemma.toLowerCase()) || MEASURES.has(doc.tokens[k]!.normal)) return true;
  return false;
}

/**
 * Pairs of disagreeing headcounts of one named area in body sentences of different articles.
 * `figs` reads a sentence's figures; `sameTime` keeps apart sentences about different years
 * ("41,230 in the 2012 census").
 */
export function placeCountPairs(
  docs: readonly Document[],
  figs: (d: number, si: number) => Figure[],
  sameTime: (da: Document, sa: number, db: Document, sb: number) => boolean,
): [FigureEntry, FigureEntry][] {
  const index = new KeyedLists<FigureEntry>();
  forBodySentences(docs, (doc, d, _s, si) => {
    let headcount: boolean | undefined;
    for (const f of figs(d, si)) {
      if (f.key.startsWith('%')) continue;
      const last = firstTokenFrom(doc, f.span.end) - 1;
      const noun = doc.tokens[last];
      if (!noun || noun.end !== f.span.end || !NOUNS.has(noun.lemma.toLowerCase())) continue;
      headcount ??= isHeadcount(doc, si);
      if (!headcount) break;
      const area = areaOf(doc, firstTokenFrom(doc, f.span.start), last);
      if (area) index.add(`${noun.lemma.toLowerCase()}|${area}`, { d, si, f });
    }
  });
  // Another count on another written day is another count, not a disagreement.
  return [...index.lists()].flatMap((list) =>
    disagreeingPairs(list, (x, y) => sameTime(docs[x.d]!, x.si, docs[y.d]!, y.si) && !otherDays(docs[x.d]!, x.si, docs[y.d]!, y.si)),
  );
}
