/**
 * A pool worker. Two kinds of task (see ./pool.ts):
 *
 * - `articles`: build the Documents of a chunk and run the article rules; send back only
 *   each article's report (flags, diagnostics, quotes) and its clustering features,
 *   never the Document (a structured clone of every token costs more than it saves).
 *   The Documents stay in this worker, for the story phase.
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
import { runArticleRules, runStoryRules, type RuleResults } from '../engine/run.js';
import type { Article, ArticleReport } from '../schema.js';

export interface ArticleTask {
  kind: 'articles';
  /** One analyzeInPool call: Documents kept for it are dropped when another run starts. */
  run: string;
  config: NewslintConfig;
  articles: Article[];
  /** Keep the Documents and return clustering features (a story phase follows). */
  keep: boolean;
}

export interface ArticleResult {
  report: ArticleReport;
  features?: ClusterFeatures;
  /** The thread that holds the Document. */
  thread: number;
}

export interface StoryTask {
  kind: 'stories';
  run: string;
  config: NewslintConfig;
  /** Every article of the batch, by index; groups refer to them. */
  articles: Article[];
  groups: number[][];
  /** Thread that holds most of each group's Documents. */
  owners: Int32Array;
  /** One Int32 per group over a SharedArrayBuffer: 0 free, 1 claimed. */
  claims: Int32Array;
}

/** Story results of one group: per member (same order as the group), its flags and diagnostics. */
export interface StoryResult {
  group: number;
  results: RuleResults[];
}

export type WorkerTask = ArticleTask | StoryTask;

let cache: { key: string; linter: Linter } | undefined;
let kept: { run: string; docs: Map<string, Document> } = { run: '', docs: new Map() };

function linterFor(config: NewslintConfig): Linter {
  const key = JSON.stringify(config);
  if (cache?.key !== key) cache = { key, linter: createLinter(config) };
  return cache.linter;
}

function keptDocs(run: string): Map<string, Document> {
  if (kept.run !== run) kept = { run, docs: new Map() };
  return kept.docs;
}

function analyzeArticles(task: ArticleTask): ArticleResult[] {
  const linter = linterFor(task.config);
  const docs = task.keep ? keptDocs(task.run) : undefined;
  return task.articles.map((article) => {
    const doc = linter.document(article);
    const own = runArticleRules(doc, linter.resolved.active);
    docs?.set(article.id, doc);
    return { report: toReport(doc, own.flags, own.diagnostics), features: task.keep ? clusterFeatures(doc) : undefined, thread: threadId };
  });
}

function analyzeStories(task: StoryTask): StoryResult[] {
  const linter = linterFor(task.config);
  const docs = keptDocs(task.run);
  const out: StoryResult[] = [];
  const runGroup = (g: number) => {
    if (Atomics.compareExchange(task.claims, g, 0, 1) !== 0) return;
    const members = task.groups[g]!.map((i) => {
      const article = task.articles[i]!;
      return docs.get(article.id) ?? linter.document(article);
    });
    const story = runStoryRules(members, linter.resolved.active);
    out.push({ group: g, results: members.map((d) => story.get(d.article.id)!) });
    // Each group runs once: its Documents are not needed again.
    for (const d of members) docs.delete(d.article.id);
  };
  for (let g = 0; g < task.groups.length; g++) if (task.owners[g] === threadId) runGroup(g);
  // Then help with the rest, from the end, so two helpers rarely meet.
  for (let g = task.groups.length - 1; g >= 0; g--) runGroup(g);
  return out;
}

/** Drop the Documents kept for `run` (the main thread calls this when it took part in the run). */
export function release(run: string): void {
  if (kept.run === run) kept = { run: '', docs: new Map() };
}

export default function analyzeChunk(task: WorkerTask): ArticleResult[] | StoryResult[] {
  return task.kind === 'articles' ? analyzeArticles(task) : analyzeStories(task);
}
