/**
 * Declarative house rules, modelled on Vale's rule kinds. A newsroom writes these in
 * its config (or in JSON/YAML files the config lists) and never touches code.
 *
 * Patterns are RE2 syntax (run by re2js in linear time, so no pattern can hang a
 * pipeline); `tokens` are plain words or phrases matched as whole words.
 */
import { z } from 'zod';
import { Category, Severity } from '../schema.js';

const Name = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes (e.g. "prefer-use")');

const Base = z.object({
  /** The rule id is `house/<name>`. */
  name: Name,
  category: Category.default('framing'),
  severity: Severity.default('warning'),
  /** `{match}` is replaced by the matched text (substitution also has `{replacement}`). */
  message: z.string().min(1).optional(),
  description: z.string().optional(),
  why: z.string().optional(),
  /** Match case-sensitively? Off by default, as in Vale. */
  matchCase: z.boolean().default(false),
});

/** Words or phrases, and/or raw RE2 patterns: at least one of the two. */
const Matchers = {
  tokens: z.array(z.string().min(1)).default([]),
  patterns: z.array(z.string().min(1)).default([]),
};
const needsMatcher = (r: { tokens: string[]; patterns: string[] }) => r.tokens.length + r.patterns.length > 0;
const needsMatcherMsg = { message: 'needs "tokens" or "patterns"', path: ['tokens'] };

export const ExistenceRule = Base.extend({ kind: z.literal('existence'), ...Matchers, exceptions: z.array(z.string()).default([]) })
  .refine(needsMatcher, needsMatcherMsg);

export const SubstitutionRule = Base.extend({
  kind: z.literal('substitution'),
  /** Pattern (RE2; a plain word works) -> the preferred wording. */
  swap: z.record(z.string().min(1), z.string()).refine((r) => Object.keys(r).length > 0, 'needs at least one entry'),
});

export const OccurrenceRule = Base.extend({
  kind: z.literal('occurrence'),
  ...Matchers,
  /** Flag when there are more than `max` matches in one article (the first one past the limit). */
  max: z.number().int().min(0).optional(),
  /** Flag when there are fewer than `min` matches (the span is the article's first paragraph). */
  min: z.number().int().min(1).optional(),
})
  .refine(needsMatcher, needsMatcherMsg)
  .refine((r) => r.max !== undefined || r.min !== undefined, { message: 'needs "max" or "min"', path: ['max'] });

export const ConditionalRule = Base.extend({
  kind: z.literal('conditional'),
  /** If this pattern appears... */
  first: z.string().min(1),
  /** ...this one must appear too. When both have a capture group, their group-1 texts must match (Vale's acronym check). */
  second: z.string().min(1),
  exceptions: z.array(z.string()).default([]),
});

export const SequenceRule = Base.extend({
  kind: z.literal('sequence'),
  /**
   * Token patterns (PhraseIndex syntax): words, `=exact`, `a|b`, `word?`, `*` and
   * `[POS]` steps, e.g. "[ADJ] [ADJ] [ADJ] [NOUN]".
   */
  sequences: z.array(z.string().min(1)).min(1),
});

export const HouseRule = z.discriminatedUnion('kind', [ExistenceRule, SubstitutionRule, OccurrenceRule, ConditionalRule, SequenceRule]);
export type HouseRule = z.infer<typeof HouseRule>;
export type HouseRuleInput = z.input<typeof HouseRule>;
