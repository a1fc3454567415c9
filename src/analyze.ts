/**
 * The public core: Article(s) in, report(s) out. Pure: no file system, no network, no
 * clock. A config object (the same shape as a newslint.config.json) may be passed; files
 * are read by `newslint/config`'s loadConfig, never here.
 */
import { createLinter, type Linter } from './config/linter.js';
import type { NewslintConfig, NewslintConfigInput } from './config/schema.js';
import type { Rule } from './engine/rule.js';
import type { ArticleInput, ArticleReport, ClusterMode, Report } from './schema.js';

export { parseArticle, analyzeDocuments } from './engine/pipeline.js';

export interface AnalyzeOptions {
  /** Rule settings, presets, house rules, overrides, suppressions: as in a config file. */
  config?: NewslintConfigInput | NewslintConfig;
  /** The code rules to start from; the built-in rules by default. */
  rules?: readonly Rule<any>[];
}

export interface AnalyzeAllOptions extends AnalyzeOptions {
  cluster?: ClusterMode;
}

// Resolving a config validates it and every rule's options: do it once per config object.
let defaultLinter: Linter | undefined;
const linters = new WeakMap<object, Map<readonly Rule<any>[] | undefined, Linter>>();

function linterFor(options: AnalyzeOptions | undefined): Linter {
  if (!options?.config && !options?.rules) return (defaultLinter ??= createLinter({}, { location: 'config' }));
  const key = options.config ?? linters;
  let byRules = linters.get(key);
  if (!byRules) linters.set(key, (byRules = new Map()));
  let linter = byRules.get(options.rules);
  if (!linter) byRules.set(options.rules, (linter = createLinter(options.config ?? {}, { rules: options.rules, location: 'config' })));
  return linter;
}

/** One article's report (single-article rules only). */
export function analyze(article: ArticleInput, options?: AnalyzeOptions): ArticleReport {
  return linterFor(options).analyze(article);
}

/**
 * Many articles: each is checked on its own, then grouped into stories, and the story
 * rules (cross-source) run inside each story.
 */
export function analyzeAll(articles: readonly ArticleInput[], options?: AnalyzeAllOptions): Report {
  return linterFor(options).analyzeAll(articles, { cluster: options?.cluster });
}
