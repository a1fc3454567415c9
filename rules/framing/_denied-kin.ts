/**
 * Headlines that state a kinship as fact ("Minister's brother-in-law behind coal licence",
 * "Mayor's cousin won the bus contract") over a body where the kinship is only someone's
 * claim and the party named denies it ("denied that any of its shareholders was related to a
 * member of the government"), and the writer never states it. Private helper: not a rule.
 */
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span } from '../../src/document/types.js';
import { isDenialCue } from './_denied-claim.js';
import { deniesAct, lex } from './_lexicon.js';

/** How many tokens after the denial cue its clause may name the kinship. */
const CLAUSE_REACH = 14;
const POSSESSIVE = /^['’]s?$/;

export interface DeniedKin {
  /** The possessor and the kin noun in the headline ("Minister's brother-in-law"). */
  span: Span;
  denial: Span;
}

export function deniedKin(doc: Document, from: number, to: number, isBody: (k: number) => boolean): DeniedKin | undefined {
  const { tokens } = doc;
  let kin = -1;
  for (let k = from + 2; k < to; k++) {
    if (lex.kinNouns.has(tokens[k]!.normal) && POSSESSIVE.test(tokens[k - 1]!.text)) {
      kin = k;
      break;
    }
  }
  if (kin < 0) return undefined;
  // "brother-in-law": the tokens after "brother" that belong to it (data: kinSuffixes, the
  // hyphenated word as the tokenizer splits it).
  const suffix = lex.kinSuffixes.find((ws) => ws.every((w, i) => tokens[kin + 1 + i]?.normal === w && kin + 1 + i < to));
  const end = kin + (suffix?.length ?? 0);
  let denial: Span | undefined;
  for (let k = to; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isBody(k) || inQuoteContent(doc, t)) continue;
    const s = doc.sentences[t.sentence]!;
    // The writer's own kinship ("the minister's brother-in-law, who owns ..."): outside
    // quotes, in a sentence that neither denies nor reports someone's words.
    if (lex.kinNouns.has(t.normal) && !attributionsIn(doc, t.sentence).length) {
      let denies = false;
      for (let i = s.tokenStart; i < s.tokenEnd && !denies; i++) denies = deniesAct(tokens[i]!.lemma.toLowerCase());
      if (!denies) return undefined;
    }
    if (denial || !isDenialCue(doc, k, deniesAct)) continue;
    for (let i = k + 1; i < Math.min(s.tokenEnd, k + 1 + CLAUSE_REACH); i++) {
      const w = tokens[i]!;
      if (!inQuoteContent(doc, w) && lex.kinDenied.has(w.normal)) {
        denial = { start: t.start, end: w.end };
        break;
      }
    }
  }
  if (!denial) return undefined;
  return { span: { start: tokens[kin - 2]!.start, end: tokens[end]!.end }, denial };
}
