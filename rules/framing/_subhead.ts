/**
 * Subheads (the Document marks them: src/document/display-lines.ts) read against their section.
 * `disputedReason` finds a subhead that gives the reason for an act as fact ("Sacked for
 * speaking out") over a section that has that reason only as one side's claim ("The union
 * says she was dismissed because ...") and then reports the claim rejected ("The hospital
 * rejected the union's account."). Private helper: not a rule.
 */
import { inQuoteContent } from '../../src/engine/doc-cache.js';
import type { Document, Span } from '../../src/document/types.js';
import { actAt, actOf, type Act } from './_acts.js';
import { lex } from './_lexicon.js';
import { phraseAfter } from '../../src/document/mentions.js';
import { stem } from '../../src/engine/cluster-text.js';
import { NOUNISH } from './_clause.js';

/** The section under a subhead is read this many paragraphs on, or to the next subhead. */
const SECTION = 3;
/** The reason follows the act within this many tokens. */
const REASON_WINDOW = 4;
/** The claimed act follows the speech cue within this many tokens. */
const CLAIM_WINDOW = 8;

export interface DisputedReason {
  /** The subhead's act and reason ("Sacked for speaking out"). */
  span: Span;
  /** The attributed claim in the section ("says she was dismissed because"). */
  claim: Span;
  /** The reply that rejects it ("rejected the union's account"). */
  reply: Span;
}

/** The first reason link after token `k` (within the window, before `end`), or undefined. */
function reasonAfter(doc: Document, k: number, end: number) {
  return lex.reasonLinks.match(doc.tokens, k + 1, Math.min(end, k + 1 + REASON_WINDOW)).find((m) => !inQuoteContent(doc, doc.tokens[m.first]!));
}

/** The act (verb, not the light "be/have") a subhead states, and the reason link after it. */
function subheadAct(doc: Document, from: number, to: number): { k: number; act: Act } | undefined {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.pos !== 'VERB' || /^(be|have|do|say)$/.test(t.lemma.toLowerCase())) continue;
    if (!reasonAfter(doc, k, to)) return undefined;
    return { k, act: actOf(doc, k) };
  }
  return undefined;
}

/**
 * Subhead paragraph `p` states a reason for an act; its section reports that act, with a
 * reason, only after one side's speech cue, and then a reply rejecting the claim.
 */
function disputedAt(doc: Document, p: number, next: number): DisputedReason | undefined {
  const head = doc.sentences[doc.paragraphs[p]!.sentenceStart]!;
  // A subhead that attributes itself ("..., union says") is fine.
  if (lex.headlineHedges.match(doc.tokens, head.tokenStart, head.tokenEnd).length) return undefined;
  const stated = subheadAct(doc, head.tokenStart, head.tokenEnd);
  if (!stated) return undefined;
  const last = Math.min(doc.paragraphs.length, p + 1 + SECTION, next);
  const firstSentence = doc.paragraphs[p + 1]!.sentenceStart;
  const lastSentence = doc.paragraphs[last - 1]!.sentenceEnd;
  for (const a of doc.attributions) {
    if (a.sentence < firstSentence || a.sentence >= lastSentence) continue;
    const cue = doc.tokens[a.cueToken]!;
    if (cue.pos !== 'VERB' || inQuoteContent(doc, cue) || lex.affirmingCues.has(cue.lemma.toLowerCase())) continue;
    const sent = doc.sentences[a.sentence]!;
    let claim: Span | undefined;
    for (let k = a.cueToken + 1; k < Math.min(sent.tokenEnd, a.cueToken + 1 + CLAIM_WINDOW) && !claim; k++) {
      const hit = actAt(doc, k, stated.act);
      if (hit && /^(VERB|ADJ)$/.test(doc.tokens[k]!.pos) && reasonAfter(doc, hit.end - 1, sent.tokenEnd)) claim = { start: cue.start, end: doc.tokens[hit.end - 1]!.end };
    }
    if (!claim) continue;
    // The reply comes after the claim, in the section, outside quotes.
    const reply = lex.contestedReplies
      .match(doc.tokens, sent.tokenEnd, doc.sentences[lastSentence - 1]!.tokenEnd)
      .find((r) => doc.tokens[r.first]!.pos === 'VERB' && !inQuoteContent(doc, doc.tokens[r.first]!));
    if (!reply) continue;
    return { span: { start: doc.tokens[stated.k]!.start, end: head.end }, claim, reply: reply.span };
  }
  return undefined;
}

/** What `at` finds under each subhead, read up to the next subhead (paragraph indexes `p`, `next`). */
function perSubhead<T>(doc: Document, at: (doc: Document, p: number, next: number) => T | undefined): T[] {
  const heads = doc.paragraphs.flatMap((p, i) => (p.subhead ? [i] : []));
  const out: T[] = [];
  heads.forEach((p, i) => {
    const found = at(doc, p, heads[i + 1] ?? doc.paragraphs.length);
    if (found) out.push(found);
  });
  return out;
}

/** Every subhead that states as fact a reason the section gives only as a rejected claim. */
export const disputedReasons = (doc: Document): DisputedReason[] => perSubhead(doc, disputedAt);

export interface AccusedAsFact {
  /** The subhead. */
  span: Span;
  /** The accusation in the section ("accuse some gendarmes of"). */
  claim: Span;
  /** The reply that rejects it ("rejected the accusation"). */
  reply: Span;
}

/** By stem: a title-case subhead's lemmas cannot be trusted ("Guards" is read as a name). */
const key = (t: { normal: string }) => stem(t.normal);

/**
 * "Guards on the smugglers' payroll" as a subhead over a section that has the guards only as
 * the accused ("they accuse some guards of passing on the patrol times") and then reports the
 * accusation rejected: the subhead states one side's charge as fact. The subhead's first
 * noun is the accused; one other content word of it must stand in the accusation's sentence
 * (the charge, not just the same people).
 */
function accusedAt(doc: Document, p: number, next: number): AccusedAsFact | undefined {
  const head = doc.sentences[doc.paragraphs[p]!.sentenceStart]!;
  if (lex.headlineHedges.match(doc.tokens, head.tokenStart, head.tokenEnd).length) return undefined;
  const words = doc.tokens.slice(head.tokenStart, head.tokenEnd);
  const accused = words.find((t) => NOUNISH.test(t.pos));
  if (!accused) return undefined;
  const rest = new Set(words.filter((t) => t !== accused && /^(NOUN|PROPN|ADJ)$/.test(t.pos)).map(key));
  if (!rest.size) return undefined;
  const last = Math.min(doc.paragraphs.length, p + 1 + SECTION, next);
  const from = doc.sentences[doc.paragraphs[p + 1]!.sentenceStart]!.tokenStart;
  const to = doc.sentences[doc.paragraphs[last - 1]!.sentenceEnd - 1]!.tokenEnd;
  for (const f of lex.allegationObjects.match(doc.tokens, from, to)) {
    const cue = doc.tokens[f.first]!;
    if (cue.pos !== 'VERB' || inQuoteContent(doc, cue)) continue;
    const sent = doc.sentences[cue.sentence]!;
    const np = phraseAfter(doc.tokens, f.last, sent.tokenEnd);
    if (!np || !doc.tokens.slice(np[0], np[1]).some((t) => NOUNISH.test(t.pos) && key(t) === key(accused))) continue;
    if (!doc.tokens.slice(sent.tokenStart, sent.tokenEnd).some((t) => /^(NOUN|PROPN|ADJ)$/.test(t.pos) && t !== doc.tokens[np[1] - 1] && rest.has(key(t)))) continue;
    const reply = lex.contestedReplies.match(doc.tokens, sent.tokenEnd, to).find((r) => doc.tokens[r.first]!.pos === 'VERB' && !inQuoteContent(doc, doc.tokens[r.first]!));
    if (!reply) continue;
    const claimEnd = doc.tokens[np[1]]?.normal === 'of' ? np[1] + 1 : np[1];
    return { span: { start: head.start, end: head.end }, claim: { start: cue.start, end: doc.tokens[claimEnd - 1]!.end }, reply: reply.span };
  }
  return undefined;
}

/** Every subhead that states as fact a charge the section gives only as a rejected accusation. */
export const accusedAsFact = (doc: Document): AccusedAsFact[] => perSubhead(doc, accusedAt);
