/**
 * docs/rules.md, rendered from the rules' own meta: the table and the examples cannot
 * drift from the code because they are the code's data. Used by scripts/gen-rules-doc.ts
 * (writes the file) and test/docs.test.ts (checks the file is current).
 */
import { isStoryRule, type Rule, type RuleExample } from '../src/engine/rule.js';
import { CATEGORIES } from '../src/schema.js';

export const RULES_DOC_PATH = 'docs/rules.md';

/** One table cell: no pipes or line breaks may escape it. */
const cell = (s: string) => s.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();

/** Markdown that would otherwise turn example text into formatting or links. */
const escapeInline = (s: string) => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** GitHub's heading anchor: lower case, punctuation other than hyphens dropped, spaces to hyphens. */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

/**
 * Story rules keep their examples as several articles (`{ articles, flag }`, the shape
 * test/helpers/rule-tester.ts runs); article rules as one text.
 */
interface StoryExample {
  articles: { text: string; source?: string; publishedAt?: string }[];
  flag?: string;
}
type Example = RuleExample | StoryExample;

/** One text as a block quote, `flag` (the text the flag must overlap) in bold. */
function quoteText(text: string, flag: string | undefined, publishedAt: string | undefined): string {
  let body = escapeInline(text);
  const at = flag ? text.indexOf(flag) : -1;
  if (flag && at >= 0) body = `${escapeInline(text.slice(0, at))}**${escapeInline(flag)}**${escapeInline(text.slice(at + flag.length))}`;
  const lines = body.split('\n').map((l) => (l.trim() ? `> ${l.trimEnd()}` : '>'));
  if (publishedAt) lines.push('>', `> _(published ${publishedAt})_`);
  return lines.join('\n');
}

function renderExample(ex: Example): string {
  if (!('articles' in ex)) return quoteText(ex.text, ex.flag, ex.publishedAt);
  // The flag of a story example is in the first article.
  return ex.articles
    .map((a, i) => `Article ${i + 1}${a.source ? ` (${escapeInline(a.source)})` : ''}:\n\n${quoteText(a.text, i === 0 ? ex.flag : undefined, a.publishedAt)}`)
    .join('\n\n');
}

function optionDefaults(rule: Rule<any>): string | undefined {
  if (!rule.meta.options) return undefined;
  try {
    return JSON.stringify(rule.meta.options.parse({}));
  } catch {
    return undefined;
  }
}

function section(rule: Rule<any>): string {
  const { meta } = rule;
  const flagged = meta.examples.flagged[0] as Example | undefined;
  const fine = meta.examples.fine[0] as Example | undefined;
  const out = [
    `## ${meta.id}`,
    '',
    `${meta.description.trim()}`,
    '',
    `- Category: ${meta.category}`,
    `- Default severity: ${meta.severity}`,
    `- Reads: ${isStoryRule(rule) ? 'all the articles of one story' : 'one article'}`,
  ];
  const defaults = optionDefaults(rule);
  if (defaults) out.push(`- Options (defaults): \`${defaults}\``);
  out.push('', `**Why it matters.** ${meta.why.trim()}`, '');
  out.push('Flagged:', '', flagged ? renderExample(flagged) : '_(no example)_', '');
  out.push('Fine:', '', fine ? renderExample(fine) : '_(no example)_', '');
  return out.join('\n');
}

const categoryRank = (c: string) => (CATEGORIES as readonly string[]).indexOf(c);

/** The whole of docs/rules.md for `rules`, deterministic: by category, then id. */
export function renderRulesDoc(rules: readonly Rule<any>[]): string {
  const sorted = [...rules].sort((a, b) => categoryRank(a.meta.category) - categoryRank(b.meta.category) || a.meta.id.localeCompare(b.meta.id));
  const table = [
    '| Rule | Category | Default severity | What it flags | Why it matters |',
    '| --- | --- | --- | --- | --- |',
    ...sorted.map((r) => `| [\`${r.meta.id}\`](#${anchor(r.meta.id)}) | ${r.meta.category} | ${r.meta.severity} | ${cell(r.meta.description)} | ${cell(r.meta.why)} |`),
  ];
  return [
    '# newslint rules',
    '',
    '<!-- Generated from each rule\'s meta by scripts/gen-rules-doc.ts. Do not edit by hand: run `npm run docs`. -->',
    '',
    `${sorted.length} built-in rules. A rule's default severity can be changed or the rule turned off in the config; a rule may report a milder case of its problem at a lower severity (info).`,
    '',
    ...table,
    '',
    ...sorted.map(section),
  ].join('\n');
}
