/**
 * wink's lexeme table (word -> index over the model's 87,593 words), built bucket by bucket
 * as words are asked for, for the CLI bundle (see lexemeTableLazy in tsup.config.ts).
 *
 * wink builds the whole table when the model loads: ~20 ms of a cold `newslint check`, most
 * of it for words a short article never asks about. Here the start only sorts the word
 * indexes into buckets (a hash of a word's length and three of its characters), and a
 * bucket's Map is built on its first lookup. Lookups give what the full table gives, and a
 * word wink adds later (an out-of-vocabulary token) goes into its bucket as it would into
 * the table.
 *
 * Plain CommonJS, no dependencies: tsup.config.ts inlines this file's text into wink's
 * read-core-model.js, and test/wink-lexemes.test.ts requires it directly.
 */
'use strict';

const BUCKETS = 4096;

/** A word's bucket: its length and its first, middle and last characters. */
function bucketOf(word) {
  const n = word.length;
  if (n === 0) return 0;
  return (((word.charCodeAt(0) * 31 + word.charCodeAt(n >> 1)) * 31 + word.charCodeAt(n - 1)) * 31 + n) & (BUCKETS - 1);
}

class LazyLexemes {
  /** @param {string[]} list the model's words; a word's index in it is its lexeme index. */
  constructor(list) {
    const n = list.length;
    const bucket = new Int32Array(n);
    // Counting sort of the indexes by bucket: starts[b] .. starts[b + 1] in `order`.
    const starts = new Int32Array(BUCKETS + 1);
    for (let k = 0; k < n; k += 1) {
      const b = bucketOf(list[k]);
      bucket[k] = b;
      starts[b + 1] += 1;
    }
    for (let b = 0; b < BUCKETS; b += 1) starts[b + 1] += starts[b];
    const next = starts.slice(0, BUCKETS);
    const order = new Int32Array(n);
    for (let k = 0; k < n; k += 1) order[next[bucket[k]]++] = k;
    this.list = list;
    this.starts = starts;
    this.order = order;
    /** @type {(Map<string, number> | undefined)[]} */
    this.maps = new Array(BUCKETS);
  }

  /** The Map of `word`'s bucket, built from the model's words on first use. */
  mapOf(word) {
    const b = bucketOf(word);
    let map = this.maps[b];
    if (map === undefined) {
      map = new Map();
      // In index order, as the full table is built: a word listed twice keeps its last index.
      for (let i = this.starts[b]; i < this.starts[b + 1]; i += 1) {
        const k = this.order[i];
        map.set(this.list[k], k);
      }
      this.maps[b] = map;
    }
    return map;
  }

  get(word) {
    return this.mapOf(word).get(word);
  }

  set(word, index) {
    this.mapOf(word).set(word, index);
    return this;
  }
}

module.exports = LazyLexemes;
