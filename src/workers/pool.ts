/**
 * `--jobs N`: the work spread over worker threads with piscina, in two phases.
 *
 * 1. Articles, in chunks: each worker builds Documents, runs the article rules and sends
 *    back small results (the article's report and its clustering features), keeping the
 *    Documents.
 * 2. Stories: this thread groups the articles from the features (the same clustering as
 *    analyzeDocuments), then the workers run the story rules per group, each mostly on
 *    groups whose Documents it already holds (see ./worker.ts).
 *
 * Results are the same as with one job: same flags, same order, same scores, same groups.
 */
import { randomUUID } from 'node:crypto';
import { Piscina } from 'piscina';
import { applyToReport } from '../config/apply.js';
import type { Linter } from '../config/linter.js';
import type { NewslintConfig } from '../config/schema.js';
import { clusterByFeatures, type ClusterFeatures } from '../engine/cluster.js';
import { byPosition } from '../engine/run.js';
import { score } from '../engine/score.js';
import type { Article, ClusterMode, Report } from '../schema.js';
import type { ArticleResult, StoryResult, WorkerTask } from './worker.js';

/**
 * Where the worker module is: under dist/workers/ when bundled (plain JS, nothing to
 * compile); next to this file in the sources, run through tsx (development only).
 */
function workerFile(): { filename: string; execArgv: string[] } {
  const here = import.meta.url;
  if (here.endsWith('.ts')) return { filename: new URL('./worker.ts', here).href, execArgv: ['--import', 'tsx'] };
  return { filename: new URL('./workers/worker.js', here).href, execArgv: [] };
}

export interface PoolOptions {
  jobs: number;
  /** Articles per task: small enough to balance the load, large enough to amortise the messages. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Groups as lists of indexes, as groupStories gives them for Documents. */
function groupFeatures(features: readonly ClusterFeatures[], mode: ClusterMode): number[][] {
  if (features.length === 0) return [];
  if (mode === 'all') return [features.map((_, i) => i)];
  if (mode === 'none') return features.map((_, i) => [i]);
  return clusterByFeatures(features);
}

/** The thread holding most of a group's Documents (the first such, in group order). */
function ownerOf(group: readonly number[], threads: readonly number[]): number {
  const count = new Map<number, number>();
  let best = threads[group[0]!]!;
  for (const i of group) {
    const t = threads[i]!;
    const c = (count.get(t) ?? 0) + 1;
    count.set(t, c);
    if (c > count.get(best)!) best = t;
  }
  return best;
}

export async function analyzeInPool(
  articles: readonly Article[],
  linter: Linter,
  config: NewslintConfig,
  cluster: ClusterMode,
  options: PoolOptions,
): Promise<Report> {
  const { filename, execArgv } = workerFile();
  const jobs = Math.max(1, options.jobs);
  // Workers must outlive the pause between the phases: their Documents are the cache.
  const pool = new Piscina<WorkerTask, ArticleResult[] | StoryResult[]>({ filename, execArgv, minThreads: 0, maxThreads: jobs, idleTimeout: 30_000 });
  const chunk = options.chunk ?? Math.max(1, Math.min(16, Math.ceil(articles.length / (jobs * 4))));
  const run = randomUUID();
  const list = [...articles];
  let done = 0;
  try {
    const keep = cluster !== 'none' && list.length > 1;
    const tasks: Promise<ArticleResult[]>[] = [];
    for (let i = 0; i < list.length; i += chunk) {
      const part = list.slice(i, i + chunk);
      const task: WorkerTask = { kind: 'articles', run, config, articles: part, keep };
      tasks.push((pool.run(task) as Promise<ArticleResult[]>).then((r) => {
        done += part.length;
        options.onProgress?.(done, list.length);
        return r;
      }));
    }
    const results = (await Promise.all(tasks)).flat();
    const groups = keep ? groupFeatures(results.map((r) => r.features!), cluster) : groupFeatures(results.map(() => ({ terms: new Map() })), cluster);

    // Story rules need at least two articles; only such groups go back to the workers.
    const multi = groups.map((g, k) => ({ g, k })).filter(({ g }) => g.length > 1);
    const story = new Map<number, StoryResult['results']>();
    if (multi.length) {
      const threads = results.map((r) => r.thread);
      const storyGroups = multi.map(({ g }) => g);
      const owners = Int32Array.from(storyGroups.map((g) => ownerOf(g, threads)));
      const claims = new Int32Array(new SharedArrayBuffer(4 * storyGroups.length));
      const task: WorkerTask = { kind: 'stories', run, config, articles: list, groups: storyGroups, owners, claims };
      // One task per thread; each claims groups until none is left.
      const parts = await Promise.all(Array.from({ length: jobs }, () => pool.run(task) as Promise<StoryResult[]>));
      for (const r of parts.flat()) story.set(multi[r.group]!.k, r.results);
    }

    const reports = results.map((r) => r.report);
    groups.forEach((g, k) => {
      const found = story.get(k);
      if (!found) return;
      g.forEach((i, m) => {
        const own = reports[i]!;
        const extra = found[m]!;
        if (!extra.flags.length && !extra.diagnostics.length) return;
        const flags = [...own.flags, ...extra.flags].sort(byPosition);
        reports[i] = { ...own, ...score(flags), flags, diagnostics: [...own.diagnostics, ...extra.diagnostics] };
      });
    });
    const report: Report = {
      version: 1,
      articles: reports,
      clusters: groups.map((g, k) => ({ id: `story-${k + 1}`, articleIds: g.map((i) => list[i]!.id) })),
    };
    return applyToReport(report, new Map(list.map((a) => [a.id, a.text])), linter.resolved);
  } finally {
    await pool.destroy();
  }
}
