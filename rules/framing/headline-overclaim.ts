import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule, type Report } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { anyIn, bareWord, bodyTest, contentStems, cover, inQuote, lookAhead, lookBack, nonOverlapping } from './_clause.js';
import { lex } from './_lexicon.js';
import { stem } from '../../src/engine/cluster-text.js';
import { attributionsIn, firstTokenFrom } from '../../src/engine/doc-cache.js';
import { actOf, withheldActs, type Withheld } from './_acts.js';
import { causalOverclaim, causeEvidence } from './_cause.js';
import { presupposedAct } from './_presupposed.js';
import { deniedAdmission, deniedRelation } from './_denied-claim.js';
import { presumedWrong } from './_presumed-wrong.js';
import { deniedQuality } from './_denied-quality.js';
import { deniedKin } from './_denied-kin.js';
import { deniedParticiple, type DeniedParticiple } from './_denied-participle.js';
import { disputedValue, suspendedOutcome } from './_settled-claim.js';
import { statedMotive } from './_motive.js';
import { deniedAny } from './_denied-any.js';
import { deniedDetail, type DeniedDetail } from './_denied-detail.js';
import { accusedAsFact, disputedReasons } from './_subhead.js';
import { standfirstIndex } from '../../src/document/index.js';

/** A body hedge counts only when its sentence shares this many content words with the headline. */
const MIN_SHARED = 2;
const CONTENT = /^(NOUN|PROPN|ADJ)$/;
/** Words too common to show that a body sentence is about the headline's subject. */
const COMMON = new Set(['new', 'report', 'reports', 'news', 'says', 'year', 'years', 'day', 'week', 'people', 'time']);

/** "whether the firm paid", "if it pumped": the act inside an open question. */
const OPEN_CLAUSE = /^(whether|if)$/;

/** Before a participle: a passive. */
/** "is dumping", "are skimming": the auxiliary of a present progressive. */
const PROGRESSIVE = /^(is|are)$/;
/** "paying out", "sold off": the particle of a phrasal verb. */
const PARTICLE = /^(back|off|out|down|up|over|away)$/;
const PASSIVE = /^(is|are|was|were|be|been|being|get|got|gets)$/;

const key = (t: Token) => bareWord(t).replace(/\.$/, '');

/** Token indices of sentences `[sentenceStart, sentenceEnd)`. */
function tokenIndices(doc: Document, sentenceStart: number, sentenceEnd: number): number[] {
  const out: number[] = [];
  for (let s = sentenceStart; s < sentenceEnd; s++) {
    const sent = doc.sentences[s]!;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) out.push(k);
  }
  return out;
}

/**
 * The headline's content words. Headlines are title case, so every capitalised word
 * is tagged a name; the lemma is used so "Links" in the headline meets "link" in the body.
 */
function contentWords(toks: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of toks) {
    if (!CONTENT.test(t.pos) && t.pos !== 'VERB') continue;
    const w = key(t);
    if (w.length < 3 || COMMON.has(w)) continue;
    out.add(w);
    out.add(t.lemma.toLowerCase());
  }
  return out;
}

/** Headline assertions next to each other ("Discovers Secret Link") make one span. */
function mergeAdjacent(matches: { span: Span; first: number; last: number }[]) {
  const out: { span: Span; first: number; last: number }[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && m.first - prev.last <= 1) {
      prev.span = cover(prev.span, m.span);
      prev.last = m.last;
    } else out.push({ ...m, span: { ...m.span } });
  }
  return out;
}

/** The body asserts the headline word itself, unhedged ("the ministry confirmed"): the headline follows the story. */
function bodyAsserts(doc: Document, body: number[], word: Token): boolean {
  const lemma = word.lemma.toLowerCase();
  return body.some((k) => {
    const t = doc.tokens[k]!;
    return t.lemma.toLowerCase() === lemma && t.pos === word.pos && !anyIn(lookBack(doc, k, 4), lex.negators);
  });
}

/** The body's negation of the headline's own verb ("have not confirmed"): its span, negator to verb. */
function deniedInBody(doc: Document, body: number[], word: Token): Span | undefined {
  if (word.pos !== 'VERB') return undefined;
  const lemma = word.lemma.toLowerCase();
  for (const k of body) {
    const t = doc.tokens[k]!;
    if (t.lemma.toLowerCase() !== lemma || t.pos !== 'VERB') continue;
    const before = lookBack(doc, k, 4);
    const negator = before.find((b) => lex.negators.has(b.normal));
    if (negator && !inQuote(doc, t)) return { start: negator.start, end: t.end };
  }
  return undefined;
}

interface AllegedAct {
  /** The headline word. */
  word: Token;
  /** "is accused of laundering", "has not yet found whether the pesticide killed the bees". */
  frame: Span;
  kind: Withheld['kind'];
  /** The reply that disputes a contested claim ("Northcliff denies this"). */
  reply?: Span;
}

/**
 * "city buries inspectors' report": a hedge word that is a possessed or determined noun
 * is the thing acted on, not the headline's source ("Report: ...", "reports say").
 */
function isObjectNoun(doc: Document, first: number, last: number): boolean {
  const t = doc.tokens[first]!;
  const prev = doc.tokens[first - 1];
  return last - first === 1 && t.pos === 'NOUN' && !!prev && prev.sentence === t.sentence && (/^['’]s?$/.test(prev.text) || /^(its|their|his|her|the)$/.test(prev.normal));
}

/** Verbs that name no act of their own ("Minister Had Talks", "Firm Got Loan"). */
const LIGHT = /^(be|have|do|get|go|make|come|become|say|tell)$/;

/** "Laundered", or an irregular past the tagger reads as a verb ("Stole", "Hid"; not "Takes", "Taking", "Had"). */
function isPast(word: Token): boolean {
  if (/^[a-z]{3,}ed$/.test(word.normal)) return word.pos !== 'ADJ';
  // "the council overrode its own planners": a past form the tagger does not know (read as a noun).
  if (lex.pastForms.has(word.normal)) return true;
  const lemma = word.lemma.toLowerCase();
  return word.pos === 'VERB' && /^[a-z]{3,}$/.test(word.normal) && !/(s|ing)$/.test(word.normal) && lemma !== word.normal && !LIGHT.test(lemma);
}

/**
 * The headline present ("as city buries", "Mayor Hides Audit"): a word in -s after the
 * first, not a light verb. The tagger reads title-case verbs as nouns ("Hides/PROPN"), so
 * the part of speech is not trusted; the body must still frame the very act (by stem or
 * close synonym) and never tell it as fact, which a plural noun ("Talks") does not meet.
 */
function isPresent(word: Token): boolean {
  if (!/^[a-z]{2,}[^su]s$/.test(word.normal) || !/^(VERB|NOUN|PROPN)$/.test(word.pos)) return false;
  return !LIGHT.test(word.lemma.toLowerCase()) && !LIGHT.test(word.normal.slice(0, -1));
}

/**
 * The headline's present-tense predicate: a word in -s right after a noun ("City Buries",
 * "as city buries"), with a word after it, when the headline has no past-tense verb
 * ("Official Pocketed Bribes": "Bribes" is the object).
 */
function presentPredicates(head: Token[]): Token[] {
  if (head.some((t, i) => i > 0 && isPast(t))) return [];
  return head.filter((t, i) => i > 0 && i < head.length - 1 && /^(NOUN|PROPN)$/.test(head[i - 1]!.pos) && isPresent(t));
}

/**
 * "Inside the rigged tender", "How the doctored accounts ...": a past participle between a
 * determiner and its noun asserts the act as done. Only an act the body frames counts.
 */
function attributive(head: Token[], i: number): boolean {
  const word = head[i]!;
  if (!/^[a-z]{3,}ed$/.test(word.normal) || !/^(ADJ|VERB)$/.test(word.pos)) return false;
  const prev = head[i - 1];
  const next = head[i + 1];
  return !!prev && !!next && /^(the|a|an|this|that|its|their|his|her)$/.test(prev.normal) && /^(NOUN|PROPN)$/.test(next.pos);
}

/** Content words of the headline other than `word`: the body sentence must share one when it uses a synonym. */
function sharesTopic(doc: Document, head: Token[], word: Token, sentence: number, widen = false): boolean {
  const topic = contentWords(head.filter((t) => t !== word && t.pos !== 'VERB'));
  // "inspectors' report": a common word made specific by its possessor is the subject too.
  const first = firstTokenFrom(doc, head[0]!.start);
  head.forEach((t, i) => {
    if (t !== word && isObjectNoun(doc, first + i, first + i + 1)) topic.add(key(t));
  });
  const s = doc.sentences[sentence]!;
  // "He denied that anything had been hidden from the auditors": the sentence before, in its paragraph, names what "anything" is.
  const prev = doc.sentences[sentence - 1];
  const a = widen && prev && prev.paragraph === s.paragraph ? prev.tokenStart : s.tokenStart;
  // By stem too: "the gold mine" is the subject of "Reef Mining denied".
  const stems = new Set([...topic].map((w) => stem(w)));
  return doc.tokens.slice(a, s.tokenEnd).some((t) => topic.has(key(t)) || topic.has(t.lemma.toLowerCase()) || (CONTENT.test(t.pos) && stems.has(stem(key(t)))));
}


/**
 * "Ex-Governor Laundered Millions" over a story that only says he "is accused of
 * laundering" them, or "Vaccine Killed Three" over "had not established whether the
 * vaccine caused the deaths": a headline verb in the past tense whose act the body
 * reports only inside an allegation (or not-established) frame, never as fact in the
 * writer's own voice.
 */
function allegedActs(doc: Document, head: Token[], skipParagraph = -1, progressive = false): AllegedAct[] {
  // A past-tense verb ("Laundered", "Stole"), or the headline future "to fund"; not the
  // headline's first word ("Accused Banker ...").
  const future = (word: Token, i: number) => word.pos === 'VERB' && head[i - 1]!.normal === 'to' && head[i - 1]!.pos === 'PART' && !LIGHT.test(word.lemma.toLowerCase());
  const present = presentPredicates(head);
  const at = firstTokenFrom(doc, head[0]!.start);
  // "€2m in levies went on salaries": a light verb in the past that opens a phrase of an act group.
  const phrasal = (word: Token, i: number) => word.pos === 'VERB' && LIGHT.test(word.lemma.toLowerCase()) && word.normal !== word.lemma.toLowerCase() && !!actOf(doc, at + i).group;
  // A caption's present progressive ("Drums of waste that the tannery is dumping"): the act as going on now.
  const ongoing = (word: Token, i: number) => progressive && word.pos === 'VERB' && /ing$/.test(word.normal) && PROGRESSIVE.test(head[i - 1]!.normal);
  const words = head.filter((word, i) => i > 0 && (isPast(word) || present.includes(word) || future(word, i) || attributive(head, i) || phrasal(word, i) || ongoing(word, i)));
  if (!words.length) return [];
  // A standfirst is read against the body after it, not against itself.
  const isBody = bodyTest(doc, skipParagraph);
  const out: AllegedAct[] = [];
  const from = firstTokenFrom(doc, head[0]!.start);
  for (const word of words) {
    // Porter stems: "Laundered" and "laundering" meet; title-case lemmas cannot be trusted.
    const act = actOf(doc, from + head.indexOf(word));
    const found = withheldActs(doc, act, isBody).filter((w) => !inQuote(doc, doc.tokens[w.end - 1]!));
    // A synonym ("paid" for "Bribed") counts only in a sentence about the headline's subject;
    // a cause withheld must be the headline's cause ("whether the pesticide killed ...").
    // A disputed claim must be about the headline's subject too: "says" frames much else.
    // A pronoun inside the frame ("denied that anything had been hidden") stands for a thing named just before.
    const pronounIn = (w: Withheld) => doc.tokens.slice(w.first + 1, w.end - 1).some((t) => t.pos === 'PRON' && !/^(that|which|who)$/.test(t.normal));
    const usable = found.filter((w) => (!w.synonym && w.kind === 'alleged') || sharesTopic(doc, head, word, doc.tokens[w.first]!.sentence, pronounIn(w)));
    if (!usable.length) continue;
    // Told as fact elsewhere in the body (outside quotes, frames and negation): the headline follows the story.
    const framed = new Set(found.flatMap((w) => Array.from({ length: w.end - w.first }, (_, i) => w.first + i)));
    const prefix = act.stem.slice(0, 3);
    // "paying out" is not "pays the levy": a phrasal act is told as fact only with its particle.
    const particle = PARTICLE.test(head[head.indexOf(word) + 1]?.normal ?? '') ? head[head.indexOf(word) + 1]!.normal : undefined;
    const fact = doc.tokens.some((t, k) => {
      // The prefix test first: stem() is a regex or two, and this looks at every token
      // (by the lemma too: "stole" is told as fact under "steal").
      if (t.pos !== 'VERB' || !(t.normal.startsWith(prefix) || t.lemma.startsWith(prefix)) || framed.has(k)) return false;
      if ((stem(t.normal) !== act.stem && stem(t.lemma) !== act.stem) || inQuote(doc, t) || !isBody(k)) return false;
      if (particle && !lookAhead(doc, k + 1, 2).some((a) => a.normal === particle)) return false;
      const before = lookBack(doc, k, 4);
      if (anyIn(before, lex.negators)) return false;
      // "Whether the quarry blasts after dark was put to it": an open question, not the act told.
      if (before.some((b) => OPEN_CLAUSE.test(b.normal))) return false;
      // "The mayor says every cent went on the old town": a clause reported after its cue is the speaker's, not the writer's.
      // "The tenants have long said that the landlord cut off ...": a cue with "that" after it reports a clause even when its speaker is not resolved.
      const reported = (a: { cueToken: number; cue: Span; speaker?: unknown }) => !!a.speaker || doc.tokens[firstTokenFrom(doc, a.cue.end)]?.normal === 'that';
      if (attributionsIn(doc, t.sentence).some((a) => a.cueToken < k && a.cue.end <= t.start && reported(a))) return false;
      // "13 people were killed": a passive with no agent does not say who did it.
      const prev = before.find((b) => b.pos !== 'ADV');
      return !(prev && PASSIVE.test(prev.normal) && !lookAhead(doc, k + 1, 4).some((a) => a.normal === 'by'));
    });
    if (fact) continue;
    // An allegation is the clearer reading when the body has both.
    const w = usable.find((x) => x.kind === 'alleged') ?? usable[0]!;
    const reply = w.reply && { start: doc.tokens[w.reply.first]!.start, end: doc.tokens[w.reply.last - 1]!.end };
    out.push({ word, frame: { start: doc.tokens[w.first]!.start, end: doc.tokens[w.end - 1]!.end }, kind: w.kind, reply });
  }
  return out;
}

/** The flag for an act presupposed in the subject's participle and denied in the body. */
function participleReport(doc: Document, where: string, given: DeniedParticiple): Report {
  return {
    span: given.span,
    message: `The ${where} takes the act as given ("${doc.text.slice(given.span.start, given.span.end)}"), but the story has it only as a claim, denied ("${doc.text.slice(given.denial.start, given.denial.end)}"). Attribute the claim or say what is known.`,
    related: [related(doc, given.denial)],
  };
}

/**
 * "Wage deal ends nurses' strike" over a strike only suspended; "sells port for half its
 * value" over one legislator's valuation that the port authority rejects.
 */
function reportSettled(doc: Document, where: string, from: number, to: number, isBody: (k: number) => boolean, report: (r: Report) => void) {
  const ended = suspendedOutcome(doc, from, to, isBody);
  if (ended) {
    report({
      span: ended.span,
      message: `The ${where} states an outcome as settled ("${doc.text.slice(ended.span.start, ended.span.end)}"), but the story has it only as "${doc.text.slice(ended.evidence[0]!.start, ended.evidence[0]!.end)}". Say what is settled and what is not.`,
      related: ended.evidence.slice(0, 3).map((x) => related(doc, x)),
    });
  }
  const value = disputedValue(doc, from, to, isBody);
  if (value) {
    report({
      span: value.span,
      message: `The ${where} states a valuation as fact ("${doc.text.slice(value.span.start, value.span.end)}"), but the story has it only from one side, disputed ("${doc.text.slice(value.evidence[1]!.start, value.evidence[1]!.end)}"). Attribute the valuation.`,
      related: value.evidence.map((x) => related(doc, x)),
    });
  }
}

/** "Depot closed to make room for luxury flats" over a body that has the motive only from one side, and a denial. */
function reportMotive(doc: Document, where: string, from: number, to: number, isBody: (k: number) => boolean, report: (r: Report) => void) {
  const motive = statedMotive(doc, from, to, isBody);
  if (!motive) return;
  report({
    span: motive.span,
    message: `The ${where} states a motive as fact ("${doc.text.slice(motive.span.start, motive.span.end)}"), but the story has it only as one side's claim, and a denial ("${doc.text.slice(motive.denial.start, motive.denial.end)}"). Attribute the motive.`,
    related: [related(doc, motive.denial)],
  });
}

/** "The overtime the council never paid" in the standfirst over "The council denied that any overtime was owed". */
function reportDeniedAny(doc: Document, from: number, to: number, skipParagraph: number, report: (r: Report) => void) {
  const any = deniedAny(doc, from, to, skipParagraph);
  if (!any) return;
  report({
    span: any.span,
    message: `The standfirst takes "${doc.text.slice(any.span.start, any.span.end)}" as given, but the story mentions it only in a denial ("${doc.text.slice(any.denial.start, any.denial.end)}"). Attribute the claim or say what is known.`,
    related: [related(doc, any.denial)],
  });
}


/**
 * "Bakery chain spent the flood-relief grant on bonuses" in the standfirst, over a body that has
 * it only from an unsigned memo and the firm's denial: a past act stated in the writer's
 * voice that the body reports only inside an allegation or a denial. A sentence that
 * attributes or hedges itself ("Opposition councillors say ...") is fine.
 */
function reportStandfirst(doc: Document, report: (r: Report) => void) {
  // The standfirst (like the headline, what many readers see alone).
  const p = standfirstIndex(doc);
  if (p < 0) return;
  const para = doc.paragraphs[p]!;
  for (let si = para.sentenceStart; si < para.sentenceEnd; si++) {
    const s = doc.sentences[si]!;
    if (lex.headlineHedges.match(doc.tokens, s.tokenStart, s.tokenEnd).some((m) => !isObjectNoun(doc, m.first, m.last))) continue;
    // "Traders hoarding onions have tripled prices" over "The wholesalers denied that their members were hoarding".
    const isBody = bodyTest(doc, p);
    const given = deniedParticiple(doc, s.tokenStart, s.tokenEnd, isBody);
    if (given) report(participleReport(doc, 'standfirst', given));
    reportSettled(doc, 'standfirst', s.tokenStart, s.tokenEnd, isBody, report);
    reportMotive(doc, 'standfirst', s.tokenStart, s.tokenEnd, isBody, report);
    reportDeniedAny(doc, s.tokenStart, s.tokenEnd, p, report);
    // "A driver shortage has brought down the timetable" over "The railway denied that it had
    // stopped hiring nurses": one side's cause as the standfirst's own. Only over a denial:
    // a cause merely left open is the ordinary state of a summary line.
    const cause = causalOverclaim(doc, s.tokenStart, s.tokenEnd, isBody, true);
    if (cause?.denied) {
      const denial = cause.evidence.find((e) => e.start > s.end) ?? cause.evidence[0]!;
      report({
        span: cause.span,
        message: `The standfirst names a cause as fact ("${doc.text.slice(cause.span.start, cause.span.end)}"), but the story has it only as one side's claim, denied ("${doc.text.slice(denial.start, denial.end)}"). Attribute the cause.`,
        related: cause.evidence.slice(0, 3).map((x) => related(doc, x)),
      });
    }
    for (const a of allegedActs(doc, doc.tokens.slice(s.tokenStart, s.tokenEnd), p)) {
      report({
        span: { start: a.word.start, end: a.word.end },
        message: `The standfirst states "${a.word.text}" as fact, but the story has it only as ${lex.denialCues.has(doc.tokens[firstTokenFrom(doc, a.frame.start)]!.lemma.toLowerCase()) ? 'a claim, denied' : a.kind === 'unestablished' ? 'an open question' : 'a claim'}: "${doc.text.slice(a.frame.start, a.frame.end)}". Attribute the claim or say what is known.`,
        related: [a.frame, ...(a.reply ? [a.reply] : [])].map((x) => related(doc, x)),
      });
    }
  }
}

/**
 * "📷 Drums of waste that the tannery is dumping in the river" over a body that has the
 * dumping only from the anglers' club and the tannery's denial: a photo caption (display
 * text many readers see alone, like a standfirst) that states one side's claim as fact.
 * The Document marks captions (`Paragraph.caption`).
 */
function reportCaptions(doc: Document, report: (r: Report) => void) {
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p]!;
    if (!para.caption) continue;
    const isBody = bodyTest(doc, p);
    for (let si = para.sentenceStart; si < para.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      if (lex.headlineHedges.match(doc.tokens, s.tokenStart, s.tokenEnd).some((m) => !isObjectNoun(doc, m.first, m.last))) continue;
      // "Stumps of the trees felled before the permit was issued": a denied order of events.
      const detail = deniedDetail(doc, s.tokenStart, s.tokenEnd, isBody);
      if (detail) {
        report(detailReport(doc, 'photo caption', detail));
        continue;
      }
      for (const a of allegedActs(doc, doc.tokens.slice(s.tokenStart, s.tokenEnd), p, true)) {
        if (!inQuote(doc, a.word)) report(allegedActReport(doc, 'photo caption', 'caption', a));
      }
    }
  }
}


/** One side's alleged act stated as fact in display text (a photo caption, a timeline entry). */
function allegedActReport(doc: Document, where: string, fix: string, a: ReturnType<typeof allegedActs>[number]): Report {
  const disputed = lex.denialCues.has(doc.tokens[firstTokenFrom(doc, a.frame.start)]!.lemma.toLowerCase()) || a.kind === 'contested';
  return {
    span: { start: a.word.start, end: a.word.end },
    message: `The ${where} states "${a.word.text}" as fact, but the story has it only as ${disputed ? 'a disputed claim' : 'a claim'}: "${doc.text.slice(a.frame.start, a.frame.end)}". Attribute the claim in the ${fix}.`,
    related: [a.frame, ...(a.reply ? [a.reply] : [])].map((x) => related(doc, x)),
  };
}

/** A denied detail (an order of events, a modifier) stated as fact in display text. */
function detailReport(doc: Document, where: string, d: DeniedDetail): Report {
  return {
    span: d.span,
    message: `The ${where} states as fact "${doc.text.slice(d.span.start, d.span.end)}", but the story has it only ${d.claim ? `as one side's claim ("${doc.text.slice(d.claim.start, d.claim.end)}"), ` : 'as a claim, '}denied ("${doc.text.slice(d.denial.start, d.denial.end)}"). Attribute the claim.`,
    related: [...(d.claim ? [d.claim] : []), d.denial].map((x) => related(doc, x)),
  };
}

/**
 * Display lines inside the story that many readers see alone, like a headline: the bullets of
 * a Key-points box (`Paragraph.keyPoint`) and a live-blog entry's heading on its time stamp's
 * line (`Paragraph.entryTitle`). "• Clinic gave children expired vaccines" over the
 * parents' claim and the clinic's denial; "16:40 — Clinic admits doses wasted" over an
 * entry that gives the waste to the parents and reports the clinic's denial.
 */
function reportDisplayLines(doc: Document, report: (r: Report) => void) {
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p]!;
    const timeline = para.entryText !== undefined && !para.keyPoint && para.entryTitle === undefined;
    if (!para.keyPoint && para.entryTitle === undefined && !timeline) continue;
    const where = para.keyPoint ? 'Key points bullet' : timeline ? 'timeline entry' : 'live-blog entry heading';
    const isBody = bodyTest(doc, p);
    for (let si = para.sentenceStart; si < para.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      // A live-blog heading starts past its stamp and dash (the Document marks its first token).
      if (para.entryTitle !== undefined && s.tokenEnd <= para.entryTitle) continue;
      let from = Math.max(s.tokenStart, para.entryTitle ?? s.tokenStart);
      // A timeline entry's act starts past its date and the dash or colon after it ("2024 — Contractor resumes ...").
      if (timeline) from = Math.max(from, para.entryText!);
      // A bullet's marker ("•") is no word of it.
      while (from < s.tokenEnd && (doc.tokens[from]!.pos === 'X' || /^[•·▪●-]$/.test(doc.tokens[from]!.text))) from++;
      if (s.tokenEnd - from < 3) continue;
      if (lex.headlineHedges.match(doc.tokens, from, s.tokenEnd).some((m) => !isObjectNoun(doc, m.first, m.last))) continue;
      const admission = deniedAdmission(doc, from, s.tokenEnd, isBody);
      if (admission) {
        report({
          span: admission.span,
          message: `The ${where} says "${doc.text.slice(admission.span.start, admission.span.end)}", but the story reports no admission, only a denial ("${doc.text.slice(admission.denial.start, admission.denial.end)}"). Say what was said.`,
          related: [related(doc, admission.denial)],
        });
        continue;
      }
      const detail = deniedDetail(doc, from, s.tokenEnd, isBody);
      if (detail) {
        report(detailReport(doc, where, detail));
        continue;
      }
      // "2024 — Contractor resumes blasting despite the ban" over "Villagers say the contractor
      // resumed blasting" and its denial: a dated entry in the writer's voice states one side's claim.
      if (!timeline) continue;
      for (const a of allegedActs(doc, doc.tokens.slice(from, s.tokenEnd), p)) {
        if (!inQuote(doc, a.word)) report(allegedActReport(doc, 'timeline entry', 'entry', a));
      }
    }
  }
}

/**
 * "Cause: pumps taken away by the contractor and never returned" as a line of a fact box (or a
 * bullet, or a line of its own) over a body that has that cause only from one side and reports
 * it denied: a field label that states its value in the writer's voice. Only over a denial,
 * as for a standfirst: a cause merely left open is the ordinary state of a summary line.
 */
function reportCauseFields(doc: Document, report: (r: Report) => void) {
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p]!;
    if (para.kind !== 'body' || para.sentenceStart >= para.sentenceEnd) continue;
    const first = doc.sentences[para.sentenceStart]!;
    const end = doc.sentences[para.sentenceEnd - 1]!.tokenEnd;
    // Past the box rule or bullet the line opens with ("┃", "•").
    let k = first.tokenStart;
    while (k < end && !/\p{L}/u.test(doc.tokens[k]!.text)) k++;
    const label = doc.tokens[k];
    if (!label || !lex.causeLabels.has(label.normal) || doc.tokens[k + 1]?.text !== ':' || end - (k + 2) < 3) continue;
    const from = k + 2;
    if (lex.headlineHedges.match(doc.tokens, from, end).some((m) => !isObjectNoun(doc, m.first, m.last))) continue;
    const cause = contentStems(doc, from, end, true);
    if (!cause.size) continue;
    const found = causeEvidence(doc, cause, bodyTest(doc, p), true);
    if (!found?.denied) continue;
    // The denial's sentence says more than its bare cue ("denies").
    const cue = found.evidence.find((e) => lex.causeDenials.has(doc.tokens[firstTokenFrom(doc, e.start)]!.lemma.toLowerCase())) ?? found.evidence[0]!;
    const sentence = doc.sentences[doc.tokens[firstTokenFrom(doc, cue.start)]!.sentence]!;
    const denial = { start: sentence.start, end: Math.min(sentence.end, sentence.start + 100) };
    const span = { start: label.start, end: doc.tokens[end - 1]!.end };
    report({
      span,
      message: `The line "${doc.text.slice(span.start, span.end)}" states a cause as fact, but the story has it only as one side's account, disputed ("${doc.text.slice(denial.start, denial.end)}"). Attribute the cause in the line.`,
      related: found.evidence.slice(0, 3).map((x) => related(doc, x)),
    });
  }
}

/** "Sacked for speaking out" as a subhead over "The union says she was dismissed because ..." and "The hospital rejected the union's account". */
function reportSubheads(doc: Document, report: (r: Report) => void) {
  // "Guards on the smugglers' payroll" over "they accuse some guards of ..." and "The commander rejected the accusation".
  for (const d of accusedAsFact(doc)) {
    report({
      span: d.span,
      message: `The subhead states as fact what the story has only as an accusation ("${doc.text.slice(d.claim.start, d.claim.end)}"), rejected ("${doc.text.slice(d.reply.start, d.reply.end)}"). Attribute the claim in the subhead.`,
      related: [related(doc, d.claim), related(doc, d.reply)],
    });
  }
  for (const d of disputedReasons(doc)) {
    report({
      span: d.span,
      message: `The subhead states a reason as fact ("${doc.text.slice(d.span.start, d.span.end)}"), but the story has it only as one side's claim ("${doc.text.slice(d.claim.start, d.claim.end)}"), rejected ("${doc.text.slice(d.reply.start, d.reply.end)}"). Attribute the claim in the subhead.`,
      related: [related(doc, d.claim), related(doc, d.reply)],
    });
  }
}

export default defineRule({
  meta: {
    id: 'framing/headline-overclaim',
    category: 'framing',
    severity: 'warning',
    description: 'The headline asserts ("discovers", "proves", "admits", "secret link", "stole", "to fund") what the body only reports as alleged, disputed, under investigation or unverified.',
    why: 'Many readers see only the headline. When it states as fact what the story itself calls an allegation, the headline is wrong even if the story is careful.',
    examples: {
      flagged: [
        {
          text: 'Auditors Uncover Secret Payments to Lisbon Council Members\n\nA leaked audit alleges that a construction firm paid three council members in Lisbon a total of €400,000 between 2019 and 2022. The council members have denied the claims, and the payments could not be independently verified.',
          flag: 'Uncover Secret Payments',
        },
        {
          text: 'Football Chief Admits Taking Bribes\n\nThe head of the Kenyan football federation allegedly accepted bribes from two clubs, according to a complaint filed on Monday. If true, the bribes could cost the football chief his job.',
          flag: 'Admits',
        },
        {
          text: 'Former Minister Embezzled Flood Relief Funds\n\nA former Pakistani minister is accused of embezzling 2 billion rupees meant for flood victims, prosecutors told a court in Lahore on Monday. He denies the charges.',
          flag: 'Embezzled',
        },
      ],
      fine: [
        { text: 'Former Minister Accused of Embezzling Flood Relief Funds\n\nA former Pakistani minister is accused of embezzling 2 billion rupees meant for flood victims, prosecutors told a court in Lahore on Monday. He denies the charges.' },
        { text: 'Leaked Audit Alleges Secret Payments to Lisbon Council Members\n\nA leaked audit alleges that a construction firm paid three council members in Lisbon. The claims could not be independently verified.' },
        { text: 'Scientists Discover New Frog Species in Peru\n\nResearchers from the University of Lima discovered the frog in the cloud forests of the Andes in 2024, the journal Zootaxa reported.' },
      ],
    },
  },
  check({ doc, report }) {
    const h = doc.headline;
    if (!h) return;
    const headIdx = tokenIndices(doc, h.sentenceStart, h.sentenceEnd);
    if (!headIdx.length) return;
    const from = headIdx[0]!;
    const to = headIdx[headIdx.length - 1]! + 1;
    const head = doc.tokens.slice(from, to);
    reportStandfirst(doc, report);
    reportSubheads(doc, report);
    reportCaptions(doc, report);
    reportDisplayLines(doc, report);
    reportCauseFields(doc, report);
    // A headline that hedges itself ("Memo Alleges...", "...: Report", "Unverified Memo", a question) is fine.
    if (lex.headlineHedges.match(doc.tokens, from, to).some((m) => !isObjectNoun(doc, m.first, m.last)) || /\?/.test(doc.text.slice(h.start, h.end))) return;
    const claims = nonOverlapping(lex.assertions.match(doc.tokens, from, to)).filter((m) => !inQuote(doc, m.span));
    for (const a of allegedActs(doc, head)) {
      const alleged = doc.text.slice(a.frame.start, a.frame.end);
      // "denied that anything had been hidden": the act is disputed, not just alleged.
      const denied = lex.denialCues.has(doc.tokens[firstTokenFrom(doc, a.frame.start)]!.lemma.toLowerCase());
      const message =
        a.kind === 'alleged' && !denied
          ? `The headline states "${a.word.text}" as fact, but the story only says "${alleged}". Attribute or hedge the headline ("accused of", "charged with").`
          : a.kind === 'contested' || denied
            ? `The headline states "${a.word.text}" as fact, but the story reports it as a disputed claim: "${alleged}"${a.reply ? `, and "${doc.text.slice(a.reply.start, a.reply.end)}"` : ''}. Attribute the claim in the headline.`
            : `The headline states "${a.word.text}" as fact, but the story says "${alleged}". Say what is known ("after", "linked to", "under investigation").`;
      report({
        span: { start: a.word.start, end: a.word.end },
        message,
        related: [a.frame, ...(a.reply ? [a.reply] : [])].map((x) => related(doc, x)),
      });
    }
    const isBody = bodyTest(doc);
    const cause = causalOverclaim(doc, from, to, isBody);
    if (cause) {
      const first = doc.text.slice(cause.evidence[0]!.start, cause.evidence[0]!.end);
      report({
        span: cause.span,
        message: `The headline names a cause as fact ("${doc.text.slice(cause.span.start, cause.span.end)}"), but the story ${cause.denied ? `reports it denied ("${first}")` : `leaves it open ("${first}")`} and never establishes it. Say what is known ("linked to", "suspected in", "investigated over").`,
        related: cause.evidence.slice(0, 3).map((x) => related(doc, x)),
      });
    }
    // "The tannery that fouled the river", "Why your honey is mostly syrup": the act taken as given, the body reporting it denied.
    const given = cause ? undefined : presupposedAct(doc, from, to, isBody);
    if (given) {
      const denial = doc.text.slice(given.denial.start, given.denial.end);
      report({
        span: given.span,
        message: `The headline takes the act as given ("${doc.text.slice(given.span.start, given.span.end)}"), but the story reports it denied ("${denial}") and does not establish it. State what is known and attribute the claim.`,
        related: [related(doc, given.denial)],
      });
    }
    // "Inside the port director's kickback scheme" over "is charged with taking bribes ... denies bribery".
    const wrong = cause || given ? undefined : presumedWrong(doc, from, to, isBody);
    if (wrong) {
      report({
        span: wrong.span,
        message: `The headline takes the wrongdoing as established ("${doc.text.slice(wrong.span.start, wrong.span.end)}"), but the story has it only as a charge or a disputed claim ("${doc.text.slice(wrong.evidence.start, wrong.evidence.end)}"). Attribute it ("accused of", "prosecutors say").`,
        related: [related(doc, wrong.evidence)],
      });
    }
    // "Walkout over unsafe scaffolding" over "The builder denied that any scaffold broke the code": one side's judgement as the headline's own.
    const quality = cause || given || wrong ? undefined : deniedQuality(doc, from, to, isBody);
    if (quality) {
      report({
        span: quality.span,
        message: `The headline calls it "${doc.text.slice(quality.span.start, quality.span.end)}" as a fact, but the story has that only as one side's view, disputed ("${doc.text.slice(quality.denial.start, quality.denial.end)}"), and never settles it. Attribute the judgement in the headline.`,
        related: [related(doc, quality.denial)],
      });
    }
    // "Governor's cousin behind bus-depot deal" over "The firm denied that any director was related to ...".
    const kin = cause || given || wrong ? undefined : deniedKin(doc, from, to, isBody);
    if (kin) {
      report({
        span: kin.span,
        message: `The headline states a family tie as fact ("${doc.text.slice(kin.span.start, kin.span.end)}"), but the story has it only as a claim, denied ("${doc.text.slice(kin.denial.start, kin.denial.end)}"). Attribute the claim in the headline.`,
        related: [related(doc, kin.denial)],
      });
    }
    const participle = cause || given || wrong ? undefined : deniedParticiple(doc, from, to, isBody);
    if (participle) report(participleReport(doc, 'headline', participle));
    reportMotive(doc, 'headline', from, to, isBody, report);
    // "Bakery admits hygiene lapse" over "It denied that the weekly cleaning had been skipped".
    const admission = deniedAdmission(doc, from, to, isBody);
    if (admission) {
      report({
        span: admission.span,
        message: `The headline says "${doc.text.slice(admission.span.start, admission.span.end)}", but the story reports no admission, only a denial ("${doc.text.slice(admission.denial.start, admission.denial.end)}"). Say what was said.`,
        related: [related(doc, admission.denial)],
      });
      return;
    }
    // "... linked to the governor's party" over "The builder denies any party connections".
    const relation = deniedRelation(doc, from, to, isBody);
    if (relation) {
      report({
        span: relation.span,
        message: `The headline states a link as fact ("${doc.text.slice(relation.span.start, relation.span.end)}"), but the story reports it denied ("${doc.text.slice(relation.denial.start, relation.denial.end)}") and never establishes it. Attribute the claim in the headline.`,
        related: [related(doc, relation.denial)],
      });
    }
    reportSettled(doc, 'headline', from, to, isBody, report);
    // "Crews poured the foundations after the permit lapsed" over a denial of that very order.
    const detail = cause || given || wrong || relation ? undefined : deniedDetail(doc, from, to, isBody);
    if (detail) report(detailReport(doc, 'headline', detail));
    if (!claims.length) return;
    const bodySentences = doc.paragraphs.filter((p) => p.kind === 'body').flatMap((p) => doc.sentences.slice(p.sentenceStart, p.sentenceEnd));
    const body = doc.paragraphs.filter((p) => p.kind === 'body').flatMap((p) => tokenIndices(doc, p.sentenceStart, p.sentenceEnd));
    // Only the assertion word itself counts: "Caught" in "Caught Taking", not "Taking".
    const asserted = mergeAdjacent(claims.filter((c) => !(doc.tokens[c.first]!.pos === 'VERB' && bodyAsserts(doc, body, doc.tokens[c.first]!))));
    if (!asserted.length) return;
    // "Bank Confirms Plan" over "officials have not confirmed it": the body denies the very act.
    for (const c of asserted) {
      const denial = deniedInBody(doc, body, doc.tokens[c.first]!);
      if (!denial) continue;
      const said = doc.text.slice(c.span.start, c.span.end);
      report({
        span: c.span,
        message: `The headline asserts "${said}", but the story says "${doc.text.slice(denial.start, denial.end)}". Attribute or hedge the headline.`,
        related: [related(doc, denial)],
      });
    }
    if (asserted.some((c) => deniedInBody(doc, body, doc.tokens[c.first]!))) return;
    const topic = contentWords(head);
    // What the headline says was found or admitted: the words after the first assertion.
    const claimed = contentWords(doc.tokens.slice(asserted[0]!.last, to));
    const hedges = nonOverlapping(
      bodySentences
        .filter((s) => {
          const toks = doc.tokens.slice(s.tokenStart, s.tokenEnd);
          const inSet = (set: Set<string>) => (t: Token) => set.has(key(t)) || set.has(t.lemma.toLowerCase());
          const shared = new Set(toks.filter(inSet(topic)).map(key));
          // The hedge must be about the claimed thing, not just the same people.
          return shared.size >= MIN_SHARED && (!claimed.size || toks.some(inSet(claimed)));
        })
        .flatMap((s) => lex.bodyHedges.match(doc.tokens, s.tokenStart, s.tokenEnd)),
    );
    // The story must hedge the claim more than in passing: two hedges, one of them clear
    // ("alleges", "if true", "could not verify"); "claims" or "reportedly" alone is not enough.
    if (!hedges.some((m) => m.entry === 'strong') || hedges.length < 2) return;
    const hedgeText = doc.text.slice(hedges[0]!.span.start, hedges[0]!.span.end);
    for (const c of asserted) {
      report({
        span: c.span,
        message: `The headline asserts "${doc.text.slice(c.span.start, c.span.end)}", but the story only reports it as ${hedgeText.toLowerCase().startsWith('if') ? 'conditional' : `"${hedgeText}"`}. Attribute or hedge the headline.`,
        related: hedges.slice(0, 3).map((m) => related(doc, m.span)),
      });
    }
  },
});
