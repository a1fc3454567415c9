/**
 * Binary search over sorted lists (tokens, sentences, quotes, spans are all sorted by
 * offset): every "the first X at or after this offset" lookup goes through here, so no
 * rule or document step needs a scan per item (quadratic on a long article).
 */

/** The first index in `[lo, hi)` where `pred` holds (`pred` is false, then true), or `hi`. */
export function searchFirst(lo: number, hi: number, pred: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The first index in `list` (sorted ascending by `key`) whose key is >= `value`. */
export function lowerBound<T>(list: readonly T[], value: number, key: (x: T) => number): number {
  return searchFirst(0, list.length, (i) => key(list[i]!) >= value);
}
