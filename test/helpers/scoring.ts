/**
 * What the seeds' and the held-out sets' scoring share: span overlap, and when a
 * cross-source flag (its span and its related spans) covers both sides of a disagreement.
 */
export interface Range { start: number; end: number }
export interface ArticleRange extends Range { articleId: string }

export const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Texts quoted in an article per side: `{ "<article>": ["54.1 per cent", ...] }`. */
export type Side = Record<string, string[]>;

/**
 * The spans touch the first side in one article and the second side in another (a
 * one-sided entry: the one side anywhere). Some keys write a one-outlet fact (an expert only
 * one article quotes) as two equal sides: that is one side. `anchor` finds a quoted text in its article.
 */
export function coversSides(spans: readonly ArticleRange[], sides: readonly Side[], anchor: (articleId: string, text: string) => Range): boolean {
  const touches = (side: Side, s: ArticleRange) => !!side[s.articleId]?.some((t) => overlaps(anchor(s.articleId, t), s));
  if (sides.length === 1 || (sides.length === 2 && sameSide(sides[0]!, sides[1]!))) return spans.some((s) => touches(sides[0]!, s));
  return spans.some((a) => touches(sides[0]!, a) && spans.some((b) => b.articleId !== a.articleId && touches(sides[1]!, b)));
}

function sameSide(a: Side, b: Side): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => b[k] !== undefined && a[k]!.length === b[k]!.length && a[k]!.every((t, i) => t === b[k]![i]));
}
