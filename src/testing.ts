/**
 * Editorial unit tests, for any test runner: matchers (`toPassNewslint`, `toHaveFlag`)
 * that return { pass, message } as jest and vitest expect, and a RuleTester for house
 * rules and custom code rules. `newslint/vitest` registers the matchers with vitest;
 * with jest: `import { matchers } from 'newslint/testing'; expect.extend(matchers)`.
 */
import { createLinter, type Linter } from './config/linter.js';
import type { NewslintConfigInput } from './config/schema.js';
import type { Rule } from './engine/rule.js';
import { compileHouseRule } from './house/compile.js';
import type { HouseRuleInput } from './house/schema.js';
import { positionOf, lineStarts } from './report/position.js';
import { SEVERITIES, type ArticleInput, type ArticleReport, type Flag, type Severity } from './schema.js';

/** What `expect(...)` may receive: article text, an article, or a report already made. */
export type Checkable = string | ArticleInput | ArticleReport;

export interface NewslintMatcherOptions {
  /** Flags at or above this severity fail toPassNewslint (default: warning). */
  failOn?: Severity;
  config?: NewslintConfigInput;
  rules?: readonly Rule<any>[];
  linter?: Linter;
}

export interface HaveFlagOptions extends NewslintMatcherOptions {
  /** The flag's text must equal this string, or match this RegExp. */
  text?: string | RegExp;
  severity?: Severity;
}

let defaultLinter: Linter | undefined;

function linterFor(o: NewslintMatcherOptions): Linter {
  if (o.linter) return o.linter;
  if (o.config || o.rules) return createLinter(o.config ?? {}, { rules: o.rules });
  return (defaultLinter ??= createLinter());
}

/** The report and the text its spans refer to. */
export function check(received: Checkable, o: NewslintMatcherOptions = {}): { report: ArticleReport; text?: string } {
  if (typeof received === 'string') return { report: linterFor(o).analyze({ id: 'article', text: received }), text: received };
  if (received && typeof received === 'object' && 'flags' in received && 'score' in received) return { report: received as ArticleReport };
  const article = received as ArticleInput;
  return { report: linterFor(o).analyze(article), text: article?.text };
}

/** A flag as an editor reads it: position, severity, rule, message, and the text around it with the span marked. */
export function describeFlag(f: Flag, text?: string, starts?: number[]): string {
  const head = `${f.severity} ${f.ruleId}: ${f.message}`;
  if (!text) return `${head}\n      »${f.text}«`;
  const { line, column } = positionOf(starts ?? lineStarts(text), f.start);
  const before = text.slice(Math.max(0, f.start - 40), f.start).replace(/\s+/g, ' ');
  const after = text.slice(f.end, f.end + 40).replace(/\s+/g, ' ');
  return `${line}:${column} ${head}\n      …${before}»${f.text.replace(/\s+/g, ' ')}«${after}…`;
}

function list(flags: readonly Flag[], text?: string): string {
  const starts = text ? lineStarts(text) : undefined;
  return flags.map((f) => `  - ${describeFlag(f, text, starts)}`).join('\n');
}

interface MatcherResult {
  pass: boolean;
  message: () => string;
}

interface MatcherThis {
  isNot?: boolean;
}

export const matchers = {
  toPassNewslint(this: MatcherThis | void, received: Checkable, options: NewslintMatcherOptions = {}): MatcherResult {
    const failOn = options.failOn ?? 'warning';
    const { report, text } = check(received, options);
    const min = SEVERITIES.indexOf(failOn);
    const failing = report.flags.filter((f) => SEVERITIES.indexOf(f.severity) >= min);
    return {
      pass: failing.length === 0,
      message: () =>
        failing.length
          ? `expected the article to pass newslint (failOn: ${failOn}), but it has ${failing.length} flag${failing.length === 1 ? '' : 's'}:\n${list(failing, text)}`
          : `expected the article to fail newslint (failOn: ${failOn}), but it has no flag at or above ${failOn}`,
    };
  },

  toHaveFlag(this: MatcherThis | void, received: Checkable, ruleId: string, options: HaveFlagOptions = {}): MatcherResult {
    const { report, text } = check(received, options);
    const same = report.flags.filter((f) => f.ruleId === ruleId);
    const hits = same.filter(
      (f) =>
        (options.severity === undefined || f.severity === options.severity) &&
        (options.text === undefined || (typeof options.text === 'string' ? f.text === options.text : options.text.test(f.text))),
    );
    const want = `${ruleId}${options.text !== undefined ? ` on ${String(typeof options.text === 'string' ? `"${options.text}"` : options.text)}` : ''}${options.severity ? ` (${options.severity})` : ''}`;
    return {
      pass: hits.length > 0,
      message: () =>
        hits.length
          ? `expected no flag ${want}, but found:\n${list(hits, text)}`
          : `expected a flag ${want}, but ${same.length ? `the ${ruleId} flags are:\n${list(same, text)}` : report.flags.length ? `the flags are:\n${list(report.flags, text)}` : 'there are no flags'}`,
    };
  },
};

export interface RuleTestCase {
  text: string;
  /** For flagged cases: text the flag must overlap (the first place it occurs). */
  flag?: string;
  publishedAt?: string;
  source?: string;
}

export interface RuleTests {
  flagged?: (RuleTestCase | string)[];
  fine?: (RuleTestCase | string)[];
}

export interface RuleTestFailure {
  kind: 'flagged' | 'fine';
  text: string;
  problem: string;
}

type Suite = (name: string, fn: () => void) => void;

/**
 * After ESLint's RuleTester. `run` registers one test per case with the runner's global
 * `describe`/`it` when there are any (vitest with globals, jest, mocha), else checks at
 * once and throws on the first failure. `check` returns the failures without throwing.
 */
export class RuleTester {
  constructor(private readonly options: { config?: NewslintConfigInput; describe?: Suite; it?: Suite } = {}) {}

  /** A rule to test: a code rule, or a house rule definition (compiled here). */
  static toRule(rule: Rule<any> | HouseRuleInput): Rule<any> {
    return 'meta' in rule ? rule : compileHouseRule(rule);
  }

  private linter(rule: Rule<any>): Linter {
    // The rule alone: nothing else can make a case pass or fail.
    return createLinter({ ...this.options.config, house: [] }, { rules: [rule] });
  }

  /** One case; a string describing the problem, or undefined when it holds. */
  checkCase(rule: Rule<any> | HouseRuleInput, kind: 'flagged' | 'fine', c: RuleTestCase | string): string | undefined {
    const r = RuleTester.toRule(rule);
    const tc = typeof c === 'string' ? { text: c } : c;
    const report = this.linter(r).analyze({ id: 'case', text: tc.text, publishedAt: tc.publishedAt, source: tc.source });
    for (const f of report.flags) if (tc.text.slice(f.start, f.end) !== f.text) return `flag span [${f.start}, ${f.end}) does not hold its text "${f.text}"`;
    if (report.diagnostics.length) return `the rule failed: ${report.diagnostics.map((d) => d.message).join('; ')}`;
    const mine = report.flags.filter((f) => f.ruleId === r.meta.id);
    if (kind === 'fine') return mine.length ? `expected no flag, got:\n${list(mine, tc.text)}` : undefined;
    if (!mine.length) return 'expected a flag, got none';
    if (tc.flag !== undefined) {
      const at = tc.text.indexOf(tc.flag);
      if (at < 0) return `the case does not contain "${tc.flag}"`;
      if (!mine.some((f) => f.start < at + tc.flag!.length && at < f.end)) return `expected a flag overlapping "${tc.flag}", got:\n${list(mine, tc.text)}`;
    }
    return undefined;
  }

  check(rule: Rule<any> | HouseRuleInput, tests: RuleTests): RuleTestFailure[] {
    const out: RuleTestFailure[] = [];
    for (const kind of ['flagged', 'fine'] as const) {
      for (const c of tests[kind] ?? []) {
        const problem = this.checkCase(rule, kind, c);
        if (problem) out.push({ kind, text: typeof c === 'string' ? c : c.text, problem });
      }
    }
    return out;
  }

  run(rule: Rule<any> | HouseRuleInput, tests: RuleTests): void {
    const r = RuleTester.toRule(rule);
    const g = globalThis as { describe?: Suite; it?: Suite };
    const describe = this.options.describe ?? g.describe;
    const it = this.options.it ?? g.it;
    const label = (c: RuleTestCase | string) => (typeof c === 'string' ? c : c.text).replace(/\s+/g, ' ').slice(0, 80);
    const cases = (['flagged', 'fine'] as const).flatMap((kind) => (tests[kind] ?? []).map((c) => ({ kind, c })));
    if (!describe || !it) {
      for (const { kind, c } of cases) {
        const problem = this.checkCase(r, kind, c);
        if (problem) throw new Error(`${r.meta.id}: ${kind} case "${label(c)}": ${problem}`);
      }
      return;
    }
    describe(r.meta.id, () => {
      for (const { kind, c } of cases) {
        it(`${kind === 'flagged' ? 'flags' : 'passes'}: ${label(c)}`, () => {
          const problem = this.checkCase(r, kind, c);
          if (problem) throw new Error(problem);
        });
      }
    });
  }
}
