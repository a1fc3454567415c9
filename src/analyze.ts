/**
 * The pure core: Article(s) in, report(s) out. No file system, no network, no clock.
 */
import { builtinRules } from '../rules/index.js';
import { buildDocument } from './document/index.js';
import type { Document } from './document/types.js';
import { activeRules, byPosition, runArticleRules, runStoryRules, type ActiveRule } from './engine/run.js';
import type { Rule } from './engine/rule.js';
import { score } from './engine/score.js';
import { groupStories } from './engine/story.js';
import { fromZodError, NewslintInputError } from './errors.js';
import {
  Article, Config, type ArticleInput, type ArticleReport, type ClusterMode, type ConfigInput, type Flag, type Quote, type Report,
} from './schema.js';

export interface AnalyzeOptions {
  config?: ConfigInput;
  /** The rules to run; the built-in rules by default. */
  rules?: readonly Rule<any>[];
}

export interface AnalyzeAllOptions extends AnalyzeOptions {
  cluster?: ClusterMode;
}

function parseConfig(input: ConfigInput | undefined): Config {
  const parsed = Config.safeParse(input ?? {});
  if (!parsed.success) throw fromZodError(parsed.error, 'config');
  return parsed.data;
}

/** Validate one article; throws NewslintInputError naming the field. */
export function parseArticle(input: unknown, field = 'article', config?: Pick<Config, 'maxTextLength'>): Article {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new NewslintInputError(field, `must be an object with "id" and "text" (got ${input === null ? 'null' : Array.isArray(input) ? 'an array' : typeof input})`);
  }
  const parsed = Article.safeParse(input);
  if (!parsed.success) throw fromZodError(parsed.error, field);
  const max = config?.maxTextLength;
  if (max !== undefined && parsed.data.text.length > max) {
    throw new NewslintInputError(`${field}.text`, `is ${parsed.data.text.length} characters long, over the limit of ${max}`);
  }
  return parsed.data;
}

function prepare(options: AnalyzeOptions | undefined) {
  const config = parseConfig(options?.config);
  let rules: ActiveRule[];
  try {
    rules = activeRules(options?.rules ?? builtinRules, config);
  } catch (error) {
    if (error instanceof Error && 'issues' in error) throw fromZodError(error as never, 'config.rules');
    throw error;
  }
  return { config, rules };
}

function publicQuotes(doc: Document): Quote[] {
  const t = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
  return doc.quotes.map((q) => ({ ...t(q), content: t(q.content), speaker: q.speaker ? t(q.speaker) : null, cue: q.cue ? t(q.cue) : null }));
}

function toReport(doc: Document, flags: Flag[], diagnostics: ArticleReport['diagnostics']): ArticleReport {
  const sorted = [...flags].sort(byPosition);
  return {
    id: doc.article.id,
    source: doc.article.source ?? null,
    publishedAt: doc.date ?? null,
    ...score(sorted),
    flags: sorted,
    quotes: publicQuotes(doc),
    diagnostics,
  };
}

/** One article's report (single-article rules only). */
export function analyze(article: ArticleInput, options?: AnalyzeOptions): ArticleReport {
  const { config, rules } = prepare(options);
  const doc = buildDocument(parseArticle(article, 'article', config));
  const { flags, diagnostics } = runArticleRules(doc, rules);
  return toReport(doc, flags, diagnostics);
}

/**
 * Many articles: each is checked on its own, then grouped into stories, and the story
 * rules (cross-source) run inside each story.
 */
export function analyzeAll(articles: readonly ArticleInput[], options?: AnalyzeAllOptions): Report {
  const { config, rules } = prepare(options);
  if (!Array.isArray(articles)) throw new NewslintInputError('articles', 'must be an array of articles');
  const seen = new Set<string>();
  const docs = articles.map((a, i) => {
    const article = parseArticle(a, `articles[${i}]`, config);
    if (seen.has(article.id)) throw new NewslintInputError(`articles[${i}].id`, `duplicates the id "${article.id}" of an earlier article`);
    seen.add(article.id);
    return buildDocument(article);
  });
  return analyzeDocuments(docs, rules, options?.cluster ?? config.cluster);
}

export function analyzeDocuments(docs: Document[], rules: ActiveRule[], mode: ClusterMode): Report {
  const results = docs.map((d) => runArticleRules(d, rules));
  const groups = groupStories(docs, mode);
  const byId = new Map(docs.map((d, i) => [d.article.id, i]));
  for (const group of groups) {
    const story = runStoryRules(group.map((i) => docs[i]!), rules);
    for (const [id, r] of story) {
      const target = results[byId.get(id)!]!;
      target.flags.push(...r.flags);
      target.diagnostics.push(...r.diagnostics);
    }
  }
  return {
    version: 1,
    articles: docs.map((d, i) => toReport(d, results[i]!.flags, results[i]!.diagnostics)),
    clusters: groups.map((g, i) => ({ id: `story-${i + 1}`, articleIds: g.map((k) => docs[k]!.article.id) })),
  };
}
