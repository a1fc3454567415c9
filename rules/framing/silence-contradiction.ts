import type { Attribution, Document, Mention, Span, Token } from '../../src/document/types.js';
import { phraseAfter } from '../../src/document/mentions.js';
import { lowerBound } from '../../src/document/search.js';
import { defineRule, type Report } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { attributionsIn, datesWithin, firstTokenFrom, tokenStartingAt } from '../../src/engine/doc-cache.js';
import { type Actor, actorOf, anyIn, cover, groupType, hasType, inQuote, lookAhead, lookBack, mentionAt, namedNear, nonOverlapping, previousWord, sameActor, subjectsBefore } from './_clause.js';
import { lex, type ActorType } from './_lexicon.js';
import { keysIn, shortNameFor, topicKeys } from './_topic.js';
import { evasionSubject, openingName, standsFor, unitOf } from './_evasion.js';

const BE = /^(is|are|was|were|be|been|being|get|got|gets)$/;
/** A group subject only covers actors named this many sentences before it (or in it). */
const GROUP_WINDOW = 3;
/**
 * How many sentences either side of a silence its statement may stand: a whole news article,
 * but not a whole book pasted as one (where reading every statement per silence is quadratic).
 */
const SILENCE_REACH = 80;
const DAY = 86_400_000;

interface Speech {
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

/** A date or year in the sentence that lies weeks before the article: the speech is background. */
function isBackgroundDate(doc: Document, sentence: number): boolean {
  if (!doc.date) return false;
  const s = doc.sentences[sentence]!;
  const year = Number(doc.date.slice(0, 4));
  // "In 2019, the federation said": a bare year the date finder may leave alone.
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!.text;
    if (t.length === 4 && /^(1[89]|20)\d\d$/.test(t) && Number(t) < year) return true;
  }
  return datesWithin(doc, s).some((d) => {
    if (d.date) return Date.parse(doc.date!) - Date.parse(d.date) > 14 * DAY;
    return d.year !== undefined && d.year < year;
  });
}

/**
 * An actor with the organisation a short name stands for ("the region" -> Region
 * Stockholm), also when a spokesperson speaks for it ("a spokesperson for the region").
 */
function withShortName(doc: Document, mention: Mention, actor: Actor): Actor {
  if (actor.names.length) return actor;
  const name = shortNameFor(doc, mention);
  if (name) return { ...actor, names: [name], vague: false };
  const body = spokenFor(doc, mention);
  if (!body) return actor;
  const named = shortNameFor(doc, body);
  // Unnamed, "the region" still matches "the region" by its head word.
  return named ? { ...actor, names: [named], vague: false } : { ...actor, heads: [...actor.heads, ...actorOf(doc, body).heads] };
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
function speakerBefore(doc: Document, k: number): { mention: Mention; first: number } | undefined {
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
function speechEvents(doc: Document, silences: Span[]): Speech[] {
  const out: Speech[] = [];
  const seen = new Set<number>();
  const consider = (x: Pick<Attribution, 'cue' | 'cueToken' | 'speaker' | 'sentence'>) => {
    // "X, <appositive>, has denied that": a denial whose speaker the cue finder left out.
    const a = x.speaker || !lex.denialCues.has(doc.tokens[x.cueToken]!.lemma.toLowerCase()) ? x : { ...x, speaker: openingName(doc, x.cueToken) };
    if (!a.speaker || seen.has(a.cue.start)) return;
    seen.add(a.cue.start);
    if (silences.some((s) => a.cue.start < s.end && s.start < a.cue.end)) return;
    const k = a.cueToken;
    const cue = doc.tokens[k]!;
    const back = lookBack(doc, k, 4);
    if (anyIn(back, lex.negators) || anyIn(back, lex.conditionals)) return;
    const prev = previousWord(doc, k);
    if (prev && (lex.modals.has(prev.normal) || prev.normal === 'had' || prev.normal === 'to')) return;
    if (prev && BE.test(prev.normal) && /ed$/.test(cue.normal)) return;
    if (anyIn([...back, ...lookAhead(doc, k + 1, 4)], lex.background) || isBackgroundDate(doc, a.sentence)) return;
    // The speaker with the cue when they stand together ("Alibaba has rejected"), else the cue alone.
    const near = Math.max(a.cue.start - a.speaker.end, a.speaker.start - a.cue.end) <= 24;
    const speaker = a.speaker!;
    out.push({ speaker, actor: once(() => withShortName(doc, speaker, actorOf(doc, speaker))), span: near ? cover(a.speaker, a.cue) : a.cue, sentence: a.sentence });
  };
  for (const a of doc.attributions) consider(a);
  for (const f of lex.denials.matchDocument(doc)) {
    const cueToken = f.first;
    const subject = subjectsBefore(doc, cueToken)[0];
    if (!subject || inQuote(doc, f.span)) continue;
    const speaker = mentionAt(doc, subject[0], subject[1]);
    if (speaker.kind === 'pronoun' && !speaker.refersTo) continue;
    consider({ cue: { start: tokensStart(doc, cueToken), end: doc.tokens[cueToken]!.end }, cueToken, speaker, sentence: doc.tokens[cueToken]!.sentence });
  }
  return out;
}

const POSSESSIVE = /^(its|their|his|her|our|my|your)$/;
const tokensStart = (doc: Document, k: number) => doc.tokens[k]!.start;

/** The topic after the silence wording ("on the allegations"): its span and head word. */
function topicAfter(doc: Document, last: number): { span: Span; head?: Token } | undefined {
  const prep = doc.tokens[last];
  const end = doc.tokens[last - 1]!;
  if (!prep || prep.sentence !== end.sentence || !/^(on|about|regarding|over|concerning)$/.test(prep.normal)) return undefined;
  // "about its licence": a possessive pronoun ends a phrase for the phrase finder; step over it.
  const from = POSSESSIVE.test(doc.tokens[last + 1]?.normal ?? '') ? last + 2 : last + 1;
  const np = phraseAfter(doc.tokens, from, doc.sentences[end.sentence]!.tokenEnd);
  if (!np) return undefined;
  const words = doc.tokens.slice(np[0], np[1]);
  // The head comes before any preposition: "the cost of the recall" -> cost.
  const prepAt = words.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const head = [...words.slice(0, prepAt > 0 ? prepAt : words.length)].reverse().find((t) => /^(NOUN|PROPN)$/.test(t.pos));
  return { span: { start: prep.start, end: doc.tokens[np[1] - 1]!.end }, head };
}

/** The content-word keys of a speech's sentence, once per sentence. */
function sentenceKeys(doc: Document, cache: Map<number, Set<string>>, sentence: number): Set<string> {
  let keys = cache.get(sentence);
  if (!keys) {
    const s = doc.sentences[sentence]!;
    cache.set(sentence, (keys = keysIn(doc, s.tokenStart, s.tokenEnd)));
  }
  return keys;
}

/**
 * A narrow topic ("silent on the cost") is only contradicted by speech that mentions it,
 * by stem or by the verb of a noun ("the removal" / "had been removed").
 */
function speaksToTopic(said: Set<string>, head: Token | undefined): boolean {
  if (!head || lex.broadTopics.has(head.normal) || lex.broadTopics.has(head.lemma.toLowerCase())) return true;
  return topicKeys(head).some((k) => said.has(k));
}

const has = (set: Set<string>, t: Token) => set.has(t.normal) || set.has(t.lemma.toLowerCase());
/** Verbs that carry no topic of their own. */
const LIGHT = new Set(['be', 'have', 'do', 'say', 'make', 'get', 'will', 'would', 'can', 'could', 'may', 'might']);
const CLAUSE_WINDOW = 12;
const FOLLOW_UP_WINDOW = 20;

/**
 * The content words after a restatable narrower ("about whether payment details were
 * exposed" -> payment, detail, expose), without the narrowers themselves and broad topic
 * words ("the allegations"): what the silence is said to be about.
 */
function clauseWords(doc: Document, last: number, n = CLAUSE_WINDOW): Clause | undefined {
  const toks = lookAhead(doc, last, n);
  return toks.length ? contentOf(toks) : undefined;
}

/** What a silence is said to be about: content words by lemma, each with its match keys. */
interface Clause {
  span: Span;
  words: Map<string, readonly string[]>;
  /** "whether any payment had been made": a yes-no question, which a flat denial has answered. */
  yesNo: boolean;
}

function contentOf(toks: Token[]): Clause {
  const opener = toks.find((t) => !/^(about|on|over|regarding|concerning)$/.test(t.normal));
  const yesNo = !!opener && /^(whether|if)$/.test(opener.normal);
  const words = new Map<string, readonly string[]>();
  for (const t of toks) {
    if (!/^(NOUN|PROPN|ADJ|VERB)$/.test(t.pos) || has(lex.narrowers, t) || has(lex.broadTopics, t) || LIGHT.has(t.lemma.toLowerCase())) continue;
    words.set(t.lemma.toLowerCase(), topicKeys(t));
  }
  return { span: { start: toks[0]!.start, end: toks[toks.length - 1]!.end }, words, yesNo };
}

/**
 * "Asked whether any manager had ordered the deletions, the agency refused to say": the
 * question before the silence is its topic. The sentence opens with the question (an
 * `askedOpeners` word) and the silent subject follows its comma.
 */
function askedClause(doc: Document, subjectStart: number): Clause | undefined {
  const s = doc.sentences[doc.tokens[subjectStart]!.sentence]!;
  let k = s.tokenStart;
  if (doc.tokens[k]?.normal === 'when') k++;
  if (!doc.tokens[k] || !lex.askedOpeners.has(doc.tokens[k]!.normal)) return undefined;
  if (doc.tokens[subjectStart - 1]?.text !== ',') return undefined;
  // The question itself: after "whether", "if", "about" ..., up to the comma.
  let q = k + 1;
  while (q < subjectStart - 1 && !lex.askedPrepositions.has(doc.tokens[q]!.normal) && !/^(why|how)$/.test(doc.tokens[q]!.normal)) q++;
  if (q >= subjectStart - 1 || /^(why|how)$/.test(doc.tokens[q]!.normal)) return undefined;
  // "about"/"on" is left out; "whether" is kept, so the question is read as yes-no.
  const toks = doc.tokens.slice(/^(whether|if)$/.test(doc.tokens[q]!.normal) ? q : q + 1, subjectStart - 1);
  return toks.length ? contentOf(toks) : undefined;
}

const DEMONSTRATIVE = /^(that|this|these|those)$/;

/**
 * "to say whether that figure includes the contractors": a demonstrative with a noun points
 * back at what was just said, the denial's passage, as a shared word would.
 */
function pointsBack(doc: Document, span: Span): boolean {
  const a = firstTokenFrom(doc, span.start);
  for (let k = a; k + 1 < doc.tokens.length && doc.tokens[k + 1]!.end <= span.end; k++) {
    const t = doc.tokens[k]!;
    if (DEMONSTRATIVE.test(t.normal) && t.pos === 'DET' && doc.tokens[k + 1]!.pos === 'NOUN') return true;
  }
  return false;
}

/**
 * Whether the speech already answers the clause: at least half of the clause's content
 * words (one at least) are in the speech's sentence, the silent actor's own names aside.
 */
function restates(said: Set<string>, words: Map<string, readonly string[]>, silent: Actor): number {
  const own = new Set([...silent.names.flat(), ...silent.heads]);
  const wanted = [...words].filter(([w]) => !own.has(w));
  if (!wanted.length) return 0;
  const shared = wanted.filter(([, keys]) => keys.some((k) => said.has(k))).length;
  // Half the question's words, or two of a longer question's, are the same matter.
  return shared >= 2 || (shared >= 1 && shared * 2 >= wanted.length) ? shared : 0;
}

/** Negations that make a statement a flat denial ("We have never bought ...", "will not pay"). */
const FLAT_NEGATION = /^(not|never|no|n't|nothing|none)$/;

/** Whether a speech denies: a denial cue ("denied that", "rejected") or a negation in its sentence. */
function isDenial(doc: Document, s: Speech): boolean {
  const cue = doc.tokens[firstTokenFrom(doc, s.span.end) - 1];
  if (cue && lex.denialCues.has(cue.lemma.toLowerCase())) return true;
  const sent = doc.sentences[s.sentence]!;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (FLAT_NEGATION.test(t.normal) || lex.denialCues.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}

/** Whether the sentence negates a word of the question outright: "it will not pay" for "whether any payment had been made". */
function deniesWord(doc: Document, sentence: number, words: Map<string, readonly string[]>): boolean {
  const sent = doc.sentences[sentence]!;
  const wanted = new Set([...words.values()].flat());
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.pos !== 'VERB' || !topicKeys(t).some((key) => wanted.has(key))) continue;
    // The negation right before the verb, auxiliaries between: "will not pay", "have never paid".
    for (let i = k - 1; i >= Math.max(sent.tokenStart, k - 3); i--) {
      const b = doc.tokens[i]!;
      if (FLAT_NEGATION.test(b.normal)) return true;
      if (!/^(AUX|ADV|PART)$/.test(b.pos)) break;
    }
  }
  return false;
}

/** How many of the question's content words (the silent actor's own names aside) the passage has. */
function sharedWords(said: Set<string>, words: Map<string, readonly string[]>, silent: Actor): number {
  const own = new Set([...silent.names.flat(), ...silent.heads]);
  return [...words].filter(([w, keys]) => !own.has(w) && !lex.genericWords.has(w) && keys.some((k) => said.has(k))).length;
}


/**
 * "Uva Highlands has denied holding back any wages ... It sidestepped questions about the
 * arrears": an evasion of a question ("sidestepped questions about", "has yet to explain
 * where", "would not be drawn on when") right after the same actor's denial, in its
 * paragraph or the next. The denial answered the matter; the evasion leaves its follow-up
 * open, and the pairing reads as a verdict the article does not state. The question must
 * share a word with the denial's passage, or follow the denial's sentence directly (then
 * only at info: it may be another matter).
 */
interface FollowUp {
  span: Span;
  first: number;
  last: number;
  /** A silence wording with a question ("kept quiet about why"): flagged only when the question shares a word with the denial. */
  silence?: boolean;
}

/**
 * How far back (in sentences) a follow-up looks for its denial, and how much of the denial's
 * passage it reads. A paragraph is the usual reach; the bounds keep a pathological paragraph
 * (a whole article on one line) from making every follow-up read all of it.
 */
const FOLLOW_UP_REACH = 12;
/** How many of `ordered` (sorted by start) start before `offset`. */
const countBefore = (ordered: readonly Speech[], offset: number) => lowerBound(ordered, offset, (s) => s.span.start);
const PASSAGE_SENTENCES = 6;

function followUps(doc: Document, evasions: FollowUp[], speech: Speech[], report: (r: Report) => void) {
  const { tokens } = doc;
  const ordered = [...speech].sort((x, y) => x.span.start - y.span.start);
  for (const m of evasions) {
    const back = lookBack(doc, m.first, 3);
    // "has never failed to explain", "would have sidestepped", "if it does not explain".
    if (anyIn(back, lex.negators) || anyIn(back, lex.modals) || anyIn(back, lex.conditionals) || back.some((t) => t.normal === 'had')) continue;
    const range = evasionSubject(doc, m.first);
    if (!range) continue;
    const subject = mentionAt(doc, range[0], range[1]);
    const silent = withShortName(doc, subject, actorOf(doc, subject));
    const sentence = tokens[m.first]!.sentence;
    const paragraph = doc.sentences[sentence]!.paragraph;
    // The question: the words after the wording, else the one asked before it ("Asked whether ..., the company").
    // A follow-up question is read whole: "why four of its own stations near the plant stopped".
    const ahead = clauseWords(doc, m.last, FOLLOW_UP_WINDOW);
    const question = ahead?.words.size ? ahead : askedClause(doc, range[0]);
    if (m.silence && !question) continue;
    // Denials before it, in its paragraph or the one before, by the same actor ("it" only
    // in the same paragraph), nearest first.
    const before: Speech[] = [];
    for (let i = countBefore(ordered, m.span.start) - 1; i >= 0 && sentence - ordered[i]!.sentence <= FOLLOW_UP_REACH; i--) {
      const s = ordered[i]!;
      if (s.span.end <= m.span.start && paragraph - doc.sentences[s.sentence]!.paragraph <= 1) before.push(s);
    }
    const denials = before
      .filter((s) => {
        if (!isDenial(doc, s)) return false;
        if (sameActor(silent, s.actor())) return true;
        if (subject.kind === 'pronoun' && doc.sentences[s.sentence]!.paragraph !== paragraph) return false;
        if (unitOf(doc, s.speaker, subject)) return true;
        // "The company has denied ... Viru Energia ignored requests": the unnamed denier stands for the named one.
        if (silent.names.length && subject.kind !== 'pronoun' && standsFor(doc, s.speaker, s.actor(), subject, silent)) return true;
        return standsFor(doc, subject, silent, s.speaker, s.actor());
      });
    if (!denials.length) continue;
    // What each denial's passage says: from its sentence up to the evasion, inside its
    // paragraph. The denial whose passage shares most with the question is the one answered.
    let denial = denials[0]!;
    let shared = 0;
    for (const d of denials) {
      const from = doc.sentences[d.sentence]!;
      let to = from.tokenStart;
      for (let i = d.sentence; i <= sentence && i < d.sentence + PASSAGE_SENTENCES && doc.sentences[i]!.paragraph === from.paragraph; i++) to = Math.min(doc.sentences[i]!.tokenEnd, range[0]);
      // "Asked about X, the company ...": the question itself is not the denial's passage.
      if (question && question.span.start < tokens[range[0]]!.start) to = Math.min(to, firstTokenFrom(doc, question.span.start));
      const n = question ? sharedWords(keysIn(doc, from.tokenStart, to), question.words, silent) : 0;
      // "whether that figure includes ...": the question points back at the passage just before it.
      if (!n && question && d === denials[0] && pointsBack(doc, question.span) && shared === 0) [denial, shared] = [d, 1];
      if (n > shared) [denial, shared] = [d, n];
    }
    const adjacent = denials[0]!.sentence === sentence - 1 && doc.sentences[denials[0]!.sentence]!.paragraph === paragraph;
    if (!shared && (!adjacent || m.silence)) continue;
    const start = tokens[range[0]]!.start;
    const span = cover({ start, end: tokens[range[1] - 1]!.end }, m.span, question && question.span.start > m.span.start ? question.span : m.span);
    // The denial's clause, not its bare cue ("denied"): from the speaker or cue, a few words on.
    const clauseEnd = lookAhead(doc, firstTokenFrom(doc, denial.span.end), 8).at(-1)?.end ?? denial.span.end;
    const denied = doc.text.slice(denial.span.start, Math.max(denial.span.end, clauseEnd));
    report({
      span,
      message: `"${doc.text.slice(span.start, span.end)}" right after "${denied}": the article sets a denial beside an unanswered follow-up on the same matter. Say what was asked and what was answered, or the pairing reads as a verdict.`,
      severity: shared ? undefined : 'info',
      related: [related(doc, denial.span)],
    });
  }
}

/** A weak silence ("declined to comment") whose question shares this many words with the denial is a clear contradiction. */
const SAME_QUESTION = 2;

export default defineRule({
  meta: {
    id: 'framing/silence-contradiction',
    category: 'framing',
    severity: 'warning',
    description: 'The article says someone is silent or has not commented, yet also reports them speaking, denying or accusing.',
    why: 'A reader cannot tell whether the actor responded. One of the two statements is wrong or stale, and "remains silent" next to a denial reads as spin.',
    examples: {
      flagged: [
        {
          text: 'The ministry has strongly denied the report, calling it "fabricated."\n\nThe ministry has remained silent on the allegations.',
          flag: 'The ministry has remained silent on the allegations',
        },
        {
          text: 'Russian oil company Rosneft dismissed the audit as "politically motivated." Shell said it would review its contracts in the region.\n\nSo far, both companies remain silent on the findings.',
          flag: 'both companies remain silent',
        },
        {
          text: 'Brussels, March 3: The European Commission has accused Hungary of misusing farm subsidies. While the European Commission has not released any official comment on the leaked audit, officials in Budapest called it an attack.',
          flag: 'the European Commission has not released any official comment',
        },
      ],
      fine: [
        { text: 'The ministry has remained silent on the allegations. Opposition leader Ana Costa said the report should be investigated.' },
        { text: 'Vale denied wrongdoing on Monday but declined to comment on whether it would compensate the families.' },
        { text: 'The White House did not say whether it would respond to the memo, while the CIA declined to comment.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    const silences = nonOverlapping(lex.silence.matchDocument(doc)).filter((m) => !inQuote(doc, m.span));
    // "sidestepped questions about ...": read only as a follow-up to a denial (below).
    const evasions = nonOverlapping(lex.evasion.matchDocument(doc)).filter((m) => !inQuote(doc, m.span) && !silences.some((x) => x.span.start < m.span.end && m.span.start < x.span.end));
    // No silence wording, nothing to contradict: skip reading every speech cue.
    if (!silences.length && !evasions.length) return;
    const speech = speechEvents(doc, [...silences, ...evasions].map((m) => m.span));
    // In document order, so each silence reads only the statements within its reach.
    const ordered = [...speech].sort((x, y) => x.span.start - y.span.start);
    // hasType depends only on the name and the type: once per pair in this article.
    const typed = new Map<string, boolean>();
    const hasTypeOnce = (n: string[], group: ActorType) => {
      const key = `${group}\u0000${n.join('\u0001')}`;
      let v = typed.get(key);
      if (v === undefined) typed.set(key, (v = hasType(doc, n, group)));
      return v;
    };
    if (!speech.length) return;
    const keyCache = new Map<number, Set<string>>();
    // Silences with a question that restates no denial: read as follow-ups, after the loop.
    const asFollowUps: FollowUp[] = [];
    for (const m of silences) {
      const back = lookBack(doc, m.first, 3);
      // "has never remained silent", "would remain silent", "had remained silent until".
      if (anyIn(back, lex.negators) || anyIn(back, lex.modals) || back.some((t) => t.normal === 'had')) continue;
      // "declined to comment further", "silent on whether", "initially silent".
      // ("did not answer when asked whether ...": that "when" is part of the wording, not a narrower question.)
      const narrowing = [...back, ...doc.tokens.slice(m.first, m.last), ...lookAhead(doc, m.last, 4)].filter((t, i, all) => has(lex.narrowers, t) && !(t.normal === 'when' && all[i + 1]?.normal === 'asked'));
      // "silent on whether the data was taken" after a denial that it was: the same question,
      // not a narrower one. A wh-question ("did not answer when asked where it had bought
      // the starch") is narrower: it counts only after a flat denial of the same matter.
      const narrower = narrowing.some((t) => lex.questionWords.has(t.normal));
      const readable = narrowing.every((t) => has(lex.restatable, t) || lex.questionWords.has(t.normal));
      const clause = narrowing.length && readable ? clauseWords(doc, m.last) : undefined;
      // "would not go into details": the details of the question asked before it, if any.
      const detailsOnly = narrowing.length > 0 && narrowing.every((t) => lex.detailWords.has(t.normal));
      if (narrowing.length && !clause?.words.size && !detailsOnly) continue;
      const after = clause ? undefined : topicAfter(doc, m.last);
      const sentence = tokens[m.first]!.sentence;
      let flagged = false;
      for (const [a0, b] of subjectsBefore(doc, m.first)) {
        let a = a0;
        let subject = mentionAt(doc, a, b);
        const group = subject.kind === 'pronoun' ? undefined : groupType(doc, a, b);
        if (subject.kind === 'pronoun') {
          // "a spokesperson for the region said it would not ...": the speaker is the silent one.
          const by = speakerBefore(doc, a);
          if (!by) continue;
          [subject, a] = [by.mention, by.first];
        }
        // "Asked whether ..., the region refused to say": the question is the topic.
        const asked = (detailsOnly || !(clause || after)) ? askedClause(doc, a) : undefined;
        const question = asked ?? clause;
        if (narrowing.length && !question) continue;
        const topic = question ? { span: question.span, head: undefined } : after;
        const silent = withShortName(doc, subject, actorOf(doc, subject));
        // A narrower (wh-) question needs the actor's flat denial and two shared words.
        const wh = narrower && question === clause;
        let sameQuestion = false;
        const contradicts = (s: Speech) => {
          if (s.span.start >= subject.start && s.span.end <= m.span.end) return false;
          const said = sentenceKeys(doc, keyCache, s.sentence);
          const shared = question ? restates(said, question.words, silent) : 0;
          if (question ? !shared : !speaksToTopic(said, topic?.head)) return false;
          if (wh && (shared < SAME_QUESTION || !isDenial(doc, s))) return false;
          if (!group) {
            if (!sameActor(silent, s.actor())) return false;
            // Asked the very question the denial answered: two words of it, or, for a yes-no
            // question, the word the speaker flatly negated ("will not pay" / "whether any payment").
            sameQuestion ||= shared >= SAME_QUESTION || (!!question?.yesNo && deniesWord(doc, s.sentence, question.words));
            return true;
          }
          // "both companies": an actor of that kind named just before, who spoke.
          return s.actor().names.some((n) => namedNear(doc, n, sentence - GROUP_WINDOW, sentence) && hasTypeOnce(n, group));
        };
        // The report names at most three: stop looking after the third.
        const spoke: Speech[] = [];
        const first = countBefore(ordered, doc.sentences[Math.max(0, sentence - SILENCE_REACH)]!.start);
        for (let i = first; i < ordered.length && ordered[i]!.sentence <= sentence + SILENCE_REACH; i++) {
          const s = ordered[i]!;
          if (contradicts(s) && spoke.push(s) === 3) break;
        }
        if (!spoke.length) continue;
        // A question written before the silence is its topic, but the flag stays on the silence.
        const span = cover({ start: tokens[a]!.start, end: tokens[a]!.end }, m.span, topic && topic.span.start > m.span.start ? topic.span : m.span);
        const said = doc.text.slice(spoke[0]!.span.start, spoke[0]!.span.end);
        report({
          span,
          message: `"${doc.text.slice(span.start, span.end)}", yet the article also reports "${said}": did they respond or not?`,
          // "Declined to comment" is weak, unless asked the very question the denial answered.
          severity: m.entry === 'weak' && !sameQuestion ? 'info' : undefined,
          related: spoke.slice(0, 3).map((s) => related(doc, s.span)),
        });
        flagged = true;
        break;
      }
      // "kept quiet about why ...", "Asked about X, the ministry declined to comment": a
      // question (not a bare topic "on the cost") that no speech restates.
      if (!flagged && (clause || !after)) asFollowUps.push({ ...m, silence: true });
    }
    followUps(doc, [...evasions, ...asFollowUps], speech, report);
  },
});
