/**
 * Dates as written: full dates ("Thursday, November 13, 2025", "16 November 2025"),
 * month-day without a year (year taken from the article date), weekdays, and years.
 * The patterns are fixed, anchored on word boundaries and free of nested quantifiers,
 * so they run in linear time on any input.
 */
import type { DateMention, Span } from './types.js';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** Weekday and month names written out in full ("monday", "march"): a day or a month, not a name, when alone. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([...WEEKDAYS, ...Object.keys(MONTHS).filter((m) => (m.length > 3 && m !== 'sept') || m === 'may')]);

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;
/**
 * A weekday before a date, perhaps cut short ("Tues, Aug 29", "Sat. 3 May"), with the date in
 * brackets after it ("Saturday (16 February)"), or naming an event held on the date
 * ("Tuesday's meeting on 9 October").
 */
// \u2019: a curly apostrophe (a RegExp escape, as in RANGE_SEP below).
const WEEKDAY_LEAD = String.raw`(Sun(?:day)?|Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?)(?:\.?,?\s+|\s+\(|['\u2019]s\s+[a-z]+(?:\s+[a-z]+)?\s+on\s+)`;
/** After a date, a weekday in apposition: "on 20 March, a Saturday", "June 3 (Tuesday)". */
const WEEKDAY_TAIL = String.raw`(?:,\s+(?:which\s+(?:was|is)\s+)?an?\s+${WEEKDAY}\b|\s+\(${WEEKDAY}\))`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

// Groups: 1 weekday before, then month and day (in the pattern's order), 4 year, 5-6 weekday after.
// The `d` flag gives each group's offsets, so a weekday's span is taken from the match itself.
// weekday? month day (, year)? weekday?
const MDY = new RegExp(String.raw`\b(?:${WEEKDAY_LEAD})?${MONTH}\s+${DAY}\b(?:,?\s+${YEAR}\b)?${WEEKDAY_TAIL}?`, 'gd');
// weekday? (the)? day (of)? month year? weekday? ("Thursday, the 18th of September")
const DMY = new RegExp(String.raw`\b(?:${WEEKDAY_LEAD})?(?:the\s+)?${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?${WEEKDAY_TAIL}?`, 'gd');
// \u2013: an en dash. These are regular-expression sources, so the escape is the
// RegExp's, and the CLI bundle stays ASCII (see scripts/ascii-bundle.mjs).
const RANGE_SEP = String.raw`\s*(?:-|\u2013|to|and|through)\s*`;
/** "from Friday to Saturday, 19 to 20 September": two weekdays over a day range. Groups: 1-2 weekdays, 3-4 days, 5 month, 6 year. */
const WEEKDAY_RANGE = new RegExp(String.raw`\b${WEEKDAY}${RANGE_SEP}${WEEKDAY},?\s+${DAY}${RANGE_SEP}${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?`, 'gd');
/** "the weekend of 8-9 March": a Saturday and Sunday (a Friday or a Monday with them). Groups: 1-2 days, 3 month, 4 year. */
const WEEKEND = new RegExp(String.raw`\b[Ww]eekend\s+of\s+${DAY}${RANGE_SEP}${DAY}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR}\b)?`, 'g');
/** "on Sunday the 10th", "Monday, the 21st": a weekday and a day of the article's month. Groups: 1 weekday, 2 day. */
const WEEKDAY_ORDINAL = new RegExp(String.raw`\b${WEEKDAY},?\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])`, 'gd');
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const ISO = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g;
const BARE_WEEKDAY = new RegExp(String.raw`\b${WEEKDAY}\b`, 'g');
const BARE_YEAR = /\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|of|[Ff]rom)\s+((?:19|20)\d{2})\b(?!-)/g;

export function isoDay(y: number, m: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return undefined;
  return dt.toISOString().slice(0, 10);
}

export function weekdayOf(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
}

/** Days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

/** Years (of 365.25 days) from `from` to `to`. */
export const yearsBetween = (from: string, to: string): number => daysBetween(from, to) / 365.25;

export function addDays(iso: string, days: number): string {
  const dt = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  dt.setUTCDate(dt.getUTCDate() + days);
  return dt.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** A month-day with no year: the year that puts it nearest the article date. */
function inferYear(month: number, day: number, articleDate?: string): number | undefined {
  if (!articleDate) return undefined;
  const year = Number(articleDate.slice(0, 4));
  const ref = Date.parse(articleDate.slice(0, 10));
  let best: number | undefined;
  let bestGap = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const iso = isoDay(y, month, day);
    if (!iso) continue;
    const gap = Math.abs(Date.parse(iso) - ref);
    if (gap < bestGap) [best, bestGap] = [y, gap];
  }
  return best;
}

/**
 * The characters of `text[from, to)` already covered by a date, so a new match is checked
 * against its own characters only: a paragraph with thousands of dates (a fixtures list, a
 * court calendar pasted as one block) stays linear, where checking every date already read
 * made it quadratic. Dates are a few dozen characters long. (doc-cache's SpanSet would re-sort
 * on every query here: each date pattern's matches come in text order, but the patterns
 * interleave.)
 */
class Taken {
  private readonly covered: Uint8Array;
  constructor(private readonly from: number, to: number) {
    this.covered = new Uint8Array(Math.max(0, to - from));
  }
  /** Covers `a` unless it overlaps a date already read; whether it did. */
  add(a: Span): boolean {
    const lo = a.start - this.from;
    const hi = a.end - this.from;
    for (let i = lo; i < hi; i++) if (this.covered[i]) return false;
    this.covered.fill(1, lo, hi);
    return true;
  }
}

/**
 * The first match of a global regex in `s`, from the start; the loop goes on with `re.exec`.
 * (matchAll copies the regex on every call, and this runs five times per paragraph.)
 * None of the date patterns can match the empty string, so the loop always advances.
 */
function from0(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/** All dates in `text[from, to)`. */
export function findDates(text: string, articleDate?: string, from = 0, to = text.length): DateMention[] {
  const slice = text.slice(from, to);
  const out: DateMention[] = [];
  const taken = new Taken(from, to);
  const push = (m: DateMention) => {
    if (taken.add(m)) out.push(m);
  };
  // Both month patterns need a capitalised month name: most paragraphs have none.
  const months = MONTH_HINT.test(slice);
  // Ranges first: their days would otherwise be read as single dates.
  if (months) for (let m = from0(WEEKDAY_RANGE, slice); m; m = WEEKDAY_RANGE.exec(slice)) {
    const month = monthNumber(m[5]!);
    if (!/^[A-Z]/.test(m[5]!)) continue;
    const y = m[6] ? Number(m[6]) : inferYear(month, Number(m[3]), articleDate);
    // Each weekday with its own day; the second mention takes the rest of the range.
    const parts = [
      { at: m.indices![1]!, start: from + m.index, end: from + m.indices![1]![1], day: Number(m[3]), name: m[1]! },
      { at: m.indices![2]!, start: from + m.indices![2]![0], end: from + m.index + m[0].length, day: Number(m[4]), name: m[2]! },
    ];
    for (const part of parts) {
      const mention: DateMention = { start: part.start, end: part.end, weekday: weekdayIndex(part.name), weekdaySpan: { start: from + part.at[0], end: from + part.at[1] } };
      const iso = y === undefined ? undefined : isoDay(y, month, part.day);
      if (iso) mention.date = iso;
      if (m[6]) mention.year = y;
      push(mention);
    }
  }
  if (months) for (let m = from0(WEEKEND, slice); m; m = WEEKEND.exec(slice)) {
    const month = monthNumber(m[3]!);
    if (!/^[A-Z]/.test(m[3]!)) continue;
    const y = m[4] ? Number(m[4]) : inferYear(month, Number(m[1]), articleDate);
    const first = y === undefined ? undefined : isoDay(y, month, Number(m[1]));
    const last = y === undefined ? undefined : isoDay(y, month, Number(m[2]));
    if (!first || !last || last <= first) continue;
    const start = from + m.index;
    push({ start, end: start + m[0].length, date: first, weekendThrough: last, ...(m[4] ? { year: y } : {}) });
  }
  // "Sunday the 10th": the article's month when that day has come by the article date, else it is not fixed.
  if (articleDate) for (let m = from0(WEEKDAY_ORDINAL, slice); m; m = WEEKDAY_ORDINAL.exec(slice)) {
    const day = Number(m[2]);
    if (day > Number(articleDate.slice(8, 10))) continue;
    const iso = isoDay(Number(articleDate.slice(0, 4)), Number(articleDate.slice(5, 7)), day);
    if (!iso) continue;
    const at = m.indices![1]!;
    push({ start: from + m.index, end: from + m.index + m[0].length, date: iso, weekday: weekdayIndex(m[1]!), weekdaySpan: { start: from + at[0], end: from + at[1] }, monthFromArticle: true });
  }
  if (months) for (let m = from0(MDY, slice); m; m = MDY.exec(slice)) {
    const [, , mon, day, year] = m;
    const month = monthNumber(mon!);
    // "May 5" is a date, but "may 5" in running text is not: months must be capitalised.
    if (!/^[A-Z]/.test(mon!)) continue;
    const y = year ? Number(year) : inferYear(month, Number(day), articleDate);
    push(makeDate(from, slice, m, y, month, Number(day), !!year));
  }
  if (months) for (let m = from0(DMY, slice); m; m = DMY.exec(slice)) {
    const [, , day, mon, year] = m;
    if (!/^[A-Z]/.test(mon!)) continue;
    const month = monthNumber(mon!);
    const y = year ? Number(year) : inferYear(month, Number(day), articleDate);
    push(makeDate(from, slice, m, y, month, Number(day), !!year));
  }
  for (let m = from0(ISO, slice); m; m = ISO.exec(slice)) {
    const date = isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) push({ start: from + m.index, end: from + m.index + m[0].length, date });
  }
  for (let m = from0(BARE_WEEKDAY, slice); m; m = BARE_WEEKDAY.exec(slice)) {
    const start = from + m.index;
    push({ start, end: start + m[0].length, weekday: WEEKDAYS.indexOf(m[1]!.toLowerCase() as (typeof WEEKDAYS)[number]) });
  }
  for (let m = from0(BARE_YEAR, slice); m; m = BARE_YEAR.exec(slice)) {
    const start = from + m.index + m[0].length - 4;
    push({ start, end: start + 4, year: Number(m[1]) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 0 = Sunday: by a weekday's first three letters ("Tues" and "Tuesday" alike). */
const weekdayIndex = (name: string) => WEEKDAYS.findIndex((w) => w.startsWith(name.slice(0, 3).toLowerCase()));

/** A date match of MDY or DMY (groups as documented there) in `slice`, which starts at `from`. */
function makeDate(from: number, slice: string, m: RegExpExecArray, y: number | undefined, month: number, day: number, explicitYear: boolean): DateMention {
  const start = from + m.index;
  const end = start + m[0].length;
  const mention: DateMention = { start, end };
  if (y !== undefined) {
    const iso = isoDay(y, month, day);
    if (iso) mention.date = iso;
  }
  // The weekday before the date, else the one after it.
  const group = [1, 5, 6].find((g) => m[g] !== undefined);
  const at = group === undefined ? undefined : m.indices?.[group];
  // "The Sun, 5 March" is a newspaper's name on a dateline, not a Sunday.
  const newspaper = group === 1 && m[1] === 'Sun' && /\bthe\s+$/i.test(slice.slice(Math.max(0, m.index - 5), m.index));
  if (at && !newspaper) {
    mention.weekday = weekdayIndex(m[group!]!);
    mention.weekdaySpan = { start: from + at[0], end: from + at[1] };
  }
  if (explicitYear) mention.year = y;
  return mention;
}
