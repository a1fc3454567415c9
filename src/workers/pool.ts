/**
 * `--jobs N`: the article half of the work (Documents and article rules) spread over
 * worker threads with piscina; the story half (grouping and cross-source rules) in this
 * thread, over all the Documents, exactly as analyzeDocuments does. Results are the
 * same as with one job: same flags, same order, same scores.
 */
import { Piscina } from 'piscina';
import { analyzeDocuments } from '../engine/pipeline.js';
import { applyToReport } from '../config/apply.js';
import type { Linter } from '../config/linter.js';
import type { NewslintConfig } from '../config/schema.js';
import type { Document } from '../document/types.js';
import { byPosition, type RuleResults } from '../engine/run.js';
import { isStoryRule } from '../engine/rule.js';
import { score } from '../engine/score.js';
import type { Article, ClusterMode, Report } from '../schema.js';
import type { WorkerResult, WorkerTask } from './worker.js';

/** Where the worker module is: next to this file in the sources, under dist/workers/ when bundled. */
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

export async function analyzeInPool(
  articles: readonly Article[],
  linter: Linter,
  config: NewslintConfig,
  cluster: ClusterMode,
  options: PoolOptions,
): Promise<Report> {
  const { filename, execArgv } = workerFile();
  const pool = new Piscina<WorkerTask, WorkerResult[]>({ filename, execArgv, minThreads: 0, maxThreads: Math.max(1, options.jobs), idleTimeout: 1000 });
  const chunk = options.chunk ?? Math.max(1, Math.min(16, Math.ceil(articles.length / (options.jobs * 4))));
  let done = 0;
  let results: WorkerResult[];
  try {
    const tasks: Promise<WorkerResult[]>[] = [];
    for (let i = 0; i < articles.length; i += chunk) {
      const part = articles.slice(i, i + chunk);
      tasks.push(pool.run({ config, articles: part }).then((r) => {
        done += part.length;
        options.onProgress?.(done, articles.length);
        return r;
      }));
    }
    results = (await Promise.all(tasks)).flat();
  } finally {
    await pool.destroy();
  }
  return combine(results.map((r) => r.doc), results.map((r) => r.results), linter, cluster);
}

/** Story rules in this thread, then the article results merged in as analyzeDocuments would. */
export function combine(docs: Document[], perArticle: RuleResults[], linter: Linter, cluster: ClusterMode): Report {
  const storyOnly = linter.resolved.active.filter((a) => isStoryRule(a.rule));
  const stories = analyzeDocuments(docs, storyOnly, cluster);
  const report: Report = {
    ...stories,
    articles: stories.articles.map((a, i) => {
      const own = perArticle[i]!;
      const flags = [...own.flags, ...a.flags].sort(byPosition);
      return { ...a, ...score(flags), flags, diagnostics: [...own.diagnostics, ...a.diagnostics] };
    }),
  };
  return applyToReport(report, new Map(docs.map((d) => [d.article.id, d.text])), linter.resolved);
}
