/**
 * Headlines that turn a denial into its opposite: "Plant operator admits maintenance lapse"
 * over a body where the operator denies skipping maintenance and reports no admission, and
 * "Lagoon handed to developer with ties to ruling party" over a body where the ties are only
 * alleged and the developer denies "any political links". Read by the headline rule.
 * Private helper: not a rule.
 */
import { inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { stem } from '../../src/engine/cluster-text.js';
import { anyIn, bareWord, lookAhead, lookBack, stemKey } from './_clause.js';
import { lex } from './_lexicon.js';

export interface DeniedClaim {
  /** The headline's admission verb, or its relation phrase with the related party. */
  span: Span;
  /** The body's denial: its cue and the words after it. */
  denial: Span;
}

const CONTENT = /^(NOUN|PROPN|ADJ|VERB)$/;
/** How far after a denial cue its object may name the relation ("denied having any political links"). */
const OBJECT_REACH = 6;
/** A role's denial names its subject first ("denied that the governor had ever held a stake"). */
const ROLE_REACH = 10;
const RELATION_PREP = /^(to|with|between|among)$/;

let admissionStems: Set<string> | undefined;
const isAdmission = (t: Token) => (admissionStems ??= new Set([...lex.admissionVerbs].map((w) => stem(w)))).has(stem(t.normal));


/** The denial cue's span, with up to eight words of what it denies. */
function denialSpan(doc: Document, k: number): Span {
  const end = lookAhead(doc, k + 1, 8).at(-1)?.end ?? doc.tokens[k]!.end;
  return { start: doc.tokens[k]!.start, end };
}

/**
 * A denial cue at token k in the writer's voice: a denial verb, not negated, not inside a
 * quotation. `cue` says which lemmas deny: every denial cue by default; the kin, participle
 * and quality readers pass `deniesAct`, which leaves out "insist".
 */
export function isDenialCue(doc: Document, k: number, cue: (lemma: string) => boolean = (l) => lex.denialCues.has(l)): boolean {
  const t = doc.tokens[k]!;
  return t.pos === 'VERB' && cue(t.lemma.toLowerCase()) && !inQuoteContent(doc, t) && !anyIn(lookBack(doc, k, 3), lex.negators);
}

/**
 * "X admits Y" in the headline, while the body reports no admission of any kind (an
 * unnegated "admitted", "acknowledged", "conceded" outside quotes) and does report a
 * denial whose sentence, after the cue, names a word of Y.
 */
export function deniedAdmission(doc: Document, from: number, to: number, isBody: (k: number) => boolean): DeniedClaim | undefined {
  let verb = -1;
  for (let k = from + 1; k < to - 1; k++) if (isAdmission(doc.tokens[k]!)) { verb = k; break; }
  if (verb < 0) return undefined;
  const claimed = new Set<string>();
  for (let k = verb + 1; k < to; k++) {
    const t = doc.tokens[k]!;
    if (CONTENT.test(t.pos) && bareWord(t).length >= 3) claimed.add(stemKey(t));
  }
  if (!claimed.size) return undefined;
  let denial: Span | undefined;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      const s = doc.sentences[si]!;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = doc.tokens[k]!;
        if (!isBody(k)) continue;
        // The body tells of an admission itself: the headline follows the story.
        if (t.pos === 'VERB' && isAdmission(t) && !inQuoteContent(doc, t) && !anyIn(lookBack(doc, k, 3), lex.negators)) return undefined;
        if (denial || !isDenialCue(doc, k)) continue;
        for (let i = k + 1; i < s.tokenEnd; i++) {
          const w = doc.tokens[i]!;
          if (CONTENT.test(w.pos) && claimed.has(stemKey(w))) { denial = denialSpan(doc, k); break; }
        }
      }
    }
  }
  return denial && { span: { start: doc.tokens[verb]!.start, end: doc.tokens[verb]!.end }, denial };
}

/** Whether sentence `si` names a relation ("links to", "ties with") outside quotes with no denial, hedge or speech cue: told as fact. */
function statesRelation(doc: Document, si: number): boolean {
  const s = doc.sentences[si]!;
  let named = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    // "ties to", "links with", "connections between": a relation between parties ("the link above" is none).
    if (lex.relationNouns.has(t.normal) && RELATION_PREP.test(doc.tokens[k + 1]?.normal ?? '') && !inQuoteContent(doc, t)) named = true;
  }
  if (!named && !lex.relationClaims.match(doc.tokens, s.tokenStart, s.tokenEnd).length) return false;
  const hedged = lex.headlineHedges.match(doc.tokens, s.tokenStart, s.tokenEnd).length > 0;
  let denied = false;
  for (let k = s.tokenStart; k < s.tokenEnd && !denied; k++) denied = lex.denialCues.has(doc.tokens[k]!.lemma.toLowerCase());
  return !hedged && !denied;
}

/**
 * "... with ties to ruling party", "... linked to cartel": a relation the headline states,
 * while the body denies it ("has denied any political links") and never states it in the
 * writer's own voice.
 */
export function deniedRelation(doc: Document, from: number, to: number, isBody: (k: number) => boolean): DeniedClaim | undefined {
  // A party on each side: words before the relation and the related party after it; a
  // role ("was the minister's business partner") carries the related party inside it.
  const claim = lex.relationClaims.match(doc.tokens, from, to).find((x) => x.first > from && x.last < to);
  const role = claim ? undefined : lex.relationRoles.match(doc.tokens, from, to).find((x) => x.first > from);
  const m = claim ?? role;
  if (!m) return undefined;
  // "denied that any councillor owned shares in the firm": a role is disputed by its business words too.
  const disputes = (t: Token) => lex.relationNouns.has(t.normal) || (!!role && lex.stakeNouns.has(t.normal));
  let denial: Span | undefined;
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    for (let si = p.sentenceStart; si < p.sentenceEnd; si++) {
      if (statesRelation(doc, si)) return undefined;
      const s = doc.sentences[si]!;
      for (let k = s.tokenStart; k < s.tokenEnd && !denial; k++) {
        if (!isBody(k) || !isDenialCue(doc, k)) continue;
        const object = lookAhead(doc, k + 1, role ? ROLE_REACH : OBJECT_REACH);
        if (object.some(disputes)) denial = denialSpan(doc, k);
      }
    }
  }
  return denial && { span: { start: m.span.start, end: doc.tokens[to - 1]!.end }, denial };
}
