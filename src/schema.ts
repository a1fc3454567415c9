/**
 * The public data contract. Every public type is inferred from a zod schema here,
 * so the runtime validation and the TypeScript types can never drift apart.
 */
import { z } from 'zod';

export const CATEGORIES = ['attribution', 'framing', 'factual-slip', 'cross-source', 'sensational'] as const;
export const SEVERITIES = ['info', 'warning', 'error'] as const;

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

/** Default limit on one article's text, in UTF-16 code units (about 5 MB of ASCII). */
export const DEFAULT_MAX_TEXT_LENGTH = 5_000_000;

/** `YYYY-MM-DD` or a full ISO timestamp; must name a real calendar day. */
// Day, then an optional time (hours 00-23, minutes 00-59, seconds 00-60 for a leap
// second) and zone: "2025-11-15", "2025-11-15T09:30:00.000Z", "2025-11-15 09:30+05:30".
const ISO_DATE_RE = /^\d{4}-\d{2}-\d{2}(?:[T ](?:[01]\d|2[0-3])(?::[0-5]\d(?::(?:[0-5]\d|60)(?:\.\d+)?)?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether year `y`, month `m` (1-12) and day `d` name a real day of the proleptic
 * Gregorian calendar. Arithmetic, not a Date: the offices knowledge base checks about
 * 2,000 days at every start, and building a Date for each is a visible part of it.
 */
export function isCalendarDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) return false;
  const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= MONTH_DAYS[m - 1]! + (leap ? 1 : 0);
}

/** The day part of an ISO date (its first ten characters, `YYYY-MM-DD`) names a real day. */
export const isCalendarDate = (s: string) => isCalendarDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));

export const IsoDate = z
  .string()
  .regex(ISO_DATE_RE, 'must be an ISO date such as 2025-11-15')
  .refine(isCalendarDate, 'is not a real calendar date');

export const Article = z.object({
  id: z.string().min(1, 'must be a non-empty string'),
  text: z.string(),
  title: z.string().optional(),
  publishedAt: IsoDate.nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
});
export type Article = z.infer<typeof Article>;
export type ArticleInput = z.input<typeof Article>;

/** A 0-based, half-open UTF-16 range into an article's text as given. */
export const Span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof Span>;

export const TextSpan = Span.extend({ text: z.string() });
export type TextSpan = z.infer<typeof TextSpan>;

export const RelatedSpan = TextSpan.extend({ articleId: z.string() });
export type RelatedSpan = z.infer<typeof RelatedSpan>;

export const Flag = TextSpan.extend({
  ruleId: z.string(),
  category: Category,
  severity: Severity,
  message: z.string(),
  related: z.array(RelatedSpan),
});
export type Flag = z.infer<typeof Flag>;

/** A flag as formatters print it: line and column are computed at output, 1-based. */
export const PositionedFlag = Flag.extend({ line: z.number().int(), column: z.number().int() });
export type PositionedFlag = z.infer<typeof PositionedFlag>;

export const Quote = TextSpan.extend({
  /** The words inside the quotation marks. */
  content: TextSpan,
  speaker: TextSpan.nullable(),
  cue: TextSpan.nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Diagnostic = z.object({ ruleId: z.string(), message: z.string() });
export type Diagnostic = z.infer<typeof Diagnostic>;

export const CategorySignal = z.object({ flags: z.number().int(), penalty: z.number() });
export const Signals = z.record(Category, CategorySignal);
export type Signals = z.infer<typeof Signals>;

export const ArticleReport = z.object({
  id: z.string(),
  source: z.string().nullish(),
  publishedAt: z.string().nullish(),
  score: z.number().min(0).max(100),
  signals: Signals,
  flags: z.array(Flag),
  quotes: z.array(Quote),
  /** Rules that failed on this article; the other rules still ran. */
  diagnostics: z.array(Diagnostic),
});
export type ArticleReport = z.infer<typeof ArticleReport>;

export const Cluster = z.object({ id: z.string(), articleIds: z.array(z.string()) });
export type Cluster = z.infer<typeof Cluster>;

export const Report = z.object({
  version: z.literal(1),
  articles: z.array(ArticleReport),
  clusters: z.array(Cluster),
});
export type Report = z.infer<typeof Report>;

const RuleSetting = z.union([
  z.literal('off'),
  Severity,
  z.tuple([z.union([z.literal('off'), Severity]), z.record(z.string(), z.unknown())]),
]);
export type RuleSetting = z.infer<typeof RuleSetting>;

export const ClusterMode = z.enum(['auto', 'none', 'all']);
export type ClusterMode = z.infer<typeof ClusterMode>;

export const Config = z.object({
  /** Per rule: `off`, a severity, or `[severity, options]`. */
  rules: z.record(z.string(), RuleSetting).default({}),
  cluster: ClusterMode.default('auto'),
  /** Texts longer than this are rejected with a named error. */
  maxTextLength: z.number().int().positive().default(DEFAULT_MAX_TEXT_LENGTH),
});
export type Config = z.infer<typeof Config>;
export type ConfigInput = z.input<typeof Config>;
