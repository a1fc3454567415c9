/**
 * Shared reading of a story for the cross-source rules: who each outlet is, canonical
 * names (aliases), word stems per sentence, and sentence alignment across articles.
 * Alignment compares sentences that share rare story words (inverted index on stems),
 * never every sentence against every other.
 */
import { tokensIn as tokensInSpan } from '../../src/document/index.js';
import { aliasData } from './_aliases-data.js';
import { inChrome } from '../../src/document/index.js';
import type { Document, Mention, Span, Token } from '../../src/document/types.js';
import { isContent, stem } from '../../src/engine/cluster-text.js';


/** Lower case, no "the", no possessive, no dots: "the U.S.'s" -> "us". */
export function normName(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}\s&-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const aliasOf = new Map<string, string>();
for (const group of aliasData.names) for (const n of group) aliasOf.set(normName(n), normName(group[0]!));

/** Canonical key of a name: its alias group, or its initials' group ("FT" = "Financial Times"). */
export function canonicalName(text: string): string {
  const n = normName(text);
  return aliasOf.get(n) ?? n;
}

/** True when two names stand for the same body: same alias group, or one is the other's initials. */
export function sameName(a: string, b: string): boolean {
  const x = canonicalName(a);
  const y = canonicalName(b);
  if (x === y) return true;
  const initials = (s: string) => s.split(' ').filter((w) => !/^(of|and|for|the|de)$/.test(w)).map((w) => w[0]).join('');
  return (x.length <= 5 && !x.includes(' ') && initials(y) === x) || (y.length <= 5 && !y.includes(' ') && initials(x) === y);
}

const senseOf = new Map<string, string>();
/** Phrase entries by their first word: "moved out" -> [["out"], "displaced"]. */
const phraseSenses = new Map<string, [string[], string][]>();
for (const t of aliasData.terms) for (const w of t.words) {
  const [head, ...rest] = w.toLowerCase().split(' ');
  if (rest.length === 0) senseOf.set(head!, t.sense);
  else phraseSenses.set(head!, [...(phraseSenses.get(head!) ?? []), [rest, t.sense]]);
}
/** The word family a word belongs to ("killed", "dead", "toll" -> "deaths"), if any. */
export const senseOfWord = (t: Token): string | undefined => senseOf.get(t.normal) ?? senseOf.get(t.lemma.toLowerCase());

/** The family of the word at `k`, or of the phrase starting there ("moved out", "taken to safety"). */
export function senseAt(tokens: readonly Token[], k: number): string | undefined {
  const t = tokens[k]!;
  const one = senseOfWord(t);
  if (one) return one;
  const phrases = phraseSenses.get(t.normal) ?? phraseSenses.get(t.lemma.toLowerCase());
  if (!phrases) return undefined;
  for (const [rest, sense] of phrases) if (rest.every((w, i) => tokens[k + 1 + i]?.sentence === t.sentence && tokens[k + 1 + i]!.normal === w)) return sense;
  return undefined;
}

/** How the outlet is named in messages. */
export const outlet = (doc: Document) => doc.article.source ?? doc.article.id;

/** Comparison key of a token: its word family, else the Porter stem of its normal form. */
export function termOf(t: Token): string | undefined {
  const sense = senseOfWord(t);
  if (sense) return '#' + sense;
  const w = t.normal.replace(/['’]s$/, '');
  if (!/\p{L}/u.test(w) || !isContent(w)) return undefined;
  return stem(w);
}

/** Story sentences (not chrome) with their comparison terms. */
export interface SentenceTerms {
  index: number;
  terms: Set<string>;
}

const cache = new WeakMap<Document, SentenceTerms[]>();
export function sentenceTerms(doc: Document): SentenceTerms[] {
  let out = cache.get(doc);
  if (out) return out;
  out = [];
  doc.sentences.forEach((s, index) => {
    if (inChrome(doc, s)) return;
    const terms = new Set<string>();
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const term = termOf(doc.tokens[k]!);
      if (term) terms.add(term);
    }
    out!.push({ index, terms });
  });
  cache.set(doc, out);
  return out;
}

export interface AlignedPair {
  a: number;
  sa: number;
  b: number;
  sb: number;
  score: number;
  shared: string[];
}

/**
 * Sentences of different articles that tell the same thing: they share at least
 * `minShared` terms and their overlap (shared / geometric mean of sizes) passes
 * `minScore`. Each sentence keeps only its best partner in each other article.
 */
export function alignSentences(docs: readonly Document[], minScore = 0.3, minShared = 3): AlignedPair[] {
  const all = docs.map(sentenceTerms);
  const out: AlignedPair[] = [];
  for (let b = 0; b < docs.length; b++) {
    // Inverted index of article b's sentences by term.
    const index = new Map<string, number[]>();
    all[b]!.forEach((s, k) => { for (const t of s.terms) { const l = index.get(t); if (l) l.push(k); else index.set(t, [k]); } });
    // One count table for every sentence of every article a (cleared, not remade: this is the
    // story rules' hottest loop, and its garbage grows with the batch).
    const counts = new Map<number, number>();
    for (let a = 0; a < b; a++) {
      const best = new Map<number, AlignedPair>();
      const bestB = new Map<number, number>();
      for (const sa of all[a]!) {
        counts.clear();
        for (const t of sa.terms) for (const k of index.get(t) ?? []) counts.set(k, (counts.get(k) ?? 0) + 1);
        let topK = -1;
        let topScore = 0;
        for (const [k, n] of counts) {
          if (n < minShared) continue;
          const score = n / Math.sqrt(sa.terms.size * all[b]![k]!.terms.size);
          if (score < minScore || (topK >= 0 && score <= topScore)) continue;
          topK = k;
          topScore = score;
        }
        if (topK >= 0) {
          const sb = all[b]![topK]!;
          const top = { a, sa: sa.index, b, sb: sb.index, score: topScore, shared: [...sa.terms].filter((t) => sb.terms.has(t)) };
          best.set(sa.index, top);
          bestB.set(top.sb, Math.max(bestB.get(top.sb) ?? 0, top.score));
        }
      }
      // Keep a pair only if it is also the best for the sentence in article b.
      for (const p of best.values()) if (p.score >= bestB.get(p.sb)!) out.push(p);
    }
  }
  return out;
}

/** The mention a pronoun or short reference stands for, else the mention itself. */
export const resolved = (m: Mention): Mention => (m.refersTo ? resolved(m.refersTo) : m);

export const textOf = (doc: Document, s: Span) => doc.text.slice(s.start, s.end);

/** Shorten text for a message. */
export function clip(text: string, max = 70): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1).trimEnd() + '…';
}

/** Tokens of a span (by offsets). */
export function tokensIn(doc: Document, span: Span): Token[] {
  return tokensInSpan(doc.tokens, span);
}

/** Merge reports that share a primary span: one flag, related spans from every other article. */
export class ReportBuffer<T> {
  private byKey = new Map<string, { doc: Document; span: Span; related: Map<string, { doc: Document; span: Span }[]>; info: T }>();
  add(doc: Document, span: Span, other: Document, otherSpan: Span, info: T) {
    const key = `${doc.article.id}:${span.start}:${span.end}`;
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = { doc, span, related: new Map(), info }));
    const list = entry.related.get(other.article.id) ?? [];
    if (!list.some((r) => r.span.start === otherSpan.start && r.span.end === otherSpan.end)) list.push({ doc: other, span: otherSpan });
    entry.related.set(other.article.id, list);
  }
  /** Each flag with every related place, and `firsts`: each other article's first place only (for messages that name each article once). */
  entries() {
    return [...this.byKey.values()].map((e) => ({ ...e, related: [...e.related.values()].flat(), firsts: [...e.related.values()].map((list) => list[0]!) }));
  }
}

/**
 * Per key, each article's one entry for it: an article that gives one key two values (two
 * commissions with two chairs, two tests on two dates) tells two things and is left out.
 */
export function onePerArticle<E>(docs: readonly Document[], find: (doc: Document) => E[], key: (e: E) => string, value: (e: E) => string): Map<string, E[]> {
  const out = new Map<string, E[]>();
  for (const doc of docs) {
    const found = find(doc);
    for (const k of new Set(found.map(key))) {
      const mine = found.filter((e) => key(e) === k);
      if (new Set(mine.map(value)).size > 1) continue;
      out.set(k, [...(out.get(k) ?? []), mine[0]!]);
    }
  }
  return out;
}
