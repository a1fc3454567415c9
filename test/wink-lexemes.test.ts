/**
 * The CLI bundle's lazy lexeme table (scripts/wink-lexemes.cjs, inlined into wink's model
 * reader by tsup.config.ts) answers exactly as wink's own table of every word would.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const LazyLexemes = require('../scripts/wink-lexemes.cjs') as new (list: string[]) => { get(w: string): number | undefined; set(w: string, i: number): unknown };
const model = JSON.parse(readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8')) as { features: { lexeme: { list: string[] } } };
const list = model.features.lexeme.list;

describe('the lazy lexeme table', () => {
  it('gives every model word the index the full table gives (a word listed twice: its last index)', () => {
    const full = new Map<string, number>();
    list.forEach((w, k) => full.set(w, k));
    const lazy = new LazyLexemes(list);
    let checked = 0;
    for (const [word, index] of full) {
      if (lazy.get(word) !== index) expect({ word, got: lazy.get(word) }).toEqual({ word, got: index });
      checked++;
    }
    expect(checked).toBe(full.size);
    expect(checked).toBeGreaterThan(50_000);
  });

  it('knows nothing of other words until they are added, then finds them', () => {
    const lazy = new LazyLexemes(list);
    const unseen = ['Kovačevski-Zorić', 'zzqxjv', '', '🦜', 'déjà-vu-2026'].filter((w) => !list.includes(w));
    for (const w of unseen) expect(lazy.get(w)).toBeUndefined();
    unseen.forEach((w, i) => lazy.set(w, list.length + i));
    unseen.forEach((w, i) => expect(lazy.get(w)).toBe(list.length + i));
    // Adding words leaves the model's own words where they were.
    for (const k of [0, 1, 100, 5_000, list.length - 1]) expect(lazy.get(list[k]!)).toBe(list.lastIndexOf(list[k]!));
  });
});
