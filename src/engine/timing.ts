/**
 * Where the time goes, rule by rule: ESLint's TIMING for newslint (`newslint check --timing`,
 * or a `timings` map given to createLinter). Rules are timed by wrapping their `check`, so
 * the engine runs exactly as without timing; building Documents is timed under DOCUMENT.
 * A rule that fills a per-Document cache other rules then read is charged for the cache.
 */
import type { ActiveRule } from './run.js';
import type { Rule } from './rule.js';

/** Milliseconds spent per rule id, and in building Documents under DOCUMENT. */
export type RuleTimings = Map<string, number>;

/** The key of the time spent building Documents (the reading every rule shares). */
export const DOCUMENT_TIMING = '(document)';

/** Run `fn`, adding its time to `key`. */
export function timed<T>(timings: RuleTimings, key: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    timings.set(key, (timings.get(key) ?? 0) + performance.now() - start);
  }
}

/** The same rules, each one's `check` adding its time to `timings` under its id. */
export function timeRules(active: readonly ActiveRule[], timings: RuleTimings): ActiveRule[] {
  return active.map((a) => {
    const rule = a.rule;
    const id = rule.meta.id;
    const check = (context: never) => timed(timings, id, () => rule.check(context));
    return { ...a, rule: { ...rule, check } as Rule<any> };
  });
}
