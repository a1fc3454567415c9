/**
 * A linter bound to one config: the built-in rules plus house rules, presets, lexicon
 * entries, overrides and suppressions, all applied. Pure (no file system): give it a
 * config object, or the `config` of loadConfig()'s result.
 */
import { analyzeDocuments, articleRules, keepsDocuments, parseArticle, runStories } from '../engine/pipeline.js';
import { buildDocument } from '../document/index.js';
import type { Document } from '../document/types.js';
import type { Rule } from '../engine/rule.js';
import type { RuleResults } from '../engine/run.js';
import { DOCUMENT_TIMING, timed, timeRules, type RuleTimings } from '../engine/timing.js';
import { IdRegistry, NewslintInputError } from '../errors.js';
import type { ArticleInput, ArticleReport, ClusterMode, Report, Severity } from '../schema.js';
import { applyToReport } from './apply.js';
import { resolveConfig, type ResolvedConfig } from './resolve.js';
import type { NewslintConfig, NewslintConfigInput } from './schema.js';

export interface LinterOptions {
  /** Code rules to start from; the built-in rules by default. */
  rules?: readonly Rule<any>[];
  /** The config's file name, for error messages. */
  location?: string;
  /** Add each rule's time (ms) to this map, and the time spent building Documents under `(document)`. */
  timings?: RuleTimings;
}

export interface Linter {
  readonly resolved: ResolvedConfig;
  /** The config's `failOn`, if it sets one. */
  readonly failOn: Severity | undefined;
  /** Validate and build one article's Document (throws NewslintInputError naming `field`). */
  document(input: unknown, field?: string): Document;
  /** One article alone (no cross-source rules). */
  analyze(article: ArticleInput): ArticleReport;
  /** Many articles, grouped into stories; cross-source rules run inside each story. */
  analyzeAll(articles: readonly ArticleInput[], options?: { cluster?: ClusterMode }): Report;
  /** Documents already built (the CLI and the worker pool use this). */
  analyzeDocuments(docs: Document[], cluster?: ClusterMode): Report;
}

export function createLinter(config: NewslintConfigInput | NewslintConfig = {}, options: LinterOptions = {}): Linter {
  const resolved = resolveConfig(config, options);
  const { timings } = options;
  if (timings) resolved.active = timeRules(resolved.active, timings);
  /** The config's overrides, suppressions and inline markers, applied to an engine Report. */
  const applied = (report: Report, docs: readonly Document[]) => applyToReport(report, new Map(docs.map((d) => [d.article.id, d.text])), resolved);
  const linter: Linter = {
    resolved,
    failOn: resolved.failOn,
    document(input, field = 'article') {
      const article = parseArticle(input, field, resolved.config);
      return timings ? timed(timings, DOCUMENT_TIMING, () => buildDocument(article)) : buildDocument(article);
    },
    analyze(article) {
      return linter.analyzeDocuments([linter.document(article)], 'none').articles[0]!;
    },
    analyzeAll(articles, opts = {}) {
      if (!Array.isArray(articles)) throw new NewslintInputError('articles', 'must be an array of articles');
      const ids = new IdRegistry();
      const mode = opts.cluster ?? resolved.config.cluster;
      const keep = keepsDocuments(articles.length, mode);
      // Each article's rules run as soon as its Document is built, while it is young.
      const docs: Document[] = [];
      const results: RuleResults[] = [];
      articles.forEach((a, i) => {
        const doc = linter.document(a, `articles[${i}]`);
        ids.claim(doc.article.id, `articles[${i}].id`);
        docs.push(doc);
        results.push(articleRules(doc, resolved.active, keep));
      });
      return applied(runStories(docs, results, resolved.active, mode), docs);
    },
    analyzeDocuments(docs, cluster) {
      return applied(analyzeDocuments(docs, resolved.active, cluster ?? resolved.config.cluster), docs);
    },
  };
  return linter;
}
