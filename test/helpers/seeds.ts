/**
 * The seed articles and the editor's annotations (seeds/annotations.json), and the
 * scoring its README describes: recall over `required` entries, precision over flags of
 * severity warning and above, hits on `mustNotFlag` and `boilerplate`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput, Flag, Report } from '../../src/schema.js';
import { coversSides, overlaps, type Range } from './scoring.js';

const dir = join(import.meta.dirname, '..', '..', 'seeds');

export interface Annotations {
  articles: { id: string; file: string; source: string | null; publishedAt: string | null }[];
  expect: { article: string; need: 'required' | 'allowed'; category: string[]; anchor: string; alsoAnchors?: string[]; why: string }[];
  crossSource: { id: string; need: 'required' | 'allowed'; sides: Record<string, string[]>[]; why: string }[];
  mustNotFlag: { article: string; category: string[]; anchor: string; why: string }[];
  boilerplate: { article: string; anchor: string; toEnd?: boolean; why: string }[];
}

export const annotations = JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as Annotations;

export const seedArticles: ArticleInput[] = annotations.articles.map((a) => ({
  id: a.id,
  text: readFileSync(join(dir, a.file), 'utf8'),
  publishedAt: a.publishedAt,
  source: a.source,
}));

const textOf = new Map(seedArticles.map((a) => [a.id, a.text]));

/** First occurrence of `anchor` in the article (the annotations' matching rule). */
export function anchorRange(articleId: string, anchor: string, toEnd = false): Range {
  const text = textOf.get(articleId)!;
  const start = text.indexOf(anchor);
  if (start < 0) throw new Error(`anchor not found in ${articleId}: ${anchor}`);
  return { start, end: toEnd ? text.length : start + anchor.length };
}

type Located = Flag & { articleId: string };

function matchesExpect(f: Located, e: Annotations['expect'][number]): boolean {
  return e.article === f.articleId && e.category.includes(f.category) && [e.anchor, ...(e.alsoAnchors ?? [])].some((a) => overlaps(anchorRange(f.articleId, a), f));
}

/** A cross-source flag matches when its span and related spans touch both sides, in two articles. */
function matchesCross(f: Located, c: Annotations['crossSource'][number]): boolean {
  return f.category === 'cross-source' && coversSides([{ articleId: f.articleId, start: f.start, end: f.end }, ...f.related], c.sides, anchorRange);
}

export interface SeedScore {
  singleRequired: { found: number; total: number; missing: string[] };
  crossRequired: { found: number; total: number; missing: string[] };
  precision: { right: number; total: number; wrong: string[] };
  crossPrecision: { right: number; total: number; wrong: string[] };
  mustNotFlagHits: string[];
  boilerplateHits: string[];
}

export function scoreSeeds(report: Report): SeedScore {
  const flags: Located[] = report.articles.flatMap((a) => a.flags.map((f) => ({ ...f, articleId: a.id })));
  const describe = (f: Located) => `${f.articleId} ${f.ruleId} "${f.text.slice(0, 60)}"`;
  const single = annotations.expect.filter((e) => e.need === 'required');
  const singleMissing = single.filter((e) => !flags.some((f) => matchesExpect(f, e))).map((e) => `${e.article} [${e.category}] ${e.anchor}`);
  const cross = annotations.crossSource.filter((c) => c.need === 'required');
  const crossMissing = cross.filter((c) => !flags.some((f) => matchesCross(f, c))).map((c) => c.id);
  const right = (f: Located) => annotations.expect.some((e) => matchesExpect(f, e)) || annotations.crossSource.some((c) => matchesCross(f, c));
  const serious = flags.filter((f) => f.severity !== 'info');
  const wrong = serious.filter((f) => !right(f));
  const crossFlags = flags.filter((f) => f.category === 'cross-source');
  const crossWrong = crossFlags.filter((f) => !annotations.crossSource.some((c) => matchesCross(f, c)));
  const mustNot = annotations.mustNotFlag.flatMap((m) =>
    flags.filter((f) => f.articleId === m.article && m.category.includes(f.category) && overlaps(anchorRange(m.article, m.anchor), f)).map((f) => `${describe(f)} (mustNotFlag: ${m.anchor})`),
  );
  const boiler = annotations.boilerplate.flatMap((b) => {
    const range = anchorRange(b.article, b.anchor, b.toEnd);
    const spans = flags.flatMap((f) => [{ ...f }, ...f.related.map((r) => ({ ...f, ...r }))]);
    return spans.filter((s) => s.articleId === b.article && overlaps(range, s)).map((s) => `${describe(s)} (boilerplate: ${b.anchor})`);
  });
  return {
    singleRequired: { found: single.length - singleMissing.length, total: single.length, missing: singleMissing },
    crossRequired: { found: cross.length - crossMissing.length, total: cross.length, missing: crossMissing },
    precision: { right: serious.length - wrong.length, total: serious.length, wrong: wrong.map(describe) },
    crossPrecision: { right: crossFlags.length - crossWrong.length, total: crossFlags.length, wrong: crossWrong.map(describe) },
    mustNotFlagHits: mustNot,
    boilerplateHits: boiler,
  };
}
