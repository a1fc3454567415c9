/**
 * Helpers for the attribution rules: re-reading a speaker where the document's speaker
 * finder stops short, and the words that open a speaker's phrase.
 */
import { inHeadline, inStandfirst } from '../../src/document/index.js';
import { hasProperName, isProperName, makeMention, phraseBefore } from '../../src/document/mentions.js';
import type { Attribution, Document, Mention, Sentence, Span, Token } from '../../src/document/types.js';
import { firstTokenFrom, perDocument } from '../../src/engine/doc-cache.js';
import type { PhraseIndex } from '../../src/engine/phrases.js';

/** The story below the display lines credits something to a named person or body ("published by the International Council ..."). */
function bodyNamesASource(doc: Document): boolean {
  return perDocument(doc, 'attribution/body-names-a-source', () =>
    doc.attributions.some((a) => !!a.speaker && !inHeadline(doc, a.cue) && !inStandfirst(doc, a.cue) && (!!a.speaker.name || (!!a.speaker.affiliation && hasProperName(doc.tokens, a.speaker.affiliation)))),
  );
}

/**
 * The headline and the standfirst compress: "Scientists urge ...", "A local official says
 * ..." over a story that goes on to credit named people and bodies. A source unnamed there
 * is the story's to name, and is read there, so the display lines carry no attribution flag.
 * (Punctuated or not, a standfirst is `Document.standfirst`.)
 */
export function inSummary(doc: Document, span: Span): boolean {
  return (inHeadline(doc, span) || inStandfirst(doc, span)) && bodyNamesASource(doc);
}

/** Prepositions that tie an access word to what the source has access to. */
const ACCESS_PREPOSITIONS = new Set(['in', 'with', 'to', 'on', 'of', 'at']);

/**
 * A found speaker before its cue, and the two words in its sentence right before it (a
 * preposition, and the word before that): where a postmodifier may have cut the phrase short.
 */
function beforeSpeaker(doc: Document, a: Attribution): { speaker: Mention; sentence: Sentence; first: number; prep: Token; word: Token } | undefined {
  const speaker = a.speaker;
  if (!speaker || speaker.end > a.cue.start) return undefined;
  const sentence = doc.sentences[a.sentence]!;
  const first = firstTokenFrom(doc, speaker.start);
  if (first - 2 <= sentence.tokenStart) return undefined;
  return { speaker, sentence, first, prep: doc.tokens[first - 1]!, word: doc.tokens[first - 2]! };
}

/** How many words of the known thing's phrase may come before the word the finder kept. */
const OBJECT_WORDS = 6;
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** A word inside the phrase of what a source knows ("the Vietnamese buyers' pricing"). */
const inObjectPhrase = (t: Token) => OBJECT_POS.has(t.pos) || t.text === "'" || t.text === '’' || t.possessive;

/**
 * "a diplomat involved in the talks told": the speaker finder reads back from the cue to
 * "the talks" and stops at the participle. When the phrase it found sits after an access
 * word and a preposition, the speaker is the noun phrase before the access word; the
 * postmodifier says how they know, not who they are. Returns the re-read speaker, or
 * undefined when the found one stands.
 */
export function speakerBeforeAccess(doc: Document, a: Attribution, accessWords: ReadonlySet<string>): Mention | undefined {
  const at = beforeSpeaker(doc, a);
  if (!at) return undefined;
  const { tokens } = doc;
  // "two traders familiar with the Vietnamese buyers' pricing told": the finder may keep
  // only the last noun of what they know ("pricing"); walk back over the rest of that
  // noun phrase (a possessive, adjectives, a determiner) to the preposition.
  let p = at.first - 1;
  for (let n = 0; n < OBJECT_WORDS && p - 1 > at.sentence.tokenStart && !ACCESS_PREPOSITIONS.has(tokens[p]!.normal) && inObjectPhrase(tokens[p]!); n++) p--;
  const prep = tokens[p]!;
  const word = tokens[p - 1]!;
  if (p - 1 <= at.sentence.tokenStart || !ACCESS_PREPOSITIONS.has(prep.normal) || !accessWords.has(word.normal)) return undefined;
  const np = phraseBefore(tokens, p - 1, at.sentence.tokenStart);
  if (!np) return undefined;
  return makeMention(tokens, np[0], np[1]);
}

/** Words that may sit between an opener and the noun ("one shaken crew member"). */
const isPremodifier = (t: Token) => t.pos === 'ADJ' || (t.pos === 'VERB' && /(ed|en)$/.test(t.normal));

/**
 * The token that opens the speaker's phrase: its first token, or a determiner or number
 * just before it that the phrase finder left out because a participle came between
 * ("One shaken crew member" is found as "crew member").
 */
export function openerOf(doc: Document, sp: Mention): Token {
  const { tokens } = doc;
  const f = firstTokenFrom(doc, sp.start);
  const first = tokens[f]!;
  for (let k = f - 1; k >= Math.max(0, f - 3); k--) {
    const t = tokens[k]!;
    if (t.sentence !== first.sentence) break;
    if (t.pos === 'DET' || t.pos === 'NUM') return t;
    if (!isPremodifier(t)) break;
  }
  return first;
}

/**
 * The speaker's head noun. The mention's head is the last word before its first
 * preposition, which in "A Department of Education official" is the body ("Department");
 * a lower-case noun that closes the phrase after a capitalised head is the person.
 */
export function headToken(doc: Document, sp: Mention): Token {
  const { tokens } = doc;
  const h = tokens[firstTokenFrom(doc, sp.head.start)]!;
  let last = firstTokenFrom(doc, sp.end) - 1;
  while (last > 0 && tokens[last]!.end > sp.end) last--;
  const end = tokens[last];
  // Only after a capitalised run ("... of Education official"), not a sentence's opening
  // capital ("Sources within the interior ministry").
  const prev = tokens[last - 1];
  if (end && end !== h && h.capitalised && !end.capitalised && end.pos === 'NOUN' && prev?.capitalised && tokens[firstTokenFrom(doc, sp.start)] !== h) return end;
  return h;
}

/**
 * "Helena Moura, a fisheries scientist at IPMA, the Portuguese institute, said": the
 * phrase found is an appositive to the name before it. A name after a preposition is
 * not a speaker ("It was agreed in Madrid, a diplomat said").
 */
export function appositiveToName(doc: Document, sp: Mention): boolean {
  const { tokens } = doc;
  const f = firstTokenFrom(doc, sp.start);
  const comma = tokens[f - 1];
  if (!comma || comma.text !== ',') return false;
  let k = f - 2;
  while (k >= 0 && tokens[k]!.sentence === tokens[f]!.sentence && tokens[k]!.capitalised && tokens[k]!.pos === 'PROPN') k--;
  if (k === f - 2) return false;
  const run = tokens.slice(k + 1, f - 1);
  const prev = tokens[k];
  if (prev && prev.sentence === tokens[f]!.sentence && prev.pos === 'ADP') return false;
  return isProperName(run);
}

/**
 * "a scientist on the monitoring team said", "an engineer aboard the tanker told": the
 * speaker finder reads back from the cue to "the monitoring team" and stops at a
 * preposition its noun phrases do not cross. When that preposition (one of `places`)
 * follows a common noun whose phrase opens with one of `openers` ("a", "one", "two"),
 * the speaker is that noun with the place after it. Returns the re-read speaker, or
 * undefined when the found one stands.
 */
export function speakerBeforePlace(doc: Document, a: Attribution, places: ReadonlySet<string>, openers: ReadonlySet<string>): Mention | undefined {
  const at = beforeSpeaker(doc, a);
  if (!at || at.prep.pos !== 'ADP' || !places.has(at.prep.normal) || at.word.pos !== 'NOUN' || at.word.capitalised) return undefined;
  const { tokens } = doc;
  const s = at.sentence;
  const np = phraseBefore(tokens, at.first - 1, s.tokenStart);
  if (!np || !openers.has(tokens[np[0]]!.normal)) return undefined;
  return makeMention(tokens, np[0], firstTokenFrom(doc, at.speaker.end));
}

/** Prepositions that place a source inside a body or a room ("sources inside the ministry"). */
const INSIDE_PLACES = new Set(['inside', 'within', 'in', 'at', 'from']);
/** Words of the place's phrase the speaker finder may stop at ("the depot's dispatch desk"). */
const inPlacePhrase = (t: Token) => inObjectPhrase(t) || /^['’]s$/.test(t.text) || (t.pos === 'VERB' && !t.capitalised && /ing$/.test(t.normal));

/**
 * "Sources inside the depot's dispatch desk say": the speaker finder reads back from
 * the cue to "office" and stops at the gerund or the possessive. When the phrase found
 * sits, within a few words, after "inside"/"within"/"at" and one of `heads` ("sources",
 * "insiders") right before that, the speaker is the head with its place. Returns the
 * re-read speaker, or undefined.
 */
export function sourceBeforePlace(doc: Document, a: Attribution, heads: ReadonlySet<string>): Mention | undefined {
  const speaker = a.speaker;
  if (!speaker || speaker.end > a.cue.start) return undefined;
  const { tokens } = doc;
  const s = doc.sentences[a.sentence]!;
  let p = firstTokenFrom(doc, speaker.start) - 1;
  for (let n = 0; n < OBJECT_WORDS && p > s.tokenStart && !INSIDE_PLACES.has(tokens[p]!.normal) && inPlacePhrase(tokens[p]!); n++) p--;
  if (p <= s.tokenStart || !INSIDE_PLACES.has(tokens[p]!.normal) || !heads.has(tokens[p - 1]!.normal)) return undefined;
  // The head opens its phrase: the sentence's start, or a number or determiner before it.
  let h = p - 1;
  if (h > s.tokenStart && (tokens[h - 1]!.pos === 'NUM' || tokens[h - 1]!.pos === 'DET' || tokens[h - 1]!.pos === 'ADJ')) h--;
  return makeMention(tokens, h, firstTokenFrom(doc, speaker.end));
}

/**
 * "Surveyors who have studied the drawings", "A woman who sorted ballots at the
 * count": the speaker's "who" appositive opens (past "have"/"had" and adverbs) with
 * a deed of inside access, one of `deeds` (PhraseIndex patterns over the words after
 * "who"). The clause says how they know, not who they are. Returns the deed's span, or
 * undefined.
 */
export function accessDeed(doc: Document, sp: Mention, deeds: PhraseIndex<string>): Span | undefined {
  const app = sp.appositive;
  if (!app) return undefined;
  const { tokens } = doc;
  const k0 = firstTokenFrom(doc, app.start);
  if (tokens[k0]?.normal !== 'who') return undefined;
  const end = firstTokenFrom(doc, app.end);
  let k = k0 + 1;
  while (k < end && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  // "who was not allowed to", "who could see": a state or a guess, not a deed.
  if (tokens.slice(k0 + 1, k).some((t) => t.normal === 'not' || t.normal === 'never' || t.lemma.toLowerCase() === 'be')) return undefined;
  const m = deeds.match(tokens, k, end).find((x) => x.first === k);
  return m?.span;
}

/** How far back from the phrase found a "who" may open the clause that holds it. */
const DEED_REACH = 10;

/**
 * "A clerk who processed the claims said": the speaker finder reads back from the cue to
 * "the claims", the object of the clause. When a "who" a few words before the phrase
 * found opens a deed of access (`deeds`, read by `accessDeed`), the speaker is the noun
 * phrase before "who", with the clause as its appositive. Returns it, or undefined.
 */
export function speakerBeforeDeed(doc: Document, a: Attribution, deeds: PhraseIndex<string>): Mention | undefined {
  const speaker = a.speaker;
  if (!speaker || speaker.end > a.cue.start) return undefined;
  const { tokens } = doc;
  const s = doc.sentences[a.sentence]!;
  const first = firstTokenFrom(doc, speaker.start);
  let w = first - 1;
  while (w > s.tokenStart && first - w <= DEED_REACH && tokens[w]!.normal !== 'who' && !/^[,;:—–()"“”]$/.test(tokens[w]!.text)) w--;
  if (w <= s.tokenStart || tokens[w]!.normal !== 'who') return undefined;
  const np = phraseBefore(tokens as Token[], w, s.tokenStart);
  if (!np || np[1] !== w) return undefined;
  const m = makeMention(tokens as Token[], np[0], np[1], [w, firstTokenFrom(doc, speaker.end)]);
  return accessDeed(doc, m, deeds) ? m : undefined;
}
