/**
 * A pool worker: builds Documents and runs the article rules for a chunk of articles.
 * The story rules (cross-source) need every article at once, so they run in the main
 * thread afterwards (see ./pool.ts). The config arrives as plain data and is compiled
 * once per worker.
 */
import { createLinter, type Linter } from '../config/linter.js';
import type { NewslintConfig } from '../config/schema.js';
import type { Document } from '../document/types.js';
import { runArticleRules, type RuleResults } from '../engine/run.js';
import type { Article } from '../schema.js';

export interface WorkerTask {
  config: NewslintConfig;
  articles: Article[];
}

export interface WorkerResult {
  doc: Document;
  results: RuleResults;
}

let cache: { key: string; linter: Linter } | undefined;

export default function analyzeChunk(task: WorkerTask): WorkerResult[] {
  const key = JSON.stringify(task.config);
  if (cache?.key !== key) cache = { key, linter: createLinter(task.config) };
  const { linter } = cache;
  return task.articles.map((article) => {
    const doc = linter.document(article);
    return { doc, results: runArticleRules(doc, linter.resolved.active) };
  });
}
