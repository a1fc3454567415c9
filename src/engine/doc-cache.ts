/**
 * Per-document indexes the rules share, built once per Document on first use and kept
 * in a WeakMap (they go when the Document goes). They turn the "scan every token, quote
 * or mention for each speaker" lookups into binary searches and map lookups, so a rule
 * stays linear in the article's length. Each lookup answers exactly what the scan it
 * replaces answered (same element, same order).
 */
import { lowerBound } from '../document/search.js';
import type { Document, Mention, Span, Token } from '../document/types.js';
import { releaseTokenIds } from './phrases.js';

interface Index {
  /** Quote content spans sorted by start, and the running maximum of their ends. */
  quoteStarts?: number[];
  quoteMaxEnd?: number[];
  /** Starts of the cues that introduce a quote. */
  quoteCues?: Set<number>;
  /** The first mention (in document order) with exactly this span, keyed "start:end". */
  mentionBySpan?: Map<string, Mention>;
  /** Sentences that hold an attribution. */
  attributedSentences?: Set<number>;
  /** Attributions by sentence, in document order. */
  attributionsBySentence?: Map<number, Document['attributions']>;
  /** Starts of the cues that have a speaker. */
  spokenCues?: Set<number>;
  /** Token indices by exact token text, ascending. */
  byText?: Map<string, number[]>;
  /** Dates sorted by start. */
  datesByStart?: Document['dates'];
  /** Anything else a rule keeps per document, keyed by the rule's own name. */
  extra?: Map<string, unknown>;
}

const cache = new WeakMap<Document, Index>();

// Rules ask about the same Document many times in a row: one entry in front of the WeakMap.
let lastDoc: Document | undefined;
let lastIndex: Index | undefined;

function indexOf(doc: Document): Index {
  if (doc === lastDoc) return lastIndex!;
  let ix = cache.get(doc);
  if (!ix) cache.set(doc, (ix = {}));
  lastDoc = doc;
  lastIndex = ix;
  return ix;
}

/**
 * Drop what the rules cached about `doc` (this module's indexes, the phrase matcher's
 * token numbers). A batch keeps its Documents for the story rules; their article-rule
 * caches would otherwise live as long, a third again of each Document's memory, and be
 * copied by every garbage collection on the way. Anything asked again is rebuilt.
 */
export function releaseRuleCaches(doc: Document): void {
  cache.delete(doc);
  if (lastDoc === doc) lastDoc = lastIndex = undefined;
  releaseTokenIds(doc.tokens);
}

export { lowerBound };

const tokenStart = (t: Token) => t.start;

/** Index of the first token starting at or after `offset` (tokens.length if none): `tokens.findIndex(t => t.start >= offset)`. */
export function firstTokenFrom(doc: Document, offset: number): number {
  return lowerBound(doc.tokens, offset, tokenStart);
}

/** Index of the first token that starts exactly at `offset`, or -1. */
export function tokenStartingAt(doc: Document, offset: number): number {
  const k = firstTokenFrom(doc, offset);
  return k < doc.tokens.length && doc.tokens[k]!.start === offset ? k : -1;
}

/**
 * True when `span` lies inside the content of some quotation:
 * `doc.quotes.some(q => q.content.start <= span.start && span.end <= q.content.end)`.
 */
export function inQuoteContent(doc: Document, span: Span): boolean {
  const ix = indexOf(doc);
  if (!ix.quoteStarts) {
    const contents = doc.quotes.map((q) => q.content).sort((a, b) => a.start - b.start);
    ix.quoteStarts = contents.map((c) => c.start);
    let max = -Infinity;
    ix.quoteMaxEnd = contents.map((c) => (max = Math.max(max, c.end)));
  }
  // Among the quotes starting at or before span.start, the one reaching furthest.
  const n = lowerBound(ix.quoteStarts, span.start + 1, (x) => x);
  return n > 0 && ix.quoteMaxEnd![n - 1]! >= span.end;
}

/** Whether a quote's cue starts at `offset`: `doc.quotes.some(q => q.cue && q.cue.start === offset)`. */
export function isQuoteCue(doc: Document, offset: number): boolean {
  const ix = indexOf(doc);
  ix.quoteCues ??= new Set(doc.quotes.flatMap((q) => (q.cue ? [q.cue.start] : [])));
  return ix.quoteCues.has(offset);
}

/** `doc.mentions.find(m => m.start === start && m.end === end)`. */
export function mentionWithSpan(doc: Document, start: number, end: number): Mention | undefined {
  const ix = indexOf(doc);
  if (!ix.mentionBySpan) {
    ix.mentionBySpan = new Map();
    for (const m of doc.mentions) {
      const key = `${m.start}:${m.end}`;
      if (!ix.mentionBySpan.has(key)) ix.mentionBySpan.set(key, m);
    }
  }
  return ix.mentionBySpan.get(`${start}:${end}`);
}

/** `doc.attributions.some(a => a.sentence === sentence)`. */
export function hasAttribution(doc: Document, sentence: number): boolean {
  const ix = indexOf(doc);
  ix.attributedSentences ??= new Set(doc.attributions.map((a) => a.sentence));
  return ix.attributedSentences.has(sentence);
}

/** `doc.attributions.filter(a => a.sentence === sentence)`. */
export function attributionsIn(doc: Document, sentence: number): Document['attributions'] {
  const ix = indexOf(doc);
  if (!ix.attributionsBySentence) {
    ix.attributionsBySentence = new Map();
    for (const a of doc.attributions) {
      const list = ix.attributionsBySentence.get(a.sentence);
      if (list) list.push(a);
      else ix.attributionsBySentence.set(a.sentence, [a]);
    }
  }
  return ix.attributionsBySentence.get(sentence) ?? [];
}

/** `doc.attributions.some(a => a.speaker && a.cue.start === offset)`. */
export function hasSpokenCueAt(doc: Document, offset: number): boolean {
  const ix = indexOf(doc);
  ix.spokenCues ??= new Set(doc.attributions.filter((a) => a.speaker).map((a) => a.cue.start));
  return ix.spokenCues.has(offset);
}

/** Index of the first mention (mentions are sorted by start) starting at or after `offset`. */
export function firstMentionFrom(doc: Document, offset: number): number {
  return lowerBound(doc.mentions, offset, (m) => m.start);
}

/** Indices of the tokens whose text is exactly `text`, ascending. */
export function tokensWithText(doc: Document, text: string): readonly number[] {
  const ix = indexOf(doc);
  if (!ix.byText) {
    ix.byText = new Map();
    doc.tokens.forEach((t, i) => {
      const list = ix.byText!.get(t.text);
      if (list) list.push(i);
      else ix.byText!.set(t.text, [i]);
    });
  }
  return ix.byText.get(text) ?? [];
}

const datesByStart = (doc: Document): Document['dates'] => (indexOf(doc).datesByStart ??= [...doc.dates].sort((a, b) => a.start - b.start));

/** The dates whose span lies inside `span`, in start order. */
export function datesWithin(doc: Document, span: Span): Document['dates'] {
  const list = datesByStart(doc);
  const out: Document['dates'] = [];
  for (let i = lowerBound(list, span.start, (d) => d.start); i < list.length && list[i]!.start <= span.end; i++) {
    if (list[i]!.end <= span.end) out.push(list[i]!);
  }
  return out;
}

/**
 * The dates that overlap `span`, in start order.
 * Dates never overlap one another, so in start order their ends increase too: a binary search
 * finds the first, where a scan of every date per token or sentence made a paragraph of
 * thousands of dates quadratic.
 */
export function datesOverlapping(doc: Document, span: Span): Document['dates'] {
  const list = datesByStart(doc);
  let i = lowerBound(list, span.start, (d) => d.start);
  if (i > 0 && list[i - 1]!.end > span.start) i--;
  const out: Document['dates'] = [];
  for (; i < list.length && list[i]!.start < span.end; i++) if (list[i]!.end > span.start) out.push(list[i]!);
  return out;
}

/** A rule's own per-document value, built once by `make`. */
export function perDocument<T>(doc: Document, key: string, make: () => T): T {
  const ix = indexOf(doc);
  ix.extra ??= new Map();
  const found = ix.extra.get(key);
  if (found !== undefined || ix.extra.has(key)) return found as T;
  const made = make();
  ix.extra.set(key, made);
  return made;
}

/**
 * A set of spans that answers "does anything overlap this span?" by binary search.
 * Adding in start order keeps it sorted; an out-of-order add re-sorts on the next query.
 */
export class SpanSet {
  private spans: Span[] = [];
  private maxEnd: number[] = [];
  private sorted = true;

  add(span: Span) {
    const last = this.spans[this.spans.length - 1];
    if (last && span.start < last.start) this.sorted = false;
    this.spans.push(span);
    if (this.sorted) this.maxEnd.push(Math.max(this.maxEnd[this.maxEnd.length - 1] ?? -Infinity, span.end));
  }

  /** `spans.some(f => f.start < span.end && span.start < f.end)`. */
  overlaps(span: Span): boolean {
    if (!this.sorted) {
      this.spans.sort((a, b) => a.start - b.start);
      let max = -Infinity;
      this.maxEnd = this.spans.map((s) => (max = Math.max(max, s.end)));
      this.sorted = true;
    }
    const n = lowerBound(this.spans, span.end, (s) => s.start);
    return n > 0 && this.maxEnd[n - 1]! > span.start;
  }
}
