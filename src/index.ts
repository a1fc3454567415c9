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
