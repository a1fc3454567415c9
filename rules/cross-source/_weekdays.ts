/**
 * Events a sentence puts on a bare weekday: "went missing on Friday afternoon", "was arrested on
 * Monday", "broke down on Sunday night". The verb (with one complement word: "went missing",
 * "broke down") stands right before "on <weekday>". Two outlets that tell one event in aligned
 * sentences and put it on different days disagree on the day (cross-source/conflicting-detail).
 * Private helper: not a rule. oppositions.json `weekdayEvents` holds the word lists.
 */
import { oppositions } from './_oppositions.js';
import { senseOfWord } from './_story.js';
import { people } from '../../src/document/people.js';
import { datesWithin, firstTokenFrom } from '../../src/engine/doc-cache.js';
import { addDays, weekdayOf } from '../../src/document/dates.js';
import type { Document, Span, Token } from '../../src/document/types.js';

const w = oppositions.weekdayEvents;
const STATES = new Set(w.states);
const EDGES = new Set(w.edges);
const FUTURE = new Set(w.future);
/** Complement words between a verb and "on": "went missing", "broke down", "ran dry". */
const COMPLEMENT = /^(ADJ|ADV|PART|ADP)$/;

export interface WeekdayEvent {
  /** The kind of event: the verb's word family, else its lemma and its written form, each with its complement ("go|missing", "went|missing"). */
  keys: string[];
  /** The day the weekday names, counted from the publication date (`YYYY-MM-DD`). */
  date: string;
  weekday: number;
  /** Near midnight ("late on Tuesday", "on Tuesday night"): the next or previous day may be the same moment. */
  edge: boolean;
  /** From the verb to the weekday ("went missing on Friday"). */
  span: Span;
}

const lemmaOf = (t: Token) => t.lemma.toLowerCase();

/** The day of `weekday` nearest before (or, for an event ahead, after) the publication date. */
function dayOf(published: string, weekday: number, ahead: boolean): string | undefined {
  if (!Number.isFinite(Date.parse(`${published.slice(0, 10)}T00:00:00Z`))) return undefined;
  const pw = weekdayOf(published);
  return addDays(published, ahead ? (weekday - pw + 7) % 7 : -((pw - weekday + 7) % 7));
}

/** The events sentence `si` puts on a bare weekday (no written date), each by its verb. */
export function weekdayEvents(doc: Document, si: number): WeekdayEvent[] {
  const published = doc.article.publishedAt ?? doc.date;
  if (!published) return [];
  const { tokens } = doc;
  const s = doc.sentences[si]!;
  const out: WeekdayEvent[] = [];
  for (const d of datesWithin(doc, s)) {
    if (d.weekday === undefined || d.date) continue;
    const k = firstTokenFrom(doc, d.start);
    if (k - 2 < s.tokenStart || tokens[k - 1]!.normal !== 'on') continue;
    let j = k - 2;
    // "late on Tuesday": the time of day, not the complement.
    let edge = EDGES.has(tokens[j]!.normal);
    if (edge) j--;
    if (j < s.tokenStart) continue;
    let verb = j;
    let complement: Token | undefined;
    if (tokens[j]!.pos !== 'VERB' && COMPLEMENT.test(tokens[j]!.pos) && j - 1 >= s.tokenStart) {
      const before = tokens[j - 1]!;
      // "went missing on Friday": an adjective before "on" is no noun's modifier, so the word
      // before it is the verb, whatever the tagger says (a noun after a number: "a crew of 4 went missing").
      if (before.pos === 'VERB' || (tokens[j]!.pos === 'ADJ' && before.pos === 'NOUN' && !before.capitalised)) {
        complement = tokens[j];
        verb = j - 1;
      }
    }
    const v = tokens[verb]!;
    if ((v.pos !== 'VERB' && !complement) || STATES.has(lemmaOf(v)) || people.cueLemmas.has(lemmaOf(v))) continue;
    // "remained closed on Monday": a participle after a verb of state tells the state ("was
    // closed on Monday" is the act: "be" only makes the passive).
    const prev = tokens[verb - 1];
    if (prev && verb - 1 >= s.tokenStart && STATES.has(lemmaOf(prev)) && lemmaOf(prev) !== 'be') continue;
    // "on Tuesday night", "on Tuesday evening".
    let e = k;
    while (e < s.tokenEnd && tokens[e]!.start < d.end) e++;
    if (e < s.tokenEnd && EDGES.has(tokens[e]!.normal)) edge = true;
    let ahead = false;
    for (let b = verb - 1; b >= Math.max(s.tokenStart, verb - 3); b--) if (FUTURE.has(tokens[b]!.normal)) ahead = true;
    const date = dayOf(published, d.weekday, ahead);
    if (!date) continue;
    const sense = senseOfWord(v);
    const tail = `|${complement ? complement.normal : ''}`;
    // The word as written too: a verb the tagger read as a noun keeps its form ("went") for a lemma.
    const keys = sense ? ['#' + sense + tail] : [...new Set([lemmaOf(v), v.normal])].map((x) => x + tail);
    out.push({ keys, date, weekday: d.weekday, edge, span: { start: v.start, end: d.end } });
  }
  return out;
}

/**
 * The numbers a sentence writes outside its dates ("58", "two"), lower case. Two sentences that
 * both count and share no number may tell two batches of one kind of event ("12 were discharged
 * on Thursday" / "nine were discharged on Friday").
 */
export function countsIn(doc: Document, si: number): Set<string> {
  const s = doc.sentences[si]!;
  const dates = datesWithin(doc, s);
  const out = new Set<string>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'NUM' && !dates.some((d) => d.start <= t.start && t.end <= d.end)) out.add(t.normal.replace(/,/g, ''));
  }
  return out;
}

/** Two events of one kind: a key in common. */
export const sameKind = (a: WeekdayEvent, b: WeekdayEvent) => a.keys.some((k) => b.keys.includes(k));

/** Two days one after the other, one of them told near midnight: may be one moment. */
export function nearMidnight(a: WeekdayEvent, b: WeekdayEvent): boolean {
  return (a.edge || b.edge) && (addDays(a.date, 1) === b.date || addDays(b.date, 1) === a.date || a.date === b.date);
}
