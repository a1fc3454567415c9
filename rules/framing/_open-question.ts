/**
 * Silences whose actor does not stand before the wording, for the silence rule's follow-up
 * reading (./_follow-up.ts):
 * - "There was no reply from the ministry on how many units were due for overhaul": the
 *   actor follows the wording ("from ..."), the question follows the actor;
 * - "Our questions about when the subcontractor was last paid went unanswered": the
 *   writer's own questions, the actor implied (the one that denied just before);
 * - "Whether anyone inspected the channel is a question the ministry left open": the
 *   question opens the sentence, the actor follows "a question";
 * - "Whether ... was put to the ministry on Monday. It has yet to reply.": a question put,
 *   then a silence opening the next sentence;
 * - "Our query on the unpaid invoices was shuttled between the port authority and the
 *   transport ministry": a question bounced between bodies, the actor the first body after
 *   "between" or "from";
 * - "When asked if ..., the agency's spokeswoman has yet to respond.": a bare silence after
 *   an asked clause.
 * Each is read only as a follow-up to the same actor's denial sharing a word with it.
 * Private helper: not a rule.
 */
import { phraseAfter } from '../../src/document/mentions.js';
import type { Document, Span } from '../../src/document/types.js';
import { inQuote, nonOverlapping, subjectsBefore } from './_clause.js';
import type { FollowUp } from './_follow-up.js';
import { lex } from './_lexicon.js';
import { askedClause, askedWh, type Clause, contentOf, restOfSentence } from './_question.js';

/** Words that open the question after the actor: "from the ministry on how many ...". */
const TOPIC_PREPOSITION = /^(on|about|regarding|over|concerning|to)$/;
/** Words that open a question as the subject of its sentence: "Whether anyone had inspected ...". */
const WH_OPENER = /^(whether|how|why|where|when|what|which|who)$/;
/** Verbs that carry the question after the questions' addressee: "Messages to X asking whether ...". */
const ASKING = /^(asking|seeking|requesting)$/;
const ASKED_OPENER = /^(whether|if|how|why|what|when|where|which|who|about|for)$/;
/** A request names what it asks for after "for": "A request for copies of the contracts". */
const REQUEST = /^requests?$/;
/** The last word of a wording that bounces questions between bodies: "passed from", "shuttled between". */
const BOUNCED = /^(from|between)$/;
/** "the school to the department", "the council and the utility": the first body only. */
function firstBody(tokens: Document['tokens'], np: [number, number] | undefined): [number, number] | undefined {
  if (!np) return undefined;
  for (let i = np[0] + 1; i < np[1]; i++) if (/^(to|and)$/.test(tokens[i]!.normal)) return [np[0], i];
  return np;
}
/** The first auxiliary in `[from, to)` (the sentence's own verb after a request's words), else `to`. */
function verbAfter(tokens: Document['tokens'], from: number, to: number): number {
  for (let i = from; i < to; i++) if (tokens[i]!.pos === 'AUX') return i;
  return to;
}

/** How far into the sentence the questions may start: "Our repeated questions", "A list of written questions". */
const QUESTION_NOUN_REACH = 5;

export function openQuestions(doc: Document, taken: Span[] = []): FollowUp[] {
  const { tokens } = doc;
  const out: FollowUp[] = [];
  // "There was no reply from the ministry on ...".
  for (const m of lex.impersonal.matchDocument(doc)) {
    if (inQuote(doc, m.span)) continue;
    const s = doc.sentences[tokens[m.first]!.sentence]!;
    const np = phraseAfter(tokens, m.last, s.tokenEnd);
    if (!np || !TOPIC_PREPOSITION.test(tokens[np[1]]?.normal ?? '')) continue;
    const question = restOfSentence(doc, np[1] + 1);
    if (!question?.words.size) continue;
    out.push({ span: { start: m.span.start, end: tokens[np[1] - 1]!.end }, first: m.first, last: np[1], silence: true, subject: np, question });
  }
  // "Our questions about ... went unanswered".
  for (const m of nonOverlapping(lex.unanswered.matchDocument(doc))) {
    // "The request went no further than the minister's desk": a limit, not a non-answer.
    if (inQuote(doc, m.span) || tokens[m.last]?.normal === 'than') continue;
    const s = doc.sentences[tokens[m.first]!.sentence]!;
    let q = s.tokenStart;
    while (q < Math.min(m.first, s.tokenStart + QUESTION_NOUN_REACH) && !lex.questionNouns.has(tokens[q]!.normal)) q++;
    if (q >= m.first || !lex.questionNouns.has(tokens[q]!.normal)) continue;
    // "Questions to the ministry about ...": the addressee is the actor.
    let subject: [number, number] | undefined;
    // "Our query on ... was shuttled between the port authority and the ministry": the first body it was bounced from.
    const bounced = BOUNCED.test(tokens[m.last - 1]!.normal) ? firstBody(tokens, phraseAfter(tokens, m.last, s.tokenEnd)) : undefined;
    let k = q + 1;
    // "A request to read the tender minutes ... went nowhere": "to" before a verb opens what was asked, not its addressee.
    const infinitive = tokens[k]?.normal === 'to' && tokens[k + 1]?.pos === 'VERB' && REQUEST.test(tokens[q]!.normal);
    if (tokens[k]?.normal === 'to' && !infinitive) {
      subject = phraseAfter(tokens, k + 1, m.first);
      if (!subject) continue;
      k = subject[1];
    }
    // "Our calls to the director went to voicemail when we asked how many ...": the question after the wording.
    const later = k === m.first ? askedAfter(doc, m.last, s.tokenEnd) : undefined;
    // "Messages to the director asking whether ... had not been returned": the question after "asking".
    const asking = ASKING.test(tokens[k]?.normal ?? '') && ASKED_OPENER.test(tokens[k + 1]?.normal ?? '');
    const prep = TOPIC_PREPOSITION.test(tokens[k]?.normal ?? '') || (tokens[k]?.normal === 'for' && REQUEST.test(tokens[q]!.normal));
    if (later === undefined && ((!prep && !asking) || k + 1 >= m.first)) continue;
    // The request's own words end at the sentence's verb: "... minutes of the March meeting was passed to the town clerk".
    const askedEnd = infinitive ? verbAfter(tokens, k + 2, m.first) : m.first;
    const question = later !== undefined ? restOfSentence(doc, later) : contentOf(tokens.slice(k + 1, askedEnd).filter((t) => t.pos !== 'PUNCT'));
    if (!question?.words.size) continue;
    subject ??= bounced;
    out.push({ span: { start: tokens[s.tokenStart]!.start, end: bounced ? tokens[bounced[1] - 1]!.end : m.span.end }, first: s.tokenStart, last: m.last, silence: true, subject, implied: !subject, question });
  }
  // "Whether ... is a question the ministry left open".
  for (const s of doc.sentences) {
    if (!WH_OPENER.test(tokens[s.tokenStart]?.normal ?? '')) continue;
    const m = lex.openQuestion.match(tokens, s.tokenStart + 2, s.tokenEnd)[0];
    if (!m || inQuote(doc, m.span)) continue;
    const np = phraseAfter(tokens, m.last, s.tokenEnd);
    if (!np) continue;
    const verb = lex.openVerbs.match(tokens, np[1], Math.min(s.tokenEnd, np[1] + 5)).find((v) => v.first === np[1]);
    if (!verb) continue;
    const question = contentOf(tokens.slice(s.tokenStart, m.first).filter((t) => t.pos !== 'PUNCT'));
    if (!question.words.size) continue;
    out.push({ span: { start: tokens[s.tokenStart]!.start, end: verb.span.end }, first: np[0], last: verb.last, silence: true, subject: np, question });
  }
  putThenSilent(doc, out);
  askedThenSilent(doc, out, taken);
  return out;
}

/**
 * "Asked if the mayor knew of the loan, her spokesman has yet to respond.": a question
 * asked in the sentence's opening clause, then its subject and a bare
 * silence (`putSilence`: "did not reply", "has yet to respond"). The wording alone ("did not
 * respond") is too common to read as a silence ("did not respond to treatment"); the asked
 * clause makes it one. Silences the main list already reads ("declined to comment") are
 * left to it (the caller drops overlaps).
 */
function askedThenSilent(doc: Document, out: FollowUp[], taken: Span[]) {
  const { tokens } = doc;
  for (const s of doc.sentences) {
    let k = s.tokenStart;
    if (tokens[k]?.normal === 'when') k++;
    if (!lex.askedOpeners.has(tokens[k]?.normal ?? '')) continue;
    for (const m of lex.putSilence.match(tokens, k + 2, s.tokenEnd)) {
      if (inQuote(doc, m.span) || taken.some((x) => x.start < m.span.end && m.span.start < x.end)) continue;
      const subject = subjectsBefore(doc, m.first)[0];
      if (!subject || tokens[subject[0] - 1]?.text !== ',') continue;
      const question = askedClause(doc, subject[0]) ?? askedWh(doc, subject[0]);
      if (!question?.words.size) continue;
      out.push({ span: m.span, first: m.first, last: m.last, silence: true, subject, question });
      break;
    }
  }
}

/** How far into the next sentence its silence may start: "It has yet to", "The company has not". */
const SILENCE_REACH = 4;

/**
 * "Whether the plant discharges at night was put to Calder Chemicals on Monday. It has yet
 * to reply.": a wh-question put to an actor (the subject of the sentence, the actor after
 * "to"), then a silence that opens the next sentence of the paragraph. The question is the
 * follow-up's; the actor it was put to is the silent one.
 */
function putThenSilent(doc: Document, out: FollowUp[]) {
  const { tokens, sentences } = doc;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const s = sentences[i]!;
    const next = sentences[i + 1]!;
    if (next.paragraph !== s.paragraph || !WH_OPENER.test(tokens[s.tokenStart]?.normal ?? '')) continue;
    const put = lex.putQuestion.match(tokens, s.tokenStart + 2, s.tokenEnd)[0];
    if (!put || inQuote(doc, put.span)) continue;
    const np = phraseAfter(tokens, put.last, s.tokenEnd);
    if (!np) continue;
    const silent = lex.putSilence.match(tokens, next.tokenStart + 1, Math.min(next.tokenEnd, next.tokenStart + SILENCE_REACH + 6)).find((m) => m.first <= next.tokenStart + SILENCE_REACH);
    if (!silent || inQuote(doc, silent.span)) continue;
    const question = contentOf(tokens.slice(s.tokenStart, put.first).filter((t) => t.pos !== 'PUNCT'));
    if (!question.words.size) continue;
    out.push({ span: silent.span, first: silent.first, last: silent.last, silence: true, subject: np, question });
  }
}

/** Words between "when" and "asked": "when we asked", "when asked", "when reporters asked", "when they were asked". */
const ASKED_REACH = 4;

/**
 * The token after "asked" in "when (we|reporters) asked ..." right after token `from`
 * (the end of the silence wording), or undefined.
 */
export function askedAfter(doc: Document, from: number, end: number): number | undefined {
  const { tokens } = doc;
  if (tokens[from]?.normal !== 'when') return undefined;
  for (let i = from + 1; i < Math.min(end - 1, from + 1 + ASKED_REACH); i++) {
    if (lex.askedOpeners.has(tokens[i]!.normal)) return i + 1;
  }
  return undefined;
}

/** How far past a non-answer its "when asked ..." may start: over the rest of a quoted line. */
const WHEN_REACH = 8;

/**
 * '"does not discuss individual suppliers" when asked why ...': the question after a
 * non-answer, from the token after "asked" to the end of the sentence.
 */
export function askedLater(doc: Document, from: number): Clause | undefined {
  const s = doc.sentences[doc.tokens[from - 1]!.sentence]!;
  for (let k = from; k < Math.min(s.tokenEnd, from + WHEN_REACH); k++) {
    const at = askedAfter(doc, k, s.tokenEnd);
    if (at !== undefined) return restOfSentence(doc, at);
  }
  return undefined;
}
