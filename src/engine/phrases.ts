/**
 * Phrase patterns over tokens, for lexicons and house rules. A pattern is words
 * separated by spaces:
 *   word     matches the token's normal form or its lemma ("ignite" matches "ignited")
 *   =word    matches the normal form only (no inflection)
 *   a|an     alternatives
 *   word?    optional
 *   *        any one token
 *   [POS]    any token with that part of speech (NOUN, VERB, ADJ, PROPN...)
 * Matching is linear in the tokens times the pattern length; patterns are indexed by
 * their first fixed word so a large lexicon costs little more than a small one.
 *
 * First words are numbered in one vocabulary shared by every index, and each token
 * array gets its words' numbers once (cached per array): a dozen lexicons then cost a
 * dozen array reads per token, not a dozen string-keyed map lookups.
 */
import { normalSpelling } from '../document/spelling.js';
import { searchFirst } from '../document/search.js';
import type { Document, Span, Token } from '../document/types.js';

interface Step {
  words?: Set<string>;
  exact: boolean;
  optional: boolean;
  pos?: string;
}

export interface CompiledPhrase<T> {
  steps: Step[];
  entry: T;
}

/**
 * Tokens carry wink's normal form, in American spelling ("criticized", "rumor"); a pattern
 * written as British copy is ("criticised", "rumour") gets that form beside its own, so it
 * meets the tokens. The steps' word sets grow in place.
 */
function spellAsTokens(steps: readonly Step[]): void {
  for (const st of steps) {
    if (!st.words) continue;
    for (const w of [...st.words]) {
      const n = normalSpelling(w);
      if (n !== w) st.words.add(n);
    }
  }
}

function compileStep(raw: string): Step {
  let w = raw.toLowerCase();
  const optional = w.endsWith('?') && w.length > 1;
  if (optional) w = w.slice(0, -1);
  if (w === '*') return { exact: false, optional };
  const pos = /^\[([a-z]+)\]$/.exec(w)?.[1];
  if (pos) return { exact: false, optional, pos: pos.toUpperCase() };
  const exact = w.startsWith('=');
  if (exact) w = w.slice(1);
  // "=caused|=causes": the mark on a later alternative is the same mark (the step is exact as a whole).
  return { words: new Set(w.split('|').map((alt) => alt.replace(/^=/, ''))), exact, optional };
}

/** Every word some pattern starts with, numbered from 0. It only grows. */
const firstWords = new Map<string, number>();
/** For each first word, the serial numbers of the indexes with patterns starting with it. */
const owners: number[][] = [];
/** How many indexes exist; each has a serial number below it. */
let indexCount = 0;
/**
 * Beside `owners`, for the same index: the second steps of that index's patterns that start
 * with the word, merged, when every one of them has a fixed second step (no pattern of one
 * word, no optional or wildcard second step); undefined otherwise. A position whose next
 * token meets none of them cannot start a match, so it is not a start at all: "a", "the" and
 * "be" open some patterns and are written a hundred times an article, mostly before words no
 * pattern continues with. Read by position, so the token pass makes no lookup per index.
 */
const ownerFollows: (Follow | undefined)[][] = [];

/** The second steps of a bucket merged into one test (the union of what stepMatches accepts). */
interface Follow {
  /** Words matched by form or lemma. */
  words: Set<string>;
  /** Every word matched by form: `words` and the form-only ones ("=word"). */
  forms: Set<string>;
  pos: Set<string>;
}

function mergeSteps(steps: readonly Step[]): Follow {
  const f: Follow = { words: new Set(), forms: new Set(), pos: new Set() };
  for (const st of steps) {
    if (st.pos) f.pos.add(st.pos);
    else
      for (const w of st.words!) {
        f.forms.add(w);
        if (!st.exact) f.words.add(w);
      }
  }
  return f;
}

/** stepMatches for a merged Follow: some second step accepts the token. */
function follows(f: Follow, t: Token): boolean {
  const normal = t.normal;
  if (f.forms.has(normal) || f.pos.has(t.pos)) return true;
  const b = bare(normal);
  if (b !== normal && f.forms.has(b)) return true;
  return t.lemma !== normal && f.words.size > 0 && f.words.has(t.lemma.toLowerCase());
}

interface TokenIds {
  /** `indexCount` when these were read: a new index means read again. */
  version: number;
  /** Number of each token's normal form, or -1 when no pattern starts with it. */
  normal: Int32Array;
  /** Number of its lemma when that differs from the normal form, else -1. */
  lemma: Int32Array;
  /** By index serial: the positions where one of that index's first words is written. */
  starts: (Int32Array | undefined)[];
}
const idsByTokens = new WeakMap<readonly Token[], TokenIds>();
// The last array asked about. A strong reference to one token array (freed at the next
// article) is the price of skipping the WeakMap on every call.
let lastTokens: readonly Token[] | undefined;
let lastIds: TokenIds | undefined;
const NONE = new Int32Array(0);

/** Forget a token array's numbers (they are rebuilt on the next match, if any). */
export function releaseTokenIds(tokens: readonly Token[]): void {
  idsByTokens.delete(tokens);
  if (lastTokens === tokens) lastTokens = lastIds = undefined;
}

/**
 * The first-word numbers of every token, and every index's start positions, in one pass
 * (tokens arrays are never changed once built). Function words ("the", "of") start some
 * patterns, so nearly half the tokens are starts of something: sorting them out once for
 * all indexes costs a fraction of each index looking at each of them.
 */
function tokenIds(tokens: readonly Token[]): TokenIds {
  // Rules call match() once per sentence, with the same array each time: one entry in front of the WeakMap.
  if (lastTokens === tokens && lastIds!.version === indexCount) return lastIds!;
  let ids = idsByTokens.get(tokens);
  if (ids && ids.version === indexCount) {
    lastTokens = tokens;
    lastIds = ids;
    return ids;
  }
  const normal = new Int32Array(tokens.length);
  const lemma = new Int32Array(tokens.length);
  const lists: number[][] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const n = firstWords.get(t.normal) ?? -1;
    const l = t.lemma === t.normal ? -1 : (firstWords.get(t.lemma) ?? -1);
    normal[k] = n;
    lemma[k] = l;
    if (n < 0 && l < 0) continue;
    const next = tokens[k + 1];
    if (n >= 0) {
      const serials = owners[n]!;
      const follow = ownerFollows[n]!;
      for (let i = 0; i < serials.length; i++) if (mayStart(follow[i], next)) (lists[serials[i]!] ??= []).push(k);
    }
    if (l >= 0) {
      const serials = owners[l]!;
      const follow = ownerFollows[l]!;
      for (let i = 0; i < serials.length; i++) {
        if (!mayStart(follow[i], next)) continue;
        const list = (lists[serials[i]!] ??= []);
        if (list[list.length - 1] !== k) list.push(k);
      }
    }
  }
  const starts = new Array<Int32Array | undefined>(indexCount).fill(undefined);
  lists.forEach((list, serial) => (starts[serial] = Int32Array.from(list)));
  idsByTokens.set(tokens, (ids = { version: indexCount, normal, lemma, starts }));
  lastTokens = tokens;
  lastIds = ids;
  return ids;
}

/** Whether a pattern whose second steps merge into `f` (undefined: any) can go on to token `next` (see ownerFollows). */
function mayStart(f: Follow | undefined, next: Token | undefined): boolean {
  return !f || (next !== undefined && follows(f, next));
}

function wordId(w: string): number {
  let id = firstWords.get(w);
  if (id === undefined) {
    firstWords.set(w, (id = firstWords.size));
    owners.push([]);
    ownerFollows.push([]);
  }
  return id;
}

/**
 * The patterns that start with one word, and for a large list, the same patterns by their
 * second step: "the" opens forty patterns of a lexicon and is written a hundred times an
 * article, so each position tries only those whose second step the next token can meet.
 */
interface Bucket<T> {
  list: CompiledPhrase<T>[];
  /** Positions in `list` by a word of the second step (fixed, not optional), ascending. */
  bySecond?: Map<string, number[]>;
  /** By the part of speech of the second step. */
  byPos?: Map<string, number[]>;
  /** Every other pattern (one word long, or an optional or wildcard second step). */
  rest?: number[];
}

/** Below this many patterns a bucket is tried whole: looking up the next token costs more. */
const SECOND_STEP_INDEX_MIN = 6;

function makeBucket<T>(list: CompiledPhrase<T>[]): Bucket<T> {
  if (list.length < SECOND_STEP_INDEX_MIN) return { list };
  const bySecond = new Map<string, number[]>();
  const byPos = new Map<string, number[]>();
  const rest: number[] = [];
  list.forEach((c, i) => {
    const st = c.steps[1];
    if (!st || st.optional || (!st.words && !st.pos)) rest.push(i);
    else if (st.pos) (byPos.get(st.pos) ?? byPos.set(st.pos, []).get(st.pos)!).push(i);
    else for (const w of st.words!) (bySecond.get(w) ?? bySecond.set(w, []).get(w)!).push(i);
  });
  return { list, bySecond, byPos, rest };
}

export class PhraseIndex<T> {
  /** Patterns by the number of their first word (sparse). */
  private byFirst: (Bucket<T> | undefined)[];
  private open: Bucket<T>;
  /** This index's number in `owners` and in each token array's `starts`. */
  private serial = indexCount++;

  constructor(entries: Iterable<[pattern: string, entry: T]>) {
    const byId = new Map<number, CompiledPhrase<T>[]>();
    const all: CompiledPhrase<T>[] = [];
    const open: CompiledPhrase<T>[] = [];
    for (const [pattern, entry] of entries) {
      const words = pattern.trim().split(/\s+/).filter(Boolean);
      if (words.length) all.push({ steps: words.map(compileStep), entry });
    }
    spellAsTokens(all.flatMap((c) => c.steps));
    for (const compiled of all) {
      const first = compiled.steps[0]!;
      if (first.words && !first.optional) {
        for (const w of first.words) {
          const id = wordId(w);
          const list = byId.get(id);
          if (list) list.push(compiled);
          else byId.set(id, [compiled]);
        }
      } else open.push(compiled);
    }
    this.open = { list: open };
    // A dense array: one filled by index from empty goes sparse (a dictionary) and every read is a hash lookup.
    this.byFirst = new Array<Bucket<T> | undefined>(byId.size ? Math.max(...byId.keys()) + 1 : 0).fill(undefined);
    for (const [id, list] of byId) {
      this.byFirst[id] = makeBucket(list);
      const seconds = list.map((c) => c.steps[1]);
      const follow = seconds.every((st) => st !== undefined && !st.optional && (st.words || st.pos)) ? mergeSteps(seconds as Step[]) : undefined;
      owners[id]!.push(this.serial);
      ownerFollows[id]!.push(follow);
    }
  }

  /** All matches in tokens `[from, to)`; at one position the longest match wins. */
  match(tokens: readonly Token[], from: number, to: number): { span: Span; first: number; last: number; entry: T }[] {
    const out: { span: Span; first: number; last: number; entry: T }[] = [];
    const ids = tokenIds(tokens);
    if (this.open.list.length) {
      for (let k = from; k < to; k++) this.matchAt(tokens, ids, k, to, out);
      return out;
    }
    // Only where a first word is written: a few dozen places in an article, not every token.
    const at = this.startsIn(tokens, ids);
    for (let i = searchFirst(0, at.length, (j) => at[j]! >= from); i < at.length && at[i]! < to; i++) this.matchAt(tokens, ids, at[i]!, to, out);
    return out;
  }

  private startsIn(_tokens: readonly Token[], ids: TokenIds): Int32Array {
    return ids.starts[this.serial] ?? NONE;
  }

  private bucket(id: number): Bucket<T> | undefined {
    return id >= 0 && id < this.byFirst.length ? this.byFirst[id] : undefined;
  }

  /** The longest match starting at token `k`, if any, onto `out`. */
  private matchAt(tokens: readonly Token[], ids: TokenIds, k: number, to: number, out: { span: Span; first: number; last: number; entry: T }[]) {
    const t = tokens[k]!;
    // The buckets are tried in this order (normal, lemma, open) and the first longest
    // match wins, as when they were one list; no list is built per token.
    best.end = -1;
    best.entry = undefined;
    best.rank = 0;
    const next = k + 1 < to ? tokens[k + 1] : undefined;
    // Reached by its normal form, the first step has matched already.
    tryBucket(this.bucket(ids.normal[k]!), 0, next, tokens, k, to, 1);
    tryBucket(this.bucket(ids.lemma[k]!), 1, next, tokens, k, to, 0);
    if (this.open.list.length) tryBucket(this.open, 2, next, tokens, k, to, 0);
    if (best.end > k) out.push({ span: { start: t.start, end: tokens[best.end - 1]!.end }, first: k, last: best.end, entry: best.entry as T });
  }

  /** Matches in every story sentence (headline included). */
  matchDocument(doc: Document): { span: Span; first: number; last: number; entry: T }[] {
    const { tokens, sentences } = doc;
    if (this.open.list.length) return sentences.flatMap((s) => this.match(tokens, s.tokenStart, s.tokenEnd));
    // One pass over this index's start positions, each bounded by its own sentence: the
    // same matches, in the same order, as sentence by sentence (every token is in one).
    const out: { span: Span; first: number; last: number; entry: T }[] = [];
    const ids = tokenIds(tokens);
    for (const k of this.startsIn(tokens, ids)) {
      const s = sentences[tokens[k]!.sentence];
      if (s && s.tokenStart <= k && k < s.tokenEnd) this.matchAt(tokens, ids, k, s.tokenEnd, out);
    }
    return out;
  }
}

/**
 * The longest match at one position so far; module scratch so no object is made per token.
 * On equal length the first pattern wins, in the order buckets are tried and then the
 * order of each bucket's list: `rank` is the bucket's place times a list's largest size
 * plus the pattern's place in it.
 */
const best: { end: number; entry: unknown; rank: number } = { end: -1, entry: undefined, rank: 0 };
/** Larger than any bucket's list, so ranks of two buckets never interleave. */
const RANK_STRIDE = 2 ** 24;

/**
 * Try the patterns of a bucket that can go on to token `next` at token `k`; the first
 * longest one is kept in `best`. `order` is the bucket's place among those tried at `k`;
 * `matched` is 1 when the first step is known to match token `k` already.
 */
function tryBucket<T>(bucket: Bucket<T> | undefined, order: number, next: Token | undefined, tokens: readonly Token[], k: number, to: number, matched: 0 | 1) {
  if (!bucket) return;
  const { list, bySecond } = bucket;
  if (!bySecond) {
    for (let c = 0; c < list.length; c++) tryOne(list, c, order, tokens, k, to, matched);
    return;
  }
  trySome(list, bucket.rest!, order, tokens, k, to, matched);
  if (!next) return;
  // Every key under which a pattern this token can meet is filed: stepMatches' three forms and the POS.
  const normal = next.normal;
  trySome(list, bySecond.get(normal), order, tokens, k, to, matched);
  const b = bare(normal);
  if (b !== normal) trySome(list, bySecond.get(b), order, tokens, k, to, matched);
  if (next.lemma !== normal) {
    const lemma = next.lemma.toLowerCase();
    if (lemma !== b) trySome(list, bySecond.get(lemma), order, tokens, k, to, matched);
  }
  trySome(list, bucket.byPos!.get(next.pos), order, tokens, k, to, matched);
}

function trySome<T>(list: CompiledPhrase<T>[], some: number[] | undefined, order: number, tokens: readonly Token[], k: number, to: number, matched: 0 | 1) {
  if (some) for (let i = 0; i < some.length; i++) tryOne(list, some[i]!, order, tokens, k, to, matched);
}

function tryOne<T>(list: CompiledPhrase<T>[], c: number, order: number, tokens: readonly Token[], k: number, to: number, matched: 0 | 1) {
  const end = matchAt(list[c]!.steps, tokens, k + matched, to, matched);
  if (end <= k) return;
  const rank = order * RANK_STRIDE + c;
  if (end > best.end || (end === best.end && rank < best.rank)) {
    best.end = end;
    best.entry = list[c]!.entry;
    best.rank = rank;
  }
}

/** The normal form without a possessive "'s" (the same string when there is none). */
function bare(normal: string): string {
  const n = normal.length;
  if (n >= 2 && normal.charCodeAt(n - 1) === 115 /* s */) {
    const q = normal[n - 2];
    if (q === "'" || q === '’') return normal.slice(0, -2);
  }
  return normal;
}

function stepMatches(step: Step, t: Token): boolean {
  if (step.pos) return t.pos === step.pos;
  if (!step.words) return true;
  const words = step.words;
  const normal = t.normal;
  if (words.has(normal)) return true;
  const b = bare(normal);
  if (b !== normal && words.has(b)) return true;
  return !step.exact && t.lemma !== normal && words.has(t.lemma.toLowerCase());
}

/** Index after the match, or -1. Optional steps are tried present first, then absent. */
function matchAt(steps: Step[], tokens: readonly Token[], k: number, to: number, i = 0): number {
  if (i === steps.length) return k;
  const step = steps[i]!;
  if (k < to && stepMatches(step, tokens[k]!)) {
    const end = matchAt(steps, tokens, k + 1, to, i + 1);
    if (end >= 0) return end;
  }
  return step.optional ? matchAt(steps, tokens, k, to, i + 1) : -1;
}
