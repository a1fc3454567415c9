/**
 * After the engine: per-source overrides, suppressions from the config, inline
 * disable markers; then the score is computed again from the flags that remain.
 */
import { score } from '../engine/score.js';
import type { ArticleReport, Flag, Report } from '../schema.js';
import { disabledRegions, isDisabled } from './markers.js';
import type { ResolvedConfig } from './resolve.js';

function sourceMatches(pattern: string, source: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return re.test(source);
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/** Filter and re-level one article's flags; returns the article with its score recomputed. */
export function applyToArticle(a: ArticleReport, text: string, resolved: Pick<ResolvedConfig, 'overrides' | 'levels' | 'suppressions'>): ArticleReport {
  const source = a.source ?? '';
  const levels = new Map<string, string>();
  for (const o of resolved.overrides) {
    if (source && o.sources.some((p) => sourceMatches(p, source))) for (const [id, level] of Object.entries(o.rules)) levels.set(id, level);
  }
  const suppressions = resolved.suppressions.filter((s) => !s.article || s.article === a.id).map((s) => ({ rule: s.rule, text: norm(s.text) }));
  const regions = disabledRegions(text);
  if (!levels.size && !suppressions.length && !regions.length && ![...resolved.levels.values()].includes('off')) return a;
  const flags: Flag[] = [];
  for (const f of a.flags) {
    const level = levels.get(f.ruleId) ?? resolved.levels.get(f.ruleId);
    if (level === 'off') continue;
    if (suppressions.some((s) => (s.rule === '*' || s.rule === f.ruleId) && s.text === norm(f.text))) continue;
    if (isDisabled(regions, f)) continue;
    flags.push(levels.has(f.ruleId) ? { ...f, severity: level as Flag['severity'] } : f);
  }
  if (flags.length === a.flags.length && flags.every((f, i) => f === a.flags[i])) return a;
  return { ...a, ...score(flags), flags };
}

export function applyToReport(report: Report, texts: ReadonlyMap<string, string>, resolved: Pick<ResolvedConfig, 'overrides' | 'levels' | 'suppressions'>): Report {
  return { ...report, articles: report.articles.map((a) => applyToArticle(a, texts.get(a.id) ?? '', resolved)) };
}
