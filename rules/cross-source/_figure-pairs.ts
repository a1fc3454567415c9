/**
 * What the story rules that index figures by a key share (_figure-source, _people-counts,
 * _place-counts, _money-pairs): the story's body sentences, lists of entries by key, which
 * entries of one key to set against each other, and when two sentences are about different days.
 */
import { inChrome, inHeadline } from '../../src/document/index.js';
import { datesWithin } from '../../src/engine/doc-cache.js';
import type { Document, Sentence } from '../../src/document/types.js';
import { disagree, type Figure } from './_details.js';

/** A figure in sentence `si` of article `d` of the story. */
export interface FigureEntry {
  d: number;
  si: number;
  f: Figure;
}

/** Each sentence of the story's articles outside page chrome and the headline: figures there are the story's claims. */
export function forBodySentences(docs: readonly Document[], visit: (doc: Document, d: number, s: Sentence, si: number) => void): void {
  docs.forEach((doc, d) => {
    doc.sentences.forEach((s, si) => {
      if (!inChrome(doc, s) && !inHeadline(doc, s)) visit(doc, d, s, si);
    });
  });
}

/** Entries filed under string keys, each key's in the order they came. */
export class KeyedLists<E> {
  private readonly byKey = new Map<string, E[]>();
  add(key: string, entry: E): void {
    const list = this.byKey.get(key);
    if (list) list.push(entry);
    else this.byKey.set(key, [entry]);
  }
  lists(): IterableIterator<E[]> {
    return this.byKey.values();
  }
  entries(): IterableIterator<[string, E[]]> {
    return this.byKey.entries();
  }
}

/** Written dates in two sentences that name different days: two events, or two counts. */
export function otherDays(da: Document, sa: number, db: Document, sb: number): boolean {
  const days = (doc: Document, si: number) => new Set(datesWithin(doc, doc.sentences[si]!).map((x) => x.date).filter(Boolean));
  const x = days(da, sa);
  const y = days(db, sb);
  return x.size > 0 && y.size > 0 && ![...x].some((v) => y.has(v));
}

/**
 * Entries of one key, from different articles, whose figures disagree and that `keep` accepts.
 * An article that gives the key two different figures tells two counts (an update, an old and
 * a new census): its entries are left out. The entries are grouped by article first, so that
 * check compares an article's own entries only.
 */
export function disagreeingPairs<E extends FigureEntry>(list: readonly E[], keep: (x: E, y: E) => boolean): [E, E][] {
  const byDoc = new Map<number, E[]>();
  for (const x of list) {
    const own = byDoc.get(x.d);
    if (own) own.push(x);
    else byDoc.set(x.d, [x]);
  }
  const torn = new Set<number>();
  for (const [d, own] of byDoc) if (own.some((x, i) => own.some((y, j) => j > i && disagree(x.f, y.f)))) torn.add(d);
  const kept = list.filter((x) => !torn.has(x.d));
  const out: [E, E][] = [];
  for (let i = 0; i < kept.length; i++)
    for (let j = i + 1; j < kept.length; j++) {
      const x = kept[i]!;
      const y = kept[j]!;
      if (x.d !== y.d && disagree(x.f, y.f) && keep(x, y)) out.push([x, y]);
    }
  return out;
}
