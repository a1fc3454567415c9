/**
 * Clock times as news copy writes them ("at about 4.10 a.m. on Monday", "shortly before
 * midnight on Sunday", "at 14:30"), read into a window of minutes so two outlets' times for
 * one event can be compared. Private helper: not a rule.
 */
import { oppositions } from './_oppositions.js';
import type { Document, Span } from '../../src/document/types.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { inChrome, inHeadline } from '../../src/document/index.js';

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
  const found2 = [...text.matchAll(WEEKDAY)];
  const days = found2.map((w) => WEEKDAYS.indexOf(w[1]!.toLowerCase()));
  // Several weekdays ("at 5.40 a.m. on Thursday ..., the coastguard said on Friday"): the one
  // written against the time ("5.40 a.m. on Thursday", "on Thursday at 5.40 a.m.") is the event's.
  const end = m.index! + m[0].length;
  const beside = found2.find((w) => /^\s*(?:on\s+)?$/i.test(text.slice(end, w.index!)) || /^\s*,?\s*(?:at\s+)?$/i.test(text.slice(w.index! + w[0].length, m.index!)));
  const day = new Set(days).size === 1 ? days[0]! : beside ? WEEKDAYS.indexOf(beside[1]!.toLowerCase()) : undefined;
  // "shortly before midnight on Sunday" is the end of Sunday, not its start.
  if (m[8] && /midnight/i.test(m[8]) && m[2]) minutes = 1440;
  const at = (day ?? 0) * 1440 + minutes;
  const [lo, hi] = m[1] ? [bounds.approximateMinutes, bounds.approximateMinutes] : m[2] ? [bounds.edgeMinutes, 0] : m[3] ? [0, bounds.edgeMinutes] : [bounds.exact, bounds.exact];
  const lead = m[0].search(/\S/);
  const start = s.start + m.index! + lead;
  return { span: { start, end: s.start + m.index! + m[0].length }, from: at - lo, to: at + hi, dated: day !== undefined };
}

const WEEK = 7 * 1440;

/** Whether two clock windows cannot be the same moment (by the week when both are dated, else by the day; `byDay`: the time of day alone). */
export function clocksDisagree(a: ClockTime, b: ClockTime, byDay = false): boolean {
  const period = a.dated && b.dated && !byDay ? WEEK : 1440;
  const fold = (x: number) => ((x % period) + period) % period;
  // They meet when one window's start lies inside the other, going round the day or the week.
  return fold(b.from - a.from) > a.to - a.from && fold(a.from - b.from) > b.to - b.from;
}

/** The kinds of timed event (rules/data/oppositions.json clockEvents): pattern -> group. */
const EVENTS = new PhraseIndex(oppositions.clockEvents.groups.flatMap((g, i) => g.map((p) => [p, i] as [string, number])));

/**
 * What a sentence with a clock time tells: its subject's words (from the start to the first
 * verb, determiners left out) and its kind of event (a clockEvents group, else the main verb's
 * lemma). Undefined when the sentence opens with no noun before its verb.
 */
function timedEventKey(doc: Document, si: number): string | undefined {
  const s = doc.sentences[si]!;
  const words: string[] = [];
  let k = s.tokenStart;
  let noun = false;
  for (; k < s.tokenEnd && words.length <= 4; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.pos === 'DET') continue;
    if (!/^(NOUN|PROPN|ADJ|NUM)$/.test(t.pos)) return undefined;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    words.push(t.lemma.toLowerCase());
  }
  if (!noun || k >= s.tokenEnd || words.length > 4) return undefined;
  const group = EVENTS.match(doc.tokens, k, s.tokenEnd)[0];
  let event: string | undefined = group ? `g${group.entry}` : undefined;
  for (let j = k; !event && j < s.tokenEnd; j++) if (doc.tokens[j]!.pos === 'VERB') event = doc.tokens[j]!.lemma.toLowerCase();
  return event ? `${words.join(' ')}|${event}` : undefined;
}

/** A cheap look at the tokens before the clock pattern runs: a digit, or midnight/noon/midday. */
function mayHaveClock(doc: Document, si: number): boolean {
  const s = doc.sentences[si]!;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const n = doc.tokens[k]!.normal;
    const c = n.charCodeAt(0);
    if ((c >= 48 && c <= 57) || n === 'midnight' || n === 'noon' || n === 'midday') return true;
  }
  return false;
}

/**
 * Sentences of two articles that time one event, however differently worded ("The trawler
 * ran aground at 5.40 a.m. on Thursday" / "The trawler struck the rocks just before midnight on
 * Wednesday"): the same subject and kind of event, each the only timed sentence of its article
 * with that key. Pairs as [article, sentence, article, sentence].
 */
export function timedEventPairs(docs: readonly Document[]): [number, number, number, number][] {
  const byKey = new Map<string, [number, number][]>();
  docs.forEach((doc, d) => {
    const mine = new Map<string, number[]>();
    doc.sentences.forEach((s, si) => {
      if (!mayHaveClock(doc, si) || inChrome(doc, s) || inHeadline(doc, s) || !clockTimeIn(doc, si)) return;
      const key = timedEventKey(doc, si);
      if (key) mine.set(key, [...(mine.get(key) ?? []), si]);
    });
    // Two timed sentences with one key in one article tell two moments: nothing to compare.
    for (const [key, list] of mine) if (list.length === 1) byKey.set(key, [...(byKey.get(key) ?? []), [d, list[0]!]]);
  });
  const out: [number, number, number, number][] = [];
  for (const list of byKey.values()) for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) out.push([list[i]![0], list[i]![1], list[j]![0], list[j]![1]]);
  return out;
}
