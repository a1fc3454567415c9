/**
 * What a rule is. A rule is one module: `meta` (id, category, default severity, docs,
 * options schema, examples) and one `check` function. Article rules read one Document;
 * story rules read all the Documents of one story.
 */
import type { z } from 'zod';
import type { Document, Span } from '../document/types.js';
import type { Category, RelatedSpan, Severity } from '../schema.js';

export interface RuleExample {
  /** An article text (a sentence or a few paragraphs, with a headline line if the rule needs one). */
  text: string;
  /** For flagged examples: the text the flag must overlap. */
  flag?: string;
  publishedAt?: string;
}

export interface RuleMeta<O = unknown> {
  /** `category/name`, e.g. `attribution/vague-source`. */
  id: string;
  category: Category;
  severity: Severity;
  /** One line: what the rule flags. */
  description: string;
  /** Why an editor cares. */
  why: string;
  /** Flagged and fine examples; the docs table and the rule tests read them. */
  examples: { flagged: RuleExample[]; fine: RuleExample[] };
  /** Options schema; its defaults are the rule's defaults. */
  options?: z.ZodType<O>;
}

export interface Report {
  span: Span;
  message: string;
  /** Override the configured severity (e.g. a milder case of the same problem). */
  severity?: Severity;
  related?: RelatedSpan[];
}

export interface RuleContext<O = unknown> {
  doc: Document;
  options: O;
  report(r: Report): void;
}

export interface StoryReport extends Report {
  /** The article (its Document) the primary span is in. */
  doc: Document;
}

export interface StoryContext<O = unknown> {
  docs: Document[];
  options: O;
  report(r: StoryReport): void;
}

export interface ArticleRule<O = unknown> {
  meta: RuleMeta<O>;
  scope?: 'article';
  check(ctx: RuleContext<O>): void;
}

export interface StoryRule<O = unknown> {
  meta: RuleMeta<O>;
  scope: 'story';
  check(ctx: StoryContext<O>): void;
}

export type Rule<O = unknown> = ArticleRule<O> | StoryRule<O>;

export function defineRule<O = Record<string, never>>(rule: ArticleRule<O>): ArticleRule<O>;
export function defineRule<O = Record<string, never>>(rule: StoryRule<O>): StoryRule<O>;
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

export const isStoryRule = (r: Rule<any>): r is StoryRule<any> => r.scope === 'story';
