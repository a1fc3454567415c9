/**
 * Property-based tests over generated articles, part two (part one: test/property.test.ts):
 * a second run gives identical output, and analyzeAll over generated batches (related spans
 * point into the right article). At least 3,000 articles here; with part one's 7,000, more
 * than 10,000 per run. (Long articles run in part one, which is otherwise the shorter file:
 * the two files run side by side.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAll } from '../src/analyze.js';
import { SEED, article, checkBatch, checkOne, counted, sentences, shortText } from './helpers/generated.js';

describe('generated articles, again and in batches', () => {
  it('a second run gives identical output (1,000 runs)', () => {
    fc.assert(
      fc.property(article(shortText), (a) => {
        const first = checkOne(a);
        expect(analyze(a)).toEqual(first);
      }),
      { numRuns: 1_000, seed: SEED + 1 },
    );
  });

  it('analyzeAll over small generated batches (500 batches of 1-6)', () => {
    const batch = fc
      .array(article(shortText), { minLength: 1, maxLength: 6 })
      .map((list) => list.map((a, i) => ({ ...a, id: `a${i}` })));
    fc.assert(
      fc.property(batch, (list) => {
        const report = checkBatch(list);
        // The same batch again: the same report, cross-source flags included.
        expect(analyzeAll(list, { cluster: 'auto' })).toEqual(report);
      }),
      { numRuns: 500, seed: SEED + 3 },
    );
  });

  it('analyzeAll on batches that share one story: related spans point into the right article', () => {
    // Sentences from one story in different orders, so cross-source rules have material.
    const story = sentences.slice(0, 60);
    const storyArticle = fc.array(fc.constantFrom(...story), { minLength: 3, maxLength: 12 }).map((s) => s.join('\n\n'));
    const batch = fc.array(article(storyArticle), { minLength: 2, maxLength: 5 }).map((list) => list.map((a, i) => ({ ...a, id: `s${i}` })));
    fc.assert(fc.property(batch, (list) => void checkBatch(list)), { numRuns: 200, seed: SEED + 4 });
  });
});

describe('volume', () => {
  // Runs last: this file's share of the 10,000 articles.
  it('at least 3,000 generated articles were checked here', () => {
    expect(counted.generated).toBeGreaterThanOrEqual(3_000);
  });
});
