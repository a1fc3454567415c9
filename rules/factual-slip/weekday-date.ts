import type { DateMention, Document, Span, Token } from '../../src/document/types.js';
import { addDays, isoDay, WEEKDAYS, weekdayOf } from '../../src/document/dates.js';
import { tokenStartingAt } from '../../src/engine/doc-cache.js';
import { defineRule } from '../../src/engine/rule.js';
import { RECURRING_WEEKDAY, RELATIVE_DAYS } from './_markers.js';

const dayName = (d: number) => WEEKDAYS[d]!.charAt(0).toUpperCase() + WEEKDAYS[d]!.slice(1);
const article = (d: number) => `${/^[aeiou]/i.test(WEEKDAYS[d]!) ? 'an' : 'a'} ${dayName(d)}`;

/** Punctuation that may stand between "yesterday" and its weekday: "yesterday (Friday)", "today, Saturday,". */
const JOINER = /^[\s,(\[—–-]*$/;

/**
 * The first token, up to three either side of the weekday at `m` in its sentence with only
 * commas, brackets and dashes between, that `read` gives a value for: the token, its side
 * and the value.
 */
function besideWeekday<T>(doc: Document, m: DateMention, read: (t: Token) => T | undefined): { t: Token; dir: -1 | 1; value: T } | undefined {
  const { tokens, text } = doc;
  const k = tokenStartingAt(doc, m.start);
  if (k < 0) return undefined;
  const sentence = tokens[k]!.sentence;
  for (const dir of [-1, 1] as const) {
    for (let step = 1; step <= 3; step++) {
      const t = tokens[k + dir * step];
      if (!t || t.sentence !== sentence) break;
      const value = read(t);
      if (value !== undefined) {
        const gap = dir < 0 ? text.slice(t.end, m.start) : text.slice(m.end, t.start);
        if (JOINER.test(gap)) return { t, dir, value };
        break;
      }
      if (!/^[,(\[—–-]$/.test(t.text)) break;
    }
  }
  return undefined;
}

/**
 * A relative day word written right next to a bare weekday, either side:
 * "yesterday (Friday)", "Friday (yesterday)", "today, Saturday". Returns the word's offset.
 */
function relativeNextTo(doc: Document, m: DateMention): { span: Span; offset: number; word: string } | undefined {
  // Own keys only: a word such as "constructor" is no relative day.
  const found = besideWeekday(doc, m, (t) => (Object.hasOwn(RELATIVE_DAYS, t.normal) ? RELATIVE_DAYS[t.normal] : undefined));
  if (!found) return undefined;
  const { t, dir, value: offset } = found;
  // Keep the closing bracket of "yesterday (Friday)" inside the span.
  const close = dir < 0 && /^[)\]]/.test(doc.text.slice(m.end, m.end + 1)) ? 1 : 0;
  return { span: dir < 0 ? { start: t.start, end: m.end + close } : { start: m.start, end: t.end }, offset, word: t.normal };
}

/** A numeric date in one token: "14.02.2025", "14/02/2025", "14-02-2025". */
const NUMERIC_DATE = /^(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d{2})$/;

/** The calendar days a numeric date can mean: day first (most of the world) and month first (the US). */
function numericReadings(text: string): string[] {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return [];
  const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])];
  // A real day only: 31.02 is no date.
  return [...new Set([isoDay(y, b, a), isoDay(y, a, b)].filter((d): d is string => !!d))];
}

/**
 * A numeric date written right next to a bare weekday: "14.02.2025 (Friday)", "Friday,
 * 14/02/2025". The document's date reader does not read numeric dates, so the weekday
 * stands alone; the token beside it (brackets and commas between) is read here.
 */
function numericNextTo(doc: Document, m: DateMention): { token: string; days: string[] } | undefined {
  const found = besideWeekday(doc, m, (t) => {
    const days = numericReadings(t.text);
    return days.length ? days : undefined;
  });
  return found ? { token: found.t.text, days: found.value } : undefined;
}

/**
 * "the weekend of 8-9 March" must be a Saturday and a Sunday (with the Friday or the Monday
 * of a long weekend): why not, or undefined.
 */
function weekendMisnamed(first: string, last: string): string | undefined {
  const days: string[] = [];
  for (let d = first; d <= last && days.length < 4; d = addDays(d, 1)) days.push(d);
  if (days.length > 3) return undefined;
  const names = days.map(weekdayOf);
  if (names.includes(6) && names.includes(0)) return undefined;
  return `A weekend is a Saturday and a Sunday, but ${days.map((d, i) => `${d} was ${article(names[i]!)}`).join(' and ')}.`;
}

/** "tuesday" or "tuesdays": the weekday's number, or -1. */
function weekdayWord(normal: string): number {
  const d = WEEKDAYS.indexOf(normal as (typeof WEEKDAYS)[number]);
  return d >= 0 || !normal.endsWith('s') ? d : WEEKDAYS.indexOf(normal.slice(0, -1) as (typeof WEEKDAYS)[number]);
}

/**
 * "every Tuesday since 4 September", "each Friday from 3 May", "on Mondays starting 7 October":
 * a recurring weekday whose run starts on the date after the anchor word, which the writer
 * gives as the first of those weekdays. The weekday, the span from the weekday phrase to the
 * date, or undefined. A date with its own weekday is read by the main check.
 */
function recurringBefore(doc: Document, m: DateMention): { weekday: number; span: Span; weak: boolean } | undefined {
  const { tokens } = doc;
  const k = tokenStartingAt(doc, m.start);
  if (k < 2) return undefined;
  const anchor = tokens[k - 1]!;
  const day = tokens[k - 2]!;
  const weak = RECURRING_WEEKDAY.weakAnchorWords.has(anchor.normal);
  if ((!weak && !RECURRING_WEEKDAY.anchorWords.has(anchor.normal)) || day.sentence !== tokens[k]!.sentence) return undefined;
  const weekday = weekdayWord(day.normal);
  if (weekday < 0) return undefined;
  // A singular weekday recurs only after "every" / "each"; a plural one recurs by itself.
  const plural = day.normal.length > WEEKDAYS[weekday]!.length;
  const every = tokens[k - 3];
  if (!plural && !(every && every.sentence === day.sentence && RECURRING_WEEKDAY.everyWords.has(every.normal))) return undefined;
  const start = plural ? day.start : every!.start;
  // The mention may take in a full stop after the date.
  let end = m.end;
  while (end > m.start && /[.,;:]/.test(doc.text[end - 1]!)) end--;
  // "from 1 June to 31 August", "between ... and ...": a period, whose first day is any day.
  const after = doc.text.slice(m.end, m.end + 12).match(/^[\s–-]*([\p{L}–-]+)?/u);
  const next = after?.[1]?.toLowerCase();
  if (next && RECURRING_WEEKDAY.rangeEnds.has(next)) return undefined;
  if (/^\s*[–-]/.test(doc.text.slice(m.end, m.end + 3))) return undefined;
  return { weekday, span: { start, end }, weak };
}

export default defineRule({
  meta: {
    id: 'factual-slip/weekday-date',
    category: 'factual-slip',
    severity: 'error',
    description: 'A weekday that does not match its date ("Thursday, March 5, 2025" was a Wednesday; "14.02.2025 (Thursday)" was a Friday), or "yesterday (Friday)" when yesterday was another day.',
    why: 'A wrong weekday leaves readers unsure which day is meant, and it is a sign the date itself may be wrong.',
    examples: {
      flagged: [
        { text: 'The council will vote on Thursday, March 5, 2025, after a public hearing.', flag: 'Thursday' },
        { text: 'The strike began yesterday (Friday) at the port of Rotterdam.', flag: 'yesterday (Friday)', publishedAt: '2025-11-16' },
        { text: 'Polls close on Saturday 9 March 2025 at 8 p.m.', flag: 'Saturday' },
        { text: 'The notice, dated 14.02.2025 (Thursday), gave tenants 30 days to leave.', flag: 'Thursday' },
      ],
      fine: [
        { text: 'On Thursday, November 13, 2025, the company announced the results.' },
        { text: 'On Saturday, the company denied the claims.', publishedAt: '2025-11-16' },
        { text: 'The strike began yesterday (Saturday) at the port of Rotterdam.', publishedAt: '2025-11-16' },
        { text: 'The notice, dated 14.02.2025 (Friday), gave tenants 30 days to leave.' },
      ],
    },
  },
  check({ doc, report }) {
    for (const m of doc.dates) {
      if (m.weekendThrough && m.date) {
        const misnamed = weekendMisnamed(m.date, m.weekendThrough);
        if (misnamed) report({ span: { start: m.start, end: m.end }, message: misnamed });
        continue;
      }
      if (m.weekday === undefined) {
        if (!m.date) continue;
        // "every Tuesday since 4 September": the run's first day must be a Tuesday. Only a
        // day the text fixes ("4 September", not "September"), not after the article date
        // (a year guessed wrong across New Year).
        if (m.weekendThrough || !/\d/.test(doc.text.slice(m.start, m.end)) || (doc.date && m.date > doc.date)) continue;
        const run = recurringBefore(doc, m);
        if (!run || weekdayOf(m.date) === run.weekday) continue;
        const inferred = m.year === undefined && !/(?:19|20)\d\d/.test(doc.text.slice(m.start, m.end)) ? ' (taking the year from the article date)' : '';
        // The date may be where the run was counted from rather than its first day: a warning.
        report({ span: run.span, severity: run.weak ? 'info' : 'warning', message: `${m.date} was ${article(weekdayOf(m.date))}, not ${article(run.weekday)}, so a run of ${dayName(run.weekday)}s cannot start on it${inferred}.` });
        continue;
      }
      if (m.date && m.weekdaySpan) {
        const actual = weekdayOf(m.date);
        if (actual === m.weekday) continue;
        const inferred = m.monthFromArticle ? ` (taking the month and year from the article date)` : m.year === undefined ? ` (taking the year from the article date)` : '';
        report({ span: m.weekdaySpan, message: `${m.date} was ${article(actual)}, not ${article(m.weekday)}${inferred}.` });
        continue;
      }
      if (m.date) continue;
      const numeric = numericNextTo(doc, m);
      if (numeric) {
        // Only when no reading of the digits (day first or month first) falls on that weekday.
        if (numeric.days.some((d) => weekdayOf(d) === m.weekday)) continue;
        const said = numeric.days.map((d) => `${d} was ${article(weekdayOf(d))}`).join(' and ');
        report({ span: { start: m.start, end: m.end }, message: `${numeric.token} is not ${article(m.weekday)}: ${said}.` });
        continue;
      }
      if (!doc.date) continue;
      const rel = relativeNextTo(doc, m);
      if (!rel) continue;
      const day = addDays(doc.date, rel.offset);
      const actual = weekdayOf(day);
      if (actual === m.weekday) continue;
      // A timestamp is in one time zone and the writer's "yesterday" in another: allow a day either way.
      const timed = (doc.article.publishedAt?.length ?? 0) > 10;
      if (timed && [-1, 1].some((d) => weekdayOf(addDays(day, d)) === m.weekday)) continue;
      report({ span: rel.span, message: `"${rel.word}" is ${day} by the article date (${doc.date}), ${article(actual)}, not ${article(m.weekday)}.` });
    }
  },
});
