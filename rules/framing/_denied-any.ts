/**
 * A standfirst that takes a thing as given ("the overtime the council never paid",
 * "the bribes paid to inspectors") over a body whose only mention of it is a denial that
 * any such thing existed ("denied that any overtime was owed", "denies any
 * payment"). Private helper: not a rule.
 */
import { attributionsIn, inQuoteContent, perDocument } from '../../src/engine/doc-cache.js';
import type { Document, Span } from '../../src/document/types.js';
import { anyIn, bareWord, bodyTest, lookBack, stemKey } from './_clause.js';
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
 * The body's denials of any such thing that the body does not also tell as fact elsewhere, in
 * the writer's voice (then the display text follows it). The body is every body paragraph but
 * `skipParagraph` (the standfirst); read once per document and paragraph.
 */
function untoldDenials(doc: Document, skipParagraph: number): AnyDenial[] {
  const isBody = bodyTest(doc, skipParagraph);
  return bodyDenials(doc, isBody).filter(
    (d) =>
      !doc.tokens.some((t, k) => {
        if (!isBody(k) || t.sentence === doc.tokens[d.first]!.sentence || !/^(NOUN|VERB)$/.test(t.pos) || keyOf(doc, k) !== d.noun) return false;
        if (inQuoteContent(doc, t) || anyIn(lookBack(doc, k, 4), lex.negators)) return false;
        // "The coastguard warned the operator": the act itself, told; "X said the firm was warned": someone's claim.
        return !attributionsIn(doc, t.sentence).some((a) => a.speaker && a.cueToken !== k && a.cueToken < k);
      }),
  );
}

/** Tokens `[from, to)` are a sentence of paragraph `skipParagraph` (the standfirst), read against the body. */
export function deniedAny(doc: Document, from: number, to: number, skipParagraph: number): DeniedAny | undefined {
  const denials = perDocument(doc, `framing/denied-any:${skipParagraph}`, () => untoldDenials(doc, skipParagraph));
  for (const d of denials) {
    for (let k = from; k < to; k++) {
      const t = doc.tokens[k]!;
      if (!/^(NOUN|VERB)$/.test(t.pos) || inQuoteContent(doc, t) || keyOf(doc, k) !== d.noun) continue;
      return { span: { start: t.start, end: t.end }, denial: { start: doc.tokens[d.first]!.start, end: doc.tokens[d.last - 1]!.end } };
    }
  }
  return undefined;
}
