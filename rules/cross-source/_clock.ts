/**
 * Clock times as news copy writes them ("at about 4.10 a.m. on Monday", "shortly before
 * midnight on Sunday", "at 14:30"), read into a window of minutes so two outlets' times for
 * one event can be compared. Private helper: not a rule.
 */
import { oppositions } from './_oppositions.js';
import type { Document, Span } from '../../src/document/types.js';

const bounds = oppositions.clockBounds;
const alternation = (words: string[]) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\s+/g, '\\s+')).join('|');
const LEAD = `(?:(?:(${alternation(bounds.approximate)})|(${alternation(bounds.before)})|(${alternation(bounds.after)}))\\s+)?`;
// Groups: 1-3 lead words; 4-6 hour, minutes, a.m./p.m.; 7 a 24-hour time; 8 midnight/noon.
const CLOCK = new RegExp(
  String.raw`\b(?:at\s+)?${LEAD}(?:(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\b\.?|\b((?:[01]?\d|2[0-3]):[0-5]\d)\b(?![:\d])|\b(midnight|noon|midday)\b)`,
  'gi',
);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi;

export interface ClockTime {
  span: Span;
  /** The window the words allow, in minutes from Sunday 00:00 (or from midnight when no weekday is written). */
  from: number;
  to: number;
  /** A weekday written in the sentence fixes the day. */
  dated: boolean;
}

/** The one clock time of a sentence (with its weekday, if one), or undefined when it has none or several. */
export function clockTimeIn(doc: Document, sentence: number): ClockTime | undefined {
  const s = doc.sentences[sentence]!;
  const text = doc.text.slice(s.start, s.end);
  // A live blog's entry stamp at the start of the sentence ("09:45  The hole opened ...") is not the event's time.
  const found = [...text.matchAll(CLOCK)].filter((m) => !(m.index === 0 && m[7]));
  if (found.length !== 1) return undefined;
  const m = found[0]!;
  let minutes: number;
  if (m[8]) minutes = /midnight/i.test(m[8]) ? 0 : 720;
  else if (m[7]) {
    const [h, mm] = m[7].split(':').map(Number);
    minutes = h! * 60 + mm!;
  } else {
    const h = Number(m[4]);
    if (h < 1 || h > 12) return undefined;
    minutes = (h % 12) * 60 + Number(m[5] ?? 0) + (m[6]!.toLowerCase() === 'p' ? 720 : 0);
  }
  const days = [...text.matchAll(WEEKDAY)].map((w) => WEEKDAYS.indexOf(w[1]!.toLowerCase()));
  const day = new Set(days).size === 1 ? days[0]! : undefined;
  // "shortly before midnight on Sunday" is the end of Sunday, not its start.
  if (m[8] && /midnight/i.test(m[8]) && m[2]) minutes = 1440;
  const at = (day ?? 0) * 1440 + minutes;
  const [lo, hi] = m[1] ? [bounds.approximateMinutes, bounds.approximateMinutes] : m[2] ? [bounds.edgeMinutes, 0] : m[3] ? [0, bounds.edgeMinutes] : [bounds.exact, bounds.exact];
  const lead = m[0].search(/\S/);
  const start = s.start + m.index! + lead;
  return { span: { start, end: s.start + m.index! + m[0].length }, from: at - lo, to: at + hi, dated: day !== undefined };
}

const WEEK = 7 * 1440;

/** Whether two clock windows cannot be the same moment (by the week when both are dated, else by the day). */
export function clocksDisagree(a: ClockTime, b: ClockTime): boolean {
  const period = a.dated && b.dated ? WEEK : 1440;
  const fold = (x: number) => ((x % period) + period) % period;
  // They meet when one window's start lies inside the other, going round the day or the week.
  return fold(b.from - a.from) > a.to - a.from && fold(a.from - b.from) > b.to - b.from;
}
