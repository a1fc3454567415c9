/**
 * Property-based tests over generated articles, part one: short articles, long articles and
 * very long lines (run twice: the same output), blank, very large and adversarial texts. `analyze` never throws, every span is exact, line/column agree with
 * the offsets. Part two (test/property-repeat.test.ts: repeated runs, batches)
 * runs beside this file; the two check more than 10,000 articles between them (at least
 * 7,000 here and 3,000 there, each file asserts its own share).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { ADVERSARIAL } from '../bench/adversarial-inputs.js';
import { ADVERSARIAL_SCALE, LARGE_TEXT, SEED, article, checkOne, counted, longText, sentences, shortText } from './helpers/generated.js';

describe('generated articles', () => {
  it('short articles: never throws, exact spans, right positions (7,000 runs)', () => {
    fc.assert(fc.property(article(shortText), (a) => void checkOne(a)), { numRuns: 7_000, seed: SEED });
  });

  it('empty and blank texts', () => {
    for (const text of ['', ' ', '\n', '\r\n\r\n', '\uFEFF', '\u0000', '\t\f\v', '"', '“', '\uD800']) checkOne({ id: 'blank', text });
  });

  it('long articles and very long lines (20 runs)', () => {
    fc.assert(
      fc.property(article(longText), (a) => {
        const first = checkOne(a);
        expect(analyze(a)).toEqual(first);
      }),
      { numRuns: 20, seed: SEED + 2 },
    );
  });

  // 200 KB keeps the suite quick; `npx tsx bench/adversarial.ts --full` runs every rule on
  // the sizes (1 MB of quote marks, 100,000 sentences, a 2 MB line) and up.
  it('a very large text (about 200 KB of recombined news)', () => {
    const parts: string[] = [];
    for (let i = 0, n = 0; n < LARGE_TEXT; i++) {
      const s = sentences[(i * 7919) % sentences.length]!;
      parts.push(s);
      n += s.length + 2;
    }
    const text = parts.join('\n\n');
    checkOne({ id: 'large', text });
  });
});

describe('adversarial inputs complete (timing is measured by npm run bench, not here)', () => {
  // Smaller than the benchmark's sizes, so the suite stays quick; the shapes are the same.
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(name, () => {
      const text = make(ADVERSARIAL_SCALE);
      checkOne({ id: 'adversarial', text });
    });
  }
});

describe('volume', () => {
  // Runs last (tests in a file run in order): this file's share of the 10,000 articles.
  it('at least 7,000 generated articles were checked here', () => {
    expect(counted.generated).toBeGreaterThanOrEqual(7_000);
  });
});
