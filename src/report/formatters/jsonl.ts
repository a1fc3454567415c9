/**
 * JSON Lines: one article report per line, in the same shape as an entry of the JSON
 * format's `articles`, so a pipeline can write each line as soon as it is ready.
 */
import type { ArticleReport, Report } from '../../schema.js';
import type { InputInfoMap } from './context.js';
import { toJsonArticle } from './json.js';

export function formatJsonlLine(article: ArticleReport, text: string, info?: InputInfoMap): string {
  return `${JSON.stringify(toJsonArticle(article, text, info))}\n`;
}

export function formatJsonl(report: Report, texts: ReadonlyMap<string, string>, info?: InputInfoMap): string {
  return report.articles.map((a) => formatJsonlLine(a, texts.get(a.id) ?? '', info)).join('');
}
