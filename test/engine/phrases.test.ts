/**
 * The phrase pattern syntax lexicons and house rules are written in (src/engine/phrases.ts):
 * word (form or lemma), =word (form only, on every alternative of the step), a|b, word?, *,
 * [POS], and the longest match at a position.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { normalSpelling } from '../../src/document/spelling.js';
import { PhraseIndex } from '../../src/engine/phrases.js';

const matches = (patterns: string[], text: string) => {
  const doc = buildDocument({ id: 'p', text });
  return new PhraseIndex(patterns.map((p) => [p, p] as [string, string])).matchDocument(doc).map((m) => [text.slice(m.span.start, m.span.end), m.entry]);
};

describe('phrase patterns', () => {
  it('a word matches its inflected forms through the lemma', () => {
    expect(matches(['spark outrage'], 'The closure of the clinic sparked outrage in Tamale on Monday.')).toEqual([['sparked outrage', 'spark outrage']]);
  });

  it('=word matches the form only, on every alternative of the step', () => {
    const text = 'The flood caused damage; the drought causes more, and it will cause worse.';
    expect(matches(['=caused|=causes damage|more'], text).map(([t]) => t)).toEqual(['caused damage', 'causes more']);
  });

  it('an optional word, a wildcard and a part of speech', () => {
    const text = 'The council has been widely criticised for the delay to the new bridge in Kumasi.';
    expect(matches(['has been widely? criticised'], text).map(([t]) => t)).toEqual(['has been widely criticised']);
    expect(matches(['delay to * new'], text).map(([t]) => t)).toEqual(['delay to the new']);
    expect(matches(['the [ADJ] bridge'], text).map(([t]) => t)).toEqual(['the new bridge']);
  });

  it('a pattern in British spelling meets tokens, which carry American normal forms', () => {
    const text = 'The rumour spread after the organisation was criticised in parliament.';
    expect(matches(['rumour spread', 'organisation be criticised'], text).map(([t]) => t)).toEqual(['rumour spread', 'organisation was criticised']);
  });

  it('the spelling table (generated from the model) gives what the tagger gives a token', () => {
    const words = ['criticised', 'rumour', 'harbour', 'organisation', 'travelled', 'centre', 'through', 'said', 'minister'];
    const doc = buildDocument({ id: 's', text: words.join(' ') });
    expect(words.map(normalSpelling)).toEqual(doc.tokens.map((t) => t.normal));
  });

  it('the longest match wins at one position', () => {
    const text = 'The plan came under fire from farmers in the north.';
    expect(matches(['come under fire', 'come under fire from'], text)).toEqual([['came under fire from', 'come under fire from']]);
  });

  it('a word that opens many patterns: each position gets what the patterns tried one by one give, the first listed on ties', () => {
    // Past a handful of patterns per first word the index files them by their second step
    // (word, lemma, part of speech; optional and wildcard steps and one-word patterns apart).
    const patterns = ['the *', 'the new', 'the [ADJ] bridge', 'the new bridge', 'the council', 'the =councils', 'the delay|bridge', 'the new|old bridge in', 'the clinic? was', 'the', 'the report be', 'the reports? say'];
    const text =
      'The council has been criticised for the delay to the new bridge in Kumasi. The old bridge in the north was closed in May, and the clinic was moved. ' +
      'The councils of two districts said the reports say little. The report was published on Monday, and the new council will meet in June.';
    const doc = buildDocument({ id: 'b', text });
    const got = new PhraseIndex(patterns.map((p) => [p, p] as [string, string])).matchDocument(doc).map((m) => [m.first, m.last, m.entry]);
    // The reference: every pattern alone, then the first longest at each position.
    const best = new Map<number, [number, string]>();
    let ties = 0;
    for (const p of patterns)
      for (const m of new PhraseIndex([[p, p]]).matchDocument(doc)) {
        const was = best.get(m.first);
        if (was && m.last === was[0]) ties++;
        if (!was || m.last > was[0]) best.set(m.first, [m.last, p]);
      }
    const expected = [...best].sort((a, b) => a[0] - b[0]).map(([first, [last, p]]) => [first, last, p]);
    expect(got).toEqual(expected);
    // Not a vacuous comparison: ties, a lemma, alternatives and optional second steps all decide some position.
    expect(ties).toBeGreaterThan(2);
    const entries = new Set(got.map((g) => g[2]));
    for (const p of ['the new|old bridge in', 'the clinic? was', 'the report be', 'the reports? say', 'the *']) expect(entries).toContain(p);
  });

  it('matches stay inside their sentence', () => {
    expect(matches(['port closed'], 'They left the port. Closed shops lined the road.')).toEqual([]);
  });
});
