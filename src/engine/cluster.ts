/**
 * Story clustering: articles about the same event form one group.
 *
 * Each article becomes a TF-IDF vector over its story words (chrome masked out):
 * Porter stems of content words, plus capitalised name words and the document's named
 * mentions at a higher weight, because the people and bodies involved are what tells two
 * events apart (two stories can share "Apple" but not the rest of the cast).
 * Candidate pairs come from blocking on each article's strongest rare terms, so the cost
 * grows with the batch times a small constant, never with all pairs. A candidate pair
 * links when its cosine similarity, damped by the distance between publication dates,
 * passes a threshold; links merge groups in order of strength, and a merge must also be
 * supported on average by the pairs across the two groups, so one article that touches
 * two stories does not chain them together. Deterministic: no randomness, stable order.
 */
import type { Document } from '../document/types.js';
import { contentStem, isContent, storyText, words } from './cluster-text.js';

export interface ClusterOptions {
  /** Similarity a pair needs to link (cosine, after the date damping). */
  threshold?: number;
  /** Strongest terms per article used for blocking. */
  blockTerms?: number;
}

/** Extra weight of name words over ordinary words. */
const NAME_BOOST = 1.6;
/**
 * Tuned on the seeds and the fixture stories in every combination (one story alone, two
 * stories mixed, all together): same-story pairs score 0.26 and up, different stories
 * 0.08 at most.
 */
const DEFAULT_THRESHOLD = 0.16;
/** Pseudo-count of unrelated articles added to every batch when computing IDF. */
const BACKGROUND = 20;

/**
 * One article's TF-IDF vector. Terms are numbered once per batch, so comparing two
 * articles walks two sorted arrays of numbers instead of looking strings up in maps:
 * over thousands of articles that is most of the clustering time.
 */
interface Vector {
  /** Term numbers, ascending. */
  ids: Int32Array;
  /** Weights, aligned with `ids`. */
  weights: Float64Array;
  norm: number;
  day?: number;
}

type ClusterDoc = Pick<Document, 'text' | 'chrome' | 'mentions' | 'date'>;

/** Raw term counts of one article: stems of content words, name words as "@word". */
export function termCounts(doc: ClusterDoc): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (t: string, n = 1) => counts.set(t, (counts.get(t) ?? 0) + n);
  for (const w of words(storyText(doc))) {
    const s = contentStem(w.word);
    if (s === undefined) continue;
    add(s);
    if (w.capital) add('@' + w.word);
  }
  for (const m of doc.mentions) {
    if (!m.name) continue;
    for (const w of words(doc.text.slice(m.name.start, m.name.end))) if (isContent(w.word)) add('@' + w.word);
  }
  return counts;
}

function dayOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const t = Date.parse(date.slice(0, 10));
  return Number.isNaN(t) ? undefined : Math.round(t / 86_400_000);
}

/** Publication dates far apart make "same event" less likely; unknown dates say nothing. */
function dateFactor(a?: number, b?: number): number {
  if (a === undefined || b === undefined) return 1;
  const d = Math.abs(a - b);
  if (d <= 3) return 1;
  if (d <= 10) return 0.85;
  if (d <= 45) return 0.6;
  return 0.35;
}

/**
 * What clustering needs of one article, small enough to send between threads: its raw
 * term counts and publication day. The worker pool computes these next to the Document
 * and sends only them back.
 */
export interface ClusterFeatures {
  terms: Map<string, number>;
  day?: number;
}

export function clusterFeatures(doc: ClusterDoc): ClusterFeatures {
  return { terms: termCounts(doc), day: dayOf(doc.date) };
}

interface Vectors {
  vecs: Vector[];
  /** Document frequency by term number. */
  df: Int32Array;
  /** The terms by number (ties between equal weights are broken on the term). */
  terms: string[];
}

function vectors(features: readonly ClusterFeatures[]): Vectors {
  // Number the terms in order of first appearance: deterministic for the same input.
  const number = new Map<string, number>();
  const terms: string[] = [];
  const idsOf = features.map((f) => {
    const ids = new Int32Array(f.terms.size);
    let k = 0;
    for (const t of f.terms.keys()) {
      let id = number.get(t);
      if (id === undefined) {
        id = terms.length;
        number.set(t, id);
        terms.push(t);
      }
      ids[k++] = id;
    }
    return ids;
  });
  const df = new Int32Array(terms.length);
  for (const ids of idsOf) for (const id of ids) df[id]!++;
  const n = features.length;
  // Smoothed as if the batch came with BACKGROUND unrelated articles: in a batch that
  // is all one story, its shared words would otherwise look common and weigh nothing.
  const idf = new Float64Array(terms.length);
  for (let id = 0; id < terms.length; id++) idf[id] = Math.log((n + BACKGROUND) / df[id]!) * (terms[id]!.charCodeAt(0) === 64 /* @ */ ? NAME_BOOST : 1);
  const vecs = features.map((f, i) => {
    const ids = idsOf[i]!;
    // Sorted by term number, weights alongside (the key packs the position in its low bits).
    const scale = ids.length < 65_536 ? 65_536 : 2 ** Math.ceil(Math.log2(ids.length + 1));
    const keys = new Float64Array(ids.length);
    for (let m = 0; m < ids.length; m++) keys[m] = ids[m]! * scale + m;
    keys.sort();
    const tfs = [...f.terms.values()];
    const sorted = new Int32Array(ids.length);
    const weights = new Float64Array(ids.length);
    let sq = 0;
    let kept = 0;
    for (const key of keys) {
      const m = key % scale;
      const id = ids[m]!;
      const w = (1 + Math.log(tfs[m]!)) * idf[id]!;
      if (w <= 0) continue;
      sorted[kept] = id;
      weights[kept++] = w;
      sq += w * w;
    }
    return { ids: sorted.subarray(0, kept), weights: weights.subarray(0, kept), norm: Math.sqrt(sq) || 1, day: f.day };
  });
  return { vecs, df, terms };
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let i = 0;
  let j = 0;
  const { ids: x, weights: wx } = a;
  const { ids: y, weights: wy } = b;
  while (i < x.length && j < y.length) {
    const d = x[i]! - y[j]!;
    if (d === 0) dot += wx[i++]! * wy[j++]!;
    else if (d < 0) i++;
    else j++;
  }
  return dot / (a.norm * b.norm);
}

/**
 * Candidate pairs: articles that share at least two of one side's strongest terms that
 * are rare in the batch. A term in more than `cap` articles is too common to block on.
 */
function candidatePairs({ vecs, df, terms }: Vectors, k: number): [number, number][] {
  const n = vecs.length;
  const cap = Math.max(20, Math.ceil(Math.sqrt(n)));
  const postings = new Map<number, number[]>();
  const tops = vecs.map((v, i) => {
    const rare: number[] = [];
    for (let m = 0; m < v.ids.length; m++) {
      const d = df[v.ids[m]!]!;
      if (d >= 2 && d <= cap) rare.push(m);
    }
    const top = rare
      .sort((x, y) => v.weights[y]! - v.weights[x]! || (terms[v.ids[x]!]! < terms[v.ids[y]!]! ? -1 : 1))
      .slice(0, k)
      .map((m) => v.ids[m]!);
    for (const t of top) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
    return top;
  });
  const shared = new Map<number, number>();
  tops.forEach((top, i) => {
    for (const t of top) {
      for (const j of postings.get(t)!) {
        if (j <= i) continue;
        const key = i * n + j;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  });
  const out: [number, number][] = [];
  for (const [key, count] of shared) if (count >= 2) out.push([Math.floor(key / n), key % n]);
  return out;
}

/** Groups of indexes into `docs`, each in input order, groups ordered by first member. */
export function clusterDocuments(docs: readonly ClusterDoc[], options: ClusterOptions = {}): number[][] {
  return clusterByFeatures(docs.map(clusterFeatures), options);
}

/** clusterDocuments on features already computed (see clusterFeatures). */
export function clusterByFeatures(docs: readonly ClusterFeatures[], options: ClusterOptions = {}): number[][] {
  const n = docs.length;
  if (n === 0) return [];
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const vs = vectors(docs);
  const { vecs } = vs;
  const edges = candidatePairs(vs, options.blockTerms ?? 30)
    .map(([i, j]) => ({ i, j, s: cosine(vecs[i]!, vecs[j]!) * dateFactor(vecs[i]!.day, vecs[j]!.day) }))
    .filter((e) => e.s >= threshold)
    .sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const sim = new Map<number, number>(edges.map((e) => [e.i * n + e.j, e.s]));
  const pairSim = (a: number, b: number) => sim.get(Math.min(a, b) * n + Math.max(a, b)) ?? 0;

  const members = docs.map((_, i) => [i]);
  const root = docs.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
  for (const e of edges) {
    const a = find(e.i);
    const b = find(e.j);
    if (a === b) continue;
    const A = members[a]!;
    const B = members[b]!;
    // Average support across the two groups (unlinked pairs count as zero): a single
    // strong bridge between two larger groups is not enough.
    let total = 0;
    for (const x of A) for (const y of B) total += pairSim(x, y);
    if (total / (A.length * B.length) < threshold * 0.5) continue;
    const [keep, drop] = a < b ? [a, b] : [b, a];
    root[drop] = keep;
    members[keep] = [...members[keep]!, ...members[drop]!];
    members[drop] = [];
  }
  return members.filter((m) => m.length && find(m[0]!) === m[0]).map((m) => [...m].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}

/** Pairwise similarities of candidate pairs, for tuning and diagnostics. */
export function clusterDiagnostics(docs: readonly ClusterDoc[]): { i: number; j: number; cosine: number; date: number }[] {
  const vs = vectors(docs.map(clusterFeatures));
  const { vecs } = vs;
  return candidatePairs(vs, 30).map(([i, j]) => ({ i, j, cosine: cosine(vecs[i]!, vecs[j]!), date: dateFactor(vecs[i]!.day, vecs[j]!.day) }));
}
