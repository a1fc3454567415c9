/**
 * The times a sentence speaks of: years, months and dates it names, words that put it in
 * the days around the article date, and the tense of a clause.
 */
import type { Document, Token } from '../../src/document/types.js';
import { isCapitalised } from '../../src/document/mentions.js';
import { datesOverlapping, datesWithin } from '../../src/engine/doc-cache.js';
import { MONTH_LEADS, NEAR_ARTICLE_WORDS, RECENT_WORDS, RELATIVE_DAYS, WEEKDAY_WORDS } from './_markers.js';
import { addDays } from '../../src/document/dates.js';

/** Years the sentence names: "in 2012", "2012", "the 2010s", "last year". */
export function yearsIn(doc: Document, sentence: number): number[] {
  const s = doc.sentences[sentence]!;
  const years: number[] = [];
  const docYear = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const m = /^((?:19|20)\d{2})(s)?$/.exec(t.text);
    if (m) {
      const y = Number(m[1]);
      if (m[2]) for (let d = 0; d < 10; d++) years.push(y + d);
      else years.push(y);
    }
    const next = doc.tokens[k + 1];
    if (docYear !== undefined && next?.normal === 'year' && k + 1 < s.tokenEnd) {
      if (t.normal === 'last') years.push(docYear - 1);
      if (t.normal === 'this') years.push(docYear);
    }
  }
  for (const d of datesWithin(doc, s)) if (d.date) years.push(Number(d.date.slice(0, 4)));
  return years;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'aug.': 8, 'sept.': 9, 'sep.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
};
/**
 * "September 2013" from token `k`: a capitalised month name right before a year, as the
 * period of that month; undefined for anything else ("Theresa May 2019" is not read: the
 * year must follow the month within `[k, to)`).
 */
export function monthYearAt(tokens: readonly Token[], k: number, to: number): Period | undefined {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t || !next || k + 1 >= to || !isCapitalised(t) || !/^(?:19|20)\d{2}$/.test(next.text)) return undefined;
  const month = MONTHS[t.normal];
  return month ? monthPeriod(Number(next.text), month) : undefined;
}

export interface Period {
  from: string;
  to: string;
}

/** The whole of a year, or of a run of years: 2019 -> 2019-01-01 .. 2019-12-31. */
export const yearPeriod = (from: number, to = from): Period => ({ from: `${from}-01-01`, to: `${to}-12-31` });

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The times a sentence names, as day ranges: years ("in 2012", "the 2010s", "last year"),
 * months ("in September", "in March 2019"; a bare month is its latest occurrence up to the
 * article date) and full dates.
 */
export function periodsIn(doc: Document, sentence: number): Period[] {
  const out: Period[] = yearsIn(doc, sentence).map((y) => yearPeriod(y));
  const s = doc.sentences[sentence]!;
  for (const d of datesWithin(doc, s)) if (d.date) out.push({ from: d.date, to: d.date });
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const month = MONTHS[t.normal];
    if (!month || !isCapitalised(t)) continue;
    const next = doc.tokens[k + 1];
    const explicit = next && k + 1 < s.tokenEnd && /^(?:19|20)\d{2}$/.test(next.text) ? Number(next.text) : undefined;
    const lead = doc.tokens[k - 1];
    if (explicit === undefined && !(lead && k > s.tokenStart && MONTH_LEADS.has(lead.normal))) continue;
    let year = explicit;
    if (year === undefined && doc.date) {
      const [y, m] = [Number(doc.date.slice(0, 4)), Number(doc.date.slice(5, 7))];
      year = month <= m ? y : y - 1;
    }
    if (year !== undefined) out.push({ from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(lastDay(year, month))}` });
  }
  return out;
}

const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'has', 'have', 'does', 'do', 'will', 'am', "'s", '’s', 'can', 'may', 'must', 'shall']);

/**
 * The tense of the clause a mention sits in, read from the first verb after it (else the
 * last before it): "past" for "signed", "was", "had"; "present" for "says", "is", "will".
 */
export function tenseAround(doc: Document, sentence: number, first: number, last: number): 'past' | 'present' | undefined {
  const s = doc.sentences[sentence]!;
  const tenseOf = (t: Token): 'past' | 'present' | undefined => {
    if (t.pos !== 'VERB' && t.pos !== 'AUX') return undefined;
    if (PAST_AUX.has(t.normal)) return 'past';
    if (PRESENT_AUX.has(t.normal)) return 'present';
    if (t.pos !== 'VERB' || t.normal === t.lemma || /ing$/.test(t.normal)) return undefined;
    return /s$/.test(t.normal) ? 'present' : 'past';
  };
  for (let k = last; k < s.tokenEnd; k++) {
    const tense = tenseOf(doc.tokens[k]!);
    if (tense) return tense;
  }
  for (let k = first - 1; k >= s.tokenStart; k--) {
    const tense = tenseOf(doc.tokens[k]!);
    if (tense) return tense;
  }
  return undefined;
}


/** Words that put the sentence in the days around the article date: "on Tuesday", "yesterday", "this week". */
export function hasRecentMarker(doc: Document, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    const next = k + 1 < s.tokenEnd ? doc.tokens[k + 1]!.normal : '';
    if (RECENT_WORDS.has(t.normal) || RECENT_WORDS.has(`${t.normal} ${next}`)) return true;
    if (WEEKDAY_WORDS.has(t.normal) && isCapitalised(t)) return true;
  }
  return false;
}

/** A year token ("2022"). */
export const YEAR = /^(?:19|20)\d{2}$/;

/** Does `[from, to)` (a sentence) have a four-digit year token? The rules' cheap prefilter. */
export function hasYearToken(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.text.length === 4 && YEAR.test(tokens[k]!.text)) return true;
  return false;
}

/**
 * "in 2018", "in May 2018": the year after the "in" at token `k` (a proper noun, the month,
 * may stand between), with its token index; undefined when there is none before `to`.
 */
export function inYearAt(tokens: readonly Token[], k: number, to: number): { year: number; k: number } | undefined {
  if (tokens[k]?.normal !== 'in') return undefined;
  let y = k + 1;
  if (tokens[y]?.pos === 'PROPN' && y + 1 < to && YEAR.test(tokens[y + 1]!.text)) y++;
  const t = tokens[y];
  return t && y < to && YEAR.test(t.text) ? { year: Number(t.text), k: y } : undefined;
}

/** "in 2018", "in May 2018" from token `k`, not "in 2018-19": the year of a clause and its token. */
export function yearAt(tokens: readonly Token[], k: number, to: number): { year: number; k: number } | undefined {
  const found = inYearAt(tokens, k, to);
  return found && !/^[-–\/]$/.test(tokens[found.k + 1]?.text ?? '') ? found : undefined;
}

/** Words before a year that make it the time of an act ("in 2022", "by early 2019", "since 2014"). */
const YEAR_LEADS = new Set(['in', 'during', 'by', 'until', 'early', 'late', 'mid', 'mid-', 'throughout', 'since']);
const isDash = (t: Token | undefined) => !!t && /^[-‐–/]$/.test(t.text);
const monthPeriod = (y: number, m: number): Period => ({ from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` });

/**
 * The days a word or word pair from the article's own time (`nearArticleWords`: "last month",
 * "this week", "yesterday") at token `k` stands for, from the article date; undefined for any
 * other words or without a date.
 */
export function nearArticlePeriod(doc: Document, k: number, to: number): Period | undefined {
  const { tokens } = doc;
  const date = doc.date;
  if (!date) return undefined;
  const day = (offset: number) => addDays(date, offset);
  const t = tokens[k]!;
  const pair = k + 1 < to ? `${t.normal} ${tokens[k + 1]!.normal}` : '';
  if (!NEAR_ARTICLE_WORDS.has(t.normal) && !NEAR_ARTICLE_WORDS.has(pair)) return undefined;
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  if (pair === 'last month') return m === 1 ? monthPeriod(y - 1, 12) : monthPeriod(y, m - 1);
  if (pair === 'this month') return { from: `${date.slice(0, 8)}01`, to: date };
  // "last week" may reach two weeks back; "this week" the seven days to the article.
  if (pair === 'last week') return { from: day(-14), to: day(-1) };
  if (pair === 'this week') return { from: day(-6), to: date };
  // "yesterday": a day word of the relative-day list.
  if (Object.hasOwn(RELATIVE_DAYS, t.normal)) return { from: day(RELATIVE_DAYS[t.normal]!), to: day(RELATIVE_DAYS[t.normal]!) };
  return undefined;
}

/**
 * The time written at token `k` ("2022", "January 2025", "14 March 2022"), as a day range,
 * when it dates an act: a full date, or a year after a month or a preposition and not in
 * front of a noun ("the 2022 plan", "in 2021-22"). Tokens `[from, to)` bound the look-around.
 */
export function timeAt(doc: Document, k: number, from: number, to: number): Period | undefined {
  const t = doc.tokens[k]!;
  for (const d of datesOverlapping(doc, t)) if (d.date && d.start <= t.start && t.end <= d.end) return { from: d.date, to: d.date };
  if (!YEAR.test(t.text)) return undefined;
  const next = doc.tokens[k + 1];
  if (next && k + 1 < to && (isDash(next) || next.pos === 'NOUN' || next.pos === 'PROPN')) return undefined;
  const y = Number(t.text);
  const prev = k - 1 >= from ? doc.tokens[k - 1]! : undefined;
  const month = prev ? MONTHS[prev.normal] : undefined;
  if (month) return monthPeriod(y, month);
  if (!prev || !YEAR_LEADS.has(prev.normal)) return undefined;
  return yearPeriod(y);
}

/**
 * The time written from token `k` on, after "since": "2014", "October 2024", "1 October 2024",
 * "October 1, 2024", or a bare month (its latest occurrence up to the article date). The
 * period and the index of its last token.
 */
export function timeFrom(doc: Document, k: number, to: number): { period: Period; last: number } | undefined {
  const { tokens } = doc;
  const t = tokens[k];
  if (!t || k >= to) return undefined;
  const d = datesOverlapping(doc, t).find((x) => x.date && x.start === t.start);
  if (d?.date) {
    let e = k;
    while (e + 1 < to && tokens[e + 1]!.end <= d.end) e++;
    return { period: { from: d.date, to: d.date }, last: e };
  }
  const next = k + 1 < to ? tokens[k + 1] : undefined;
  if (YEAR.test(t.text)) {
    if (isDash(next)) return undefined;
    const y = Number(t.text);
    return { period: yearPeriod(y), last: k };
  }
  const month = isCapitalised(t) ? MONTHS[t.normal] : undefined;
  if (!month) return undefined;
  if (next && YEAR.test(next.text)) return { period: monthPeriod(Number(next.text), month), last: k + 1 };
  if (!doc.date) return undefined;
  const [y, m] = [Number(doc.date.slice(0, 4)), Number(doc.date.slice(5, 7))];
  return { period: monthPeriod(month <= m ? y : y - 1, month), last: k };
}

/** Parts of speech inside a noun phrase, between its year and its head ("2023 gas supply deal"). */
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The year of the noun an agent phrase belongs to: "a 2023 gas deal signed by X", "the 2019
 * visit by X". `k` is the token before "by"; a participle there is stepped over. The year must
 * modify the noun (in front of it, inside the same noun phrase of at most a few words).
 */
export function yearOfHead(doc: Document, k: number, from: number): Period | undefined {
  const { tokens } = doc;
  let i = k;
  if (i >= from && tokens[i]!.pos === 'VERB' && tokens[i]!.normal !== tokens[i]!.lemma) i--;
  if (i < from || (tokens[i]!.pos !== 'NOUN' && tokens[i]!.pos !== 'PROPN')) return undefined;
  for (let n = 0; i >= from && n < 6; i--, n++) {
    const t = tokens[i]!;
    if (YEAR.test(t.text)) {
      const next = tokens[i + 1]!;
      if (i === k || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ')) return undefined;
      const y = Number(t.text);
      return yearPeriod(y);
    }
    if (!NOUN_PHRASE.has(t.pos) && !isDash(t)) return undefined;
  }
  return undefined;
}
