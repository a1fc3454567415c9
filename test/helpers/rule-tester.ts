/**
 * RuleTester, after ESLint's: run one rule on flagged and fine examples. A flagged
 * example must raise at least one flag of the rule (overlapping `flag` when given, and
 * with a message matching `message` when given: the reason, not only the place); a fine
 * example must raise none. Every flag's span must satisfy the span invariant.
 */
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAll } from '../../src/analyze.js';
import { isStoryRule, type Rule, type RuleExample } from '../../src/engine/rule.js';
import type { Flag } from '../../src/schema.js';

export interface StoryExample {
  articles: { text: string; publishedAt?: string; source?: string }[];
  /** For flagged examples: text in the first article the flag must overlap. */
  flag?: string;
  /** For flagged examples: what the overlapping flag's message must say. */
  message?: RegExp;
}

export interface RuleTests {
  flagged?: ((RuleExample & { message?: RegExp }) | StoryExample)[];
  fine?: (RuleExample | StoryExample)[];
}

function flagsFor(rule: Rule<any>, ex: RuleExample | StoryExample): { flags: Flag[]; text: string } {
  if ('articles' in ex) {
    const report = analyzeAll(
      ex.articles.map((a, i) => ({ id: `a${i}`, ...a })),
      { rules: [rule], cluster: 'all' },
    );
    for (const a of report.articles) {
      const text = ex.articles[Number(a.id.slice(1))]!.text;
      for (const f of a.flags) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
    return { flags: report.articles.flatMap((a) => a.flags), text: ex.articles[0]!.text };
  }
  const report = analyze({ id: 'example', text: ex.text, publishedAt: ex.publishedAt }, { rules: [rule] });
  for (const f of report.flags) expect(ex.text.slice(f.start, f.end)).toBe(f.text);
  expect(report.diagnostics).toEqual([]);
  return { flags: report.flags, text: ex.text };
}

const label = (ex: RuleExample | StoryExample) => ('articles' in ex ? ex.articles.map((a) => a.text).join(' || ') : ex.text).replace(/\s+/g, ' ').slice(0, 90);

export function testRule(rule: Rule<any>, extra: RuleTests = {}): void {
  const flagged = [...rule.meta.examples.flagged, ...(extra.flagged ?? [])];
  const fine = [...rule.meta.examples.fine, ...(extra.fine ?? [])];
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.id).toMatch(new RegExp(`^${rule.meta.category}/[a-z0-9-]+$`));
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(rule.meta.why.length).toBeGreaterThan(10);
      expect(isStoryRule(rule) || rule.scope === undefined || rule.scope === 'article').toBe(true);
    });
    for (const ex of flagged as ((RuleExample & { message?: RegExp }) | StoryExample)[]) {
      it(`flags: ${label(ex)}`, () => {
        const { flags, text } = flagsFor(rule, ex);
        const mine = flags.filter((f) => f.ruleId === rule.meta.id);
        expect(mine.length, 'expected at least one flag').toBeGreaterThan(0);
        if (ex.flag) {
          const at = text.indexOf(ex.flag);
          expect(at, `example must contain "${ex.flag}"`).toBeGreaterThanOrEqual(0);
          const over = mine.filter((f) => f.start < at + ex.flag!.length && at < f.end);
          expect(over.length > 0, `a flag overlapping "${ex.flag}"; got ${JSON.stringify(mine.map((f) => f.text))}`).toBe(true);
          if (ex.message) expect(over.map((f) => f.message).some((m) => ex.message!.test(m)), `a message matching ${ex.message}; got ${JSON.stringify(over.map((f) => f.message))}`).toBe(true);
        } else if (ex.message) expect(mine.some((f) => ex.message!.test(f.message)), `a message matching ${ex.message}`).toBe(true);
      });
    }
    for (const ex of fine) {
      it(`passes: ${label(ex)}`, () => {
        const { flags } = flagsFor(rule, ex);
        expect(flags.filter((f) => f.ruleId === rule.meta.id).map((f) => `${f.text}: ${f.message}`)).toEqual([]);
      });
    }
  });
}

/** A flagged row for testSeverities: [text, the wording a flag must overlap, that flag's severity]. */
export type SeverityRow = [text: string, wording: string, severity: 'error' | 'warning' | 'info'];

/**
 * A table of examples for one rule where the severity matters: each flagged row must raise a
 * flag of that severity overlapping its wording (with an exact span); each fine text none.
 */
export function testSeverities(rule: Rule<any>, title: string, flagged: readonly SeverityRow[], fine: readonly string[], more?: (flags: (text: string) => Flag[]) => void): void {
  const flags = (text: string) => analyze({ id: 't', text }, { rules: [rule] }).flags;
  describe(`${rule.meta.id}: ${title}`, () => {
    for (const [text, wording, severity] of flagged) {
      it(`flags "${wording}" as ${severity}`, () => {
        const at = text.indexOf(wording);
        const hit = flags(text).find((f) => f.start < at + wording.length && at < f.end);
        expect(hit, JSON.stringify(flags(text).map((f) => f.text))).toBeDefined();
        expect(hit!.severity).toBe(severity);
        expect(text.slice(hit!.start, hit!.end)).toBe(hit!.text);
      });
    }
    for (const text of fine) {
      it(`passes: ${text.slice(0, 80)}`, () => {
        expect(flags(text).map((f) => `${f.text} (${f.severity})`)).toEqual([]);
      });
    }
    more?.(flags);
  });
}
