/**
 * "The company has run the ferry since 2019" ... "in twelve years of running the route":
 * a length of time for an activity that the article dates elsewhere with "since". The start the
 * article gives and its date make the length; a count more than a year off it (with room for
 * "nearly", "more than") contradicts the article's own dates.
 *
 * The activity is matched by its verb (the lemma of "has run" and "running"). The length
 * is read in "<N> years of <verb>-ing" and "<has> <verb> ... for <N> years"; the start in a
 * perfect with "since": "has run ... since 2019", "has been running ... since March 2016".
 */
import { daysBetween, yearsBetween } from '../../src/document/dates.js';
import type { Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote } from './_match.js';
import { CLAUSES, wordsAt } from './_clauses.js';
import { CLAUSE_PUNCT } from './_markers.js';
import { timeFrom, type Period } from './_time.js';

/** A plain count may be this far off, in years. */
const TOLERANCE = 1;
/** How far after the verb "since" or "for" may stand, in tokens. */
const REACH = 8;
const PERFECT = new Set(['has', 'have', 'had', "'s", '\u2019s']);

/** A count of years: "eight", "8", "twenty-five". */
function countOf(t: Token): number | undefined {
  if (/^\d{1,2}$/.test(t.text)) return Number(t.text);
  if (t.normal === 'a' || t.normal === 'one') return undefined;
  const n = CLAUSES.agoNumbers.get(t.normal);
  if (n !== undefined) return n;
  const m = /^(\p{L}+)[-\u2010](\p{L}+)$/u.exec(t.normal);
  const [tens, unit] = m ? [CLAUSES.agoNumbers.get(m[1]!), CLAUSES.agoNumbers.get(m[2]!)] : [];
  return tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit < 10 ? tens + unit : undefined;
}

/**
 * The count ending at token `k`, with its first token: "eight", "8", or "twenty-six" (written as
 * one token or as three: "twenty", "-", "six").
 */
function countEndingAt(tokens: readonly Token[], k: number, from: number): { n: number; first: number } | undefined {
  const t = tokens[k]!;
  const unit = countOf(t);
  if (unit !== undefined && unit < 10 && k - 2 >= from && /^[-\u2010]$/.test(tokens[k - 1]!.text)) {
    const tens = CLAUSES.agoNumbers.get(tokens[k - 2]!.normal);
    if (tens !== undefined && tens >= 20 && tens % 10 === 0) return { n: tens + unit, first: k - 2 };
  }
  return unit === undefined ? undefined : { n: unit, first: k };
}

/** "operating" is a form of "operate", "farming" of "farm", "running" of "run" (the tagger may read the gerund as a noun). */
function gerundOf(g: Token): string | undefined {
  if (!/\p{L}ing$/u.test(g.normal)) return undefined;
  return g.lemma !== g.normal ? g.lemma : undefined;
}
const gerundMatches = (g: string, lemma: string) => {
  const stem = g.slice(0, -3);
  return stem === lemma || `${stem}e` === lemma || (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && stem.slice(0, -1) === lemma);
};

/** The verb of a perfect at `v` ("has run", "have been running"): the main verb's index, or undefined. */
function perfectAt(tokens: readonly Token[], v: number, to: number): number | undefined {
  if (!PERFECT.has(tokens[v]!.normal)) return undefined;
  let i = v + 1;
  if (tokens[i]?.pos === 'ADV' && i < to) i++;
  if (tokens[i]?.normal === 'been' && i < to) i++;
  const verb = tokens[i];
  return verb && i < to && verb.pos === 'VERB' && verb.normal !== 'been' ? i : undefined;
}

/** No clause break between tokens `a` and `b` (exclusive). */
function tied(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (CLAUSE_PUNCT.has(tokens[i]!.text) || tokens[i]!.text === ',' || CLAUSES.relativeWords.has(tokens[i]!.normal)) return false;
  return true;
}

/** A start the article gives ("has run ... since 2019"), with the perfect's auxiliary. */
interface Start extends Period {
  aux: string;
}

/** "has" and "have" name different subjects; "had" and "'s" say nothing of number. */
const agree = (a: string, b: string) => a === b || !/^(has|have)$/.test(a) || !/^(has|have)$/.test(b);
/** A count in years is not read against a start less than this many days before the article: that is another stretch. */
const MIN_START_DAYS = 300;

interface Length {
  lemma: string;
  /** The perfect's auxiliary ("has", "have"), when the length is in a perfect: the start's must agree (one subject). */
  aux?: string;
  /** The "-ing" form the length was written with, when it was ("operating"). */
  gerund?: string;
  n: number;
  hedge: 'under' | 'over' | 'plain';
  span: Span;
}

/** The hedge in front of the count at `k` ("nearly", "more than") and the first token of the phrase. */
function hedgeBefore(tokens: readonly Token[], k: number, from: number): { hedge: 'under' | 'over' | 'plain'; first: number } {
  for (const [hedge, phrases] of [['under', CLAUSES.durationHedges.under], ['over', CLAUSES.durationHedges.over]] as const) {
    for (const p of phrases) {
      const at = k - p.length;
      if (at >= from && wordsAt(tokens, at, k, [p]) === k) return { hedge, first: at };
    }
  }
  return { hedge: 'plain', first: k };
}

export default defineRule({
  meta: {
    id: 'factual-slip/duration-since',
    category: 'factual-slip',
    severity: 'warning',
    description: 'A length of time for an activity ("in eight years of running the ferry") that the article\'s own start for it ("has run the ferry since 2019") contradicts.',
    why: 'Two figures for the same stretch in one article cannot both be right; the reader cannot tell which to believe.',
    examples: {
      flagged: [
        {
          text: 'Harbour Lines, which has operated the island ferry since 2019, blamed the weather. Its manager said that in twelve years of operating the route the company had never cancelled a crossing.', publishedAt: '2024-05-02',
          flag: 'twelve years of operating',
        },
      ],
      fine: [
        {
          text: 'Harbour Lines, which has operated the island ferry since 2019, blamed the weather. Its manager said that in five years of operating the route the company had never cancelled a crossing.', publishedAt: '2024-05-02',
        },
      ],
    },
  },
  check({ doc, report }) {
    const date = doc.date;
    if (!date) return;
    const { tokens } = doc;
    const starts = new Map<string, Start[]>();
    const lengths: Length[] = [];
    for (const s of doc.sentences) {
      const to = s.tokenEnd;
      for (let k = s.tokenStart; k < to; k++) {
        const t = tokens[k]!;
        // "<N> years of <verb>-ing"
        if ((t.normal === 'years' || t.normal === 'year') && k > s.tokenStart && tokens[k + 1]?.normal === 'of' && k + 2 < to) {
          const g = tokens[k + 2]!;
          const count = countEndingAt(tokens, k - 1, s.tokenStart);
          if (count && /\p{L}ing$/u.test(g.normal)) {
            const h = hedgeBefore(tokens, count.first, s.tokenStart);
            lengths.push({ lemma: gerundOf(g) ?? g.normal, gerund: g.normal, n: count.n, hedge: h.hedge, span: { start: tokens[h.first]!.start, end: g.end } });
          }
          continue;
        }
        const v = perfectAt(tokens, k, to);
        if (v === undefined) continue;
        const lemma = tokens[v]!.lemma;
        for (let i = v + 1; i < to && i <= v + REACH; i++) {
          const w = tokens[i]!.normal;
          if (w === 'since') {
            const from = tied(tokens, v + 1, i) ? timeFrom(doc, i + 1, to) : undefined;
            if (from) starts.set(lemma, [...(starts.get(lemma) ?? []), { ...from.period, aux: tokens[k]!.normal }]);
            break;
          }
          // "has run the route for twelve years"
          if (w === 'for' && i + 2 < to && /^years?$/.test(tokens[i + 2]!.normal) && tied(tokens, v + 1, i)) {
            const n = countOf(tokens[i + 1]!);
            if (n !== undefined) lengths.push({ lemma, aux: tokens[k]!.normal, n, hedge: 'plain', span: { start: tokens[k]!.start, end: tokens[i + 2]!.end } });
            break;
          }
          if (w === 'for' && i + 4 < to && /^years?$/.test(tokens[i + 4]!.normal) && tied(tokens, v + 1, i)) {
            const count = countEndingAt(tokens, i + 3, i + 1);
            if (count && count.first === i + 1) lengths.push({ lemma, aux: tokens[k]!.normal, n: count.n, hedge: 'plain', span: { start: tokens[k]!.start, end: tokens[i + 4]!.end } });
            break;
          }
        }
      }
    }
    for (const len of lengths) {
      const found = starts.get(len.lemma) ?? (len.gerund ? [...starts].find(([lemma]) => gerundMatches(len.gerund!, lemma))?.[1] : undefined);
      const periods = found?.filter((p) => (!len.aux || agree(len.aux, p.aux)) && daysBetween(p.to, date) >= MIN_START_DAYS);
      if (!periods?.length) continue;
      const fits = periods.some((p) => {
        if (p.from > date) return true;
        const lo = yearsBetween(p.to, date);
        const hi = yearsBetween(p.from, date);
        if (len.hedge === 'over') return len.n <= hi + TOLERANCE;
        if (len.hedge === 'under') return len.n >= lo - TOLERANCE;
        return len.n <= hi + TOLERANCE && len.n >= lo - TOLERANCE;
      });
      if (fits || inQuote(doc, len.span)) continue;
      const p = periods[0]!;
      const since = p.from.endsWith('-01-01') && p.to.endsWith('-12-31') ? p.from.slice(0, 4) : p.from === p.to ? p.from : p.from.slice(0, 7);
      const years = Math.floor(yearsBetween(p.from, date));
      report({ span: len.span, message: `The article dates this to ${since} ("since"), about ${years} year${years === 1 ? '' : 's'} before ${date}, not ${len.n}.` });
    }
  },
});
