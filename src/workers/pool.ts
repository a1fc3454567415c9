/**
 * `--jobs N`: the work spread over N threads, this one and N-1 piscina workers, in two
 * phases. This thread takes part because it is warm: it works at full speed while the
 * workers start (~0.5-1 s) and while their JIT is still cold.
 *
 * 1. Articles, in chunks, from one shared queue: each thread takes the next chunk, builds
 *    its Documents, runs the article rules and keeps the Documents; workers send back small
 *    results (the article's report and its clustering features). Chunks keep articles that
 *    likely belong to one story together (localityChunks), so phase 2 rarely builds a
 *    Document twice.
 * 2. Stories: this thread groups the articles from the features (the same clustering as
 *    analyzeDocuments), assigns each group to a thread (mostly the one that holds its
 *    Documents, balanced by load), then every thread, this one included, runs the story
 *    rules of its groups (see ./worker.ts).
 *
 * Results are the same as with one job: same flags, same order, same scores, same groups.
 */
import { randomUUID } from 'node:crypto';
import { Piscina } from 'piscina';
import { applyToReport } from '../config/apply.js';
import type { Linter } from '../config/linter.js';
import type { NewslintConfig } from '../config/schema.js';
import { groupStoriesByFeatures } from '../engine/story.js';
import { byPosition } from '../engine/run.js';
import { score } from '../engine/score.js';
import type { Article, ClusterMode, Report } from '../schema.js';
import analyzeChunk, { release, type ArticleResult, type StoryResult, type WorkerTask } from './worker.js';

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
  /** Articles per chunk: small enough to balance the load, large enough to amortise the messages. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Cost of building a Document again, relative to running the story rules on it (measured: ~2.5x). */
const REBUILD = 2.5;

/**
 * Which thread runs each story group. A group costs its size on a thread that holds all
 * its Documents, plus REBUILD per Document held elsewhere. Each group starts on the thread
 * holding most of its Documents (the first such, in group order); then groups move from
 * the busiest thread to the least busy one, cheapest moves first, while the move leaves
 * the second below the first. Only timing depends on this, never results.
 */
function assignOwners(groups: readonly (readonly number[])[], threads: readonly number[]): Int32Array {
  const ids = [...new Set(threads)];
  const slot = new Map(ids.map((t, s) => [t, s]));
  // held[k][s]: how many of group k's Documents thread slot s holds.
  const held = groups.map((g) => {
    const count = new Array<number>(ids.length).fill(0);
    for (const i of g) {
      const s = slot.get(threads[i]!)!;
      count[s] = count[s]! + 1;
    }
    return count;
  });
  const cost = (k: number, s: number) => groups[k]!.length + REBUILD * (groups[k]!.length - held[k]![s]!);
  const owner = groups.map((g, k) => {
    let best = slot.get(threads[g[0]!]!)!;
    held[k]!.forEach((n, s) => {
      if (n > held[k]![best]!) best = s;
    });
    return best;
  });
  const load = new Array<number>(ids.length).fill(0);
  owner.forEach((s, k) => (load[s] = load[s]! + cost(k, s)));
  for (let round = 0; round < ids.length * 4; round++) {
    const hi = load.indexOf(Math.max(...load));
    const lo = load.indexOf(Math.min(...load));
    if (hi === lo) break;
    const candidates = owner.flatMap((s, k) => (s === hi ? [k] : [])).sort((x, y) => cost(x, lo) - cost(x, hi) - (cost(y, lo) - cost(y, hi)) || x - y);
    let moved = false;
    for (const k of candidates) {
      if (load[lo]! + cost(k, lo) >= load[hi]! - cost(k, hi)) continue;
      load[hi] = load[hi]! - cost(k, hi);
      load[lo] = load[lo]! + cost(k, lo);
      owner[k] = lo;
      moved = true;
    }
    if (!moved) break;
  }
  return Int32Array.from(owner, (s) => ids[s]!);
}

/** Capitalised words: a cheap guess at the names a story's articles share. */
const NAME = /\b[A-Z][a-z]{2,}\b/g;

/**
 * Chunks of article indexes that keep likely stories together, so the story phase finds
 * most of a group's Documents on one thread instead of building them again. A cheap
 * guess from the raw text, before any Document exists: articles that share one of their
 * rarest capitalised words (found in 2 to a few articles) go in one bundle; bundles are
 * packed into chunks of about `size`, in order of their first article. A wrong guess only
 * costs time: results never depend on where an article was read.
 */
function localityChunks(list: readonly Article[], size: number): number[][] {
  const names = list.map((a) => [...new Set(a.text.match(NAME) ?? [])]);
  const df = new Map<string, number>();
  for (const ns of names) for (const w of ns) df.set(w, (df.get(w) ?? 0) + 1);
  const cap = Math.max(8, Math.ceil(list.length / 100));
  const parent = list.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const first = new Map<string, number>();
  names.forEach((ns, i) => {
    const rare = ns.filter((w) => df.get(w)! >= 2 && df.get(w)! <= cap).sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    for (const w of rare.slice(0, 4)) {
      const j = first.get(w);
      if (j === undefined) first.set(w, i);
      else parent[find(i)] = find(j);
    }
  });
  const bundles = new Map<number, number[]>();
  list.forEach((_, i) => {
    const r = find(i);
    const b = bundles.get(r);
    if (b) b.push(i);
    else bundles.set(r, [i]);
  });
  const chunks: number[][] = [];
  let current: number[] = [];
  for (const b of bundles.values()) {
    // A bundle that chained into something large is cut, to keep the load balanced.
    if (b.length > size * 2) {
      for (let i = 0; i < b.length; i += size) chunks.push(b.slice(i, i + size));
      continue;
    }
    current.push(...b);
    if (current.length >= size) {
      chunks.push(current);
      current = [];
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** Let pending callbacks (finished worker tasks) run between two chunks on this thread. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function analyzeInPool(
  articles: readonly Article[],
  linter: Linter,
  config: NewslintConfig,
  cluster: ClusterMode,
  options: PoolOptions,
): Promise<Report> {
  const { filename, execArgv } = workerFile();
  const jobs = Math.max(1, options.jobs);
  // N jobs: N-1 workers plus this thread, which is warm and works while the workers start.
  const workers = jobs - 1;
  // Workers must outlive the pause between the phases: their Documents are the cache.
  const pool = workers > 0 ? new Piscina<WorkerTask, ArticleResult[] | StoryResult[]>({ filename, execArgv, minThreads: workers, maxThreads: workers, idleTimeout: 30_000 }) : undefined;
  const chunk = options.chunk ?? Math.max(1, Math.min(8, Math.ceil(articles.length / (jobs * 8))));
  const run = randomUUID();
  const list = [...articles];
  let done = 0;
  try {
    const keep = cluster !== 'none' && list.length > 1;
    // One shared queue of chunks: this thread and the workers each take the next one.
    const chunks = keep ? localityChunks(list, chunk) : Array.from({ length: Math.ceil(list.length / chunk) }, (_, k) => list.slice(k * chunk, (k + 1) * chunk).map((_, m) => k * chunk + m));
    // Results by article index: chunks finish in any order, on any thread.
    const byIndex: ArticleResult[] = new Array(list.length);
    let next = 0;
    const taskOf = (k: number): WorkerTask => ({ kind: 'articles', run, config, articles: chunks[k]!.map((i) => list[i]!), keep });
    const finished = (k: number, r: ArticleResult[]) => {
      r.forEach((x, m) => (byIndex[chunks[k]![m]!] = x));
      done += r.length;
      options.onProgress?.(done, list.length);
    };
    // Two feeders per worker, so a worker has its next chunk queued when it finishes one.
    const feeders = Array.from({ length: pool ? workers * 2 : 0 }, async () => {
      while (next < chunks.length) {
        const k = next++;
        finished(k, (await pool!.run(taskOf(k))) as ArticleResult[]);
      }
    });
    const fed = Promise.all(feeders);
    // A failed worker task ends the queue; the failure is thrown by `await fed` below (and
    // must not count as unhandled meanwhile).
    fed.catch(() => {
      next = chunks.length;
    });
    while (next < chunks.length) {
      const k = next++;
      finished(k, analyzeChunk(taskOf(k)) as ArticleResult[]);
      await yieldToEvents();
    }
    await fed;
    const results = byIndex;
    const groups = keep ? groupStoriesByFeatures(results.map((r) => r.features!), cluster) : groupStoriesByFeatures(results.map(() => ({ terms: new Map() })), cluster);

    // Story rules need at least two articles; only such groups are run.
    const multi = groups.map((g, k) => ({ g, k })).filter(({ g }) => g.length > 1);
    const story = new Map<number, StoryResult['results']>();
    if (multi.length) {
      const threads = results.map((r) => r.thread);
      const storyGroups = multi.map(({ g }) => g);
      const owners = assignOwners(storyGroups, threads);
      const claims = new Int32Array(new SharedArrayBuffer(4 * storyGroups.length));
      const task: WorkerTask = { kind: 'stories', run, config, articles: list, groups: storyGroups, owners, claims };
      // One task per thread, this one included; each claims groups until none is left.
      const sent = Array.from({ length: workers }, () => pool!.run(task) as Promise<StoryResult[]>);
      const all = Promise.all(sent);
      all.catch(() => {});
      const mine = analyzeChunk(task) as StoryResult[];
      for (const r of [...mine, ...(await all).flat()]) story.set(multi[r.group]!.k, r.results);
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
    release(run);
    await pool?.destroy();
  }
}
