/**
 * Pipelines: analyzeStream yields reports in order as articles arrive; `check -
 * --format jsonl` writes each line before the next record is read; --jobs N gives the
 * same output as --jobs 1; the progress bar shows on a TTY only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAll } from '../src/analyze.js';
import { analyzeStream } from '../src/stream.js';
import { createProgress } from '../src/workers/progress.js';
import { runCli } from './helpers/cli-run.js';

const articles = Array.from({ length: 6 }, (_, i) => ({
  id: `a${i}`,
  text: `Story ${i}\n\n${i % 2 ? 'Critics say' : 'Mayor Ana Ruiz said'} the new tram line in Porto will cost ${i + 2} million euros.`,
}));

describe('analyzeStream', () => {
  it('yields one report per article, in order, as each is ready', async () => {
    const seen: string[] = [];
    async function* source() {
      for (const a of articles) {
        seen.push(`in:${a.id}`);
        yield a;
      }
    }
    const ids: string[] = [];
    for await (const r of analyzeStream(source())) {
      seen.push(`out:${r.id}`);
      ids.push(r.id);
    }
    expect(ids).toEqual(articles.map((a) => a.id));
    // Interleaved: each report comes out before the next article is pulled.
    expect(seen.slice(0, 4)).toEqual(['in:a0', 'out:a0', 'in:a1', 'out:a1']);
  });

  it('gives the same reports as analyzeAll without clustering', async () => {
    const out = [];
    for await (const r of analyzeStream(articles)) out.push(r);
    expect(out).toEqual(analyzeAll(articles, { cluster: 'none' }).articles);
  });

  it('applies a config and rejects an invalid article with its index', async () => {
    const config = { rules: { 'attribution/vague-source': 'off' as const } };
    for await (const r of analyzeStream(articles.slice(1, 2), { config })) expect(r.flags.filter((f) => f.ruleId === 'attribution/vague-source')).toEqual([]);
    await expect(async () => {
      for await (const _ of analyzeStream([articles[0]!, { id: 'x' } as never]));
    }).rejects.toThrow(/articles\[1\]\.text/);
  });
});

describe('newslint check - --format jsonl', () => {
  it('writes each line as it goes, before the next record arrives', async () => {
    const events: string[] = [];
    async function* lines() {
      for (const a of articles.slice(0, 3)) {
        events.push(`read:${a.id}`);
        yield JSON.stringify(a);
      }
    }
    const r = await runCli(['check', '-', '--format', 'jsonl'], { stdinLines: lines, onStdout: (s) => events.push(`write:${JSON.parse(s).id}`) });
    expect(r.code).toBe(0);
    expect(events).toEqual(['read:a0', 'write:a0', 'read:a1', 'write:a1', 'read:a2', 'write:a2']);
  });

  it('keeps going past a bad record, names its line, exits 2', async () => {
    const stdin = [JSON.stringify(articles[0]), '{"id": 3}', JSON.stringify(articles[1])].join('\n');
    const r = await runCli(['check', '-', '--format', 'jsonl'], { stdin });
    expect(r.code).toBe(2);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a0', 'a1']);
    expect(r.stderr).toMatch(/^newslint: <stdin>:2: article\.id must be string/);
  });

  it('clusters only when --cluster is given explicitly (then it reads all of stdin first)', async () => {
    const stdin = articles.slice(0, 2).map((a) => JSON.stringify(a)).join('\n');
    const r = await runCli(['check', '-', '--format', 'jsonl', '--cluster', 'all'], { stdin });
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('--jobs', () => {
  it('gives results identical to --jobs 1 on the seed articles', async () => {
    const seeds = join(import.meta.dirname, '..', 'seeds');
    const one = await runCli(['check', seeds, '--format', 'json', '--cluster', 'all']);
    const three = await runCli(['check', seeds, '--format', 'json', '--cluster', 'all', '--jobs', '3']);
    expect(three.stderr).toBe('');
    expect(one.code).toBe(three.code);
    expect(three.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout).articles).toHaveLength(JSON.parse(readFileSync(join(seeds, 'manifest.json'), 'utf8')).length);
  });

  it('gives results identical to --jobs 1 when clustering several stories (story rules in the workers)', async () => {
    const seeds = join(import.meta.dirname, '..', 'seeds');
    const stories = join(import.meta.dirname, 'fixtures', 'stories');
    const one = await runCli(['check', seeds, stories, '--format', 'json']);
    const two = await runCli(['check', seeds, stories, '--format', 'json', '--jobs', '2']);
    expect(two.stderr).toBe('');
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(one.stdout);
    expect(report.clusters.filter((c: { articleIds: string[] }) => c.articleIds.length > 1).length).toBeGreaterThan(1);
    expect(report.articles.some((a: { flags: { category: string }[] }) => a.flags.some((f) => f.category === 'cross-source'))).toBe(true);
  });
});

describe('progress', () => {
  it('draws on a TTY and clears itself; prints nothing when piped', () => {
    let tty = '';
    const p = createProgress((s) => (tty += s), true, { minIntervalMs: 0 });
    p.update(1, 4);
    p.update(4, 4);
    p.done();
    expect(tty).toContain('[##########');
    expect(tty).toContain('4/4');
    expect(tty.endsWith('\r\x1b[K')).toBe(true);
    let piped = '';
    const q = createProgress((s) => (piped += s), false);
    q.update(1, 4);
    q.done();
    expect(piped).toBe('');
  });

  it('the CLI writes no progress to a piped stderr, and a bar to a TTY stderr', async () => {
    const stdin = articles.map((a) => JSON.stringify(a)).join('\n');
    const piped = await runCli(['check', '-', '--format', 'json'], { stdin });
    expect(piped.stderr).toBe('');
    const tty = await runCli(['check', '-', '--format', 'json'], { stdin, stderrIsTTY: true });
    expect(tty.stderr).toMatch(/\d+\/6/);
    expect(JSON.parse(tty.stdout).articles).toHaveLength(6);
  });
});
