/**
 * Causal headlines ("Chemical waste in supplier's blend behind Singapore engine
 * failures", "Faulty valve to blame for refinery fire") over a body that leaves the cause
 * open ("suspected", "has not drawn any conclusions", "investigating whether") or reports
 * the party named as the cause denying it, and never states the cause as fact.
 * Private helper: not a rule.
 */
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { anyIn, contentStems, lookBack, stemKey } from './_clause.js';
import { lex } from './_lexicon.js';

const CONTENT = /^(NOUN|PROPN|ADJ)$/;

export interface CausalOverclaim {
  /** The cause and the link word in the headline ("Chemical waste in supplier's blend behind"). */
  span: Span;
  link: string;
  /** Where the body leaves the cause open or the named party denies it. */
  evidence: Span[];
  denied: boolean;
}

/** A noun the tagger calls a base-form verb ("a software update/VERB installed"). */
const bareVerb = (t: Token) => t.pos === 'VERB' && t.normal === t.lemma.toLowerCase();

/** How many of the stems tokens `[a, b)` carry. */
function countIn(doc: Document, stems: Set<string>, a: number, b: number): number {
  const seen = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if ((CONTENT.test(t.pos) || bareVerb(t)) && stems.has(stemKey(t))) seen.add(stemKey(t));
  }
  return seen.size;
}

/** How many of the stems tokens `[a, b)` carry outside quotes. */
function countOutsideQuotes(doc: Document, stems: Set<string>, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (CONTENT.test(t.pos) && stems.has(stemKey(t)) && !inQuoteContent(doc, t)) n++;
  }
  return n;
}

/** "was the likely cause", "is the probable source": a rival cause's copula and head noun. */
const RIVAL_HEAD = /^(cause|causes|source|origin)$/;
const COPULA = /^(was|is|were|are|be|been)$/;
/** What opens the clause of a rival cause's subject ("said that ...", "..., and that ..."). */
const CLAUSE_OPENER = /^(that|,|;|and|but|said|says)$/;
/** A rival cause's subject is at most this long. */
const RIVAL_SUBJECT = 12;

/**
 * "an illegal connection from a trader's meter was the likely cause", inside a reported
 * clause (its sentence has a speaker's cue before it): another cause named for the effect,
 * whose subject holds none of the headline cause's words. Its span, subject to head noun.
 */
function rivalCause(doc: Document, cause: Set<string>, first: number, last: number, sentence: number): Span | undefined {
  const head = doc.tokens[last - 1];
  if (!head || !RIVAL_HEAD.test(head.normal)) return undefined;
  let k = first - 1;
  if (doc.tokens[k]?.pos === 'DET') k--;
  if (!COPULA.test(doc.tokens[k]?.normal ?? '')) return undefined;
  const start = doc.sentences[sentence]!.tokenStart;
  let a = k;
  while (a > start && k - a < RIVAL_SUBJECT && !CLAUSE_OPENER.test(doc.tokens[a - 1]!.normal)) a--;
  if (a === k || !CLAUSE_OPENER.test(doc.tokens[a - 1]?.normal ?? '') || countIn(doc, cause, a, k)) return undefined;
  if (!attributionsIn(doc, sentence).some((x) => x.speaker && x.cueToken < a)) return undefined;
  return { start: doc.tokens[a]!.start, end: head.end };
}

/**
 * `speakersOwn`: a causal wording in a clause reported after a named speaker's cue ("its
 * spokesman said ... rain that brought down wires") is that speaker's account, not the
 * writer's fact (read for standfirsts, which the rule flags only over a denial).
 */
export function causalOverclaim(doc: Document, from: number, to: number, isBody: (k: number) => boolean, speakersOwn = false): CausalOverclaim | undefined {
  // A cause needs words before the link and an effect after it; "sent 37 pupils to
  // hospital", "left 12 dead" carry their effect in the link itself. "A shortage left by
  // hiring freezes": a participle before "by" describes its noun and links nothing.
  const links = lex.causalLinks.match(doc.tokens, from, to).filter((l) => l.last < to && doc.tokens[l.last]!.normal !== 'by');
  const link = [...links, ...lex.causalResults.match(doc.tokens, from, to)].sort((x, y) => x.first - y.first)[0];
  if (!link || link.first <= from) return undefined;
  const cause = contentStems(doc, from, link.first, true);
  if (!cause.size) return undefined;
  const found = causeEvidence(doc, cause, isBody, speakersOwn);
  if (!found) return undefined;
  const span = { start: doc.tokens[from]!.start, end: link.span.end };
  return { span, link: doc.text.slice(link.span.start, link.span.end), ...found };
}

/**
 * Where the body leaves a cause (its content stems) open or reports it denied; undefined
 * when the body tells it as fact, or says nothing of it.
 */
export function causeEvidence(doc: Document, cause: Set<string>, isBody: (k: number) => boolean, speakersOwn = false): { evidence: Span[]; denied: boolean } | undefined {
  const evidence: Span[] = [];
  let denied = false;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      // A standfirst is read against the body after it, not against itself.
      if (!isBody(s.tokenStart)) continue;
      const shared = countIn(doc, cause, s.tokenStart, s.tokenEnd);
      if (!shared) continue;
      const open = [...lex.openCause.match(doc.tokens, s.tokenStart, s.tokenEnd), ...lex.notEstablished.match(doc.tokens, s.tokenStart, s.tokenEnd)];
      // "denies that any waste product entered its blends": a cause word after the denial cue.
      const denials: Span[] = [];
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = doc.tokens[k]!;
        if (t.pos !== 'VERB' || !lex.causeDenials.has(t.lemma.toLowerCase()) || !isBody(k)) continue;
        if (anyIn(lookBack(doc, k, 3), lex.negators) || !countIn(doc, cause, k + 1, s.tokenEnd)) continue;
        denials.push({ start: t.start, end: t.end });
      }
      // "said the transformer was working normally and that an illegal connection was the likely
      // cause": another cause, put forward in a reported clause whose subject is not the
      // headline's cause, disputes that cause as surely as a denial.
      const rivals = new Set<(typeof open)[number]>();
      for (const o of open) {
        const rival = rivalCause(doc, cause, o.first, o.last, si);
        if (!rival) continue;
        denials.push(rival);
        rivals.add(o);
      }
      // "said that a software update was not to blame", "did not cause the fire": a causal
      // wording negated outside quotes, with the headline's cause in the sentence, denies it.
      // Matched once: read here for negated wordings, below for wordings told as fact.
      const facts = lex.causalFacts.match(doc.tokens, s.tokenStart, s.tokenEnd);
      for (const f of facts) {
        if (!isBody(f.first) || inQuoteContent(doc, doc.tokens[f.first]!)) continue;
        const negator = lookBack(doc, f.first, 4).find((b) => lex.negators.has(b.normal));
        if (negator) denials.push({ start: negator.start, end: f.span.end });
      }
      // Told as fact: a causal wording outside quotes, not negated, in a sentence that
      // neither leaves it open nor denies it.
      // "caused by 'a fault no inspection could have foreseen'": cause words only inside a
      // quote are someone's wording, not the writer stating this cause.
      if (!open.length && !denials.length && countOutsideQuotes(doc, cause, s.tokenStart, s.tokenEnd)) {
        const reported = (k: number) => speakersOwn && attributionsIn(doc, si).some((a) => a.speaker && a.cueToken < k);
        const fact = facts.some((f) => !inQuoteContent(doc, doc.tokens[f.first]!) && !anyIn(lookBack(doc, f.first, 4), lex.negators) && !reported(f.first));
        if (fact) return undefined;
      }
      evidence.push(...open.filter((o) => !rivals.has(o)).map((o) => o.span), ...denials);
      denied ||= denials.length > 0;
    }
  }
  if (!evidence.length) return undefined;
  return { evidence, denied };
}
