/**
 * Display text (a headline, a Key-points bullet, a live-blog entry heading) that states as
 * fact a detail the body has only from one side and then reports denied in that very detail:
 * - an order of events: "Crews poured the foundations after the permit lapsed" over "denied
 *   that any concrete was poured after the permit lapsed" (the same "before|after",
 *   a word of each side of it in the denial's clause);
 * - a modifier: "Clinic gave children expired vaccines" over "Parents say the
 *   nurses used expired vaccines" and "denied that any vaccine had
 *   expired" (the display line's adjective in a claim and inside a denial's clause,
 *   and never in the writer's own voice).
 * Private helper: not a rule.
 */
import type { Document, Span } from '../../src/document/types.js';
import { inQuoteContent } from '../../src/engine/doc-cache.js';
import { anyIn, lookBack } from './_clause.js';
import { isDenialCue } from './_denied-claim.js';
import { deniesAct, lex } from './_lexicon.js';
import { topicKeys } from './_topic.js';

/** How many tokens after a denial cue its clause may run. */
const CLAUSE_REACH = 16;
/** Words that order two events. */
const ORDER = /^(before|after)$/;
const CONTENT = /^(NOUN|PROPN|VERB|ADJ)$/;
/** Light verbs that carry no act of their own. */
const LIGHT = /^(be|have|do|get|make|go|take|say)$/;

export interface DeniedDetail {
  span: Span;
  denial: Span;
  /** For a modifier: the one side's claim that holds it. */
  claim?: Span;
}

/** Topic keys (stems of form and lemma, see _topic.ts) of the content words in [a, b), light verbs and short words aside. */
function stems(doc: Document, a: number, b: number): Set<string> {
  const out = new Set<string>();
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k]!;
    if (!CONTENT.test(t.pos) || t.text.length < 3 || LIGHT.test(t.lemma.toLowerCase())) continue;
    for (const key of topicKeys(t)) out.add(key);
  }
  return out;
}

/** Denial cues in the body (outside quotes, not negated): their token and clause end. */
function denials(doc: Document, isBody: (k: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < doc.tokens.length; k++) {
    if (!isBody(k) || !isDenialCue(doc, k, deniesAct)) continue;
    const s = doc.sentences[doc.tokens[k]!.sentence]!;
    out.push([k, Math.min(s.tokenEnd, k + 1 + CLAUSE_REACH)]);
  }
  return out;
}

/** "poured the foundations after the permit lapsed" over "denied that any concrete was poured after the permit lapsed". */
function deniedOrder(doc: Document, from: number, to: number, cues: [number, number][]): DeniedDetail | undefined {
  const { tokens } = doc;
  for (let o = from + 1; o < to - 1; o++) {
    if (!ORDER.test(tokens[o]!.normal)) continue;
    const left = stems(doc, from, o);
    const right = stems(doc, o + 1, to);
    if (!left.size || !right.size) continue;
    for (const [c, end] of cues) {
      for (let j = c + 1; j < end; j++) {
        if (tokens[j]!.normal !== tokens[o]!.normal) continue;
        const l = stems(doc, c + 1, j);
        const r = stems(doc, j + 1, end);
        if ([...left].some((x) => l.has(x)) && [...right].some((x) => r.has(x))) {
          return { span: { start: tokens[from]!.start, end: tokens[to - 1]!.end }, denial: { start: tokens[c]!.start, end: tokens[Math.min(end, j + 3) - 1]!.end } };
        }
      }
    }
  }
  return undefined;
}

/** Whether token k stands after a speech cue of its sentence that is not a denial: one side's claim. */
function inClaim(doc: Document, k: number): Span | undefined {
  const s = doc.tokens[k]!.sentence;
  for (const a of doc.attributions) {
    if (a.sentence !== s || a.cueToken >= k) continue;
    const cue = doc.tokens[a.cueToken]!;
    if (lex.denialCues.has(cue.lemma.toLowerCase()) || lex.affirmingCues.has(cue.lemma.toLowerCase())) continue;
    return { start: a.speaker && a.speaker.start < cue.start ? a.speaker.start : cue.start, end: doc.tokens[k + 1]?.sentence === s ? doc.tokens[k + 1]!.end : doc.tokens[k]!.end };
  }
  return undefined;
}

/** "gave children expired vaccines" over a claim of expired vaccines and a denial that any vaccine had expired. */
function deniedModifier(doc: Document, from: number, to: number, cues: [number, number][], isBody: (k: number) => boolean): DeniedDetail | undefined {
  const { tokens } = doc;
  for (let k = from; k < to - 1; k++) {
    const m = tokens[k]!;
    // An attributive modifier: an adjective (or a participle the tagger reads as a verb) right before a noun.
    if (!/^(ADJ|VERB)$/.test(m.pos) || tokens[k + 1]!.pos !== 'NOUN' || m.text.length < 4) continue;
    if (m.pos === 'VERB' && !/(ed|en)$/.test(m.normal)) continue;
    const word = m.normal;
    let denial: Span | undefined;
    for (const [c, end] of cues) {
      for (let j = c + 1; j < end && !denial; j++) if (tokens[j]!.normal === word) denial = { start: tokens[c]!.start, end: tokens[j]!.end };
      if (denial) break;
    }
    if (!denial) continue;
    // Every use of the word in the body: inside a claim, a quotation or the denial; never the writer's own.
    let claim: Span | undefined;
    let own = false;
    for (let b = 0; b < tokens.length && !own; b++) {
      const t = tokens[b]!;
      if (t.normal !== word || !isBody(b) || inQuoteContent(doc, t)) continue;
      if (t.start >= denial.start && t.end <= denial.end) continue;
      if (anyIn(lookBack(doc, b, 3), lex.negators)) continue;
      const c = inClaim(doc, b);
      if (c) claim ??= c;
      else own = true;
    }
    if (own || !claim) continue;
    return { span: { start: m.start, end: tokens[k + 1]!.end }, denial, claim };
  }
  return undefined;
}

/** The first denied detail the display text [from, to) states as fact. */
export function deniedDetail(doc: Document, from: number, to: number, isBody: (k: number) => boolean): DeniedDetail | undefined {
  const cues = denials(doc, isBody);
  if (!cues.length) return undefined;
  return deniedOrder(doc, from, to, cues) ?? deniedModifier(doc, from, to, cues, isBody);
}
