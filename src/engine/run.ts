/**
 * Run rules on Documents. Each rule runs in isolation: one that throws becomes one
 * diagnostic and the others still run. Spans are checked and their text taken here,
 * once, at the moment of the report; a report inside page chrome is dropped.
 */
import { inChrome } from '../document/index.js';
import type { Document, Span } from '../document/types.js';
import type { Config, Diagnostic, Flag, RelatedSpan, Severity } from '../schema.js';
import { isStoryRule, type Report, type Rule } from './rule.js';

export interface ActiveRule {
  rule: Rule<any>;
  severity: Severity;
  options: unknown;
}

/** The rules that are on under `config`, with their severity and parsed options. */
export function activeRules(rules: readonly Rule<any>[], config: Pick<Config, 'rules'>): ActiveRule[] {
  const out: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    const [level, rawOptions] = Array.isArray(setting) ? setting : [setting, undefined];
    if (level === 'off') continue;
    const severity = (level ?? rule.meta.severity) as Severity;
    let options: unknown = rawOptions ?? {};
    if (rule.meta.options) options = rule.meta.options.parse(rawOptions ?? {});
    out.push({ rule, severity, options });
  }
  return out;
}

/** Severity a report ends with: a rule may lower its own default, the config sets the ceiling. */
function severityOf(active: ActiveRule, report: Report): Severity {
  if (!report.severity || active.severity === active.rule.meta.severity) return report.severity ?? active.severity;
  return active.severity;
}

function validSpan(doc: Document, span: Span): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= doc.text.length;
}

export function makeFlag(doc: Document, active: ActiveRule, report: Report): Flag | undefined {
  if (!validSpan(doc, report.span)) throw new Error(`reported an invalid span [${report.span.start}, ${report.span.end})`);
  if (inChrome(doc, report.span)) return undefined;
  return {
    ruleId: active.rule.meta.id,
    category: active.rule.meta.category,
    severity: severityOf(active, report),
    message: report.message,
    start: report.span.start,
    end: report.span.end,
    text: doc.text.slice(report.span.start, report.span.end),
    related: (report.related ?? []).map(checkRelated),
  };
}

function checkRelated(r: RelatedSpan): RelatedSpan {
  if (r.text === undefined || r.end <= r.start) throw new Error(`reported an invalid related span in ${r.articleId}`);
  return r;
}

/** A related span in another article, with its text taken now. */
export function related(doc: Document, span: Span): RelatedSpan {
  return { articleId: doc.article.id, start: span.start, end: span.end, text: doc.text.slice(span.start, span.end) };
}

export interface RuleResults {
  flags: Flag[];
  diagnostics: Diagnostic[];
}

export function runArticleRules(doc: Document, rules: readonly ActiveRule[]): RuleResults {
  const flags: Flag[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const active of rules) {
    const { rule } = active;
    if (isStoryRule(rule)) continue;
    const found: Flag[] = [];
    try {
      rule.check({
        doc,
        options: active.options,
        report: (r) => {
          const flag = makeFlag(doc, active, r);
          if (flag) found.push(flag);
        },
      });
      flags.push(...found);
    } catch (error) {
      diagnostics.push({ ruleId: rule.meta.id, message: `rule failed: ${(error as Error)?.message ?? String(error)}` });
    }
  }
  return { flags: dedupe(flags), diagnostics };
}

/** Story rules over one group of Documents; results keyed by article id. */
export function runStoryRules(docs: readonly Document[], rules: readonly ActiveRule[]): Map<string, RuleResults> {
  const out = new Map<string, RuleResults>(docs.map((d) => [d.article.id, { flags: [], diagnostics: [] }]));
  if (docs.length < 2) return out;
  for (const active of rules) {
    const { rule } = active;
    if (!isStoryRule(rule)) continue;
    const found: { id: string; flag: Flag }[] = [];
    try {
      rule.check({
        docs: [...docs],
        options: active.options,
        report: (r) => {
          const flag = makeFlag(r.doc, active, r);
          if (flag) found.push({ id: r.doc.article.id, flag });
        },
      });
      for (const { id, flag } of found) out.get(id)!.flags.push(flag);
    } catch (error) {
      for (const d of docs) out.get(d.article.id)!.diagnostics.push({ ruleId: rule.meta.id, message: `rule failed: ${(error as Error)?.message ?? String(error)}` });
    }
  }
  return out;
}

/** One flag per rule and span: two ways of finding the same thing are one problem. */
function dedupe(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => {
    const key = `${f.ruleId}:${f.start}:${f.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const byPosition = (a: Flag, b: Flag) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId);
