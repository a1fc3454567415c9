/**
 * Acceptance: the editor's annotations of the five seed articles, scored as
 * seeds/README (shared) describes. Prints the figures the README quotes.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAll } from '../src/analyze.js';
import { scoreSeeds, seedArticles } from './helpers/seeds.js';

const report = analyzeAll(seedArticles, { cluster: 'auto' });
const score = scoreSeeds(report);
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

describe('seed annotations', () => {
  it('prints the figures', () => {
    const line = (name: string, a: number, b: number) => `${name}: ${a}/${b} = ${ratio(a, b).toFixed(3)}`;
    console.log(
      [
        line('recall, required single-article', score.singleRequired.found, score.singleRequired.total),
        line('recall, required cross-source', score.crossRequired.found, score.crossRequired.total),
        line('precision, warning and above', score.precision.right, score.precision.total),
        line('precision, cross-source', score.crossPrecision.right, score.crossPrecision.total),
        `mustNotFlag hits: ${score.mustNotFlagHits.length}, boilerplate hits: ${score.boilerplateHits.length}`,
        ...score.singleRequired.missing.map((m) => `  missing: ${m}`),
        ...score.crossRequired.missing.map((m) => `  missing cross-source: ${m}`),
        ...score.precision.wrong.map((w) => `  unmatched: ${w}`),
      ].join('\n'),
    );
    expect(score.singleRequired.total).toBeGreaterThan(0);
  });

  it('groups the five seeds into one story', () => {
    expect(report.clusters.filter((c) => c.articleIds.length > 1).map((c) => c.articleIds.sort())).toEqual([['000', '001', '002', '003', '004']]);
  });

  it('finds >= 90% of the required single-article entries', () => {
    expect(ratio(score.singleRequired.found, score.singleRequired.total), score.singleRequired.missing.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('is right on >= 85% of its flags at warning and above', () => {
    expect(ratio(score.precision.right, score.precision.total), score.precision.wrong.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('finds all required cross-source disagreements', () => {
    expect(score.crossRequired.missing).toEqual([]);
  });

  it('is right on >= 85% of its cross-source flags', () => {
    expect(ratio(score.crossPrecision.right, score.crossPrecision.total), score.crossPrecision.wrong.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('never flags a mustNotFlag place', () => {
    expect(score.mustNotFlagHits).toEqual([]);
  });

  it('never flags page chrome', () => {
    expect(score.boilerplateHits).toEqual([]);
  });

  it('keeps every flag, quote and speaker span true to the text', () => {
    for (const a of report.articles) {
      const text = seedArticles.find((s) => s.id === a.id)!.text;
      for (const f of a.flags) expect(text.slice(f.start, f.end)).toBe(f.text);
      for (const q of a.quotes) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        expect(text.slice(q.content.start, q.content.end)).toBe(q.content.text);
        if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
      }
      for (const f of a.flags) for (const r of f.related) {
        const other = seedArticles.find((s) => s.id === r.articleId)!.text;
        expect(other.slice(r.start, r.end)).toBe(r.text);
      }
    }
  });
});
