/**
 * The worker pool behind --jobs (src/workers/pool.ts) lives across calls: a second call
 * reuses its threads, even with another config, and results stay identical to one job;
 * each call releases the Documents its threads kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLinter } from '../src/config/linter.js';
import { NewslintConfig, type NewslintConfigInput } from '../src/config/schema.js';
import type { Article } from '../src/schema.js';
import { analyzeInPool, closePool, lastPoolTimings, sharedPoolState } from '../src/workers/pool.js';
import { generateStories } from '../bench/generate.js';
import { storyManifest } from './helpers/fixtures.js';
import { seedArticles } from './helpers/seeds.js';

const stories = join(import.meta.dirname, 'fixtures', 'stories');
const articles: Article[] = [
  ...seedArticles.map((a) => ({ ...a, id: `seed-${a.id}` }) as Article),
  ...storyManifest.map((m) => ({ id: m.file, text: readFileSync(join(stories, m.file), 'utf8'), publishedAt: m.publishedAt, source: m.source })),
];

async function both(input: NewslintConfigInput, list: Article[], jobs: number) {
  const config = NewslintConfig.parse(input);
  const linter = createLinter(config);
  return { one: linter.analyzeAll(list, { cluster: 'auto' }), pooled: await analyzeInPool(list, linter, config, 'auto', { jobs }) };
}

afterAll(() => closePool());

describe('analyzeInPool', () => {
  it('reuses its threads across calls, with another config too, and matches one job each time', async () => {
    const first = await both({}, articles, 2);
    expect(first.pooled).toEqual(first.one);
    expect(first.one.clusters.filter((c) => c.articleIds.length > 1).length).toBeGreaterThan(1);
    const before = await sharedPoolState();
    expect(before?.threadIds).toHaveLength(1);
    // Every run released its Documents, on the worker and on this thread.
    expect(before?.keptRuns).toEqual([0]);

    // Another config: a rule off, another's severity raised. The worker compiles it; the threads stay.
    const config = { rules: { 'attribution/vague-source': 'off' as const, 'framing/headline-overclaim': 'error' as const } };
    const second = await both(config, articles.slice().reverse(), 2);
    expect(second.pooled).toEqual(second.one);
    expect(second.pooled.articles.flatMap((a) => a.flags).some((f) => f.ruleId === 'attribution/vague-source')).toBe(false);
    expect(second.pooled).not.toEqual(first.pooled);
    const after = await sharedPoolState();
    expect(after).toEqual(before);
  });

  it('starts a new pool for another --jobs, and closePool stops it', async () => {
    const before = await sharedPoolState();
    const three = await both({}, articles.slice(0, 9), 3);
    expect(three.pooled).toEqual(three.one);
    const state = await sharedPoolState();
    expect(state?.threadIds).toHaveLength(2);
    expect(state?.threadIds).not.toEqual(before?.threadIds);
    await closePool();
    expect(await sharedPoolState()).toBeUndefined();
  });

  it('on a batch of many stories, uses the story results run ahead of time and matches one job', async () => {
    const batch = generateStories({ articles: 150, chars: 2_000, seed: 11 }).articles as Article[];
    const { one, pooled } = await both({}, batch, 2);
    expect(pooled).toEqual(one);
    expect(one.clusters.length).toBeGreaterThan(20);
    expect(lastPoolTimings?.storyGroups).toBe(one.clusters.filter((c) => c.articleIds.length > 1).length);
    // Most story groups were bundles whose results were ready before the groups were formed.
    expect(lastPoolTimings!.early).toBeGreaterThan(lastPoolTimings!.storyGroups / 2);
  });

  it('without clustering (no story phase) gives the same reports', async () => {
    const config = NewslintConfig.parse({});
    const linter = createLinter(config);
    const pooled = await analyzeInPool(articles, linter, config, 'none', { jobs: 2, chunk: 2 });
    expect(pooled).toEqual(linter.analyzeAll(articles, { cluster: 'none' }));
  });
});
