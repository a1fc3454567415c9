/**
 * Headlines whose subject is a wrongdoing taken as given ("Mayor's bribes sank the port
 * deal", "Heating chief's kickbacks cost households €1m") over a body that has the
 * wrongdoing only as a charge or an allegation ("is charged with taking bribes",
 * "prosecutors say", "denies bribery"), and never settled (no conviction, plea or
 * admission). The noun carries the act, so no headline verb frames it: the link is the
 * same family of wrongdoing nouns in the body's charge or denial. Private helper: not a rule.
 */
import { inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { anyIn, lookBack } from './_clause.js';
import { lex } from './_lexicon.js';

/** Words before a wrongdoing noun, in its sentence, that make it a charge or a denial. */
const FRAME_REACH = 10;
/** Parts of speech of a headline subject before its head noun: "Heating chief's boiler". */
const SUBJECT = /^(DET|ADJ|NOUN|PROPN|NUM|PART)$/;

export interface PresumedWrong {
  /** The headline subject up to the wrongdoing noun. */
  span: Span;
  /** The body's charge or denial of that wrongdoing. */
  evidence: Span;
}

const family = (t: Token) => lex.wrongNouns.get(t.normal) ?? lex.wrongNouns.get(t.lemma.toLowerCase());

/**
 * "Heating chief's boiler kickbacks ...": a wrongdoing noun owned by an actor (a possessive
 * before it, nothing but the subject's words between) at the opening of the headline. The
 * tagger often reads a headline's verb as a noun ("kickbacks cost/NOUN"), so the predicate
 * is not looked for; a following process noun ("bribery trial", "fraud probe") names the
 * process, not the act.
 */
function subjectWrong(doc: Document, from: number, to: number): { start: number; head: number } | undefined {
  const { tokens } = doc;
  let start = from;
  for (let k = from; k < to; k++) if (tokens[k]!.text === ':') start = k + 1;
  let owned = false;
  for (let k = start; k < to; k++) {
    const t = tokens[k]!;
    if (/^['’]s?$/.test(t.text)) {
      owned = k > start;
      continue;
    }
    if (!SUBJECT.test(t.pos)) return undefined;
    if (!owned || family(t) === undefined) continue;
    const next = tokens[k + 1];
    if (next && k + 1 < to && lex.wrongProcess.has(next.normal)) return undefined;
    return { start, head: k };
  }
  return undefined;
}

export function presumedWrong(doc: Document, from: number, to: number, isBody: (k: number) => boolean): PresumedWrong | undefined {
  const { tokens } = doc;
  const subject = subjectWrong(doc, from, to);
  if (!subject) return undefined;
  const wanted = family(tokens[subject.head]!);
  let evidence: Span | undefined;
  for (let k = to; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isBody(k) || inQuoteContent(doc, t)) continue;
    // "was convicted of", "admitted taking", "pleaded guilty": the wrong is settled
    // ("not guilty", "if convicted", "could be jailed" leave it open).
    if (lex.establishedWords.has(t.normal)) {
      const back = lookBack(doc, k, 4);
      if (!anyIn(back, lex.negators) && !anyIn(back, lex.conditionals) && !anyIn(back, lex.modals)) return undefined;
    }
    if (evidence || family(t) !== wanted) continue;
    const s = doc.sentences[t.sentence]!;
    for (let i = k - 1; i >= Math.max(s.tokenStart, k - FRAME_REACH); i--) {
      const b = tokens[i]!;
      // "accused", "charged", "prosecutors" (data: headline.chargeWords): the body's wording of a charge.
      if (lex.chargeWords.has(b.normal) || (b.pos === 'VERB' && lex.causeDenials.has(b.lemma.toLowerCase()) && b.lemma.toLowerCase() !== 'insist')) {
        evidence = { start: b.start, end: t.end };
        break;
      }
    }
  }
  if (!evidence) return undefined;
  return { span: { start: tokens[subject.start]!.start, end: tokens[subject.head]!.end }, evidence };
}
