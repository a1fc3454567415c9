/**
 * Word-level comparison of two quotations: words with offsets (editorial [brackets]
 * dropped, ellipses remembered), longest common subsequence, and the places where the
 * wording differs inside the part both outlets quote.
 */
import type { Span } from '../../src/document/types.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import { isContent, stem } from '../../src/engine/cluster-text.js';

/**
 * Two spellings of one word ("organise"/"organize", "programme"/"program") are the same
 * word: house style, not a misquote. Long words with the same start, lengths within two
 * letters ("national"/"nationalist" differ) and a Jaro-Winkler similarity of 0.94 or
 * more count as equal.
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 5 || b.length < 5 || a.slice(0, 3) !== b.slice(0, 3) || Math.abs(a.length - b.length) > 2) return false;
  return jaroWinkler(a, b) >= 0.94;
}

export interface QWord extends Span {
  w: string;
  /** An ellipsis stands right before this word: words may be left out here. */
  afterGap: boolean;
}

/** Words of `text[span]`, offsets into `text`. */
export function quoteWords(text: string, span: Span): QWord[] {
  const out: QWord[] = [];
  const body = text.slice(span.start, span.end);
  let depth = 0;
  let gap = false;
  for (const m of body.matchAll(/\[|\]|\.\.\.|…|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const s = m[0];
    if (s === '[') { depth++; gap = true; continue; }
    if (s === ']') { depth = Math.max(0, depth - 1); continue; }
    if (s === '...' || s === '…') { gap = true; continue; }
    if (depth > 0) continue;
    const w = s.toLowerCase().replace(/’/g, "'").replace(/[-']+$/, '');
    out.push({ w, start: span.start + m.index!, end: span.start + m.index! + s.length, afterGap: gap });
    gap = false;
  }
  return out;
}

/** Matched index pairs of a longest common subsequence of words. */
export function lcs(a: readonly QWord[], b: readonly QWord[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const dp: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i]![j] = sameWord(a[i]!.w, b[j]!.w) ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
    }
  }
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (sameWord(a[i]!.w, b[j]!.w) && dp[i]![j] === dp[i + 1]![j + 1]! + 1) { out.push([i, j]); i++; j++; }
    else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

export interface WordingDiff {
  kind: 'same' | 'excerpt' | 'variant' | 'diverging' | 'reworded' | 'unrelated';
  /** The compared region in each quotation (where the wording differs, with context). */
  spanA?: Span;
  spanB?: Span;
  /** The differing words, for the message: [words in A, words in B]. */
  changes: [string, string][];
  /** `diverging`: the first word after the shared opening, in A and in B. */
  parting?: [number, number];
}

const contentStems = (ws: readonly QWord[]) => new Set(ws.filter((w) => isContent(w.w)).map((w) => stem(w.w)));

/**
 * How quotation B's wording relates to A's. `excerpt`: one is a cut of the other (with
 * or without marked omissions). `variant`: they share most of a passage but words are
 * swapped, added or dropped inside it. `diverging`: they open with the same clause and go on
 * differently. `reworded`: same length and shape, few shared words, as two translations of
 * one statement read.
 */
export function compareWording(a: readonly QWord[], b: readonly QWord[]): WordingDiff {
  if (!a.length || !b.length) return { kind: 'unrelated', changes: [] };
  if (a.length === b.length && a.every((w, i) => sameWord(w.w, b[i]!.w))) return { kind: 'same', changes: [] };
  const pairs = lcs(a, b);
  const short = Math.min(a.length, b.length);
  const contentMatched = pairs.filter(([i]) => isContent(a[i]!.w)).length;
  if (pairs.length === short) {
    // Every word of the shorter quote is in the longer one, in order. Words added inside
    // the shared passage without an ellipsis are a change; otherwise it is an excerpt.
    const changes = interiorGaps(a, b, pairs).filter(([x, y]) => x || y);
    if (!changes.length || contentMatched < 3) return { kind: 'excerpt', changes: [] };
    return { kind: 'variant', ...regions(a, b, pairs, 0, 0), changes };
  }
  const coverage = pairs.length / short;
  const strong = contentMatched >= 2 || (contentMatched >= 1 && short <= 4 && pairs.length >= 2);
  if (strong && coverage >= 0.6 && pairs.length) {
    const changes = interiorGaps(a, b, pairs);
    const [fi, fj] = pairs[0]!;
    const [li, lj] = pairs[pairs.length - 1]!;
    // Both quotes go on differently after the shared part (or start differently before
    // it): a word swapped at the edge, as "distortion of reality" / "distortion of facts".
    let lead = 0;
    let trail = 0;
    if (fi > 0 && fj > 0 && fi <= 2 && fj <= 2 && !a[fi]!.afterGap && !b[fj]!.afterGap) { lead = 1; changes.unshift([words(a, 0, fi), words(b, 0, fj)]); }
    const ta = a.length - 1 - li;
    const tb = b.length - 1 - lj;
    if (ta > 0 && tb > 0 && ta <= 2 && tb <= 2) { trail = 1; changes.push([words(a, li + 1, a.length), words(b, lj + 1, b.length)]); }
    // A swapped word is needed; added words alone may be the outlet's own cut.
    if (changes.some(([x, y]) => x && y)) return { kind: 'variant', ...regions(a, b, pairs, lead, trail), changes };
  }
  // "The ship was (fully) seaworthy and carried fewer ..." / "The ship was seaworthy, and I
  // cannot say ...": the same opening clause, then two different continuations.
  const open = sharedOpening(a, b, pairs);
  if (open) {
    const [i, j] = open;
    return { kind: 'diverging', spanA: { start: a[0]!.start, end: a[a.length - 1]!.end }, spanB: { start: b[0]!.start, end: b[b.length - 1]!.end }, changes: [[words(a, i, a.length), words(b, j, b.length)]], parting: [i, j] };
  }
  // Reworded: similar length, same shape (function words line up), some shared content.
  const ratio = a.length / b.length;
  const shared = [...contentStems(a)].filter((s) => contentStems(b).has(s)).length;
  if (short >= 5 && ratio >= 0.67 && ratio <= 1.5 && pairs.length / Math.max(a.length, b.length) >= 0.4 && shared >= 2) {
    return { kind: 'reworded', spanA: { start: a[0]!.start, end: a[a.length - 1]!.end }, spanB: { start: b[0]!.start, end: b[b.length - 1]!.end }, changes: [] };
  }
  return { kind: 'unrelated', changes: [] };
}

const words = (ws: readonly QWord[], from: number, to: number) => ws.slice(from, to).map((w) => w.w).join(' ');

/** How long a shared opening must be (words, and content words among them) to be one quotation. */
const OPENING_WORDS = 5;
const OPENING_CONTENT = 3;
/** How long each continuation must be, and how little of it the other may share. */
const CONTINUATION_WORDS = 3;

/**
 * Where two quotations part after the same opening (one word added or dropped on the way is
 * allowed): the first word after it in each, or undefined. Both must go on for a while, mostly
 * in different words; a cut or an added tail is an excerpt, not this.
 */
function sharedOpening(a: readonly QWord[], b: readonly QWord[], pairs: readonly [number, number][]): [number, number] | undefined {
  if (!pairs.length || pairs[0]![0] > 1 || pairs[0]![1] > 1) return undefined;
  let n = 1;
  while (n < pairs.length && pairs[n]![0] - pairs[n - 1]![0] <= 2 && pairs[n]![1] - pairs[n - 1]![1] <= 2) n++;
  const opening = pairs.slice(0, n);
  if (n < OPENING_WORDS || opening.filter(([i]) => isContent(a[i]!.w)).length < OPENING_CONTENT) return undefined;
  const [i, j] = [opening[n - 1]![0] + 1, opening[n - 1]![1] + 1];
  const restA = a.length - i;
  const restB = b.length - j;
  if (restA < CONTINUATION_WORDS || restB < CONTINUATION_WORDS) return undefined;
  // The rest shares under half its words: a different continuation, not a reworded one.
  return (pairs.length - n) * 2 < Math.min(restA, restB) ? [i, j] : undefined;
}

/** Swapped or added words between consecutive matches, unless an ellipsis marks the cut. */
function interiorGaps(a: readonly QWord[], b: readonly QWord[], pairs: [number, number][]): [string, string][] {
  const out: [string, string][] = [];
  for (let k = 1; k < pairs.length; k++) {
    const [pi, pj] = pairs[k - 1]!;
    const [i, j] = pairs[k]!;
    if (i === pi + 1 && j === pj + 1) continue;
    if (a[i]!.afterGap || b[j]!.afterGap || (i > pi + 1 && a[pi + 1]!.afterGap) || (j > pj + 1 && b[pj + 1]!.afterGap)) continue;
    out.push([words(a, pi + 1, i), words(b, pj + 1, j)]);
  }
  return out;
}

/** The shared passage in each quote, widened by one edge word where the edges differ. */
function regions(a: readonly QWord[], b: readonly QWord[], pairs: [number, number][], lead: number, trail: number): { spanA: Span; spanB: Span } {
  const [fi, fj] = pairs[0]!;
  const [li, lj] = pairs[pairs.length - 1]!;
  const fa = lead ? 0 : fi;
  const fb = lead ? 0 : fj;
  const la = trail ? a.length - 1 : li;
  const lb = trail ? b.length - 1 : lj;
  return { spanA: { start: a[fa]!.start, end: a[la]!.end }, spanB: { start: b[fb]!.start, end: b[lb]!.end } };
}

/** What turns two versions of one quotation into two different facts. */
export interface FactChange {
  /** The negator one version has and the other lacks: ["not", ""] means A has "not", B none. */
  polarity?: [string, string];
  /** Numbers and years each version has that the other lacks. */
  numbers?: [string[], string[]];
}

const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion', 'half', 'double', 'twice']);
const isNumberWord = (w: string) => /^\p{N}/u.test(w) || NUMBER_WORDS.has(w);

/** Negators among `ws[from..to)`; "not only/just/merely" adds, it does not deny. */
function negatorsIn(ws: readonly QWord[], idx: number[], negators: ReadonlySet<string>): string[] {
  return idx
    .filter((i) => (negators.has(ws[i]!.w) || /n't$/.test(ws[i]!.w)) && !(ws[i]!.w === 'not' && /^(only|just|merely|least)$/.test(ws[i + 1]?.w ?? '')))
    .map((i) => ws[i]!.w);
}

/**
 * Whether the words where two versions of one quotation differ change a fact: one version
 * has a negator the other lacks ("was fully renewed" / "has not been renewed"), or each has
 * a number the other lacks ("in 2023" / "since 2013", "300 jobs" / "3,000 jobs"). A number
 * only one side has is a longer or shorter cut, not a change. Only the unmatched words of
 * the longest common subsequence count: the shared words say the same in both.
 */
export function factChange(a: readonly QWord[], b: readonly QWord[], negators: ReadonlySet<string>): FactChange | undefined {
  const pairs = lcs(a, b);
  if (!pairs.length) return undefined;
  const inA = new Set(pairs.map(([i]) => i));
  const inB = new Set(pairs.map(([, j]) => j));
  // Words swapped inside the shared passage, or at most two at an edge on both sides
  // ("by 2028" / "by 2030"); not a longer cut that one outlet quotes and the other leaves out.
  const [fi, fj] = pairs[0]!;
  const [li, lj] = pairs[pairs.length - 1]!;
  const lead = fi <= 2 && fj <= 2;
  const trail = a.length - 1 - li <= 2 && b.length - 1 - lj <= 2;
  const from = (first: number) => (lead ? 0 : first);
  const restA = a.map((_, i) => i).filter((i) => !inA.has(i) && i >= from(fi) && (trail || i < li));
  const restB = b.map((_, j) => j).filter((j) => !inB.has(j) && j >= from(fj) && (trail || j < lj));
  const out: FactChange = {};
  const negA = negatorsIn(a, restA, negators);
  const negB = negatorsIn(b, restB, negators);
  if (!negA.length !== !negB.length) out.polarity = [negA[0] ?? '', negB[0] ?? ''];
  const numA = restA.map((i) => a[i]!.w).filter(isNumberWord);
  const numB = restB.map((j) => b[j]!.w).filter(isNumberWord);
  if (numA.some((n) => !numB.includes(n)) && numB.some((n) => !numA.includes(n))) out.numbers = [numA, numB];
  return out.polarity || out.numbers ? out : undefined;
}

/** A negation or a number that one continuation after a shared opening has and the other lacks. */
export function continuationFact(a: readonly QWord[], b: readonly QWord[], [i, j]: [number, number], negators: ReadonlySet<string>): FactChange | undefined {
  const restA = a.map((_, k) => k).filter((k) => k >= i);
  const restB = b.map((_, k) => k).filter((k) => k >= j);
  const out: FactChange = {};
  const negA = negatorsIn(a, restA, negators);
  const negB = negatorsIn(b, restB, negators);
  if (!negA.length !== !negB.length) out.polarity = [negA[0] ?? '', negB[0] ?? ''];
  const numA = restA.map((k) => a[k]!.w).filter(isNumberWord);
  const numB = restB.map((k) => b[k]!.w).filter(isNumberWord);
  if (numA.some((n) => !numB.includes(n)) && numB.some((n) => !numA.includes(n))) out.numbers = [numA, numB];
  return out.polarity || out.numbers ? out : undefined;
}

/**
 * Two wordings are versions of one quotation, not two statements on one theme: two in five
 * of the longer one's words, three of them content words, come in the same order in both
 * ("the spillway … tested … and the warning sirens were" around a swapped "was fully" /
 * "has not been"). `factChange` then only reads words swapped between those shared words.
 */
export function oneQuotation(a: readonly QWord[], b: readonly QWord[]): boolean {
  const pairs = lcs(a, b);
  return pairs.length / Math.max(a.length, b.length) >= 0.4 && pairs.filter(([i]) => isContent(a[i]!.w)).length >= 3;
}

/** Words that place a thing in a count or sequence ("the first result", "the second patient"). */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** A number, or an ordinal that places a thing ("the first result"; not "children come first"). */
const isCountAt = (ws: readonly QWord[], i: number) => isNumberWord(ws[i]!.w) || (ORDINALS.has(ws[i]!.w) && /^(the|a|its|our|their|his|her|my|that)$/.test(ws[i - 1]?.w ?? ''));
/** How short a shared opening may be for `countedContinuation`: a subject and its verb. */
const SHORT_OPENING = 2;

/**
 * One speaker's statement told two ways from a short shared opening: "We closed the pass the
 * moment the first avalanche warning came in" / "We closed the pass only after the third warning,
 * when we knew the slope would go". The opening (two or more words at the start of both, a content word among them:
 * the act) is the same; the continuations share under half their words and each puts the act
 * at a count or position the other lacks ("first" / "second", "two weeks" / "ten days").
 * Returns the words where they part and the counts of each, or undefined. A negation alone is
 * not enough here (a short opening ties two quotations too loosely for that).
 */
export function countedContinuation(a: readonly QWord[], b: readonly QWord[]): { parting: [number, number]; counts: [string[], string[]] } | undefined {
  const pairs = lcs(a, b);
  let n = 0;
  while (n < pairs.length && pairs[n]![0] === n && pairs[n]![1] === n) n++;
  if (n < SHORT_OPENING || !pairs.slice(0, n).some(([i]) => isContent(a[i]!.w))) return undefined;
  const restA = a.length - n;
  const restB = b.length - n;
  if (restA < CONTINUATION_WORDS || restB < CONTINUATION_WORDS || (pairs.length - n) * 2 >= Math.min(restA, restB)) return undefined;
  const counts = (ws: readonly QWord[]) => ws.map((w, i) => (i >= n && isCountAt(ws, i) ? w.w : '')).filter(Boolean);
  const countsA = counts(a);
  const countsB = counts(b);
  if (!countsA.some((c) => !countsB.includes(c)) || !countsB.some((c) => !countsA.includes(c))) return undefined;
  return { parting: [n, n], counts: [countsA, countsB] };
}
