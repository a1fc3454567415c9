/**
 * One self-contained HTML file (no scripts, no external assets): each article's text with
 * its flagged spans highlighted by category, the list of flags beside it, each flag's
 * message on hover or keyboard focus, cross-source flags linked to the span they
 * point at in the other article, and the score with its breakdown.
 *
 * The article text is written out as segments between span boundaries, so overlapping
 * flags never nest tags and the element's textContent is exactly the article text.
 */
import { CATEGORIES, SEVERITIES, type ArticleReport, type Flag, type Report } from '../../schema.js';
import { withPositions } from '../position.js';
import { HTML_NOTE, type InputInfoMap } from './context.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const COLOURS: Record<string, string> = {
  attribution: '#fde68a',
  framing: '#bfdbfe',
  'factual-slip': '#fecaca',
  'cross-source': '#ddd6fe',
  sensational: '#fbcfe8',
};

const CSS = `
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2937;background:#f9fafb}
header.top{padding:16px 24px;background:#111827;color:#f9fafb}header.top h1{margin:0 0 4px;font-size:20px}
header.top nav a{color:#93c5fd;margin-right:12px}.legend span{display:inline-block;padding:0 6px;margin-right:6px;border-radius:3px;color:#111827}
main{padding:16px 24px}section.article{background:#fff;border:1px solid #e5e7eb;border-radius:8px;margin-bottom:24px;padding:16px}
section.article>header{display:flex;flex-wrap:wrap;gap:16px;align-items:baseline}section.article h2{margin:0;font-size:18px}
.score{font-size:28px;font-weight:700}.score small{font-size:14px;color:#6b7280}.source{color:#6b7280}
table.breakdown{border-collapse:collapse;font-size:13px}table.breakdown td,table.breakdown th{padding:2px 8px;border-bottom:1px solid #f3f4f6;text-align:left}
.note{background:#eff6ff;border-left:3px solid #3b82f6;padding:4px 8px;font-size:13px}
.columns{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:16px;margin-top:12px}
.text{white-space:pre-wrap;font:15px/1.7 Georgia,serif;margin:0}
mark{position:relative;border-radius:2px;padding:0 1px;color:inherit;cursor:help;border-bottom:2px solid rgba(0,0,0,.25)}
mark.related-target{background:transparent;border-bottom:2px dashed #7c3aed}
mark:focus{outline:2px solid #2563eb}
mark:hover::after,mark:focus::after{content:attr(data-message);position:absolute;left:0;top:100%;z-index:10;min-width:220px;max-width:420px;white-space:normal;
 background:#111827;color:#f9fafb;font:13px/1.4 system-ui,sans-serif;padding:6px 8px;border-radius:4px;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.flags ol{margin:0;padding-left:20px;font-size:13px}.flags li{margin-bottom:8px;padding-left:4px;border-left:4px solid transparent}
.sev{font-weight:600;text-transform:uppercase;font-size:11px}.sev-error{color:#b91c1c}.sev-warning{color:#b45309}.sev-info{color:#0369a1}
.rule{font-family:ui-monospace,monospace;color:#6b7280}.quoted{font-style:italic}.related a{color:#6d28d9}
${CATEGORIES.map((c) => `mark.cat-${c}{background:${COLOURS[c]}}.flags li.cat-${c}{border-left-color:${COLOURS[c]}}`).join('\n')}
`;

const artAnchor = (i: number) => `article-${i}`;
const flagAnchor = (i: number, k: number) => `a${i}-f${k}`;
const relAnchor = (i: number, start: number, end: number) => `a${i}-span-${start}-${end}`;

interface Target {
  start: number;
  end: number;
  from: string[];
}

function rank(f: Flag): number {
  return SEVERITIES.indexOf(f.severity);
}

/** The article text with every flag and every cross-source target as <mark> segments. */
function renderText(text: string, ai: number, flags: readonly Flag[], targets: readonly Target[]): string {
  const cuts = new Set<number>([0, text.length]);
  for (const s of [...flags, ...targets]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  let out = '';
  for (let p = 0; p + 1 < points.length; p++) {
    const a = points[p]!;
    const b = points[p + 1]!;
    // Anchors (empty, so textContent stays the text) where flags and targets begin.
    flags.forEach((f, k) => {
      if (f.start === a) out += `<span class="anchor" id="${flagAnchor(ai, k)}"></span>`;
    });
    for (const t of targets) if (t.start === a) out += `<span class="anchor" id="${relAnchor(ai, t.start, t.end)}"></span>`;
    const piece = esc(text.slice(a, b));
    const over = flags.map((f, k) => ({ f, k })).filter(({ f }) => f.start <= a && f.end >= b);
    const tover = targets.filter((t) => t.start <= a && t.end >= b);
    if (!over.length && !tover.length) {
      out += piece;
      continue;
    }
    if (!over.length) {
      const msg = `Cited by a cross-source flag in ${[...new Set(tover.flatMap((t) => t.from))].join(', ')}`;
      out += `<mark class="related-target" tabindex="0" data-message="${esc(msg)}" title="${esc(msg)}">${piece}</mark>`;
      continue;
    }
    const top = [...over].sort((x, y) => rank(y.f) - rank(x.f) || x.k - y.k)[0]!.f;
    const msg = over.map(({ f }) => `${f.severity}: ${f.message} (${f.ruleId})`).join(' · ');
    out += `<mark class="flag cat-${top.category} sev-${top.severity}${tover.length ? ' also-target' : ''}" tabindex="0" data-flags="${over.map(({ k }) => flagAnchor(ai, k)).join(' ')}" data-category="${top.category}" data-message="${esc(msg)}" title="${esc(msg)}">${piece}</mark>`;
  }
  return out;
}

function renderFlagList(a: ArticleReport, text: string, ai: number, index: ReadonlyMap<string, number>): string {
  if (!a.flags.length) return '<p class="none">No flags.</p>';
  const items = withPositions(text, a.flags).map((f, k) => {
    const related = f.related
      .map((r) => {
        const j = index.get(r.articleId);
        const label = `↔ ${esc(r.articleId)}: “${esc(r.text)}”`;
        return j === undefined ? `<span class="related-missing">${label}</span>` : `<a class="related-link" href="#${relAnchor(j, r.start, r.end)}" data-article="${esc(r.articleId)}">${label}</a>`;
      })
      .join('<br>');
    return `<li id="${flagAnchor(ai, k)}-item" class="cat-${f.category}" data-rule="${esc(f.ruleId)}" data-severity="${f.severity}" data-start="${f.start}" data-end="${f.end}">`
      + `<a href="#${flagAnchor(ai, k)}">${f.line}:${f.column}</a> <span class="sev sev-${f.severity}">${f.severity}</span> <span class="rule">${esc(f.ruleId)}</span><br>`
      + `<span class="message">${esc(f.message)}</span><br><span class="quoted">“${esc(f.text)}”</span>`
      + (related ? `<div class="related">${related}</div>` : '')
      + '</li>';
  });
  return `<ol>${items.join('')}</ol>`;
}

function renderBreakdown(a: ArticleReport): string {
  const rows = CATEGORIES.map((c) => {
    const s = a.signals[c] ?? { flags: 0, penalty: 0 };
    return `<tr data-category="${c}"><th scope="row">${c}</th><td>${s.flags}</td><td>−${s.penalty}</td></tr>`;
  });
  return `<table class="breakdown"><thead><tr><th>category</th><th>flags</th><th>penalty</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function formatHtml(report: Report, texts: ReadonlyMap<string, string>, info?: InputInfoMap): string {
  const index = new Map(report.articles.map((a, i) => [a.id, i]));
  // Spans in each article that flags in other articles point at.
  const targets = report.articles.map(() => new Map<string, Target>());
  for (const a of report.articles) {
    for (const f of a.flags) {
      for (const r of f.related) {
        const j = index.get(r.articleId);
        if (j === undefined) continue;
        const key = `${r.start}:${r.end}`;
        const t = targets[j]!.get(key) ?? { start: r.start, end: r.end, from: [] };
        if (!t.from.includes(a.id)) t.from.push(a.id);
        targets[j]!.set(key, t);
      }
    }
  }
  const total = report.articles.reduce((n, a) => n + a.flags.length, 0);
  const sections = report.articles.map((a, i) => {
    const text = texts.get(a.id) ?? '';
    const extra = info?.get(a.id);
    return `<section class="article" id="${artAnchor(i)}" data-article-id="${esc(a.id)}">
<header><h2>${esc(a.id)}</h2>${a.source ? `<span class="source">${esc(a.source)}</span>` : ''}${a.publishedAt ? `<span class="source">${esc(a.publishedAt)}</span>` : ''}
<div class="score" data-score="${a.score}">${a.score}<small>/100</small></div>${renderBreakdown(a)}</header>
${extra ? `<p class="note">${esc(HTML_NOTE)}</p>` : ''}
<div class="columns"><pre class="text">${renderText(text, i, a.flags, [...targets[i]!.values()])}</pre>
<aside class="flags"><h3>${a.flags.length} flag${a.flags.length === 1 ? '' : 's'}</h3>${renderFlagList(a, text, i, index)}</aside></div>
${a.diagnostics.map((d) => `<p class="diagnostic">rule failed: ${esc(d.ruleId)}: ${esc(d.message)}</p>`).join('')}
</section>`;
  });
  const legend = CATEGORIES.map((c) => `<span style="background:${COLOURS[c]}">${c}</span>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>newslint report</title><style>${CSS}</style></head>
<body><header class="top"><h1>newslint report</h1>
<p class="summary">${total} flag${total === 1 ? '' : 's'} in ${report.articles.length} article${report.articles.length === 1 ? '' : 's'}</p>
<p class="legend">${legend}</p>
<nav>${report.articles.map((a, i) => `<a href="#${artAnchor(i)}">${esc(a.id)} (${a.score})</a>`).join('')}</nav></header>
<main>${sections.join('\n')}</main></body></html>
`;
}
