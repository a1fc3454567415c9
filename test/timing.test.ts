/**
 * `--timing` and createLinter's `timings`: each rule's time and the Document reading, with
 * the report exactly as without timing (timing wraps the rules, it changes nothing they do).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/config/linter.js';
import { DOCUMENT_TIMING, type RuleTimings } from '../src/engine/timing.js';
import { runCli } from './helpers/cli-run.js';
import { seedArticles } from './helpers/seeds.js';

const seeds = join(import.meta.dirname, '..', 'seeds');

describe('timings in the library', () => {
  it('times every active rule and the Document reading, and reports the same flags', () => {
    const timings: RuleTimings = new Map();
    const timed = createLinter({}, { timings }).analyzeAll(seedArticles, { cluster: 'all' });
    const plain = createLinter({}).analyzeAll(seedArticles, { cluster: 'all' });
    expect(timed).toEqual(plain);
    const ids = createLinter({}).resolved.active.map((a) => a.rule.meta.id);
    expect([...timings.keys()].sort()).toEqual([DOCUMENT_TIMING, ...ids].sort());
    for (const ms of timings.values()) expect(ms).toBeGreaterThanOrEqual(0);
    expect(timings.get(DOCUMENT_TIMING)).toBeGreaterThan(0);
  });

  it('a rule that is off is not timed', () => {
    const timings: RuleTimings = new Map();
    createLinter({ rules: { 'sensational/loaded-language': 'off' } }, { timings }).analyzeAll(seedArticles.slice(0, 1));
    expect(timings.has('sensational/loaded-language')).toBe(false);
    expect(timings.has('attribution/vague-source')).toBe(true);
  });
});

describe('newslint check --timing', () => {
  it('prints the table on stderr after the report, which is unchanged on stdout', async () => {
    const plain = await runCli(['check', seeds, '--cluster', 'all', '--format', 'json', '--no-config']);
    const timed = await runCli(['check', seeds, '--cluster', 'all', '--format', 'json', '--no-config', '--timing']);
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    const lines = timed.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rule\s+\| Time \(ms\) \| Relative$/);
    expect(lines.at(-1)).toMatch(/^total\s+\|\s+[\d.]+ \|\s+100\.0%$/);
    expect(timed.stderr).toContain(DOCUMENT_TIMING);
    expect(timed.stderr).toContain('cross-source/quote-variant');
    // Slowest first.
    const ms = lines.slice(2, -1).map((l) => Number(l.split('|')[1]));
    expect(ms).toEqual([...ms].sort((a, b) => b - a));
  });

  it('with --jobs it is a usage error: one line, exit 2', async () => {
    const r = await runCli(['check', seeds, '--timing', '--jobs', '2', '--no-config']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--timing');
  });
});
