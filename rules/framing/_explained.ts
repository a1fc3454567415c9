/**
 * "Okafor gave no reason for how the tolls were set" when the article has quoted Okafor
 * earlier: "We set the tolls by what the bridge costs to keep up." A silence that says no
 * explanation was given, contradicted by the same actor's own explanation (a why/how answer
 * wording on the question's words), however far back it stands. Private helper: not a rule.
 */
import type { Document, Mention, Span } from '../../src/document/types.js';
import type { Report } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { firstTokenFrom } from '../../src/engine/doc-cache.js';
import { actorOf, anyIn, cover, lookAhead, lookBack, mentionAt, sameActor } from './_clause.js';
import { lex } from './_lexicon.js';
import { keysIn } from './_topic.js';
import { evasionSubject } from './_evasion.js';
import { clauseWords, restates } from './_question.js';
import { withShortName } from './_speech.js';
import { speaksFor } from './_follow-up.js';
import { phraseAfter } from '../../src/document/mentions.js';

interface Wording {
  span: Span;
  first: number;
  last: number;
}

/** How many words after the wording the wh-word may stand ("no account of why"). */
const WH_REACH = 2;
/** A statement shares this many of the question's words to answer it. */
const SAME_MATTER = 2;

/** The why/how word that opens the question after the wording, and its token. */
function whAfter(doc: Document, last: number): { wh: string; at: number } | undefined {
  const ahead = lookAhead(doc, last, WH_REACH + 1);
  const i = ahead.findIndex((t) => lex.whAnswers.has(t.normal));
  // Only "of|for|on|about" may stand before it: "no account of why", "no reason for how".
  if (i < 0 || ahead.slice(0, i).some((t) => !/^(of|for|on|about|as|to)$/.test(t.normal))) return undefined;
  return { wh: ahead[i]!.normal, at: last + i };
}

/**
 * Each wording that says no explanation was given (an explanation word inside it) is
 * tested against the statements of its subject before it. Returns the wordings flagged, so
 * the follow-up reading does not flag them again.
 */
export function explainedEarlier(doc: Document, wordings: Wording[], report: (r: Report) => void): Set<number> {
  const done = new Set<number>();
  const { tokens } = doc;
  for (const m of wordings) {
    if (!tokens.slice(m.first, m.last).some((t) => lex.explanationWords.has(t.normal) || lex.explanationWords.has(t.lemma.toLowerCase()))) continue;
    // "if she offers no explanation", "would give no reason", "had offered no account until".
    const back = lookBack(doc, m.first, 3);
    if (anyIn(back, lex.modals) || anyIn(back, lex.conditionals) || back.some((t) => t.normal === 'had')) continue;
    const wh = whAfter(doc, m.last);
    if (!wh) {
      if (topicExplained(doc, m, report)) done.add(m.span.start);
      continue;
    }
    const question = clauseWords(doc, wh.at);
    if (!question || question.words.size < SAME_MATTER) continue;
    const range = evasionSubject(doc, m.first);
    if (!range) continue;
    const subject = mentionAt(doc, range[0], range[1]);
    if (subject.kind === 'pronoun') continue;
    const silent = withShortName(doc, subject, actorOf(doc, subject));
    const answers = lex.whAnswers.get(wh.wh)!;
    // The actor's quotations and reported statements before the wording.
    let found: Span | undefined;
    const said = (speaker: Mention | undefined, a: number, b: number, span: Span) => {
      if (found || !speaker || b <= a || !sameActor(silent, withShortName(doc, speaker, actorOf(doc, speaker)))) return;
      if (!answers.match(tokens, a, b).length) return;
      if (restates(keysIn(doc, a, b), question.words, silent) >= SAME_MATTER) found = span;
    };
    // (A quotation that carries on the one before it in its paragraph has that speaker: the Document sets it.)
    for (const q of doc.quotes) {
      if (q.end > m.span.start) break;
      said(q.speaker, firstTokenFrom(doc, q.content.start), firstTokenFrom(doc, q.content.end), q.content);
    }
    for (const at of doc.attributions) {
      if (found || at.cue.start > m.span.start) break;
      const s = doc.sentences[at.sentence]!;
      if (s.end > m.span.start) break;
      said(at.speaker, firstTokenFrom(doc, at.cue.end), s.tokenEnd, { start: s.start, end: s.end });
    }
    if (!found) continue;
    const span = cover({ start: tokens[range[0]]!.start, end: tokens[range[1] - 1]!.end }, m.span, question.span);
    report({
      span,
      message: `"${doc.text.slice(span.start, span.end)}", yet the article quotes that explanation earlier: "${doc.text.slice(found.start, Math.min(found.end, found.start + 120))}". Say what was explained and what is still unexplained.`,
      related: [related(doc, found)],
    });
    done.add(m.span.start);
  }
  return done;
}

/** "no explanation for the footage": the preposition before a topic that the explanation would be of. */
const TOPIC_LINK = /^(for|of)$/;

/** The words a topic head is also written with: itself, and its entity group ("footage" / "video"). */
function topicWords(head: string): Set<string> {
  const group = lex.entityGroup.get(head);
  const out = new Set([head]);
  if (group !== undefined) for (const [w, g] of lex.entityGroup) if (g === group) out.add(w);
  return out;
}

/**
 * "The Harbour Company has offered no explanation for the footage" when its owner was reported
 * earlier giving his account of it ("said two boats had been in the water at once", in a
 * passage about the footage). An explanation wording with a definite topic ("for the
 * footage"), its subject's own statement (or that of its spokesperson, officer or head)
 * before it, not a denial, in a sentence that names the topic or follows one that does in its
 * paragraph. A bare denial explains nothing, so it does not count.
 */
function topicExplained(doc: Document, m: Wording, report: (r: Report) => void): boolean {
  const { tokens } = doc;
  const link = tokens[m.last];
  if (!link || !TOPIC_LINK.test(link.normal) || link.sentence !== tokens[m.first]!.sentence) return false;
  if (!/^(the|this|that|these|those)$/.test(tokens[m.last + 1]?.normal ?? '')) return false;
  const np = phraseAfter(tokens, m.last + 1, doc.sentences[link.sentence]!.tokenEnd);
  if (!np) return false;
  const head = [...tokens.slice(np[0], np[1])].reverse().find((t) => t.pos === 'NOUN');
  if (!head) return false;
  const words = topicWords(head.lemma.toLowerCase());
  const names = (sentence: number) => {
    const s = doc.sentences[sentence]!;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) if (tokens[k]!.pos === 'NOUN' && words.has(tokens[k]!.lemma.toLowerCase())) return true;
    return false;
  };
  const range = evasionSubject(doc, m.first);
  if (!range) return false;
  const subject = mentionAt(doc, range[0], range[1]);
  if (subject.kind === 'pronoun') return false;
  const silent = withShortName(doc, subject, actorOf(doc, subject));
  let found: Span | undefined;
  for (const at of doc.attributions) {
    if (at.cue.start >= m.span.start) break;
    if (!at.speaker || lex.denialCues.has(tokens[at.cueToken]!.lemma.toLowerCase())) continue;
    const s = doc.sentences[at.sentence]!;
    const prev = doc.sentences[at.sentence - 1];
    if (!names(at.sentence) && !(prev && prev.paragraph === s.paragraph && names(at.sentence - 1))) continue;
    // A clause opened by a negation ("said it had not ...") is a denial however it is cued.
    if (anyIn(lookAhead(doc, firstTokenFrom(doc, at.cue.end), 3), lex.negators)) continue;
    if (!sameActor(silent, withShortName(doc, at.speaker, actorOf(doc, at.speaker))) && !speaksFor(doc, at.speaker, subject, silent)) continue;
    found = { start: s.start, end: s.end };
    break;
  }
  if (!found) return false;
  const span = cover({ start: tokens[range[0]]!.start, end: tokens[range[1] - 1]!.end }, m.span, { start: link.start, end: tokens[np[1] - 1]!.end });
  report({
    span,
    message: `"${doc.text.slice(span.start, span.end)}", yet the article reports that account earlier: "${doc.text.slice(found.start, Math.min(found.end, found.start + 120))}". Say what was explained and what is still unexplained.`,
    related: [related(doc, found)],
  });
  return true;
}
