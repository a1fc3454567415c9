/**
 * newslint: lint news articles for reliability signals, with exact spans.
 * The public API is pure: no file system, no network.
 */
export { analyze, analyzeAll, parseArticle, type AnalyzeOptions, type AnalyzeAllOptions } from './analyze.js';
export * from './schema.js';
export { NewslintInputError } from './errors.js';
export { defineRule, type Rule, type RuleMeta, type RuleContext, type StoryContext, type RuleExample } from './engine/rule.js';
export { builtinRules } from '../rules/index.js';
export { buildDocument } from './document/index.js';
export type { Document, Mention, Span as DocumentSpan, Token, Sentence, Paragraph } from './document/types.js';
export { positionOf, withPositions } from './report/position.js';
// Newsroom integration: a linter bound to a config (house rules, presets, overrides, suppressions), streams, formatters.
export { createLinter, type Linter, type LinterOptions } from './config/linter.js';
export { DOCUMENT_TIMING, type RuleTimings } from './engine/timing.js';
export { formatTimings } from './report/timing.js';
export { resolveConfig, type ResolvedConfig } from './config/resolve.js';
export { NewslintConfig, type NewslintConfigInput, PRESETS } from './config/schema.js';
export { disabledRegions } from './config/markers.js';
export { compileHouseRule, compileHouseRules, HouseRule, type HouseRuleInput } from './house/index.js';
export { analyzeStream, type StreamOptions } from './stream.js';
export { formatReport, FORMATS, type FormatName, type FormatOptions } from './report/formatters/index.js';
