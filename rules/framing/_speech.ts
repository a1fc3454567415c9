/**
 * The speech an article reports, as the silence rule reads it: who spoke (with the body a
 * short name or a spokesperson stands for), where, and whether it denies. Shared by the
 * silence rule and its follow-up reading (./_follow-up.ts). Private helper: not a rule.
 */
import { daysBetween } from '../../src/document/dates.js';
import type { Attribution, Document, Mention, Span } from '../../src/document/types.js';
import { lowerBound } from '../../src/document/search.js';
import { attributionsIn, datesWithin, firstTokenFrom, tokenStartingAt } from '../../src/engine/doc-cache.js';
import { type Actor, actorOf, anyIn, cover, lookAhead, lookBack, mentionAt, previousWord, subjectsBefore, inQuote } from './_clause.js';
import { lex } from './_lexicon.js';
import { shortNameFor } from './_topic.js';
import { inRelativeClause, openingName } from './_evasion.js';

const BE = /^(is|are|was|were|be|been|being|get|got|gets)$/;

export interface Speech {
  speaker: Mention;
  /** Who spoke; worked out on first use (most speech is never compared with a silence). */
  actor: () => Actor;
  span: Span;
  sentence: number;
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
}

/**
 * A date or year in the sentence that lies weeks before the article: the speech is background.
 * A date inside the content of a denial or statement ("denied paying less than the rate
 * agreed in 2023", "said that the 2019 tender ...") dates what was denied, not the denial:
 * past a clause opened right after the cue, it does not count.
 */
function isBackgroundDate(doc: Document, sentence: number, cue: number): boolean {
  if (!doc.date) return false;
  const s = doc.sentences[sentence]!;
  const year = Number(doc.date.slice(0, 4));
  const next = doc.tokens[cue + 1];
  const opens = !!next && next.sentence === sentence && (CLAUSE_OPENER.test(next.normal) || (next.pos === 'VERB' && /ing$/.test(next.normal)));
  const content = opens ? next.end : Infinity;
  // "Ana Kos, who has led the union since 2014, denied": a relative clause between commas
  // before the cue dates the speaker, not the speech.
  const aside = relativeAside(doc, s.tokenStart, cue);
  // "In 2019, the federation said": a bare year the date finder may leave alone.
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.start >= content) break;
    if (aside && t.start >= aside.start && t.end <= aside.end) continue;
    if (t.text.length === 4 && /^(1[89]|20)\d\d$/.test(t.text) && Number(t.text) < year) return true;
  }
  return datesWithin(doc, s).some((d) => {
    if (d.start >= content) return false;
    if (aside && d.start >= aside.start && d.end <= aside.end) return false;
    if (d.date) return daysBetween(d.date, doc.date!) > 14;
    return d.year !== undefined && d.year < year;
  });
}

/**
 * ", who has led the union since 2014," before the cue at token `cue`: the span of a
 * relative clause about the speaker, opened by a comma and "who"/"which" and closed by the
 * comma right before the cue (or before its auxiliaries).
 */
function relativeAside(doc: Document, from: number, cue: number): Span | undefined {
  let end = cue - 1;
  while (end > from && /^(AUX|ADV)$/.test(doc.tokens[end]!.pos)) end--;
  if (doc.tokens[end]?.text !== ',') return undefined;
  for (let k = end - 1; k > from && end - k <= ASIDE_REACH; k--) {
    const t = doc.tokens[k]!;
    if (t.text === ',') return /^(who|which)$/.test(doc.tokens[k + 1]!.normal) ? { start: doc.tokens[k + 1]!.start, end: doc.tokens[end - 1]!.end } : undefined;
  }
  return undefined;
}

/** How many tokens a relative clause about the speaker may run. */
const ASIDE_REACH = 16;

/** Words that open the content clause right after a cue: "denied that", "said whether". */
const CLAUSE_OPENER = /^(that|whether|if)$/;

/**
 * An actor with the organisation a short name stands for ("the region" -> Region
 * Stockholm), also when a spokesperson speaks for it ("a spokesperson for the region").
 */
export function withShortName(doc: Document, mention: Mention, actor: Actor): Actor {
  if (actor.names.length) return withNameOrders(actor);
  const name = shortNameFor(doc, mention);
  if (name) return { ...actor, names: [name], vague: false };
  const body = spokenFor(doc, mention);
  if (!body) return actor;
  const named = shortNameFor(doc, body);
  // Unnamed, "the region" still matches "the region" by its head word.
  return named ? { ...actor, names: [named], vague: false } : { ...actor, heads: [...actor.heads, ...actorOf(doc, body).heads] };
}

/**
 * "the Ministry of Health" and "the Health Ministry" are one body: a name "<head> of <X>"
 * whose head is a kind of government body also reads "<X> <head>". One direction is enough
 * (both sides of a comparison get it); the other ("ministry of ...") would let a bare
 * "ministry" match every ministry by its first word.
 */
function withNameOrders(actor: Actor): Actor {
  const govt = lex.typeNouns.government;
  const extra: string[][] = [];
  for (const n of actor.names) {
    if (n.length >= 3 && n[1] === 'of' && govt.has(n[0]!)) extra.push([...n.slice(2).filter((w) => w !== 'the'), n[0]!]);
  }
  return extra.length ? { ...actor, names: [...actor.names, ...extra] } : actor;
}

/** "a spokesperson for the region": the body after a speaking role and "for"/"of"/"at". */
function spokenFor(doc: Document, mention: Mention): Mention | undefined {
  if (mention.name) return undefined;
  const a = tokenStartingAt(doc, mention.start);
  const b = firstTokenFrom(doc, mention.end);
  if (a < 0) return undefined;
  for (let k = a; k + 2 < b; k++) {
    if (lex.proxyRoles.has(doc.tokens[k]!.normal) && /^(for|of|at)$/.test(doc.tokens[k + 1]!.normal)) return mentionAt(doc, k + 2, b);
  }
  return undefined;
}

/**
 * "a spokesperson for the region said it would not go into details": the silent "it" is
 * the speaker of the cue just before it. Returns the speaker and its first token.
 */
export function speakerBefore(doc: Document, k: number): { mention: Mention; first: number } | undefined {
  const cueAt = doc.tokens[k - 1]?.normal === 'that' ? k - 2 : k - 1;
  const a = attributionsIn(doc, doc.tokens[cueAt]?.sentence ?? -1).find((x) => x.cueToken === cueAt);
  if (!a?.speaker || a.speaker.kind === 'pronoun') return undefined;
  const first = tokenStartingAt(doc, a.speaker.start);
  return first >= 0 ? { mention: a.speaker, first } : undefined;
}

/**
 * Speech the article reports as happening: not negated ("did not say"), not hypothetical
 * ("would respond"), not passive ("was accused"), not background ("had said", "said last year").
 * Besides the speech cues, denials the cue finder may not read ("disputed that",
 * "rejected claims that") with the subject before them.
 */
export function speechEvents(doc: Document, silences: Span[]): Speech[] {
  const out: Speech[] = [];
  const seen = new Set<number>();
  const consider = (x: Pick<Attribution, 'cue' | 'cueToken' | 'speaker' | 'sentence'>) => {
    // "X, <appositive>, has denied that": a denial whose speaker the cue finder left out.
    const denial = lex.denialCues.has(doc.tokens[x.cueToken]!.lemma.toLowerCase());
    // "Metrovia, which had earlier denied that": the document gives the antecedent as the
    // speaker; here "had" is not background.
    const relative = denial && inRelativeClause(doc, x.cueToken);
    const speaker = x.speaker ?? (denial ? openingName(doc, x.cueToken) : undefined);
    const a = { ...x, speaker };
    if (!a.speaker || seen.has(a.cue.start)) return;
    seen.add(a.cue.start);
    if (silences.some((s) => a.cue.start < s.end && s.start < a.cue.end)) return;
    const k = a.cueToken;
    const cue = doc.tokens[k]!;
    const back = lookBack(doc, k, 4);
    if (anyIn(back, lex.negators) || anyIn(back, lex.conditionals)) return;
    const prev = previousWord(doc, k);
    if (prev && (lex.modals.has(prev.normal) || (prev.normal === 'had' && !relative) || prev.normal === 'to')) return;
    if (prev && BE.test(prev.normal) && /ed$/.test(cue.normal)) return;
    // A relative clause's denial ("which had earlier denied") is set before its main clause, not stale.
    if ((!relative && anyIn([...back, ...lookAhead(doc, k + 1, 4)], lex.background)) || isBackgroundDate(doc, a.sentence, k)) return;
    // The speaker with the cue when they stand together ("Alibaba has rejected"), else the cue alone.
    const near = Math.max(a.cue.start - a.speaker.end, a.speaker.start - a.cue.end) <= 24;
    const who = a.speaker!;
    out.push({ speaker: who, actor: once(() => withShortName(doc, who, actorOf(doc, who))), span: near ? cover(a.speaker, a.cue) : a.cue, sentence: a.sentence });
  };
  for (const a of doc.attributions) consider(a);
  for (const f of lex.denials.matchDocument(doc)) {
    const cueToken = f.first;
    const subject = subjectsBefore(doc, cueToken)[0];
    if (inQuote(doc, f.span)) continue;
    // "Ana Voss, the firm's sales manager, disputed the results": no phrase right before the
    // cue (a comma closes the appositive); the name that opens the sentence speaks (`consider`).
    const speaker = subject ? mentionAt(doc, subject[0], subject[1]) : undefined;
    if (!speaker && doc.tokens[cueToken - 1]?.text !== ',') continue;
    if (speaker?.kind === 'pronoun' && !speaker.refersTo) continue;
    consider({ cue: { start: tokensStart(doc, cueToken), end: doc.tokens[cueToken]!.end }, cueToken, speaker, sentence: doc.tokens[cueToken]!.sentence });
  }
  return out;
}

const tokensStart = (doc: Document, k: number) => doc.tokens[k]!.start;

/** How many of `ordered` (sorted by start) start before `offset`. */
export const countBefore = (ordered: readonly Speech[], offset: number) => lowerBound(ordered, offset, (s) => s.span.start);

/** Negations that make a statement a flat denial ("We have never bought ...", "will not pay"). */
export const FLAT_NEGATION = /^(not|never|no|n't|nothing|none)$/;

/** Whether a speech denies: a denial cue ("denied that", "rejected") or a negation in its sentence. */
/** A denial in words: the statement's cue is a denial verb ("denied that", "rejected"), not a negation somewhere in it. */
export function deniedInWords(doc: Document, s: Speech): boolean {
  const cue = doc.tokens[firstTokenFrom(doc, s.span.end) - 1];
  return !!cue && lex.denialCues.has(cue.lemma.toLowerCase());
}

export function isDenial(doc: Document, s: Speech): boolean {
  if (deniedInWords(doc, s)) return true;
  const sent = doc.sentences[s.sentence]!;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (FLAT_NEGATION.test(t.normal) || lex.denialCues.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}
