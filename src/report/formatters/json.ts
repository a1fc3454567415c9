import type { ArticleReport, Report } from '../../schema.js';
import { withPositions } from '../position.js';
import { HTML_NOTE, type InputInfoMap } from './context.js';

/** One article as the JSON contract has it: flags carry line/column (and HTML input its extracted text). */
export function toJsonArticle(a: ArticleReport, text: string, info?: InputInfoMap) {
  const extra = info?.get(a.id);
  const out = { ...a, flags: withPositions(text, a.flags) };
  return extra ? { ...out, input: { format: extra.format, note: HTML_NOTE }, extractedText: extra.extractedText } : out;
}

/** The JSON contract: flags carry line/column; everything else as in the Report. */
export function toJsonReport(report: Report, texts: ReadonlyMap<string, string>, info?: InputInfoMap) {
  return {
    version: report.version,
    articles: report.articles.map((a) => toJsonArticle(a, texts.get(a.id) ?? '', info)),
    clusters: report.clusters,
  };
}

export function formatJson(report: Report, texts: ReadonlyMap<string, string>, info?: InputInfoMap): string {
  return `${JSON.stringify(toJsonReport(report, texts, info), null, 2)}\n`;
}
