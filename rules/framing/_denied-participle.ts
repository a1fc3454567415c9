/**
 * Headlines and standfirsts whose subject carries an act in a participle ("Speculators
 * hoarding grain have doubled prices", "Guards taking bribes let the convoy through") over a
 * body where that act is one side's claim and the accused deny it ("denied that its members
 * were hoarding"), and the writer never states it. The participle presupposes the act, and
 * the sentence builds a cause on it. Private helper: not a rule.
 */
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span } from '../../src/document/types.js';
import { stem } from '../../src/engine/cluster-text.js';
import { anyIn, lookBack } from './_clause.js';
import { isDenialCue } from './_denied-claim.js';
import { deniesAct, lex } from './_lexicon.js';

/** How far into the sentence the subject's participle may stand: "Speculators hoarding", "Local traders hoarding". */
const SUBJECT_REACH = 4;
/** How many tokens after the denial cue its clause may name the act. */
const CLAUSE_REACH = 10;
/** A finite verb after the subject: the participle is inside the subject, not the predicate. */
const FINITE = /^(have|has|had|are|is|was|were|do|does|did)$/;

export interface DeniedParticiple {
  /** The subject up to its participle ("Speculators hoarding"). */
  span: Span;
  denial: Span;
}

export function deniedParticiple(doc: Document, from: number, to: number, isBody: (k: number) => boolean): DeniedParticiple | undefined {
  const { tokens } = doc;
  let p = -1;
  for (let k = from + 1; k < Math.min(to, from + SUBJECT_REACH); k++) {
    const t = tokens[k]!;
    if (!/^[a-z]{3,}ing$/.test(t.normal) || t.pos !== 'VERB' || !/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || !/s$/.test(tokens[k - 1]!.normal)) continue;
    p = k;
    break;
  }
  if (p < 0) return undefined;
  // The sentence goes on to its own verb ("... in cold stores have doubled prices").
  let finite = false;
  for (let k = p + 2; k < to && !finite; k++) finite = FINITE.test(tokens[k]!.normal) || tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && !/ing$/.test(tokens[k]!.normal));
  if (!finite) return undefined;
  const act = stem(tokens[p]!.lemma.toLowerCase());
  let denial: Span | undefined;
  for (let k = to; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isBody(k) || inQuoteContent(doc, t) || t.pos !== 'VERB') continue;
    const lemma = t.lemma.toLowerCase();
    const s = doc.sentences[t.sentence]!;
    if (stem(lemma) === act || stem(t.normal) === act) {
      // Told as fact: the act in the writer's voice, not negated, not reported, not denied.
      if (anyIn(lookBack(doc, k, 4), lex.negators) || attributionsIn(doc, t.sentence).length) continue;
      let denied = false;
      for (let i = s.tokenStart; i < k && !denied; i++) denied = deniesAct(tokens[i]!.lemma.toLowerCase());
      if (!denied) return undefined;
      continue;
    }
    if (denial || !isDenialCue(doc, k, deniesAct)) continue;
    for (let i = k + 1; i < Math.min(s.tokenEnd, k + 1 + CLAUSE_REACH); i++) {
      const w = tokens[i]!;
      if (!inQuoteContent(doc, w) && (stem(w.lemma.toLowerCase()) === act || stem(w.normal) === act)) {
        denial = { start: t.start, end: w.end };
        break;
      }
    }
  }
  if (!denial) return undefined;
  return { span: { start: tokens[from]!.start, end: tokens[p]!.end }, denial };
}
