import type { Document, Span, Token } from '../../src/document/types.js';
import { phraseAfter, phraseBefore } from '../../src/document/mentions.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { actorOf, anyIn, cover, groupType, hasType, inQuote, lookAhead, lookBack, mentionAt, namedNear, nonOverlapping, sameActor, subjectsBefore } from './_clause.js';
import { lex, type ActorType } from './_lexicon.js';
import { keysIn, topicKeys } from './_topic.js';
import { countBefore, deniedInWords, isDenial, speakerBefore, type Speech, speechEvents, withShortName } from './_speech.js';
import { askedClause, askedWh, clauseWords, deniesWord, has, restates, restOfSentence } from './_question.js';
import { askedLater, openQuestions } from './_open-question.js';
import { firstTokenFrom } from '../../src/engine/doc-cache.js';
import { searchFirst } from '../../src/document/search.js';
import { stem } from '../../src/engine/cluster-text.js';
import { type FollowUp, followUps, officerDenied } from './_follow-up.js';
import { evasionSubject, standsFor } from './_evasion.js';
import { explainedEarlier } from './_explained.js';

/** A group subject only covers actors named this many sentences before it (or in it). */
const GROUP_WINDOW = 3;
/**
 * How many sentences either side of a silence its statement may stand: a whole news article,
 * but not a whole book pasted as one (where reading every statement per silence is quadratic).
 */
const SILENCE_REACH = 80;

const POSSESSIVE = /^(its|their|his|her|our|my|your)$/;

/** Words that join a document part to its matter: "the appendix on grazing fees", "the minutes of the meetings". */
const MATTER_LINK = /^(on|of|about|regarding|concerning|over|for)$/;
/** How many such links a part's matter may run over ("the section of the contract on fees"). */
const MATTER_HOPS = 2;

/**
 * The topic after the silence wording ("on the allegations"): its span and head word, and,
 * when the head is a part of a document ("the lease's appendix on grazing fees"), the
 * tokens of the matter that follows it: the part is about them, not about itself.
 */
function topicAfter(doc: Document, last: number): { span: Span; head?: Token; matter?: Token[]; whole?: Token[] } | undefined {
  // "did not reply to a request for comment on the contract": the topic follows the request's "for comment".
  if (doc.tokens[last]?.normal === 'for' && /^comments?$/.test(doc.tokens[last + 1]?.normal ?? '')) last += 2;
  const prep = doc.tokens[last];
  const end = doc.tokens[last - 1]!;
  if (!prep || prep.sentence !== end.sentence || !/^(on|about|regarding|over|concerning)$/.test(prep.normal)) return undefined;
  // "about its licence": a possessive pronoun ends a phrase for the phrase finder; step over it.
  const from = POSSESSIVE.test(doc.tokens[last + 1]?.normal ?? '') ? last + 2 : last + 1;
  const np = phraseAfter(doc.tokens, from, doc.sentences[end.sentence]!.tokenEnd);
  if (!np) return undefined;
  // "on the cracked pylons": the tagger reads a participle before a noun as a verb, which ends
  // the phrase at "the". The flag's span runs on to the noun; the topic stays unread (broad), as before.
  let spanEnd = np[1];
  const part = doc.tokens[np[1]];
  if (doc.tokens[np[1] - 1]!.pos === 'DET' && part?.pos === 'VERB' && /ed$/.test(part.normal) && doc.tokens[np[1] + 1]?.pos === 'NOUN') {
    const rest = phraseAfter(doc.tokens, np[1] + 1, doc.sentences[end.sentence]!.tokenEnd);
    if (rest && rest[0] === np[1] + 1) spanEnd = rest[1];
  }
  const words = doc.tokens.slice(np[0], np[1]);
  // The head comes before any preposition: "the cost of the recall" -> cost.
  const prepAt = words.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const head = [...words.slice(0, prepAt > 0 ? prepAt : words.length)].reverse().find((t) => /^(NOUN|PROPN)$/.test(t.pos));
  const span = { start: prep.start, end: doc.tokens[spanEnd - 1]!.end };
  if (!head || !has(lex.containerTopics, head)) return { span, head };
  // The matter: the words after the head's own link ("of" inside the phrase), else the complements after the phrase.
  const matter = prepAt > 0 ? words.slice(prepAt + 1) : [];
  const sentenceEnd = doc.sentences[end.sentence]!.tokenEnd;
  let k = np[1];
  for (let hops = 0; hops < MATTER_HOPS && k + 1 < sentenceEnd && MATTER_LINK.test(doc.tokens[k]!.normal); hops++) {
    const next = phraseAfter(doc.tokens, k + 1, sentenceEnd);
    if (!next) break;
    for (let i = next[0]; i < next[1]; i++) matter.push(doc.tokens[i]!);
    k = next[1];
  }
  // "the lease's appendix": the whole the part belongs to (its possessor), a second tie to a denial.
  const owner = words.findIndex((t) => /^['’]s$/.test(t.text));
  return { span, head, matter, whole: owner > 0 ? words.slice(0, owner) : [] };
}

/** Words that front a silence's topic: "Regarding the unpaid bonuses, the club has stayed silent." */
const FRONTED_TOPIC = /^(on|about|regarding|concerning|over)$/;

/**
 * "About the unpaid bonuses, the club has said nothing since": the topic fronted before the
 * silent subject (token `a`), as a prepositional phrase that opens the sentence and ends in a comma.
 */
function topicBefore(doc: Document, a: number): { span: Span; head?: Token; matter?: Token[]; whole?: Token[] } | undefined {
  const s = doc.sentences[doc.tokens[a]!.sentence]!;
  const k = s.tokenStart;
  if (a - k < 3 || doc.tokens[a - 1]!.text !== ',' || !FRONTED_TOPIC.test(doc.tokens[k]!.normal)) return undefined;
  const np = phraseAfter(doc.tokens, k + 1, a - 1);
  if (!np) return undefined;
  const words = doc.tokens.slice(np[0], np[1]);
  const prepAt = words.findIndex((t, i) => i > 0 && t.pos === 'ADP');
  const head = [...words.slice(0, prepAt > 0 ? prepAt : words.length)].reverse().find((t) => /^(NOUN|PROPN)$/.test(t.pos));
  return { span: { start: doc.tokens[k]!.start, end: doc.tokens[np[1] - 1]!.end }, head };
}

/** Verbs that end a silence ("broke the company's silence"). */
const ENDS_SILENCE = /^(break|end|breach|shatter)$/;

/** How many sentences before a denial the claim it answers may stand. */
const CLAIM_SENTENCES = 2;

/**
 * The keys of the claim a denial in words answers: the sentences just before it, in its
 * paragraph or the one before ("The players say their bonuses went unpaid. || The club
 * denied that any payment was withheld."). A silence on the claim's matter ("on the bonuses")
 * follows the denial of that very claim, even when the denial's own words differ.
 */
function claimKeys(doc: Document, cache: Map<number, Set<string>>, s: Speech): Set<string> {
  let keys = cache.get(s.sentence);
  if (keys) return keys;
  const paragraph = doc.sentences[s.sentence]!.paragraph;
  let from = s.sentence;
  for (let i = s.sentence - 1; i >= Math.max(0, s.sentence - CLAIM_SENTENCES) && paragraph - doc.sentences[i]!.paragraph <= 1; i--) from = i;
  keys = from < s.sentence ? keysIn(doc, doc.sentences[from]!.tokenStart, doc.sentences[s.sentence - 1]!.tokenEnd) : new Set();
  cache.set(s.sentence, keys);
  return keys;
}

/** Prepositions that make a following "when" the topic asked about ("silent on when ..."). */
const TOPIC_PREP = /^(on|about|over|regarding|concerning)$/;

/**
 * Whether a statement's sentence, after its cue, answers a how/why question with one of the
 * `whAnswers` wordings ("followed each exporter's purchases", "because").
 */
function explains(doc: Document, s: Speech, wh: string): boolean {
  const from = firstTokenFrom(doc, s.span.end);
  const end = doc.sentences[s.sentence]!.tokenEnd;
  return from < end && lex.whAnswers.get(wh)!.match(doc.tokens, from, end).length > 0;
}

/** How far past a topic phrase its relative clause may start (over a parenthetical ", seen by the paper,"). */
const RELATIVE_REACH = 8;

// The tagger may read "say" after a plural noun as a noun ("the families say/NOUN were sent"): the form decides.
const isClaimVerb = (t: Token | undefined) => !!t && (lex.relativeClaimVerbs.has(t.normal) || (t.pos === 'VERB' && lex.relativeClaimVerbs.has(t.lemma.toLowerCase())));

/**
 * "about the nine farms the growers say were flooded": a relative clause without its
 * pronoun, whose subject reports a claim, at token `k` (the end of the topic phrase). The
 * phrase finder may have taken the clause's subject into the topic ("the nine farms the
 * growers", even "the growers say"), so the verb may stand at `k` itself or just before it,
 * after a noun, a determiner and its nouns.
 */
function claimRelative(doc: Document, k: number, start: number, end: number): boolean {
  const { tokens } = doc;
  // The claim verb opens a clause: words follow it ("say were sent home"), not the sentence's end.
  // ("say" read as a noun ends up inside the phrase: then it stands just before `k`.)
  const v = isClaimVerb(tokens[k]) ? k : tokens[k - 1]?.pos === 'NOUN' && isClaimVerb(tokens[k - 1]) ? k - 1 : -1;
  if (v >= 0 && v + 1 < end && tokens[v + 1]!.pos !== 'PUNCT') {
    let j = v - 1;
    while (j > start && /^(NOUN|PROPN|ADJ)$/.test(tokens[j]!.pos)) j--;
    return j < v - 1 && tokens[j]!.pos === 'DET' && /^(NOUN|PROPN)$/.test(tokens[j - 1]?.pos ?? '');
  }
  if (tokens[k]?.pos !== 'DET') return false;
  const np = phraseAfter(tokens, k, end);
  return !!np && np[1] + 1 < end && isClaimVerb(tokens[np[1]]) && tokens[np[1] + 1]!.pos !== 'PUNCT';
}

/** Whether a relative clause ("that give ...", ", which ...") follows the topic phrase ending at `end`. */
function relativeAfter(doc: Document, end: number): boolean {
  let k = firstTokenFrom(doc, end);
  const s = doc.sentences[doc.tokens[k - 1]!.sentence]!;
  // "a batch of 2,000 packs that drivers say ...": the relative clause may follow the
  // topic's "of" complements, which the phrase finder leaves out of the topic phrase.
  for (let hops = 0; hops < 3 && doc.tokens[k]?.normal === 'of' && k + 1 < s.tokenEnd; hops++) {
    const np = phraseAfter(doc.tokens, k + 1, s.tokenEnd);
    if (!np) break;
    // The tagger may read "packs that drivers say" as one phrase ("that" as a determiner).
    for (let i = np[0] + 1; i < np[1]; i++) if (/^(that|which|who)$/.test(doc.tokens[i]!.normal)) return true;
    k = np[1];
  }
  const next = doc.tokens[k];
  if (!next || k >= s.tokenEnd) return false;
  if (/^(that|which|who)$/.test(next.normal)) return true;
  if (claimRelative(doc, k, s.tokenStart, s.tokenEnd)) return true;
  if (next.text !== ',') return false;
  // ", seen by Istmo Daily, that give": a comma, a short parenthetical, a comma, then the pronoun.
  for (let i = k + 1; i < Math.min(s.tokenEnd - 1, k + RELATIVE_REACH); i++) {
    if (doc.tokens[i]!.text === ',') return /^(that|which|who)$/.test(doc.tokens[i + 1]!.normal);
  }
  return false;
}

/** Whether the silence wording ending before token `last` ends in a question noun ("did not respond to questions"). */
function asksQuestions(doc: Document, last: number): boolean {
  const t = doc.tokens[last - 1];
  return !!t && (lex.questionNouns.has(t.normal) || lex.questionNouns.has(t.lemma.toLowerCase()));
}

/**
 * Per article: each sentence's semicolon tokens, and the keys of each clause (by its first
 * token): all of them, and the plain ones (the stems of each word's own form and lemma).
 */
type KeyCache = { semis: Map<number, number[]>; keys: Map<number, Set<string>>; ends: Map<number, number>; plain: Map<number, Set<string>> };

/**
 * The content-word keys of what a speech says: its sentence, or, in a sentence of clauses
 * joined by semicolons ("Growers say they were paid late; the cooperative denies withholding
 * any payment"), the clause with its cue; the other clause is someone else's.
 * A sentence is scanned once and a clause read once, however many cues it has.
 */
function saidKeys(doc: Document, cache: KeyCache, s: Speech): Set<string> {
  return cache.keys.get(clauseOf(doc, cache, s))!;
}

/** The plain keys of what a speech says (no noun read as its verb): see `speaksToTopic`. */
function saidPlain(doc: Document, cache: KeyCache, s: Speech): Set<string> {
  const a = clauseOf(doc, cache, s);
  let plain = cache.plain.get(a);
  if (!plain) {
    plain = new Set();
    const end = cache.ends.get(a)!;
    for (let k = a; k < end; k++) {
      const t = doc.tokens[k]!;
      plain.add(stem(t.normal)).add(stem(t.lemma.toLowerCase()));
    }
    cache.plain.set(a, plain);
  }
  return plain;
}

/** The first token of the clause a speech's cue stands in, its keys cached. */
function clauseOf(doc: Document, cache: KeyCache, s: Speech): number {
  const { tokens } = doc;
  const sentence = doc.sentences[s.sentence]!;
  let semis = cache.semis.get(s.sentence);
  if (!semis) {
    semis = [];
    for (let k = sentence.tokenStart; k < sentence.tokenEnd; k++) if (tokens[k]!.text === ';') semis.push(k);
    cache.semis.set(s.sentence, semis);
  }
  const cue = firstTokenFrom(doc, s.span.end) - 1;
  // The clause: from after the last semicolon before the cue to the next one.
  const next = semis.length ? searchFirst(0, semis.length, (i) => semis[i]! > cue) : 0;
  const a = next > 0 ? semis[next - 1]! + 1 : sentence.tokenStart;
  const b = next < semis.length ? semis[next]! : sentence.tokenEnd;
  if (!cache.keys.has(a)) cache.keys.set(a, keysIn(doc, a, b));
  cache.ends.set(a, b);
  return a;
}

/**
 * A narrow topic ("silent on the cost") is only contradicted by speech that mentions it,
 * by stem or by the verb of a noun ("the removal" / "had been removed").
 */
function speaksToTopic(said: Set<string>, plain: () => Set<string>, head: Token | undefined, matter?: Token[]): boolean {
  if (!head || lex.broadTopics.has(head.normal) || lex.broadTopics.has(head.lemma.toLowerCase())) return true;
  // "the appendix on grazing fees" after a denial that herders pay more in fees: a part of a
  // document is about its matter; one content word of it in the speech is the same matter.
  if (matter && sharedIn(said, matter)) return true;
  const own = stem(head.normal);
  const lemma = stem(head.lemma.toLowerCase());
  // A noun read as its verb ("removal" -> remov) must meet a word of that verb ("removed"),
  // not another noun read the same way: "station" and "statement" both read as "state".
  return topicKeys(head).some((k) => (k === own || k === lemma ? said.has(k) : plain().has(k)));
}

/**
 * "would not discuss the lease's appendix on grazing fees" after a denial that any herder's
 * fees go up under the lease: the part's matter and its whole share two words with the
 * denial (one of the matter at least): the very question the denial answered.
 */
function partAnswered(said: Set<string>, topic: { matter?: Token[]; whole?: Token[] } | undefined): boolean {
  if (!topic?.matter?.length) return false;
  const n = sharedIn(said, topic.matter);
  return n > 0 && n + sharedIn(said, topic.whole ?? []) >= SAME_QUESTION;
}

/** Whether the span opens a quoted fragment: 'said the firm "does not discuss individual suppliers"' is its own non-answer. */
function opensQuote(doc: Document, span: Span): boolean {
  return doc.quotes.some((q) => q.content.start <= span.start && span.start - q.content.start <= 1 && span.end <= q.content.end);
}

/** The words of a matter that carry it (names aside: the silent body's own name is in its denial too). */
const CONTENT = /^(NOUN|ADJ|VERB)$/;

/** How many of the words (content words, generic ones aside) a speech's keys hold. */
function sharedIn(said: Set<string>, words: Token[]): number {
  let n = 0;
  for (const t of words) if (CONTENT.test(t.pos) && !has(lex.genericWords, t) && topicKeys(t).some((k) => said.has(k))) n++;
  return n;
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
    // "There was no reply from the ministry on ...", "Our questions ... went unanswered": follow-ups only.
    const opens = openQuestions(doc, [...silences, ...evasions].map((m) => m.span));
    // "sent a link to its annual report", "does not discuss individual suppliers": answers that
    // are not answers, read only as follow-ups with a question (the one asked before, if any).
    for (const m of nonOverlapping(lex.nonAnswers.matchDocument(doc))) {
      if ([...silences, ...evasions].some((x) => x.span.start < m.span.end && m.span.start < x.span.end)) continue;
      const quoted = inQuote(doc, m.span);
      if (quoted && !opensQuote(doc, m.span)) continue;
      // 'said the firm "does not discuss ..."': the subject stands before the quotation mark.
      const range = quoted ? phraseBefore(tokens, m.first - 1, doc.sentences[tokens[m.first]!.sentence]!.tokenStart) : evasionSubject(doc, m.first);
      // The question asked before it ("Asked whether ..., the club sent a link"), else after it ("when asked why ...").
      const asked = (range && (askedClause(doc, range[0]) ?? askedWh(doc, range[0]))) ?? askedLater(doc, m.last);
      if (range) opens.push({ ...m, silence: true, subject: range, question: asked });
    }
    // No silence wording, nothing to contradict: skip reading every speech cue.
    if (!silences.length && !evasions.length && !opens.length) return;
    const speech = speechEvents(doc, [...silences, ...evasions, ...opens].map((m) => m.span));
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
    const keyCache: KeyCache = { semis: new Map(), keys: new Map(), ends: new Map(), plain: new Map() };
    const claimCache = new Map<number, Set<string>>();
    // Silences with a question that restates no denial: read as follow-ups, after the loop.
    const asFollowUps: FollowUp[] = [];
    for (const m of silences) {
      const back = lookBack(doc, m.first, 3);
      // "has never remained silent", "would remain silent", "had remained silent until".
      if (anyIn(back, lex.negators) || anyIn(back, lex.modals) || back.some((t) => t.normal === 'had')) continue;
      // "Voss broke the company's silence on Monday": a silence noun that is ended is no silence now.
      if (/^['\u2019]s$/.test(tokens[m.first]!.text) && back.some((t) => t.pos === 'VERB' && ENDS_SILENCE.test(t.lemma.toLowerCase()))) continue;
      // "declined to comment further", "silent on whether", "initially silent".
      // ("did not answer when asked whether ...": that "when" is part of the wording, not a narrower question.)
      // ("The regulator, which has declined to comment on ...": a relative pronoun before the wording asks nothing.)
      const near = [...back.filter((t) => !lex.questionWords.has(t.normal)), ...doc.tokens.slice(m.first, m.last), ...lookAhead(doc, m.last, 4)];
      const narrowing = near.filter((t, i, all) => has(lex.narrowers, t) && !(t.normal === 'when' && all[i + 1]?.normal === 'asked'));
      // "declined to comment on when the audit began": "when" after a topic
      // preposition asks a question (a time), unlike "declined to comment when reached".
      const asks = new Set(near.filter((t, i, all) => lex.questionWords.has(t.normal) || (t.normal === 'when' && TOPIC_PREP.test(all[i - 1]?.normal ?? ''))));
      // "silent on whether the data was taken" after a denial that it was: the same question,
      // not a narrower one. A wh-question ("did not answer when asked where it had bought
      // the starch") is narrower: it counts only after a flat denial of the same matter.
      const narrower = narrowing.some((t) => asks.has(t));
      const readable = narrowing.every((t) => has(lex.restatable, t) || asks.has(t));
      // "which has not disputed skipping the audit": the matter not disputed follows the wording, and only
      // the same actor's denial of it (two words, or half of a short one) answers it.
      const undenied = m.entry === 'undenied';
      const clause = undenied || (narrowing.length && readable) ? clauseWords(doc, m.last) : undefined;
      // "would not go into details": the details of the question asked before it, if any.
      const detailsOnly = narrowing.length > 0 && narrowing.every((t) => lex.detailWords.has(t.normal));
      // "Asked why ..., the utility said it had nothing further to add": nothing beyond what it
      // had said, so read as a follow-up to that (its denial), with the question asked.
      if (narrowing.length && narrowing.every((t) => t.normal === 'further')) {
        asFollowUps.push({ ...m, silence: true, further: true });
        continue;
      }
      if (narrowing.length && !clause?.words.size && !detailsOnly) continue;
      const after = clause ? undefined : topicAfter(doc, m.last);
      // "has not answered the auditors' allegations": the wording carries its own topic (data:
      // silence.topical), and only a denial of it answers it, not a statement on something else.
      const ownTopic = m.entry === 'topical';
      const sentence = tokens[m.first]!.sentence;
      // "The company's silence on the tests": a silence noun whose possessor is the silent one.
      const possessor = /^['\u2019]s$/.test(tokens[m.first]!.text);
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
        const topic = question ? { span: question.span, head: undefined } : after ?? topicBefore(doc, a);
        const silent = withShortName(doc, subject, actorOf(doc, subject));
        // A narrower (wh-) question needs the actor's flat denial and two shared words.
        const wh = narrower && question === clause;
        // Only a strong silence ("has not responded to questions about how") claims no answer at all.
        const explained = wh && m.entry === 'strong' ? narrowing.find((t) => lex.whAnswers.has(t.normal))?.normal : undefined;
        let sameQuestion = false;
        const contradicts = (s: Speech) => {
          if (s.span.start >= subject.start && s.span.end <= m.span.end) return false;
          // "declined to comment on X, saying the council would decide": the silence's own reason, not a reply.
          if (s.sentence === sentence && s.span.start >= m.span.end && /ing$/.test(tokens[firstTokenFrom(doc, s.span.end) - 1]?.normal ?? '')) return false;
          const said = saidKeys(doc, keyCache, s);
          const shared = question ? restates(said, question.words, silent) : 0;
          // A narrow topic the denial does not name, but the claim it denied does ("on the bonuses").
          let viaClaim = false;
          if (!question && !speaksToTopic(said, () => saidPlain(doc, keyCache, s), topic?.head, after?.matter)) {
            if (!topic?.head || !deniedInWords(doc, s) || !topicKeys(topic.head).some((k) => claimKeys(doc, claimCache, s).has(k))) return false;
            viaClaim = true;
          }
          if (question && !shared) return false;
          // A how/why question the same actor's statement answers ("said the fares were based on
          // distance" / "how the fares were set") is no narrower than what it said.
          if (wh && (shared < SAME_QUESTION || !isDenial(doc, s)) && !(explained && explains(doc, s, explained))) return false;
          if ((ownTopic || undenied) && !isDenial(doc, s)) return false;
          // "The club, which has not disputed skipping, says it is reviewing": the sentence's own
          // statement holds the silence's words (and its "not"); a denial stands elsewhere.
          if (undenied && s.sentence === sentence) return false;
          if (!group) {
            // "The museum's director denied ... The museum has remained silent": its officer's denial in words is the body's.
            // "Kestrel Mining denied ... The company's silence on ...": "the company" for the named
            // company that denied in words (the Document leaves a possessor unresolved).
            if (!sameActor(silent, s.actor()) && !officerDenied(doc, s, subject, silent) && !(possessor && deniedInWords(doc, s) && standsFor(doc, subject, silent, s.speaker, s.actor()))) return false;
            // Asked the very question the denial answered: two words of it, or, for a yes-no
            // question, the word the speaker flatly negated ("will not pay" / "whether any payment").
            sameQuestion ||= viaClaim || shared >= SAME_QUESTION || (!!question?.yesNo && deniesWord(doc, s.sentence, question.words)) || partAnswered(said, topic);
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
        // A denial answers a silence more plainly than another statement: name it first.
        if (spoke.length > 1) spoke.sort((x, y) => Number(deniedInWords(doc, y)) - Number(deniedInWords(doc, x)));
        // A question written before the silence is its topic, but the flag stays on the silence.
        const span = cover({ start: tokens[a]!.start, end: tokens[a]!.end }, m.span, topic && topic.span.start > m.span.start ? topic.span : m.span);
        // A bare cue ("rejected") says little: quote its clause, a few words on.
        const clauseEnd = lookAhead(doc, firstTokenFrom(doc, spoke[0]!.span.end), 8).at(-1)?.end ?? spoke[0]!.span.end;
        const said = doc.text.slice(spoke[0]!.span.start, Math.max(spoke[0]!.span.end, clauseEnd));
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
      // "declined to comment on letters, seen by the paper, that give 38 families until March
      // to leave": a topic with a relative clause is a question, read whole against the denial.
      // "did not respond to questions about a 2024 report on the pipe": the wording names
      // questions, so its topic is what was asked, read whole against the denial too.
      else if (!flagged && after && (relativeAfter(doc, after.span.end) || asksQuestions(doc, m.last))) asFollowUps.push({ ...m, silence: true, question: restOfSentence(doc, m.last) });
    }
    // "gave no reason for how the tolls were set" after his own quoted "we set the tolls by ...".
    const explained = explainedEarlier(doc, evasions, report);
    followUps(doc, [...evasions.filter((m) => !explained.has(m.span.start)), ...asFollowUps, ...opens], speech, report);
  },
});
