/**
 * Headlines that settle what the body leaves unsettled: an outcome ("Pay deal ends
 * nurses' strike") over a body where the strike is only suspended or paused, and a
 * valuation ("sells airport for half its value") over a body where that valuation is one
 * speaker's claim that the other side rejects. Read by the headline rule.
 * Private helper: not a rule.
 */
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span } from '../../src/document/types.js';
import { anyIn, lookBack } from './_clause.js';
import { isDenialCue } from './_denied-claim.js';
import { lex } from './_lexicon.js';

const { endVerbs, provisional, valueClaims, valueWords } = lex;

/** Where the object phrase of the headline verb stops ("lifts siege of Kherson"). */
const STOP = /^(ADP|SCONJ|CCONJ|PUNCT|VERB)$/;
const BE = /^(is|are|was|were|be|been)$/;
/** How many sentences after a valuation claim the other side's rejection may come. */
const REPLY_REACH = 2;

export interface SettledClaim {
  /** The headline's outcome or valuation wording. */
  span: Span;
  /** The body's suspension, or the claim and its rejection. */
  evidence: Span[];
}

/**
 * "Wage deal ends nurses' strike" over "the stoppage is on hold until the ballot": an
 * end verb whose object's head noun the body names only with a provisional word, and never
 * as ended ("the strike ended", "the strike is over") in a sentence without one.
 */
export function suspendedOutcome(doc: Document, from: number, to: number, isBody: (k: number) => boolean): SettledClaim | undefined {
  const { tokens } = doc;
  const m = endVerbs.match(tokens, from, to).find((x) => x.first > from && !anyIn(lookBack(doc, x.first, 3), lex.negators));
  if (!m) return undefined;
  // The object's head: the last noun before a preposition or clause ("teachers' strike" → strike).
  let head = -1;
  for (let k = m.last; k < to; k++) {
    const t = tokens[k]!;
    if (/^(NOUN|PROPN)$/.test(t.pos)) head = k;
    else if (head >= 0 && STOP.test(t.pos) && !/^['’]s?$/.test(t.text)) break;
  }
  if (head < 0) return undefined;
  const noun = tokens[head]!.lemma.toLowerCase();
  const evidence: Span[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      let named = false;
      for (let k = s.tokenStart; k < s.tokenEnd && !named; k++) {
        const t = tokens[k]!;
        named = isBody(k) && t.lemma.toLowerCase() === noun && !inQuoteContent(doc, t);
      }
      if (!named) continue;
      const held = provisional.match(tokens, s.tokenStart, s.tokenEnd).filter((x) => !inQuoteContent(doc, tokens[x.first]!));
      if (held.length) {
        evidence.push(held[0]!.span);
        continue;
      }
      // Told as over: an end verb ("the end of years of stoppages" is a noun), or "is over", not negated and outside quotes.
      const ended = endVerbs.match(tokens, s.tokenStart, s.tokenEnd).some((x) => tokens[x.first]!.pos === 'VERB' && !inQuoteContent(doc, tokens[x.first]!) && !anyIn(lookBack(doc, x.first, 3), lex.negators));
      let over = false;
      for (let k = s.tokenStart + 1; k < s.tokenEnd && !over; k++) over = tokens[k]!.normal === 'over' && BE.test(tokens[k - 1]!.normal) && !inQuoteContent(doc, tokens[k]!);
      if (ended || over) return undefined;
    }
  }
  if (!evidence.length) return undefined;
  return { span: { start: m.span.start, end: tokens[head]!.end }, evidence };
}

/**
 * "Ministry sells airport for half its value" over "a senator says the airport is worth
 * twice the price" followed by "The ministry rejected the claim": a valuation the body has
 * only from one speaker, disputed by the other side within the next sentences.
 */
export function disputedValue(doc: Document, from: number, to: number, isBody: (k: number) => boolean): SettledClaim | undefined {
  const { tokens } = doc;
  const m = valueClaims.match(tokens, from, to).find((x) => x.first > from);
  if (!m) return undefined;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      if (!isBody(s.tokenStart)) continue;
      // Someone's valuation: a value word in a sentence that reports a named speaker.
      const claims = attributionsIn(doc, si).filter((a) => a.speaker);
      if (!claims.length) continue;
      let value = -1;
      for (let k = s.tokenStart; k < s.tokenEnd && value < 0; k++) if (valueWords.has(tokens[k]!.normal)) value = k;
      if (value < 0) continue;
      // The other side's rejection, in the writer's voice, in this sentence or the next two.
      const last = Math.min(doc.sentences.length, si + 1 + REPLY_REACH);
      for (let sj = si; sj < last; sj++) {
        const r = doc.sentences[sj]!;
        if (doc.sentences[sj]!.paragraph !== s.paragraph && sj > si + 1) break;
        const reply = [...lex.contestedReplies.match(tokens, r.tokenStart, r.tokenEnd), ...lex.rejectedClaims.match(tokens, r.tokenStart, r.tokenEnd)].find(
          (x) => x.first > (sj === si ? value : -1) && isDenialCue(doc, x.first),
        );
        if (reply) return { span: m.span, evidence: [{ start: tokens[value]!.start, end: tokens[value]!.end }, reply.span] };
      }
    }
  }
  return undefined;
}
