/**
 * `--jobs N`: the work spread over N threads, this one and N-1 piscina workers, in two
 * phases. This thread takes part because it is warm: it works at full speed while the
 * workers start (~0.5-1 s) and while their JIT is still cold.
 *
 * 1. Articles, in chunks, from one shared queue: each thread takes the next chunk, builds
 *    its Documents, runs the article rules and keeps the Documents; workers send back small
 *    results (the article's report and its clustering features). Chunks are made of
 *    bundles of articles that likely belong to one story (localityChunks), so phase 2
 *    rarely builds a Document twice. This thread leaves the last chunks (RESERVE) to the
 *    workers and runs the story rules of its own bundles ahead of time meanwhile.
 * 2. Stories: this thread groups the articles from the features (the same clustering as
 *    analyzeDocuments) while the workers run their bundles ahead (a bundle that is exactly
 *    a group has its results ready); it assigns each group to a thread (mostly the one
 *    that holds its Documents, balanced by load), then every thread, this one included,
 *    runs the story rules of its groups (see ./worker.ts).
 *
 * The pool outlives a call (see acquire): the next call finds its workers started and
 * their code compiled. Results are the same as with one job: same flags, same order, same
 * scores, same groups.
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { threadId } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { applyToReport } from '../config/apply.js';
import type { Linter } from '../config/linter.js';
import type { NewslintConfig } from '../config/schema.js';
import { groupStoriesByFeatures } from '../engine/story.js';
import { byPosition } from '../engine/run.js';
import { score } from '../engine/score.js';
import type { Article, ClusterMode, Report } from '../schema.js';
import analyzeChunk, { release, runAhead, type ArticleResult, type StoryResult, type WorkerTask } from './worker.js';

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
 * its Documents (nothing if that thread already ran it, `ready`), plus REBUILD per
 * Document held elsewhere. Each group starts on the thread
 * holding most of its Documents (the first such, in group order); then groups move from
 * the busiest thread to the least busy one, cheapest moves first, while the move leaves
 * the second below the first. Only timing depends on this, never results.
 */
function assignOwners(groups: readonly (readonly number[])[], threads: readonly number[], ready: readonly boolean[]): Int32Array {
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
  // A group whose results its holder ran ahead of time (see speculate in ./worker.ts) costs that thread nothing.
  const cost = (k: number, s: number) => (ready[k] && held[k]![s] === groups[k]!.length ? 0 : groups[k]!.length + REBUILD * (groups[k]!.length - held[k]![s]!));
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
      // A move must lighten the busiest thread (a group it ran ahead costs it nothing) and leave it the busier.
      if (cost(k, hi) === 0 || load[lo]! + cost(k, lo) >= load[hi]! - cost(k, hi)) continue;
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
/** What may come just before a sentence or a quote starts. */
const OPENER = /[.!?:;"'\u201c\u201d\u2018\u2019(\n]/;

/**
 * The capitalised words of `text` that are not the first word of a sentence, a line or a
 * quote: those are mostly names; a sentence-initial capital is any word, and two
 * unrelated articles share some by chance.
 */
function namesOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(NAME)) {
    let j = m.index - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    if (j < 0 || OPENER.test(text[j]!)) continue;
    out.add(m[0]);
  }
  return [...out];
}

/** How many of an article's rarest names link it to other articles. */
const LINK_NAMES = 8;

/** Article indexes read together, made of whole bundles of likely stories (their sizes, in order). */
export interface Chunk {
  indexes: number[];
  bundles: number[];
}

/**
 * Chunks of article indexes that keep likely stories together, so the story phase finds
 * most of a group's Documents on one thread instead of building them again. A cheap
 * guess from the raw text, before any Document exists: articles that share one of their
 * rarest names (found in 2 to a few articles) go in one bundle; bundles are
 * packed into chunks of about `size`, in order of their first article. A wrong guess only
 * costs time: results never depend on where an article was read.
 */
export function localityChunks(list: readonly Article[], size: number): Chunk[] {
  const names = list.map((a) => namesOf(a.text));
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
    for (const w of rare.slice(0, LINK_NAMES)) {
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
  const chunks: Chunk[] = [];
  let current: Chunk = { indexes: [], bundles: [] };
  for (const b of bundles.values()) {
    // A bundle that chained into something large is cut, to keep the load balanced.
    if (b.length > size * 2) {
      for (let i = 0; i < b.length; i += size) {
        const part = b.slice(i, i + size);
        chunks.push({ indexes: part, bundles: [part.length] });
      }
      continue;
    }
    current.indexes.push(...b);
    current.bundles.push(b.length);
    if (current.indexes.length >= size) {
      chunks.push(current);
      current = { indexes: [], bundles: [] };
    }
  }
  if (current.indexes.length) chunks.push(current);
  return chunks;
}

/** Plain chunks in batch order, when no story phase follows. */
function plainChunks(count: number, size: number): Chunk[] {
  return Array.from({ length: Math.ceil(count / size) }, (_, k) => {
    const indexes = Array.from({ length: Math.min(size, count - k * size) }, (_, m) => k * size + m);
    return { indexes, bundles: [indexes.length] };
  });
}

/**
 * Tasks sent to a worker before it finished the previous one: it starts its next chunk at
 * once instead of waiting for this thread, busy with a chunk of its own, to hand it one.
 */
const IN_FLIGHT = 3;

/**
 * Share of the chunks, per worker, that this thread leaves to the workers: it forms the
 * story groups alone afterwards, while the workers run their bundles ahead; an even
 * split of the articles would leave the workers short of work then. About the time of
 * the grouping over the time of the article phase (measured: ~0.25-0.5 s / 2.5 s on 1,000 articles).
 */
const RESERVE = 0.1;

/** Let pending callbacks (finished worker tasks) run between two steps of this thread's own work. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

type Pool = Piscina<WorkerTask, ArticleResult[] | StoryResult[] | number>;

/**
 * How long a pool with nothing to do keeps its threads. Starting a worker costs ~0.5-1 s
 * (loading wink's model, compiling) and a new worker runs cold code, so calls that follow
 * each other (a library user, the benchmark's warm-up then its run) share one pool.
 * Idle workers never keep the process alive: piscina unrefs them, and the timer is unref'd.
 */
const IDLE_MS = 30_000;

interface Shared {
  key: string;
  pool: Pool;
  /** Calls using the pool now; the idle timer runs only when there are none. */
  users: number;
  timer?: NodeJS.Timeout;
}
let shared: Shared | undefined;

function createPool(workers: number): Pool {
  const { filename, execArgv } = workerFile();
  // Workers must outlive the pause between the phases: their Documents are the cache.
  const pool: Pool = new Piscina({ filename, execArgv, minThreads: workers, maxThreads: workers, idleTimeout: IDLE_MS, concurrentTasksPerWorker: IN_FLIGHT });
  // A worker that dies while idle: piscina replaces it; the next task would report a real failure.
  pool.on('error', () => {});
  return pool;
}

function poolKey(workers: number): string {
  const { filename, execArgv } = workerFile();
  return JSON.stringify([filename, execArgv, workers]);
}

function dropShared(s: Shared): void {
  if (shared === s) shared = undefined;
  clearTimeout(s.timer);
  void s.pool.destroy();
}

/**
 * The shared pool with `workers` threads, started if needed. A call that wants another
 * size while the shared pool is busy gets a pool of its own, destroyed after the call.
 */
function acquire(workers: number): { pool: Pool; done: (failed: boolean) => void } {
  const key = poolKey(workers);
  if (shared && shared.key !== key && shared.users === 0) dropShared(shared);
  if (!shared) shared = { key, pool: createPool(workers), users: 0 };
  if (shared.key !== key) {
    const pool = createPool(workers);
    return { pool, done: () => void pool.destroy() };
  }
  const s = shared;
  clearTimeout(s.timer);
  s.users++;
  return {
    pool: s.pool,
    done(failed) {
      s.users--;
      // After a failure the pool may be in a bad state (a worker that cannot start): the
      // next call starts afresh; this one goes once no call uses it.
      if (failed && shared === s) shared = undefined;
      if (s.users > 0) return;
      if (shared !== s) return dropShared(s);
      s.timer = setTimeout(() => s.users === 0 && dropShared(s), IDLE_MS);
      s.timer.unref();
    },
  };
}

/**
 * Start the shared pool for `jobs` before there is work for it, e.g. while a CLI reads its
 * inputs, so the workers have loaded by the time the articles arrive.
 */
export function startPool(jobs: number): void {
  const workers = Math.max(1, jobs) - 1;
  if (workers === 0) return;
  acquire(workers).done(false);
}

/** Stop the shared pool's threads now (tests, a CLI about to exit). Call it when no analyzeInPool call is running. */
export async function closePool(): Promise<void> {
  const s = shared;
  if (!s) return;
  shared = undefined;
  clearTimeout(s.timer);
  await s.pool.destroy();
}

/**
 * The shared pool's worker threads, and how many runs each still keeps Documents for
 * (none once every call has finished); undefined when no pool is running. For tests.
 */
export async function sharedPoolState(): Promise<{ threadIds: number[]; keptRuns: number[] } | undefined> {
  if (!shared) return undefined;
  const { pool } = shared;
  const keptRuns = await Promise.all(pool.threads.map(() => pool.run({ kind: 'kept' }) as Promise<number>));
  return { threadIds: pool.threads.map((t) => t.threadId).sort((a, b) => a - b), keptRuns };
}

/** Where the time of the last analyzeInPool call went (ms since its start), for the benchmark. */
export interface PoolTimings {
  /** Every article's report and features are back. */
  articles: number;
  /** Story groups are formed. */
  grouped: number;
  /** Story rules are done. */
  stories: number;
  total: number;
  /** Article chunks this thread read, out of `chunks`. */
  ownChunks: number;
  chunks: number;
  /** Story groups run, and Documents built a second time because they lived on another thread. */
  storyGroups: number;
  rebuilt: number;
  /** Bundles run ahead of time (see speculate in ./worker.ts), and how many of them were story groups. */
  ahead: number;
  early: number;
}
export let lastPoolTimings: PoolTimings | undefined;

export async function analyzeInPool(
  articles: readonly Article[],
  linter: Linter,
  config: NewslintConfig,
  cluster: ClusterMode,
  options: PoolOptions,
): Promise<Report> {
  const jobs = Math.max(1, options.jobs);
  // N jobs: N-1 workers plus this thread, which is warm and works while the workers start.
  const workers = jobs - 1;
  const lease = workers > 0 ? acquire(workers) : undefined;
  const pool = lease?.pool;
  const chunk = options.chunk ?? Math.max(1, Math.min(8, Math.ceil(articles.length / (jobs * 8))));
  const run = randomUUID();
  const list = [...articles];
  const t0 = performance.now();
  const timings: PoolTimings = { articles: 0, grouped: 0, stories: 0, total: 0, ownChunks: 0, chunks: 0, storyGroups: 0, rebuilt: 0, ahead: 0, early: 0 };
  let done = 0;
  let failed = true;
  try {
    const keep = cluster !== 'none' && list.length > 1;
    // One shared queue of chunks: this thread and the workers each take the next one.
    const chunks = keep ? localityChunks(list, chunk) : plainChunks(list.length, chunk);
    timings.chunks = chunks.length;
    // Results by article index: chunks finish in any order, on any thread.
    const byIndex: ArticleResult[] = new Array(list.length);
    let next = 0;
    const taskOf = (k: number): WorkerTask => {
      const { indexes, bundles } = chunks[k]!;
      return { kind: 'articles', run, config, articles: indexes.map((i) => list[i]!), keep, indexes, bundles };
    };
    const finished = (k: number, r: ArticleResult[]) => {
      r.forEach((x, m) => (byIndex[chunks[k]!.indexes[m]!] = x));
      done += r.length;
      options.onProgress?.(done, list.length);
    };
    // A few chunks in flight per worker, so it has its next one at hand when it finishes one.
    const feeders = Array.from({ length: pool ? workers * IN_FLIGHT : 0 }, async () => {
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
    let fedDone = false;
    fed.then(
      () => (fedDone = true),
      () => (fedDone = true),
    );
    // Story rules run ahead of time on bundles (see speculate in ./worker.ts), only where
    // bundles can be story groups. This thread forms the groups after the articles, so it
    // leaves the last chunks to the workers and runs its own bundles ahead meanwhile.
    const early = keep && cluster === 'auto';
    const ahead = new Uint8Array(new SharedArrayBuffer(list.length));
    const reserve = early && pool ? Math.min(Math.floor(chunks.length / 2), Math.ceil(chunks.length * RESERVE * workers)) : 0;
    for (;;) {
      const left = chunks.length - next;
      if (left === 0 && fedDone) break;
      // Within the reserve, or once every chunk is taken, a bundle ahead if one is left.
      if (left <= reserve && early && runAhead(run, config, ahead)) {
        timings.ahead++;
      } else if (left > 0) {
        const k = next++;
        timings.ownChunks++;
        finished(k, analyzeChunk(taskOf(k)) as ArticleResult[]);
      } else break;
      await yieldToEvents();
    }
    await fed;
    timings.articles = performance.now() - t0;
    const results = byIndex;

    // While this thread forms the groups, the workers run the story rules on their bundles.
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const speculating = Promise.all(early && pool ? Array.from({ length: workers }, () => pool.run({ kind: 'speculate', run, config, stop, done: ahead })) : []);
    speculating.catch(() => {});
    let groups: number[][];
    try {
      groups = keep ? groupStoriesByFeatures(results.map((r) => r.features!), cluster) : groupStoriesByFeatures(results.map(() => ({ terms: new Map() })), cluster);
    } finally {
      Atomics.store(stop, 0, 1);
    }
    timings.grouped = performance.now() - t0;

    // Story rules need at least two articles; only such groups are run.
    const multi = groups.map((g, k) => ({ g, k })).filter(({ g }) => g.length > 1);
    const story = new Map<number, StoryResult['results']>();
    // Workers that kept Documents get a story task even with no group to run: it releases them.
    if (multi.length || (keep && pool)) {
      const threads = results.map((r) => r.thread);
      const storyGroups = multi.map(({ g }) => g);
      // A group that is exactly a bundle its holder ran ahead of time costs it nothing.
      const bundleOf = new Map<number, string>();
      for (const c of chunks) {
        let at = 0;
        for (const size of c.bundles) {
          const b = c.indexes.slice(at, (at += size));
          bundleOf.set(b[0]!, b.join(','));
        }
      }
      const ready = storyGroups.map((g) => g.every((i) => Atomics.load(ahead, i) === 1) && bundleOf.get(g[0]!) === g.join(','));
      const owners = assignOwners(storyGroups, threads, ready);
      // Workers get the articles they may have to build again: those of the groups they
      // run but do not hold, and of the last groups, which they may help with.
      const wanted = new Array<Article | undefined>(list.length);
      let tail = Math.ceil(list.length / 10);
      for (let k = storyGroups.length - 1; k >= 0; k--) {
        const g = storyGroups[k]!;
        const help = tail > 0;
        tail -= g.length;
        for (const i of g) if ((help || owners[k] !== threadId) && threads[i] !== owners[k]) wanted[i] = list[i];
      }
      const claims = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, storyGroups.length)));
      const readyFlags = Uint8Array.from(ready, (r) => (r ? 1 : 0));
      const task = (articles: (Article | undefined)[]): WorkerTask => ({ kind: 'stories', run, config, articles, groups: storyGroups, owners, claims, ready: readyFlags });
      // One task per thread, this one included; each claims groups until none is left.
      const sent = Array.from({ length: workers }, () => pool!.run(task(wanted)) as Promise<StoryResult[]>);
      const all = Promise.all(sent);
      all.catch(() => {});
      const mine = analyzeChunk(task(list)) as StoryResult[];
      for (const r of [...mine, ...(await all).flat()]) {
        story.set(multi[r.group]!.k, r.results);
        timings.storyGroups++;
        timings.rebuilt += r.rebuilt;
        if (r.early) timings.early++;
      }
    }
    timings.ahead += (await speculating).reduce((n: number, x) => n + (x as number), 0);
    timings.stories = performance.now() - t0;

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
    const out = applyToReport(report, new Map(list.map((a) => [a.id, a.text])), linter.resolved);
    timings.total = performance.now() - t0;
    lastPoolTimings = timings;
    failed = false;
    return out;
  } finally {
    release(run);
    lease?.done(failed);
  }
}
