/**
 * The config file a newsroom writes (newslint.config.json / .yaml / .js / .ts). It
 * extends the core Config (rules, cluster, maxTextLength) with presets, extra lexicon
 * entries, house rules, per-source overrides and suppressions. Strict objects: a
 * misspelt key is an error that names it, not a setting silently ignored.
 */
import { z } from 'zod';
import { ClusterMode, Severity } from '../schema.js';

export const PRESETS = ['recommended', 'strict'] as const;
export const Preset = z.enum(PRESETS);
export type Preset = z.infer<typeof Preset>;

export const RuleSetting = z.union([
  z.literal('off'),
  Severity,
  z.tuple([z.union([z.literal('off'), Severity]), z.record(z.string(), z.unknown())]),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** An extra lexicon entry: a phrase pattern (PhraseIndex syntax), optionally with its own message. */
export const LexiconEntry = z.union([z.string().min(1), z.object({ pattern: z.string().min(1), message: z.string().optional() }).strict()]);
export type LexiconEntry = z.infer<typeof LexiconEntry>;

export const Override = z.object({
  /** Source names this override applies to; `*` is a wildcard, matching ignores case. */
  sources: z.array(z.string().min(1)).min(1),
  /** Severity or `off` per rule, for articles from these sources. */
  rules: z.record(z.string(), z.union([z.literal('off'), Severity])).default({}),
}).strict();
export type Override = z.infer<typeof Override>;

export const Suppression = z.object({
  /** The rule id of the acknowledged flag. */
  rule: z.string().min(1),
  /** The flagged text (case and runs of whitespace ignored). */
  text: z.string().min(1),
  /** Only in this article (id); every article when absent. */
  article: z.string().optional(),
  /** Why it is acknowledged; kept for the record, not used. */
  reason: z.string().optional(),
}).strict();
export type Suppression = z.infer<typeof Suppression>;

export const NewslintConfig = z.object({
  $schema: z.string().optional(),
  /** A preset, or presets applied in order; `rules` below win over them. */
  extends: z.union([Preset, z.array(Preset)]).optional(),
  rules: z.record(z.string(), RuleSetting).default({}),
  cluster: ClusterMode.optional(),
  maxTextLength: z.number().int().positive().optional(),
  /** Default for the CLI's --fail-on. */
  failOn: Severity.optional(),
  /** Extra entries for a rule's lexicon, by rule id; passed to the rule as `options.lexicon`. */
  lexicon: z.record(z.string(), z.array(LexiconEntry)).default({}),
  /** House rules written inline, or paths (relative to the config file) of JSON/YAML files holding a list of them. */
  house: z.array(z.union([z.string().min(1), z.record(z.string(), z.unknown())])).default([]),
  overrides: z.array(Override).default([]),
  suppressions: z.array(Suppression).default([]),
}).strict();
export type NewslintConfig = z.infer<typeof NewslintConfig>;
export type NewslintConfigInput = z.input<typeof NewslintConfig>;
