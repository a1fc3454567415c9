/**
 * The engine's pipeline below the public API: validate an article, and run active rules
 * over built Documents into a Report. No config files, no file system.
 */
import type { Document } from '../document/types.js';
import { NewslintInputError, fromZodError } from '../errors.js';
import { Article, type ArticleReport, type ClusterMode, type Config, type Flag, type Quote, type Report } from '../schema.js';
import { releaseRuleCaches } from './doc-cache.js';
import { byPosition, runArticleRules, runStoryRules, type ActiveRule, type RuleResults } from './run.js';
import { score } from './score.js';
import { groupStories } from './story.js';

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

function publicQuotes(doc: Document): Quote[] {
  const t = (s: { start: number; end: number }) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) });
  return doc.quotes.map((q) => ({ ...t(q), content: t(q.content), speaker: q.speaker ? t(q.speaker) : null, cue: q.cue ? t(q.cue) : null }));
}

export function toReport(doc: Document, flags: Flag[], diagnostics: ArticleReport['diagnostics']): ArticleReport {
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

/** Article rules on each Document, then story rules inside each group of `mode`. */
export function analyzeDocuments(docs: Document[], rules: ActiveRule[], mode: ClusterMode): Report {
  const keep = keepsDocuments(docs.length, mode);
  return runStories(docs, docs.map((d) => articleRules(d, rules, keep)), rules, mode);
}

/** Whether a batch keeps its Documents after the article rules: story rules will read them. */
export const keepsDocuments = (count: number, mode: ClusterMode) => count > 1 && mode !== 'none';

/**
 * The article rules on one Document. When the Document is `kept` for the story rules,
 * the rules' per-document caches go now, while they are young (see releaseRuleCaches).
 */
export function articleRules(doc: Document, rules: ActiveRule[], kept: boolean): RuleResults {
  const results = runArticleRules(doc, rules);
  if (kept) releaseRuleCaches(doc);
  return results;
}

/** Story rules inside each group of `mode`, added to each article's own results; the Report. */
export function runStories(docs: Document[], results: RuleResults[], rules: ActiveRule[], mode: ClusterMode): Report {
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
