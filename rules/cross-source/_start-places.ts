/**
 * Where one event started, as each outlet gives it from a cited source ("According to the fire
 * service, the blaze started in the kitchen" / "the fire service said it began in the
 * basement"). Read from rules/data/oppositions.json `startPlaces`, for
 * cross-source/conflicting-detail. Private helper: not a rule.
 */
import { oppositions, negators } from './_oppositions.js';
import { sameSpeaker } from './_speakers.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { inChrome, inHeadline } from '../../src/document/index.js';
import { attributionsIn, tokensWithText } from '../../src/engine/doc-cache.js';
import type { Document, Mention, Span, Token } from '../../src/document/types.js';

const data = oppositions.startPlaces;
/** An event noun's group: "blaze" and "fire" are one kind of event. */
const EVENT = new Map<string, number>();
data.events.forEach((g, i) => g.forEach((w) => EVENT.set(w, i)));
const CUES = new PhraseIndex(data.cues.map((c) => [c, true] as [string, boolean]));
/** How far back "it" looks for the event it stands for: the sentence before, at most. */
const IT_LOOKBACK = 60;
const PLACE_POS = /^(DET|ADJ|NOUN|PROPN|NUM)$/;

export interface StartPlace {
  doc: Document;
  /** From the event (or "it") to the end of the place: "the blaze started in the kitchen". */
  span: Span;
  event: number;
  /** The place's words, lower case, no determiner ("back", "kitchen"). */
  place: string[];
  /** Content words of the clause the place opens (to its comma): what else locates it. */
  clause: Set<string>;
  source: Mention;
}

const eventOf = (t: Token | undefined) => (t ? EVENT.get(t.normal) ?? EVENT.get(t.lemma.toLowerCase()) : undefined);

/** The event "it" stands for: the last event noun before it, no further back than the sentence before. */
function eventBefore(doc: Document, k: number): number | undefined {
  const s = doc.tokens[k]!.sentence;
  for (let j = k - 1; j >= Math.max(0, k - IT_LOOKBACK) && doc.tokens[j]!.sentence >= s - 1; j--) {
    const e = eventOf(doc.tokens[j]);
    if (e !== undefined) return e;
  }
  return undefined;
}

/** Prepositions that place the phrase before them inside another ("a cupboard in the kitchen", "at the back of the hall"). */
const LOCATIVE = new Set(['in', 'at', 'on', 'of', 'inside', 'near', 'beside', 'behind', 'by', 'under', 'above', 'below']);
/** Prepositions of movement: what follows them is where the event went, not where it started. */
const MOVEMENT = new Set(['to', 'towards', 'toward', 'into', 'across', 'through', 'along', 'over']);

/**
 * The words that go on locating a place from token `k` (right after its noun phrase): locative
 * phrases ("at the back of the market") and a joined place ("the kitchen and dining room"), up to
 * a comma, a clause or a movement ("and spread to the hall"). Undefined for alternatives ("in
 * the kitchen or the hall": two places, not one).
 */
function locating(tokens: readonly Token[], k: number, limit: number): Set<string> | undefined {
  const out = new Set<string>();
  const phrase = (from: number) => {
    let e = from;
    while (e < limit && PLACE_POS.test(tokens[e]!.pos)) e++;
    return e;
  };
  while (k < limit) {
    const t = tokens[k]!;
    if (t.normal === 'or') return undefined;
    const joined = t.normal === 'and';
    if (!joined && !(t.pos === 'ADP' && LOCATIVE.has(t.normal))) break;
    const e = phrase(k + 1);
    if (e === k + 1 || (joined && MOVEMENT.has(tokens[e]?.normal ?? ''))) break;
    for (let j = k + 1; j < e; j++) if (/^(NOUN|PROPN|ADJ)$/.test(tokens[j]!.pos)) out.add(tokens[j]!.normal);
    k = e;
  }
  return out;
}

function startsIn(doc: Document): StartPlace[] {
  const { tokens } = doc;
  const out: StartPlace[] = [];
  doc.sentences.forEach((s, si) => {
    if (inChrome(doc, s) || inHeadline(doc, s)) return;
    const cues = CUES.match(tokens, s.tokenStart, s.tokenEnd);
    // One start per sentence; with one cited source.
    const sources = attributionsIn(doc, si).filter((a) => a.speaker);
    if (cues.length !== 1 || sources.length !== 1) return;
    const cue = cues[0]!;
    // The event is the cue's subject, right before it ("the fire started", "it began").
    const subj = cue.first - 1;
    if (subj < s.tokenStart) return;
    const event = tokens[subj]!.normal === 'it' ? eventBefore(doc, subj) : eventOf(tokens[subj]);
    if (event === undefined) return;
    // The place: the noun phrase after the preposition, up to its first break.
    let end = cue.last + 1;
    while (end < s.tokenEnd && PLACE_POS.test(tokens[end]!.pos)) end++;
    const place = tokens.slice(cue.last + 1, end).filter((t) => t.pos !== 'DET' && /\p{L}/u.test(t.text));
    if (!place.length || !/^(NOUN|PROPN)$/.test(place[place.length - 1]!.pos)) return;
    const clause = locating(tokens, end, s.tokenEnd);
    if (!clause) return;
    for (const t of place) clause.add(t.normal);
    let first = subj;
    while (first > s.tokenStart && /^(DET|ADJ)$/.test(tokens[first - 1]!.pos)) first--;
    // "did not start in the kitchen": a denial, not a place.
    for (let j = first; j < cue.first; j++) if (negators.has(tokens[j]!.normal)) return;
    out.push({
      doc,
      span: { start: tokens[first]!.start, end: tokens[end - 1]!.end },
      event,
      place: place.map((t) => t.normal),
      clause,
      source: sources[0]!.speaker!,
    });
  });
  return out;
}

/** The place's words, in order, somewhere in the article outside `not` ("the back kitchen" named as where the fire spread). */
function namedElsewhere(doc: Document, place: readonly string[], not: Span): boolean {
  const last = place[place.length - 1]!;
  return tokensWithText(doc, last).some((k) => {
    const t = doc.tokens[k]!;
    if (t.start >= not.start && t.end <= not.end) return false;
    return place.every((w, i) => doc.tokens[k - (place.length - 1 - i)]?.normal === w);
  });
}

/**
 * Pairs of starts of one event from two articles that cite the same source and put the start
 * in places with no word in common, neither locating the other ("in the kitchen" / "in a
 * cupboard in the kitchen" agree), one of them a place the other article names elsewhere: both
 * outlets know both places, and give the source's start differently. An article that gives two
 * places for one event tells both: not compared.
 */
export function startPlacePairs(docs: readonly Document[]): [StartPlace, StartPlace][] {
  const byEvent = new Map<number, StartPlace[]>();
  for (const doc of docs) {
    const mine = startsIn(doc);
    for (const c of mine) {
      if (mine.some((o) => o.event === c.event && o.place.join(' ') !== c.place.join(' '))) continue;
      byEvent.set(c.event, [...(byEvent.get(c.event) ?? []), c]);
    }
  }
  const out: [StartPlace, StartPlace][] = [];
  for (const list of byEvent.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [x, y] = [list[i]!, list[j]!];
        if (x.doc === y.doc || x.place.some((w) => y.place.includes(w))) continue;
        if (x.place.some((w) => y.clause.has(w)) || y.place.some((w) => x.clause.has(w))) continue;
        if (!namedElsewhere(y.doc, x.place, y.span) && !namedElsewhere(x.doc, y.place, x.span)) continue;
        if (sameSpeaker(x.doc, x.source, y.doc, y.source) !== true) continue;
        out.push([x, y]);
      }
  return out;
}
