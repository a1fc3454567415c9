/**
 * What a ruling or decision does with a thing someone holds, as each article tells it:
 * kept ("the tribunal left the firm's permit in place", "she keeps her licence", "did not strip
 * him of the seat") or taken away ("stripped of the concession", "revoked her licence"). Read for
 * cross-source/opposite-account: one outlet keeping what another takes away is one account
 * wrong. oppositions.json `outcomes` holds the verbs and the held nouns.
 */
import { negators, oppositions } from './_oppositions.js';
import { inChrome, inHeadline } from '../../src/document/index.js';
import type { Document, Span, Token } from '../../src/document/types.js';

const o = oppositions.outcomes;
const HELD = new Set(o.held);
const KEPT = new Set(o.kept);
const LEAVE = new Set(o.leave);
const REMOVED = new Set(o.removed);
const COMPLEMENTS = o.keptComplements.map((c) => c.split(' '));
/** How far after the verb the held noun may stand ("stripped the miner of its eastern copper concession"). */
const REACH = 8;

export interface Outcome {
  doc: Document;
  kept: boolean;
  /** The held noun's lemma ("permit"). */
  noun: string;
  span: Span;
  sentence: number;
}

/** The end of the verb's clause; a participle before a noun is a modifier ("the mining permit"). */
const clauseBreak = (t: Token, next: Token | undefined) =>
  /^[;:,]$/.test(t.text) || /^(and|but|while|which|who|because|although)$/.test(t.normal) || (t.pos === 'VERB' && next?.pos !== 'NOUN');

/** "did not revoke": the first of the auxiliaries and negators right before the verb at `v`. */
function auxStart(tokens: readonly Token[], v: number, limit: number): number {
  let a = v;
  while (a - 1 >= limit && a > v - 4 && (tokens[a - 1]!.pos === 'AUX' || negators.has(tokens[a - 1]!.normal))) a--;
  return a;
}

/** A complement of keeping ("untouched", "in place") in the clause from token `k`. */
function complementFrom(tokens: readonly Token[], k: number, end: number): number {
  for (let j = k; j < Math.min(end, k + 6); j++) {
    for (const c of COMPLEMENTS) if (c.every((w, i) => tokens[j + i]?.normal === w)) return j + c.length;
    if (/^[;:,]$/.test(tokens[j]!.text)) break;
  }
  return -1;
}

/** Kept and removed held things in the article's story sentences. */
export function outcomes(doc: Document): Outcome[] {
  const { tokens } = doc;
  const out: Outcome[] = [];
  for (const s of doc.sentences) {
    if (inChrome(doc, s) || inHeadline(doc, s)) continue;
    for (let v = s.tokenStart; v < s.tokenEnd; v++) {
      const t = tokens[v]!;
      if (t.pos !== 'VERB' && t.pos !== 'ADJ') continue;
      const lemma = t.lemma.toLowerCase();
      const kind = KEPT.has(lemma) || LEAVE.has(lemma) ? 'kept' : REMOVED.has(lemma) ? 'removed' : undefined;
      if (!kind) continue;
      // The held noun: the first one after the verb in its clause.
      let n = -1;
      for (let j = v + 1; j < Math.min(s.tokenEnd, v + 1 + REACH); j++) {
        const w = tokens[j]!;
        // The tagger may read "permit" after "the company's mining" as a verb: its place decides.
        const nounPlace = w.pos === 'NOUN' || /^(DET|NOUN|ADJ|PART|PRON)$/.test(tokens[j - 1]!.pos);
        if (nounPlace && (HELD.has(w.lemma.toLowerCase()) || HELD.has(w.normal))) { n = j; break; }
        if (clauseBreak(w, tokens[j + 1])) break;
      }
      if (n < 0) continue;
      // "keeps a record of every sale": an indefinite thing is not one someone holds.
      if (/^(a|an)$/.test(tokens[n - 1]?.normal ?? '')) continue;
      let end = tokens[n]!.end;
      // "left the permit in place": leaving is keeping only with its complement.
      if (LEAVE.has(lemma)) {
        const c = complementFrom(tokens, n + 1, s.tokenEnd);
        if (c < 0) continue;
        end = tokens[c - 1]!.end;
      }
      // "did not strip him of the seat": a negated verb tells the other outcome.
      const negated = [1, 2, 3].some((d) => v - d >= s.tokenStart && negators.has(tokens[v - d]!.normal));
      const kept = (kind === 'kept') !== negated;
      // "a bid to keep the licence": an aim or a request, not an outcome.
      if (tokens[v - 1]?.normal === 'to' && !/^(allowed|able|free|permitted)$/.test(tokens[v - 2]?.normal ?? '')) continue;
      out.push({ doc, kept, noun: tokens[n]!.lemma.toLowerCase(), span: { start: tokens[negated ? auxStart(tokens, v, s.tokenStart) : v]!.start, end }, sentence: tokens[v]!.sentence });
    }
  }
  return out;
}
