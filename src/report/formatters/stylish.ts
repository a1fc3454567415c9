import pc from 'picocolors';
import type { Report, Severity } from '../../schema.js';
import { withPositions } from '../position.js';
import { HTML_NOTE, type InputInfoMap } from './context.js';

const colourOf: Record<Severity, (s: string) => string> = { error: pc.red, warning: pc.yellow, info: pc.cyan };

function oneLine(s: string, max = 80): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** ESLint-style: grouped by article, one line per flag with the flagged text. */
export function formatStylish(report: Report, texts: ReadonlyMap<string, string>, colour = false, info?: InputInfoMap): string {
  const c = colour ? pc : pc.createColors(false);
  const sev: Record<Severity, (s: string) => string> = colour ? colourOf : { error: String, warning: String, info: String };
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const a of report.articles) {
    const flags = withPositions(texts.get(a.id) ?? '', a.flags);
    out.push(`${c.underline(a.id)}  ${c.dim(`score ${a.score}/100`)}${a.source ? c.dim(`  (${a.source})`) : ''}`);
    if (info?.get(a.id)) out.push(`  ${c.dim(HTML_NOTE)}`);
    for (const f of flags) {
      counts[f.severity]++;
      out.push(`  ${c.dim(`${f.line}:${f.column}`.padEnd(8))}${sev[f.severity](f.severity.padEnd(8))}${f.message}  ${c.dim(f.ruleId)}`);
      out.push(`  ${' '.repeat(16)}${c.dim('»')} ${c.bold(oneLine(f.text))}`);
      for (const r of f.related) out.push(`  ${' '.repeat(16)}${c.dim(`↔ ${r.articleId}: "${oneLine(r.text, 70)}"`)}`);
    }
    for (const d of a.diagnostics) out.push(`  ${c.red('rule failed')} ${d.ruleId}: ${d.message}`);
    if (!flags.length) out.push(`  ${c.green('no flags')}`);
    out.push('');
  }
  const stories = report.clusters.filter((s) => s.articleIds.length > 1);
  if (stories.length) {
    out.push(c.bold('Stories'));
    for (const s of stories) out.push(`  ${s.id}: ${s.articleIds.join(', ')}`);
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  out.push(`${total ? '✖' : '✔'} ${total} flag${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} info) in ${report.articles.length} article${report.articles.length === 1 ? '' : 's'}`);
  return `${out.join('\n')}\n`;
}
