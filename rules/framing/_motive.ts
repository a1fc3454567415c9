/**
 * A headline or standfirst that states a motive as fact ("Rural clinic shut to free funds
 * for a city stadium", "Choir grant withdrawn to silence the mayor's critics") over a body
 * that has the motive only from one side and reports the other side denying it. The
 * motive is a purpose link after an act; the body must discuss the motive (its words
 * occur there) yet never state it in the writer's voice, and must deny something about
 * the act. Private helper: not a rule.
 */
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span } from '../../src/document/types.js';
import { contentStems, stemKey } from './_clause.js';
import { isDenialCue } from './_denied-claim.js';
import { lex } from './_lexicon.js';

const links = lex.motiveLinks;

const CONTENT = /^(NOUN|PROPN|ADJ|VERB)$/;

/** Tokens `[a, b)` hold a content word or verb with one of the stems. */
const shares = (doc: Document, stems: Set<string>, a: number, b: number) => {
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (CONTENT.test(t.pos) && stems.has(stemKey(t))) return true;
  }
  return false;
};

export interface StatedMotive {
  /** The purpose link and its complement ("to make room for luxury flats"). */
  span: Span;
  /** The body's denial about the act. */
  denial: Span;
}

/**
 * Tokens `[from, to)` are the headline or a standfirst sentence; `isBody` says which
 * tokens are the body it is read against.
 */
export function statedMotive(doc: Document, from: number, to: number, isBody: (k: number) => boolean): StatedMotive | undefined {
  const link = links.match(doc.tokens, from, to)[0];
  // A purpose needs an act before it ("quota cut to ...", "firm sacked staff to ..."); a
  // noun's complement ("Plan to protect reefs") has no verb before the link.
  if (!link || link.last >= to) return undefined;
  let verb = false;
  for (let k = from; k < link.first; k++) if (doc.tokens[k]!.pos === 'VERB') verb = true;
  if (!verb) return undefined;
  const act = contentStems(doc, from, link.first, true, lex.generalWords);
  const motive = contentStems(doc, link.last, to, false, lex.generalWords);
  if (!act.size || !motive.size) return undefined;
  let denial: Span | undefined;
  let discussed = false;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      if (!isBody(s.tokenStart)) continue;
      // The writer states the motive too ("... to make room for the flats"): the headline follows the story.
      for (const m of links.match(doc.tokens, s.tokenStart, s.tokenEnd)) {
        const first = doc.tokens[m.first]!;
        if (inQuoteContent(doc, first) || attributionsIn(doc, si).some((a) => a.cueToken < m.first)) continue;
        if (shares(doc, motive, m.last, s.tokenEnd)) return undefined;
      }
      if (shares(doc, motive, s.tokenStart, s.tokenEnd)) discussed = true;
      if (denial) continue;
      // "It denies that any of the clinic's funds were diverted": a denial, outside quotes and
      // not negated, in a sentence about the headline's act.
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        if (!isDenialCue(doc, k)) continue;
        if (!shares(doc, act, s.tokenStart, s.tokenEnd) && !shares(doc, motive, s.tokenStart, s.tokenEnd)) continue;
        denial = { start: doc.tokens[k]!.start, end: s.end };
        break;
      }
    }
  }
  if (!denial || !discussed) return undefined;
  return { span: { start: link.span.start, end: doc.tokens[to - 1]!.end }, denial };
}
