import { z } from 'zod';
import anonJson from '../data/anonymous-sources.json';
import { loadData } from '../../src/data/load.js';
import { vagueData } from './_vague-data.js';
import { isExpertTitle } from './_expert-data.js';
import { isProperName, makeMention, partitiveAt, phraseAfter, phraseBefore } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import { accessDeed, appositiveToName, headToken, inSummary, openerOf, sourceBeforePlace, speakerBeforeAccess, speakerBeforeDeed, speakerBeforePlace } from './_speaker.js';
import type { Attribution, Document, Mention, Span, Token } from '../../src/document/types.js';
import { tokensIn } from '../../src/document/index.js';
import { attributionsIn, firstTokenFrom, hasAttribution, inQuoteContent, isQuoteCue, perDocument, SpanSet } from '../../src/engine/doc-cache.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule, type Report } from '../../src/engine/rule.js';

const words = z.array(z.string().min(1));
const AnonData = z.object({
  about: z.string(),
  source: z.string(),
  sourceHeads: words,
  personHeads: words,
  spokesHeads: words,
  otherHeads: words,
  bystanderHeads: words,
  accessWords: words,
  placePrepositions: words,
  secrecyWords: words,
  admissionCues: words,
  phrases: words,
  reasons: words,
  markers: words,
  indefinitePersons: words,
  describers: words,
  firstNameOnly: words,
  selfDescribed: words,
  anonymousDocuments: words,
  selfStyled: words,
  publicAudiences: words,
  /** Cue words before a public audience ("told", "testified"), each with the words one of which must follow it ("testified before|to"); none: the audience follows directly. */
  audienceCues: z.record(z.string().min(1), words),
  /** Words that open an embedded question ("asked whether a worker had told"): a speech cue inside one is the matter asked about, not a source. */
  questionOpeners: words,
  /** Cue verbs of a request ("asked for dosing to be paused"): outside a quotation, an act reported, not a source. */
  requestCues: words,
  /** Wordings that bring in the source of a quotation given before ("The words are those of", "That account came from"). */
  laterSources: words,
  /** Deeds of inside access that open a speaker's "who" clause ("who sorted ballots at the count"). */
  accessDeeds: words,
});
const data = loadData('anonymous-sources.json', AnonData, anonJson);
const sourceHeads = new Set(data.sourceHeads);
const personHeads = new Set(data.personHeads);
const spokesHeads = new Set(data.spokesHeads);
const otherHeads = new Set(data.otherHeads);
const bystanderHeads = new Set(data.bystanderHeads);
const accessWords = new Set(data.accessWords);
const placePrepositions = new Set(data.placePrepositions);
const secrecyWords = new Set(data.secrecyWords);
const admissionCues = new Set(data.admissionCues);
const indefinitePersons = new Set(data.indefinitePersons);
const describers = new Set(data.describers);
const questionOpeners = new Set(data.questionOpeners);
const requestCues = new Set(data.requestCues);
const laterSources = new PhraseIndex(data.laterSources.map((p) => [p, p] as [string, string]));
const accessDeeds = new PhraseIndex(data.accessDeeds.map((p) => [p, p] as [string, string]));

/** Whether the speaker starting at `start` is the subject of an embedded question ("on whether a technician had told"). */
function embeddedQuestion(doc: Document, start: number, sentence: number): boolean {
  const k = firstTokenFrom(doc, start);
  const before = doc.tokens[k - 1];
  return !!before && before.sentence === sentence && questionOpeners.has(before.normal);
}
const phrases = new PhraseIndex(data.phrases.map((p) => [p, p] as [string, string]));
const reasons = new PhraseIndex(data.reasons.map((p) => [p, p] as [string, string]));
const markers = new PhraseIndex(data.markers.map((p) => [p, p] as [string, string]));
const firstNameOnly = new PhraseIndex(data.firstNameOnly.map((p) => [p, p] as [string, string]));
const selfDescribed = new PhraseIndex(data.selfDescribed.map((p) => [p, p] as [string, string]));
const publicAudiences = new Set(data.publicAudiences);
/** "told the court", "testified before the committee": the cue's normal form to the words one of which must come right after it (empty: the audience follows directly). */
const audienceCues = new Map(Object.entries(data.audienceCues).map(([cue, between]) => [cue, new Set(between)]));

/**
 * "prosecutors told the regional court", "officials told a parliamentary committee": the cue is
 * "told" and its object a body that hears people on the record (the head noun of the
 * phrase after the cue: past a determiner, modifiers and a name).
 */
function toldOnRecord(doc: Document, a: Attribution): boolean {
  const { tokens } = doc;
  const cue = tokens[a.cueToken]!;
  // The cue verbs and their prepositions are data (audienceCues): "told", "testified before|to".
  const between = audienceCues.get(cue.normal);
  if (!between) return false;
  let k = a.cueToken + 1;
  if (between.size) {
    if (!between.has(tokens[k]?.normal ?? '')) return false;
    k++;
  }
  for (let n = 0; n < 6 && tokens[k] && tokens[k]!.sentence === cue.sentence; n++, k++) {
    const t = tokens[k]!;
    if (publicAudiences.has(t.normal)) {
      // The head: the last of a run of nouns ("the court's registrar" is a person).
      const next = tokens[k + 1];
      return !(next && next.sentence === cue.sentence && (next.pos === 'NOUN' || /^['’]s$/.test(next.text) || t.possessive));
    }
    if (!/^(DET|ADJ|PROPN|NOUN|NUM)$/.test(t.pos)) return false;
  }
  return false;
}
const anonymousDocuments = new PhraseIndex(data.anonymousDocuments.map((p) => [p, p] as [string, string]));
const selfStyled = new PhraseIndex(data.selfStyled.map((p) => [p, p] as [string, string]));
// Crowds ("insiders", "critics", "a growing chorus of ...") are attribution/vague-source's; one flag per problem.
const vagueGroups = new Set(vagueData.groups);
const collectives = new Set(vagueData.collectives);
// An unnamed expert with no employer is attribution/unaffiliated-expert's.

const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'several', 'some', 'another', 'other', 'many', 'senior', 'multiple']);
/**
 * Openers that introduce one or a few people of a kind ("a senior surgeon", "one principal",
 * "several contractors"). "some" and "many" make a crowd (vague-source's).
 */
const ONE_OF_A_KIND = new Set(['a', 'an', 'one', 'another', 'two', 'three', 'four', 'five', 'several', 'multiple']);

/** "that person", "these officials": someone introduced before, however the tagger reads the word. */
const DEMONSTRATIVES = new Set(['this', 'that', 'these', 'those']);

/** "its spokesman", "their lawyer": someone of a body or person named before. */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her']);

type Verdict = { severity: 'warning' | 'info'; why: string } | undefined;

const lower = (doc: Document, s: Span) => doc.text.slice(s.start, s.end).toLowerCase().replace(/['’]s$/, '');
const isQuoted = (doc: Document, a: Attribution) => isQuoteCue(doc, a.cue.start);

/** The sentence grants or explains anonymity ("who would not be named", "speaking on condition of anonymity"). */
function marksAnonymity(doc: Document, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return !!s && (markers.match(doc.tokens, s.tokenStart, s.tokenEnd).length > 0 || reasons.match(doc.tokens, s.tokenStart, s.tokenEnd).length > 0);
}

/**
 * "Officials privately acknowledge ...": a bare plural (no word before the head that
 * places them, nothing after it) reporting an admission or speaking off the record.
 * "Officials said on Monday that 21 people had died" stays a harmless summary.
 */
function bareDamagingPlural(doc: Document, a: Attribution, sp: Mention): boolean {
  const toks = tokensIn(doc.tokens, sp);
  if (toks.length !== 1) return false;
  const cue = doc.tokens[a.cueToken]!;
  if (admissionCues.has(cue.lemma.toLowerCase())) return true;
  const near = [doc.tokens[a.cueToken - 1], doc.tokens[a.cueToken + 1]];
  return near.some((t) => !!t && t.sentence === cue.sentence && secrecyWords.has(t.normal));
}

/**
 * Is this speaker an unnamed person the reader is asked to trust? `placed`: the speaker
 * was re-read with a place after the noun ("a scientist on the monitoring team"), which
 * unaffiliated-expert does not see, so an expert word there is this rule's.
 */
function judge(doc: Document, a: Attribution, sp: Mention, placed = false, access = false): Verdict {
  const v = judgeSpeaker(doc, a, sp, placed, access);
  const part = v && partitive(doc, sp);
  // "one of the bank's board members": one person, unnamed, of a body.
  return v && part ? { ...v, why: `${part.normal} of the ${lower(doc, headToken(doc, sp))}, unnamed` } : v;
}

function judgeSpeaker(doc: Document, a: Attribution, sp: Mention, placed: boolean, access: boolean): Verdict {
  if (sp.refersTo || sp.kind === 'pronoun') return undefined;
  // A name that is the head names the speaker; one in a modifier or a tail does not
  // ("Pentagon officials", "sources within the Department of Commerce").
  if (sp.name && sp.name.start <= sp.head.start && sp.head.end <= sp.name.end) return undefined;
  // "its chief executive, Rachel Power, said": named in the appositive.
  if (sp.appositive && isProperName(tokensIn(doc.tokens, sp.appositive))) return undefined;
  // "Helena Moura, a scientist at IPMA, the national institute, said": the phrase found is
  // the second appositive of a named speaker.
  if (appositiveToName(doc, sp)) return undefined;
  const headTok = headToken(doc, sp);
  const head = lower(doc, headTok);
  if (spokesHeads.has(head) || vagueGroups.has(head) || collectives.has(head)) return undefined;
  // "one of the club's former directors", "two of its engineers": a few unnamed people of
  // a body, however the body is placed.
  const part = partitive(doc, sp);
  // "one of the few countries that maintain": a partitive of things is no source.
  if (part && !isPersonNoun(head)) return undefined;
  const first = part ?? openerOf(doc, sp);
  if (!part) {
    // "the source", "these officials", "the company's executives": someone introduced or
    // placed before; the first mention carries the flag.
    // ("That person said": the tagger may read a demonstrative as a pronoun.)
    if ((first.pos === 'DET' && !INDEFINITE.has(first.normal)) || POSSESSIVE_DETERMINERS.has(first.normal) || DEMONSTRATIVES.has(first.normal)) return undefined;
    // Only a possessive before the head places them: "A member of the council's planning
    // committee" is still an unnamed member.
    if (tokensIn(doc.tokens, sp).some((t) => /['’]s$/.test(t.text) && t.end <= headTok.start)) return undefined;
  }
  const plural = /s$/.test(head) && !(part && part.normal === 'one');
  // "Surveyors who have studied the drawings say": described only by their access.
  const deed = !!accessDeed(doc, sp, accessDeeds);
  if (deed) access = true;
  if (sourceHeads.has(head) || personHeads.has(head)) {
    if (sourceHeads.has(head) || !plural) return { severity: 'warning', why: plural ? `unnamed ${head}` : `an unnamed ${head}` };
    // "U.S. officials warn": a common, usually harmless summary unless they are quoted,
    // speak off the record or admit something.
    if (isQuoted(doc, a)) return { severity: 'warning', why: `unnamed ${head}, quoted directly` };
    // "Two traders familiar with the buyers' pricing told": described only by what they
    // know, the classic anonymous source ("people familiar with the matter").
    if (access) return { severity: 'warning', why: `unnamed ${head}, described only by their access` };
    if (bareDamagingPlural(doc, a, sp)) return { severity: 'warning', why: `unnamed ${head}` };
    return { severity: 'info', why: `unnamed ${head}` };
  }
  // "according to someone who was on the bridge": one unnamed person, described only by
  // where they were or what they know. A bare "someone shouted" is no source.
  if (indefinitePersons.has(head)) {
    const after = doc.tokens[firstTokenFrom(doc, headTok.start) + 1];
    return after && after.sentence === headTok.sentence && describers.has(after.normal) ? { severity: 'warning', why: `"${head} ${after.normal} ..."` } : undefined;
  }
  // Any other person: a common noun that is not a thing, a body or a crowd.
  // (A sentence's first word is capitalised anyway: "Inspectors who examined the buses ...".)
  const opensSentence = firstTokenFrom(doc, headTok.start) === doc.sentences[a.sentence]?.tokenStart;
  const asName = deed && opensSentence && isPersonNoun(head);
  if ((headTok.pos !== 'NOUN' || headTok.capitalised) && !asName) return undefined;
  if (otherHeads.has(head) || people.orgWords.has(head)) return undefined;
  const marked = marksAnonymity(doc, a.sentence);
  // "a resident said": a vox pop, unless the article marks the speaker as anonymous.
  if (bystanderHeads.has(head) && !marked && !deed) return undefined;
  // "One principal in the city, who would not be named, said": a marker makes any noun
  // an anonymous source; otherwise a person introduced as one of a kind.
  if (!marked && !deed && !ONE_OF_A_KIND.has(first.normal)) return undefined;
  // "an epidemiologist told reporters": an expert with no employer is unaffiliated-expert's.
  if (isExpertTitle(head) && !sp.affiliation && !marked && !placed) return undefined;
  const kind = compoundBefore(doc, headTok) + head;
  const how = deed ? ', described only by what they did' : '';
  return { severity: 'warning', why: plural ? `unnamed ${kind}${how}` : `an unnamed ${kind}${how}` };
}

/**
 * The number that opens a partitive speaker ("one of the bank's board members", "two of
 * its engineers"): the document's phrase runs from it, with the people after "of" as its
 * head. Undefined when the speaker is no partitive.
 */
function partitive(doc: Document, sp: Mention): Token | undefined {
  const f = firstTokenFrom(doc, sp.start);
  return partitiveAt(doc.tokens, f) ? doc.tokens[f] : undefined;
}

/** A noun for people: a listed person head or role, or an agent ending ("treasurers", "violinists"), not a thing the data lists. */
function isPersonNoun(word: string): boolean {
  const one = word.replace(/(?<=[^s])s$/, '');
  if (otherHeads.has(word) || otherHeads.has(one) || people.orgWords.has(one)) return false;
  return sourceHeads.has(word) || personHeads.has(word) || people.roles.has(one) || people.personSuffixes.some((x) => one.endsWith(x));
}

/** "crew" in "crew member": a noun that makes the head a kind of person. */
function compoundBefore(doc: Document, headTok: Token): string {
  const k = firstTokenFrom(doc, headTok.start) - 1;
  const t = doc.tokens[k];
  return t && t.sentence === headTok.sentence && t.pos === 'NOUN' && !t.capitalised ? `${t.normal} ` : '';
}

/** How many paragraphs after the source's own a reason for the anonymity may come (and, in one-paragraph copy, how many sentences). */
const REASON_PARAGRAPHS = 2;
const REASON_SENTENCES = 12;

/**
 * The source's sentence and the next one give a reason for the anonymity, or only grant
 * it. A reason may also come a little later, where the source is taken up again ("The
 * witness, identified in court only as ... under a protection order, told ..."): the
 * rest of the paragraph and the next two are read for one.
 */
function anonymityNote(doc: Document, sentence: number): 'reason' | 'marker' | undefined {
  // What each sentence gives (a reason, a grant of anonymity), read only for the sentences
  // an unnamed source needs and kept for the next source in the same article.
  const notes = perDocument(doc, 'attribution/anonymous-source/notes', () => new Map<number, number>());
  const REASON = 1;
  const MARKER = 2;
  const noteOf = (si: number): number => {
    let n = notes.get(si);
    if (n === undefined) {
      const s = doc.sentences[si];
      n = !s ? 0 : (reasons.match(doc.tokens, s.tokenStart, s.tokenEnd).length ? REASON : 0) | (markers.match(doc.tokens, s.tokenStart, s.tokenEnd).length ? MARKER : 0);
      notes.set(si, n);
    }
    return n;
  };
  // "Officials privately acknowledge ... / A Sedapal engineer, who asked not to be named
  // because ..., said": a later sentence that brings in a source of its own gives that
  // source's reason, not this one's.
  const later = (si: number): number => (introducesSource(doc, si) ? 0 : noteOf(si));
  if (noteOf(sentence) & REASON || later(sentence + 1) & REASON) return 'reason';
  const marker = !!(noteOf(sentence) & MARKER || later(sentence + 1) & MARKER);
  const p = doc.sentences[sentence]?.paragraph;
  const last = p === undefined ? undefined : doc.paragraphs[Math.min(doc.paragraphs.length - 1, p + REASON_PARAGRAPHS)];
  if (last) {
    const end = Math.min(last.sentenceEnd, sentence + 2 + REASON_SENTENCES);
    for (let si = sentence + 2; si < end; si++) if (later(si) & REASON) return 'reason';
  }
  return marker ? 'marker' : undefined;
}

/** Sentence `si` introduces a new source of its own ("A Sedapal engineer ... said", "another official told"). */
function introducesSource(doc: Document, si: number): boolean {
  // Worked out once per article: a scan of every cue per question is quadratic on a long text.
  const sentences = perDocument(doc, 'attribution/anonymous-source/new-sources', () => {
    const set = new Set<number>();
    for (const a of doc.attributions) {
      const sp = a.speaker;
      if (sp && !sp.refersTo && sp.kind !== 'pronoun' && ONE_OF_A_KIND.has(openerOf(doc, sp).normal)) set.add(a.sentence);
    }
    return set;
  });
  return sentences.has(si);
}

/** Conjunctions that, after a comma, join a second clause with its own subject. */
const CLAUSE_JOINS = new Set(['and', 'but']);
const PLACE_ADVERBS = new Set(['there', 'here']);

/**
 * Quotes with no speaker led in by a colon ("One trader put it bluntly: "...""): the
 * clause before the colon opens with a noun phrase and its verb; that phrase is the
 * speaker and the clause up to the colon the cue.
 */
function colonSpeakers(doc: Document): { a: Attribution; sp: Mention }[] {
  const { tokens } = doc;
  const out: { a: Attribution; sp: Mention }[] = [];
  for (const q of doc.quotes) {
    if (q.speaker) continue;
    const k = firstTokenFrom(doc, q.start);
    const colon = tokens[k - 1];
    if (!colon || colon.text !== ':' || inQuoteContent(doc, colon)) continue;
    const s = doc.sentences[colon.sentence]!;
    // The clause: from the sentence's start, or from a second clause joined before the colon
    // ("The rafts are serviced in the harbour, and one fitter there put it bluntly:").
    let start = s.tokenStart;
    for (let j = k - 2; j > s.tokenStart; j--) {
      const t = tokens[j]!;
      if (t.text === ';' || (CLAUSE_JOINS.has(t.normal) && tokens[j - 1]!.text === ',')) {
        start = j + 1;
        break;
      }
    }
    const np = phraseAfter(tokens, start, k - 1);
    if (!np) continue;
    // "one fitter there, speaking as he worked, put it bluntly:": a participial aside between
    // the phrase and its verb.
    let v = np[1];
    // ("one fitter there,": a place adverb after the phrase.)
    if (PLACE_ADVERBS.has(tokens[v]?.normal ?? '')) v++;
    if (tokens[v]?.text === ',' && tokens[v + 1]?.pos === 'VERB' && /ing$/.test(tokens[v + 1]!.normal)) {
      const close = asideClose(tokens, v + 2, k - 1);
      if (close < 0) continue;
      v = close + 1;
    }
    // A verb right after the phrase, and no more than a few words on to the colon.
    const verb = tokens[v];
    if (!verb || v >= k - 1 || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || k - 1 - v > 4) continue;
    const sp = makeMention(tokens, np[0], np[1]);
    out.push({ a: { cue: { start: verb.start, end: colon.start }, cueToken: v, speaker: sp, sentence: colon.sentence }, sp });
  }
  return out;
}

/** How many words an aside of anonymity ("speaking privately because ...") may run to its closing comma. */
const ASIDE_REACH = 14;
/** Punctuation that ends an aside other than by its closing comma. */
const ASIDE_BREAKS = new Set([';', ':', '(', ')', '—', '–', '.', '?', '!']);

/** The comma that closes an aside from token `from` (before `limit`, within ASIDE_REACH words), or -1. */
function asideClose(tokens: readonly Token[], from: number, limit: number): number {
  for (let j = from; j < Math.min(limit, from + ASIDE_REACH); j++) {
    const t = tokens[j]!.text;
    if (t === ',') return j;
    if (ASIDE_BREAKS.has(t)) return -1;
  }
  return -1;
}

/**
 * "One customs clerk, speaking privately, put the figure at twice that", "Two nurses, who
 * asked not to be named, gave a higher count": a grant of anonymity set off by commas
 * between a subject and its verb, where the verb is no speech cue the speaker finder reads.
 * The aside itself makes the clause information from an unnamed person, whatever the verb.
 * The subject is the phrase before the first comma; the verb, the first after the second
 * (past auxiliaries and adverbs), stands for the cue.
 */
function markedSubjects(doc: Document): { a: Attribution; sp: Mention }[] {
  const { tokens } = doc;
  const out: { a: Attribution; sp: Mention }[] = [];
  for (const m of markers.matchDocument(doc)) {
    if (inQuoteContent(doc, m.span)) continue;
    const si = tokens[m.first]!.sentence;
    const s = doc.sentences[si]!;
    // The aside opens with a participle ("speaking privately", "speaking on condition of
    // anonymity") or "who" ("who asked not to be named"), right after a comma.
    let p = m.first;
    const lead = tokens[p - 1];
    if (lead && lead.sentence === si && (lead.normal === 'who' || (lead.pos === 'VERB' && /ing$/.test(lead.normal)))) p--;
    else if (!(tokens[p]!.pos === 'VERB' && /ing$/.test(tokens[p]!.normal))) continue;
    const comma = p - 1;
    if (comma <= s.tokenStart || tokens[comma]!.text !== ',') continue;
    const np = phraseBefore(tokens as Token[], comma, s.tokenStart);
    if (!np || np[1] !== comma) continue;
    const close = asideClose(tokens, m.last, s.tokenEnd);
    if (close < 0) continue;
    let v = close + 1;
    while (v < s.tokenEnd && (tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'ADV')) v++;
    const verb = tokens[v];
    // A finite verb: not another participle ("..., speaking privately, adding ...") and not a cue the speaker finder read.
    if (!verb || v >= s.tokenEnd || verb.pos !== 'VERB' || /ing$/.test(verb.normal)) continue;
    if (attributionsIn(doc, si).some((a) => a.cueToken >= comma && a.cueToken <= v)) continue;
    const sp = makeMention(tokens as Token[], np[0], np[1]);
    out.push({ a: { cue: { start: verb.start, end: verb.end }, cueToken: v, speaker: sp, sentence: si }, sp });
  }
  return out;
}

/**
 * "The remark is that of a member of the licensing board", "That account came from an
 * official at the port": the source of a quotation or account given before, named (or not)
 * in a sentence of its own. The phrase right after the wording is the source; the wording
 * stands for the cue.
 */
function laterSourceSpeakers(doc: Document): { a: Attribution; sp: Mention }[] {
  const { tokens } = doc;
  const out: { a: Attribution; sp: Mention }[] = [];
  for (const m of laterSources.matchDocument(doc)) {
    if (inQuoteContent(doc, m.span)) continue;
    const si = tokens[m.first]!.sentence;
    const np = phraseAfter(tokens as Token[], m.last, doc.sentences[si]!.tokenEnd);
    if (!np || np[0] !== m.last) continue;
    const sp = makeMention(tokens as Token[], np[0], np[1]);
    out.push({ a: { cue: m.span, cueToken: m.last - 1, speaker: sp, sentence: si }, sp });
  }
  return out;
}

/** How many words ("who would", ", who") may come between a speaker after its cue and the first-name wording. */
const NEAR_SPEAKER = 3;

/**
 * "A deckhand who works on the ferries, and who gave only his first name, Tomas, said": a
 * source given only by a first name, in sentence `si`. The speaker finder reads "his first
 * name" as the speaker; the person is the noun phrase before the first "who" ahead of the
 * wording (or right before it: "a woman identified only as Maria said"), and the flag runs
 * from it to the cue. With the cue first ("said a nurse who gave only her first name"),
 * from the cue to the wording. Undefined when the sentence has no cue near it.
 */
function firstNameSource(doc: Document, si: number, m: { span: Span; first: number }): Span | undefined {
  return sourceAround(doc, si, m, /(ed|wn)$/)?.span;
}

/**
 * The work of firstNameSource: the flag's span, and the person's tokens `[from, to)` (the
 * phrase before the wording, or after the cue). `participle`: the endings of a verb that
 * may open the wording right after the person ("a woman identified only as", "a man
 * claiming to be").
 */
function sourceAround(doc: Document, si: number, m: { span: Span; first: number }, participle: RegExp): { span: Span; person: [number, number] } | undefined {
  const { tokens } = doc;
  const s = doc.sentences[si]!;
  let after: Attribution | undefined;
  let before: Attribution | undefined;
  for (const a of doc.attributions) {
    if (a.sentence !== si) continue;
    if (a.cue.start >= m.span.end) {
      if (!after || a.cue.start < after.cue.start) after = a;
    } else if (a.cue.end <= m.span.start && (!before || a.cue.start > before.cue.start)) before = a;
  }
  if (after) {
    // Back from the wording to the first "who" of its clause, not past an earlier cue.
    const floor = before ? firstTokenFrom(doc, before.cue.end) : s.tokenStart;
    let who = -1;
    for (let k = m.first - 1; k >= floor; k--) if (tokens[k]!.normal === 'who') who = k;
    // The wording describes the person: a "who" clause, or a participle right after them
    // ("a woman identified only as Maria"); not an instruction ("asks applicants to give only ...").
    const first = tokens[m.first]!;
    if (who < 0 && !(first.pos === 'VERB' && participle.test(first.normal))) return undefined;
    // "Rosa, who gave only her first name,": the phrase ends before the comma.
    let end = who >= 0 ? who : m.first;
    if (end - 1 > floor && tokens[end - 1]!.text === ',') end--;
    const np = phraseBefore(tokens as Token[], end, floor);
    if (!np) return undefined;
    return { span: { start: tokens[np[0]]!.start, end: after.cue.end }, person: np };
  }
  // "said a picker who would give only her first name": the speaker after the cue, the
  // wording a few words on ("who would"), not a subject before it ("The form asks ...").
  if (!before) return undefined;
  const sp = before.speaker;
  const cueEnd = firstTokenFrom(doc, before.cue.end);
  const spEnd = sp && sp.start >= before.cue.end ? firstTokenFrom(doc, sp.end) : -1;
  if (spEnd < 0 || m.first - spEnd > NEAR_SPEAKER) return undefined;
  return { span: { start: before.cue.start, end: m.span.end }, person: [cueEnd, spEnd] };
}

/**
 * "a man who describes himself as a crane operator at the yard says": an unnamed person
 * whose identity is their own claim. Only a person introduced as one of a kind ("a man",
 * "one user", "someone") with no name in the phrase; "Ana Ruiz, who describes herself as
 * a socialist," is named.
 */
function selfDescribedSource(doc: Document, si: number, m: { span: Span; first: number }): Span | undefined {
  const found = sourceAround(doc, si, m, /(ed|wn|ing)$/);
  if (!found) return undefined;
  const { tokens } = doc;
  const [from, to] = found.person;
  const s = doc.sentences[si]!;
  const opener = tokens[from]!;
  if (!ONE_OF_A_KIND.has(opener.normal) && !indefinitePersons.has(opener.normal)) return undefined;
  // "Pedro Alves, a farmer who says he is ...": the phrase is an appositive to a name.
  if (appositiveToName(doc, makeMention(tokens, from, to))) return undefined;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.pos === 'PROPN' || (t.capitalised && k !== s.tokenStart)) return undefined;
  }
  return found.span;
}

/** How many words of postmodifier ("sent to two radio stations in March") may come between an anonymous document and its cue. */
const DOCUMENT_REACH = 14;
const CLAUSE_BREAKS = new Set(['who', 'which', 'that', 'whose', 'but', 'and', ';', ':', '—', '–']);

/**
 * "An anonymous letter sent to two radio stations in March alleges": a document with no
 * author as the subject of a speech cue later in its clause; and "a self-described former
 * guard at the prison said", a person who vouches for themselves. Returns each with its
 * span (from the opener to the cue) and the cue's token, once per article.
 */
type CueSubject = { span: Span; cueToken: number; text: string; sentence: number; self: boolean };

function anonymousDocumentSources(doc: Document): CueSubject[] {
  return perDocument(doc, 'attribution/anonymous-source/documents', () => [...subjectsOfCues(doc, anonymousDocuments, false), ...subjectsOfCues(doc, selfStyled, true)]);
}

/**
 * The matches of `index` that are the subject of a speech cue later in their clause (or
 * follow "according to"). `self`: a self-styled person ("a self-described former guard"),
 * who counts only when introduced as one of a kind ("a", "one").
 */
function subjectsOfCues(doc: Document, index: PhraseIndex<string>, self: boolean): CueSubject[] {
  const { tokens } = doc;
  const out: CueSubject[] = [];
  doc.sentences.forEach((s, si) => {
    if (!hasAttribution(doc, si)) return;
    for (const m of index.match(tokens, s.tokenStart, s.tokenEnd)) {
      if (inQuoteContent(doc, m.span)) continue;
      const opener = tokens[m.first - 1];
      if (self && !(opener && opener.sentence === si && ONE_OF_A_KIND.has(opener.normal))) continue;
      // "Ana Ruiz, a self-described socialist, said": an appositive to a name.
      if (self && appositiveToName(doc, makeMention(tokens, m.first - 1, m.last))) continue;
      const start = opener && opener.sentence === si && opener.pos === 'DET' ? opener.start : m.span.start;
      const text = doc.text.slice(m.span.start, m.span.end);
      // "According to an anonymous post on a forum,": the cue right before the document.
      const lead = tokens[firstTokenFrom(doc, start) - 1];
      // ("The police said an anonymous tip led them": the cue has its speaker before it.)
      const before = lead && attributionsIn(doc, si).find((a) => a.cue.end === lead.end && !(a.speaker && a.speaker.end <= a.cue.start));
      if (before) {
        out.push({ span: { start: before.cue.start, end: m.span.end }, cueToken: before.cueToken, text, sentence: si, self });
        continue;
      }
      let cue: Attribution | undefined;
      for (const a of attributionsIn(doc, si)) if (a.cueToken >= m.last && (!cue || a.cueToken < cue.cueToken)) cue = a;
      if (!cue || cue.cueToken - m.last > DOCUMENT_REACH) continue;
      // The cue belongs to the document's own clause: no auxiliary ("was sent to the mayor,
      // who said"), relative pronoun or clause break between.
      let own = true;
      for (let k = m.last; k < cue.cueToken && own; k++) own = tokens[k]!.pos !== 'AUX' && !CLAUSE_BREAKS.has(tokens[k]!.normal);
      if (!own) continue;
      out.push({ span: { start, end: cue.cue.end }, cueToken: cue.cueToken, text, sentence: si, self });
    }
  });
  return out;
}

/**
 * "A haulage firm with a depot near the bridge, Northway Freight Ltd., denied": the speaker was
 * re-read with a place after it, and the appositive after the place names the whole phrase
 * (unless the place is itself a body the appositive may name: "a worker at the plant, Acme
 * Ltd., said"). "who worked as a deputy mayor under Governor Ruiz, said": the phrase is
 * the complement of "as" in a clause about someone else, not the speaker.
 */
function namedPlacedSpeaker(doc: Document, a: Attribution, placed: Mention): boolean {
  const found = a.speaker;
  const before = doc.tokens[firstTokenFrom(doc, placed.start) - 1];
  if (before && before.sentence === a.sentence && (before.normal === 'as' || before.normal === 'like')) return true;
  if (!found?.appositive || !isProperName(tokensIn(doc.tokens, found.appositive))) return false;
  return !people.orgWords.has(lower(doc, found.head));
}

/**
 * "People familiar with the talks said": nothing. "... said two of the members had voted":
 * the speaker comes right after another cue in the sentence (past "that" or an adverb),
 * whose own speaker reports what they did.
 */
function reportedInside(doc: Document, a: Attribution, sp: Mention): boolean {
  const { tokens } = doc;
  const start = openerOf(doc, sp).start;
  const first = firstTokenFrom(doc, start);
  return attributionsIn(doc, a.sentence).some((b) => {
    if (b === a || !b.speaker || b.cue.end > start || b.speaker.start >= start) return false;
    let k = firstTokenFrom(doc, b.cue.end);
    if (k > first || first - k > 2) return false;
    for (; k < first; k++) if (tokens[k]!.normal !== 'that' && tokens[k]!.pos !== 'ADV') return false;
    return true;
  });
}

const COUNT_WORDS = new Map([['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6]]);
/** Word classes that end an item of a list of names (a clause or a phrase goes on). */
const LIST_BREAKS = new Set(['PUNCT', 'VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PRON']);
/** How many paragraphs after the counted group's own the list of its members may come. */
const LIST_PARAGRAPHS = 2;

/**
 * "Two hauliers say the new toll will ruin them. ... The toll falls hardest on Vik Freight
 * and Sandnes Transport. Vik Freight said ...": a group given by its
 * count whose members the next paragraphs list by name (a list of exactly that many, all
 * but one of them names) and one of whom then speaks by name is named, not anonymous.
 */
function countedThenListed(doc: Document, a: Attribution, sp: Mention): boolean {
  const opener = openerOf(doc, sp);
  const n = COUNT_WORDS.get(opener.normal) ?? (/^\d$/.test(opener.normal) ? Number(opener.normal) : 0);
  if (n < 2) return false;
  const p = doc.sentences[a.sentence]?.paragraph;
  if (p === undefined) return false;
  const last = doc.paragraphs[Math.min(doc.paragraphs.length - 1, p + LIST_PARAGRAPHS)]!;
  for (let si = a.sentence; si < last.sentenceEnd; si++) {
    const names = namedListIn(doc, si, n);
    if (!names) continue;
    // One of them speaks by name, in the list's sentence or after it, within the window.
    return doc.attributions.some((b) => b.sentence >= si && b.sentence < last.sentenceEnd && !!b.speaker?.name && names.has(doc.text.slice(b.speaker.name.start, b.speaker.name.end)));
  }
  return false;
}

/**
 * Sentence `si` has a list "A, B and C" of `n` items, at least `n - 1` (and two) of them
 * names: the names (each item's capitalised words), or undefined.
 */
function namedListIn(doc: Document, si: number, n: number): Set<string> | undefined {
  const { tokens } = doc;
  const s = doc.sentences[si]!;
  // An item's name: its first run of capitalised words (not the sentence's first word).
  const nameIn = (from: number, to: number) => {
    let k = from;
    while (k < to && !(tokens[k]!.capitalised && k !== s.tokenStart)) k++;
    if (k === to) return undefined;
    let e = k;
    while (e + 1 < to && tokens[e + 1]!.capitalised) e++;
    return doc.text.slice(tokens[k]!.start, tokens[e]!.end);
  };
  for (let j = s.tokenStart + 1; j < s.tokenEnd; j++) {
    if (tokens[j]!.normal !== 'and') continue;
    // The last item: up to five words after "and", to a break.
    let end = j + 1;
    while (end < s.tokenEnd && end - j <= 5 && !LIST_BREAKS.has(tokens[end]!.pos)) end++;
    if (end === j + 1) continue;
    let items = 1;
    const names = new Set<string>();
    const add = (name: string | undefined) => name && names.add(name);
    add(nameIn(j + 1, end));
    // The items before it, back over the commas ("A, B, and C" too).
    let k = tokens[j - 1]!.text === ',' ? j - 1 : j;
    for (;;) {
      let start = k;
      while (start - 1 >= s.tokenStart && k - start < 5 && !LIST_BREAKS.has(tokens[start - 1]!.pos)) start--;
      if (start === k) break;
      items++;
      add(nameIn(start, k));
      if (start - 1 < s.tokenStart || tokens[start - 1]!.text !== ',') break;
      k = start - 1;
    }
    if (items === n && names.size >= Math.max(2, n - 1)) return names;
  }
  return undefined;
}

/**
 * A reason for the anonymity (the AP standard met) drops the flag to a note. A grant of
 * anonymity with no reason ("Army officers who requested anonymity said") lifts even a
 * bare plural, otherwise a vox pop at info, to a warning: the article itself marks them as
 * sources it withholds, and AP asks for the reason.
 */
function severityFor(note: 'reason' | 'marker' | undefined, severity: 'warning' | 'info'): 'warning' | 'info' {
  if (note === 'reason') return 'info';
  return note === 'marker' ? 'warning' : severity;
}

function message(why: string, note: 'reason' | 'marker' | undefined): string {
  if (note === 'reason') return `Anonymous source (${why}); the article says why they are not named.`;
  if (note === 'marker') return `Anonymous source (${why}): the article grants anonymity but does not say why.`;
  return `Anonymous source (${why}): say who they are, or why they cannot be named and how they know.`;
}

export default defineRule({
  meta: {
    id: 'attribution/anonymous-source',
    category: 'attribution',
    severity: 'warning',
    description: 'A quote or claim credited to an unnamed person: "a senior official said", "sources say", "people familiar with the matter".',
    why: 'Anonymous sourcing asks the reader to trust the newsroom blind. Standard practice (AP, Reuters) is to use it sparingly and to say why the source cannot be named and how they know.',
    examples: {
      flagged: [
        { text: '"We were never consulted," a Brazilian official said on Tuesday.', flag: 'a Brazilian official said' },
        { text: 'According to sources, the striker has agreed personal terms with the club.', flag: 'According to sources' },
        { text: 'The bank is preparing to cut 2,000 jobs, people familiar with the matter said.', flag: 'people familiar with the matter' },
      ],
      fine: [
        { text: '"We were never consulted," a spokesperson for the Brazilian foreign ministry said on Tuesday.' },
        { text: 'The Norwegian embassy said the ambassador would return to Oslo on Friday.' },
        { text: 'Carla Mendes, a senior official at the finance ministry, said the budget would be revised.' },
      ],
    },
  },
  check({ doc, report: emit }) {
    // A headline or standfirst compresses ("A local official says ...") over a story that
    // names its sources: a source unnamed there is read where the story takes it up.
    const report = (r: Report) => {
      if (!inSummary(doc, r.span)) emit(r);
    };
    const flagged = new SpanSet();
    // One flag per source in a sentence: "A grid official who asked not to be named said"
    // has two cues for one speaker; the flag runs from the speaker to the last of them.
    const found: { span: Span; message: string; severity: 'warning' | 'info'; speaker: number; sentence: number }[] = [];
    /** A source read outside the speaker finder's attributions, at the severity its sentence's anonymity note gives. */
    const add = (a: Attribution, sp: Mention, span: Span, verdict: NonNullable<Verdict>) => {
      const note = anonymityNote(doc, a.sentence);
      found.push({ span, message: message(verdict.why, note), severity: severityFor(note, verdict.severity), speaker: sp.start, sentence: a.sentence });
    };
    // By "sentence:speaker start", so finding the source's earlier flag is not a scan of all of them.
    const bySource = new Map<string, (typeof found)[number]>();
    // "An anonymous letter ... alleges": the document is the source; the cue's speaker as
    // found ("two radio stations in March") is part of its postmodifier.
    const documents = anonymousDocumentSources(doc);
    const documentCues = new Set(documents.map((d) => d.cueToken));
    for (const d of documents) {
      const note = anonymityNote(doc, d.sentence);
      flagged.add(d.span);
      const why = d.self ? `unnamed, known only by their own account: "${d.text.replace(/\s+/g, '')} ..."` : `an ${d.text.toLowerCase()} with no author`;
      report({ span: d.span, message: message(why, note === 'marker' ? undefined : note), severity: note === 'reason' ? 'info' : 'warning' });
    }
    for (const a of doc.attributions) {
      if (documentCues.has(a.cueToken)) continue;
      // "one of its three members asked for dosing to be paused", "a motion asking for the
      // audit": a request the article reports, not information given to it.
      if (requestCues.has(doc.tokens[a.cueToken]!.lemma.toLowerCase()) && !isQuoted(doc, a) && !marksAnonymity(doc, a.sentence)) continue;
      // "a diplomat involved in the talks told": the speaker is the diplomat.
      const access = speakerBeforeAccess(doc, a, accessWords);
      let sp = access ?? a.speaker;
      if (!sp) continue;
      let verdict = judge(doc, a, sp, false, !!access);
      // "a scientist on the monitoring team said": found as "the monitoring team", a body.
      if (!verdict) {
        const placed = speakerBeforePlace(doc, a, placePrepositions, ONE_OF_A_KIND);
        if (placed && !namedPlacedSpeaker(doc, a, placed)) [sp, verdict] = [placed, judge(doc, a, placed, true)];
      }
      // "Two sources inside the regulator's licensing unit said": found as "unit", a body.
      const inside = verdict ? undefined : sourceBeforePlace(doc, a, sourceHeads);
      if (inside) [sp, verdict] = [inside, judge(doc, a, inside, true)];
      // "A clerk who processed the claims said": found as "the claims", the deed's object.
      const doer = verdict ? undefined : speakerBeforeDeed(doc, a, accessDeeds);
      if (doer) [sp, verdict] = [doer, judge(doc, a, doer, true)];
      if (!verdict) continue;
      // "An official said two of the panel's members had voted": people inside another
      // speaker's report; the source is the one reporting (one flag for one source).
      if (reportedInside(doc, a, sp)) continue;
      // "Two hauliers say ... falls on Vik Freight and Sandnes Transport": named right after.
      if (countedThenListed(doc, a, sp)) continue;
      // "Prosecutors told the court": a bare plural (a note at most) speaking on the record,
      // in public. One of a kind ("an engineer told the inquiry") stays: the article still
      // withholds a name it has.
      if (verdict.severity === 'info' && toldOnRecord(doc, a)) continue;
      // "declined to comment on whether a technician had told supervisors": the telling is
      // what was asked about, not where the article's information came from.
      if (embeddedQuestion(doc, openerOf(doc, sp).start, a.sentence)) continue;
      // From the opener the phrase finder may have left out ("One shaken crew member").
      const span = { start: Math.min(openerOf(doc, sp).start, sp.start, a.cue.start), end: Math.max(sp.end, a.cue.end) };
      const note = anonymityNote(doc, a.sentence);
      const severity = severityFor(note, verdict.severity);
      const key = `${a.sentence}:${sp.start}`;
      const same = bySource.get(key);
      if (same) {
        // "put the cost at $40 million and said ...": a second verb joined by "and" adds
        // what they said, not who they are; the flag keeps ending at the first cue.
        const joined = doc.tokens[a.cueToken - 1]?.normal === 'and';
        if (!joined) same.span = { start: Math.min(same.span.start, span.start), end: Math.max(same.span.end, span.end) };
        if (severity === 'warning') same.severity = severity;
        continue;
      }
      const entry = { span, message: message(verdict.why, note), severity, speaker: sp.start, sentence: a.sentence };
      found.push(entry);
      bySource.set(key, entry);
    }
    // Sources the speaker finder did not give, each flagged unless a flag already covers it.
    const addFound = (list: { a: Attribution; sp: Mention }[], spanOf: (a: Attribution, sp: Mention) => Span) => {
      for (const { a, sp } of list) {
        const verdict = judge(doc, a, sp);
        if (!verdict) continue;
        const span = spanOf(a, sp);
        if (found.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
        add(a, sp, span, verdict);
      }
    };
    // "One trader in the souq put it bluntly: "...": a quote led in by a colon, its speaker
    // the subject of the clause before it, read as a cue the speaker finder did not see.
    addFound(colonSpeakers(doc), (a, sp) => ({ start: Math.min(openerOf(doc, sp).start, sp.start), end: a.cue.end }));
    // "The remark is that of a member of the licensing board": the source after the quotation.
    addFound(laterSourceSpeakers(doc), (a, sp) => ({ start: a.cue.start, end: sp.end }));
    // "One customs clerk, speaking privately, put the figure higher": anonymity granted in an
    // aside before a verb that is no speech cue.
    addFound(markedSubjects(doc), (a, sp) => ({ start: Math.min(openerOf(doc, sp).start, sp.start), end: a.cue.end }));
    for (const f of found) {
      flagged.add(f.span);
      report({ span: f.span, message: f.message, severity: f.severity });
    }
    // "who gave only his first name, Tomas,": a source as good as unnamed.
    doc.sentences.forEach((s, si) => {
      if (!hasAttribution(doc, si)) return;
      for (const m of firstNameOnly.match(doc.tokens, s.tokenStart, s.tokenEnd)) {
        if (inQuoteContent(doc, m.span)) continue;
        const span = firstNameSource(doc, si, m);
        if (!span || flagged.overlaps(span)) continue;
        const note = anonymityNote(doc, si);
        flagged.add(span);
        report({ span, message: message('given by a first name only', note === 'marker' ? undefined : note), severity: note === 'reason' ? 'info' : 'warning' });
      }
    });
    // "a man who describes himself as a driver at the plant says": an identity no one checked.
    doc.sentences.forEach((s, si) => {
      if (!hasAttribution(doc, si)) return;
      for (const m of selfDescribed.match(doc.tokens, s.tokenStart, s.tokenEnd)) {
        if (inQuoteContent(doc, m.span)) continue;
        const span = selfDescribedSource(doc, si, m);
        if (!span) continue;
        const note = anonymityNote(doc, si);
        // A flag on the same person (read as "an unnamed worker") takes the better reason.
        const text = doc.text.slice(m.span.start, m.span.end);
        if (flagged.overlaps(span)) continue;
        flagged.add(span);
        report({ span, message: message(`unnamed, known only by their own account: "${text} ..."`, note === 'marker' ? undefined : note), severity: note === 'reason' ? 'info' : 'warning' });
      }
    });
    // "people familiar with the matter" where the speaker finder did not see it.
    doc.sentences.forEach((s, si) => {
      if (!hasAttribution(doc, si)) return;
      for (const m of phrases.match(doc.tokens, s.tokenStart, s.tokenEnd)) {
        if (flagged.overlaps(m.span)) continue;
        if (inQuoteContent(doc, m.span)) continue;
        // "people familiar with" + "the matter": the whole phrase.
        const np = phraseAfter(doc.tokens, m.last, s.tokenEnd);
        const span = { start: m.span.start, end: np ? doc.tokens[np[1] - 1]!.end : m.span.end };
        const note = anonymityNote(doc, si);
        flagged.add(span);
        report({ span, message: message(`"${doc.text.slice(span.start, span.end)}"`, note), severity: note === 'reason' ? 'info' : 'warning' });
      }
    });
  },
});
