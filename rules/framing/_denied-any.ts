/**
 * A standfirst that takes a thing as given ("the overtime the council never paid",
 * "the bribes paid to inspectors") over a body whose only mention of it is a denial that
 * any such thing existed ("denied that any overtime was owed", "denies any
 * payment"). Private helper: not a rule.
 */
import { attributionsIn, inQuoteContent, perDocument } from '../../src/engine/doc-cache.js';
import type { Document, Span } from '../../src/document/types.js';
import { anyIn, bareWord, lookBack, stemKey } from './_clause.js';
import { isDenialCue } from './_denied-claim.js';
import { lex } from './_lexicon.js';

export interface DeniedAny {
  /** The standfirst word that takes the thing as given. */
  span: Span;
  /** The body's denial, cue to noun ("denied that any overtime"). */
  denial: Span;
}

const keyOf = (doc: Document, k: number) => stemKey(doc.tokens[k]!);

interface AnyDenial {
  /** The stem of the noun after "any". */
  noun: string;
  /** Tokens `[first, last)`: the cue to the noun. */
  first: number;
  last: number;
}

/** The body's denials that any such thing existed ("denied any payment", "denies that any overtime was owed"). */
function bodyDenials(doc: Document, isBody: (k: number) => boolean): AnyDenial[] {
  const denials: AnyDenial[] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (!isBody(k) || !isDenialCue(doc, k)) continue;
    // "denied any payment", "denies that any overtime was owed".
    let j = k + 1;
    if (doc.tokens[j]?.normal === 'that') j++;
    if (doc.tokens[j]?.normal !== 'any' || doc.tokens[j + 1]?.pos !== 'NOUN' || doc.tokens[j + 1]!.sentence !== t.sentence) continue;
    if (bareWord(doc.tokens[j + 1]!).length < 4) continue;
    denials.push({ noun: keyOf(doc, j + 1), first: k, last: j + 2 });
  }
  return denials;
}

/**
 * Tokens `[from, to)` are a standfirst sentence; `isBody` says which tokens are the body (the
 * document's own body test: the body's denials are read once per document).
 */
export function deniedAny(doc: Document, from: number, to: number, isBody: (k: number) => boolean): DeniedAny | undefined {
  const denials = perDocument(doc, 'framing/denied-any', () => bodyDenials(doc, isBody));
  for (const d of denials) {
    let at = -1;
    for (let k = from; k < to && at < 0; k++) {
      const t = doc.tokens[k]!;
      if (/^(NOUN|VERB)$/.test(t.pos) && !inQuoteContent(doc, t) && keyOf(doc, k) === d.noun) at = k;
    }
    if (at < 0) continue;
    // The body tells the thing as fact elsewhere, in the writer's voice: the standfirst follows it.
    const told = doc.tokens.some((t, k) => {
      if (!isBody(k) || t.sentence === doc.tokens[d.first]!.sentence || !/^(NOUN|VERB)$/.test(t.pos) || keyOf(doc, k) !== d.noun) return false;
      if (inQuoteContent(doc, t) || anyIn(lookBack(doc, k, 4), lex.negators)) return false;
      // "The coastguard warned the operator": the act itself, told; "X said the firm was warned": someone's claim.
      return !attributionsIn(doc, t.sentence).some((a) => a.speaker && a.cueToken !== k && a.cueToken < k);
    });
    if (told) continue;
    const a = doc.tokens[at]!;
    return { span: { start: a.start, end: a.end }, denial: { start: doc.tokens[d.first]!.start, end: doc.tokens[d.last - 1]!.end } };
  }
  return undefined;
}
