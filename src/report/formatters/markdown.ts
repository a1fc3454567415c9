/**
 * Markdown, for a CMS comment or a chat message: a heading per article with its score,
 * then a table of flags (line, severity, rule, the flagged text, the message).
 */
import { CATEGORIES, type Report } from '../../schema.js';
import { withPositions } from '../position.js';
import { HTML_NOTE, type InputInfoMap } from './context.js';

/** Table cells: no pipes or line breaks may leak into the table structure. */
function cell(s: string, max = 120): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return cut.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;')).replace(/`/g, '\\`');
}

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

export function formatMarkdown(report: Report, texts: ReadonlyMap<string, string>, info?: InputInfoMap): string {
  const out: string[] = [];
  const total = report.articles.reduce((n, a) => n + a.flags.length, 0);
  out.push(`## newslint: ${total} flag${total === 1 ? '' : 's'} in ${report.articles.length} article${report.articles.length === 1 ? '' : 's'}`, '');
  for (const a of report.articles) {
    out.push(`### ${cell(a.id)} — score ${a.score}/100${a.source ? ` (${cell(a.source)})` : ''}`, '');
    if (info?.get(a.id)) out.push(`_${HTML_NOTE}_`, '');
    const breakdown = CATEGORIES.filter((c) => a.signals[c]?.flags).map((c) => `${c} ${a.signals[c]!.flags} (−${a.signals[c]!.penalty})`);
    if (breakdown.length) out.push(`Breakdown: ${breakdown.join(', ')}`, '');
    const flags = withPositions(texts.get(a.id) ?? '', a.flags);
    if (!flags.length) {
      out.push('No flags.', '');
      continue;
    }
    out.push('| Line | Severity | Rule | Text | Message |', '| ---: | --- | --- | --- | --- |');
    for (const f of flags) {
      const rel = f.related.map((r) => `<br>↔ ${cell(r.articleId)}: “${cell(r.text, 60)}”`).join('');
      out.push(`| ${f.line}:${f.column} | ${ICON[f.severity]} ${f.severity} | \`${f.ruleId}\` | “${cell(f.text, 80)}” | ${cell(f.message)}${rel} |`);
    }
    for (const d of a.diagnostics) out.push('', `> rule failed: \`${d.ruleId}\`: ${cell(d.message)}`);
    out.push('');
  }
  const stories = report.clusters.filter((c) => c.articleIds.length > 1);
  if (stories.length) {
    out.push('### Stories', '');
    for (const s of stories) out.push(`- ${s.id}: ${s.articleIds.map(cell).join(', ')}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
