/**
 * A pool worker. Three kinds of task (see ./pool.ts):
 *
 * - `articles`: build the Documents of a chunk and run the article rules; send back only
 *   each article's report (flags, diagnostics, quotes) and its clustering features,
 *   never the Document (a structured clone of every token costs more than it saves).
 *   The Documents stay in this worker, for the story phase.
 * - `speculate`: while the main thread forms the story groups, run the story rules on the
 *   bundles of likely stories this worker read (see localityChunks in ./pool.ts), until
 *   the main thread raises `stop`. A bundle that turns out to be exactly a story group
 *   (same articles, same order) has its results ready: story rules read nothing but the
 *   group's Documents, so they are the same results. Other bundles cost only time the
 *   worker would have spent waiting.
 * - `stories`: run the story rules on groups the main thread formed from the features.
 *   A worker first takes the groups assigned to it (mostly those whose articles it
 *   holds; see assignOwners in ./pool.ts), then any group no
 *   other worker has claimed yet (claims are atomic in shared memory, so each group runs
 *   once whatever the scheduling). An article this worker does not hold is built again:
 *   Documents are deterministic, so results are the same as with one job.
 *
 * The config arrives as plain data and is compiled once per worker.
 *
 * The main thread runs this same module in-process for its own share of the chunks and
 * groups (its threadId is 0), so it keeps its Documents here too.
 */
import { threadId } from 'node:worker_threads';
import { createLinter, type Linter } from '../config/linter.js';
import type { NewslintConfig } from '../config/schema.js';
import type { Document } from '../document/types.js';
import { clusterFeatures, type ClusterFeatures } from '../engine/cluster.js';
import { toReport } from '../engine/pipeline.js';
import { articleRules } from '../engine/pipeline.js';
import { runStoryRules, type RuleResults } from '../engine/run.js';
import type { Article, ArticleReport } from '../schema.js';

export interface ArticleTask {
  kind: 'articles';
  /** One analyzeInPool call: the Documents kept for it are released after its story phase. */
  run: string;
  config: NewslintConfig;
  articles: Article[];
  /** Keep the Documents and return clustering features (a story phase follows). */
  keep: boolean;
  /** Each article's index in the batch. */
  indexes: number[];
  /** Sizes of the bundles of likely stories the chunk is made of, in order (they add up to the chunk). */
  bundles: number[];
}

export interface ArticleResult {
  report: ArticleReport;
  features?: ClusterFeatures;
  /** The thread that holds the Document. */
  thread: number;
}

export interface SpeculateTask {
  kind: 'speculate';
  run: string;
  config: NewslintConfig;
  /** One Int32 over a SharedArrayBuffer: the main thread sets it to 1 when the groups are formed. */
  stop: Int32Array;
  /** One byte per article over a SharedArrayBuffer: 1 once its bundle's story rules have run here. */
  done: Uint8Array;
}

export interface StoryTask {
  kind: 'stories';
  run: string;
  config: NewslintConfig;
  /** Articles of the batch by index, where this thread may need them (a Document to build again). */
  articles: (Article | undefined)[];
  groups: number[][];
  /** Thread that holds most of each group's Documents. */
  owners: Int32Array;
  /** One Int32 per group over a SharedArrayBuffer: 0 free, 1 claimed. */
  claims: Int32Array;
  /** 1 for a group its owner ran ahead of time: no other thread should help with it. */
  ready: Uint8Array;
}

/** Story results of one group: per member (same order as the group), its flags and diagnostics. */
export interface StoryResult {
  group: number;
  results: RuleResults[];
  /** How many of the group's Documents this thread had to build again (timing only). */
  rebuilt: number;
  /** The results were run ahead of time. */
  early: boolean;
}

/** How many runs this thread still keeps Documents for (tests check that runs release them). */
export interface KeptTask {
  kind: 'kept';
}

export type WorkerTask = ArticleTask | SpeculateTask | StoryTask | KeptTask;

/** What a thread keeps of one run until its story phase is over. */
interface KeptRun {
  /** Documents by article index. */
  docs: Map<number, Document>;
  /** Bundles of likely stories read here, as article indexes in batch order. */
  bundles: number[][];
  /** The next bundle to run ahead of time. */
  next: number;
  /** Story results run ahead of time, by the bundle's indexes joined with ','. */
  ahead: Map<string, RuleResults[]>;
}

let cache: { key: string; linter: Linter } | undefined;
/**
 * Runs in progress on this thread. A pool lives across calls (see ./pool.ts) and two
 * calls may overlap, so each run has its own; the oldest is dropped past MAX_RUNS (a run
 * whose story phase never came: an error, or no story task reached this thread). A
 * dropped run only costs time: a missing Document is built again.
 */
const kept = new Map<string, KeptRun>();
const MAX_RUNS = 4;

function linterFor(config: NewslintConfig): Linter {
  const key = JSON.stringify(config);
  if (cache?.key !== key) cache = { key, linter: createLinter(config) };
  return cache.linter;
}

function keptRun(run: string): KeptRun {
  let found = kept.get(run);
  if (!found) {
    found = { docs: new Map(), bundles: [], next: 0, ahead: new Map() };
    kept.set(run, found);
    for (const old of kept.keys()) if (kept.size > MAX_RUNS) kept.delete(old);
  }
  return found;
}

function analyzeArticles(task: ArticleTask): ArticleResult[] {
  const linter = linterFor(task.config);
  const mine = task.keep ? keptRun(task.run) : undefined;
  if (mine) {
    let at = 0;
    for (const size of task.bundles) mine.bundles.push(task.indexes.slice(at, (at += size)));
  }
  return task.articles.map((article, m) => {
    const doc = linter.document(article);
    const own = articleRules(doc, linter.resolved.active, !!mine);
    mine?.docs.set(task.indexes[m]!, doc);
    return { report: toReport(doc, own.flags, own.diagnostics), features: task.keep ? clusterFeatures(doc) : undefined, thread: threadId };
  });
}

/**
 * Run the story rules of this thread's next bundle of `run` ahead of time (see
 * `speculate` above), marking its articles in `done`; false when no bundle is left.
 */
export function runAhead(run: string, config: NewslintConfig, done: Uint8Array): boolean {
  const mine = kept.get(run);
  if (!mine) return false;
  const linter = linterFor(config);
  while (mine.next < mine.bundles.length) {
    const bundle = mine.bundles[mine.next++]!;
    if (bundle.length < 2) continue;
    const docs = bundle.map((i) => mine.docs.get(i));
    if (docs.some((d) => !d)) continue;
    const story = runStoryRules(docs as Document[], linter.resolved.active);
    mine.ahead.set(bundle.join(','), (docs as Document[]).map((d) => story.get(d.article.id)!));
    for (const i of bundle) Atomics.store(done, i, 1);
    return true;
  }
  return false;
}

function speculate(task: SpeculateTask): number {
  let ran = 0;
  while (Atomics.load(task.stop, 0) === 0 && runAhead(task.run, task.config, task.done)) ran++;
  return ran;
}

function analyzeStories(task: StoryTask): StoryResult[] {
  const linter = linterFor(task.config);
  const mine = keptRun(task.run);
  const out: StoryResult[] = [];
  const runGroup = (g: number) => {
    if (Atomics.compareExchange(task.claims, g, 0, 1) !== 0) return;
    const group = task.groups[g]!;
    const ready = mine.ahead.get(group.join(','));
    if (ready) {
      out.push({ group: g, results: ready, rebuilt: 0, early: true });
    } else {
      let rebuilt = 0;
      const members = group.map((i) => {
        const doc = mine.docs.get(i);
        if (doc) return doc;
        rebuilt++;
        return linter.document(task.articles[i]);
      });
      const story = runStoryRules(members, linter.resolved.active);
      out.push({ group: g, results: members.map((d) => story.get(d.article.id)!), rebuilt, early: false });
    }
    // Each group runs once: its Documents are not needed again.
    for (const i of group) mine.docs.delete(i);
  };
  // Help only where it saves time: not with a group whose results its owner has ready,
  // nor with one whose articles this thread was not sent.
  const mayHelp = (g: number) => task.ready[g] !== 1 && task.groups[g]!.every((i) => mine.docs.has(i) || task.articles[i] !== undefined);
  for (let g = 0; g < task.groups.length; g++) if (task.owners[g] === threadId) runGroup(g);
  // Then help with the rest, from the end, so two helpers rarely meet.
  for (let g = task.groups.length - 1; g >= 0; g--) if (mayHelp(g)) runGroup(g);
  // Every group this thread may run is claimed now: it needs none of the run's Documents again.
  release(task.run);
  return out;
}

/** Drop what this thread kept for `run`. */
export function release(run: string): void {
  kept.delete(run);
}

export default function analyzeChunk(task: WorkerTask): ArticleResult[] | StoryResult[] | number {
  switch (task.kind) {
    case 'articles':
      return analyzeArticles(task);
    case 'speculate':
      return speculate(task);
    case 'stories':
      return analyzeStories(task);
    case 'kept':
      return kept.size;
  }
}
