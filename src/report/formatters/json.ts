import type { Report } from '../../schema.js';
import { withPositions } from '../position.js';

/** The JSON contract: flags carry line/column; everything else as in the Report. */
export function toJsonReport(report: Report, texts: ReadonlyMap<string, string>) {
  return {
    version: report.version,
    articles: report.articles.map((a) => ({ ...a, flags: withPositions(texts.get(a.id) ?? '', a.flags) })),
    clusters: report.clusters,
  };
}

export function formatJson(report: Report, texts: ReadonlyMap<string, string>): string {
  return `${JSON.stringify(toJsonReport(report, texts), null, 2)}\n`;
}
