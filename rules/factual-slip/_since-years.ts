/**
 * "in the eight years since X took power", "for nearly four years since X became president": a
 * length of time counted from the start of someone's stretch in office to the article's date.
 * The record dates the start; a count more than a year off it (with room for "nearly", "more
 * than") is wrong. Only for someone in that office on the article date: the count runs to today.
 * When a caveat ends on the recorded start (an interim period before the swearing-in), the stretch may
 * have begun as early as the caveat's first day, and any start in between fits.
 * Used by factual-slip/won-office-year; the words are data (wonOffice, agoNumbers, durationHedges).
 */
import { addDays, yearsBetween } from '../../src/document/dates.js';
import type { Document, Span } from '../../src/document/types.js';
import { nameAt, nameContinues, titleAt, type NameMatch } from './_match.js';
import { WON_OFFICE } from './_markers.js';
import { CLAUSES, officesFor, wordsAt } from './_clauses.js';
import { asOf, heldOn, isSettled, tenureStart, type Office, type Term } from './_offices.js';

/** A plain count may be this far off the record, in years (rounding, "eight years" for seven and a half). */
const TOLERANCE = 1;

export interface SinceYearsFlag {
  span: Span;
  message: string;
}

/** The count before "years since": a digit or a number word, and a hedge before it. */
function countBefore(doc: Document, y: number, from: number): { n: number; hedge: 'under' | 'over' | 'plain'; first: number } | undefined {
  const { tokens } = doc;
  const k = y - 1;
  if (k < from) return undefined;
  const t = tokens[k]!;
  const n = /^\d{1,2}$/.test(t.text) ? Number(t.text) : CLAUSES.agoNumbers.get(t.normal);
  if (!n || t.normal === 'a') return undefined;
  for (const [hedge, phrases] of [['under', CLAUSES.durationHedges.under], ['over', CLAUSES.durationHedges.over]] as const) {
    for (const p of phrases) {
      const at = k - p.length;
      if (at >= from && wordsAt(tokens, at, k, [p]) === k) return { n, hedge, first: at };
    }
  }
  return { n, hedge: 'plain', first: k };
}

/** The name after "since", past a title ("since President X") or a rank the record lacks ("since General X"). */
function nameAfter(doc: Document, k: number, to: number): { name: NameMatch; offices?: Office[] } | undefined {
  const title = titleAt(doc, k, to);
  const at = title?.offices.length ? title.last : k;
  let name = nameAt(doc, at, to);
  if (!name && !title && /^\p{Lu}\p{Ll}+\.?$/u.test(doc.tokens[k]?.text ?? '')) name = nameAt(doc, k + 1, to);
  if (!name || nameContinues(doc, name, to)) return undefined;
  return { name, offices: title?.offices.length ? officesFor(name, title) ?? [] : undefined };
}

/**
 * The office the verb phrase after the name names: "took power" (heads of state and government),
 * "took office" (the title's, or any), "won the presidency", "became president". The offices and
 * the phrase's last token + 1.
 */
function startPhrase(doc: Document, name: NameMatch, titled: Office[] | undefined, to: number): { offices: Office[]; last: number } | undefined {
  const { tokens } = doc;
  const held = [...new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office)))];
  let i = name.last;
  const verb = tokens[i]?.normal ?? '';
  if (WON_OFFICE.verbs.has(verb) || CLAUSES.seizedVerbs.has(verb)) {
    let o = i + 1;
    if (tokens[o]?.normal === 'to') o++;
    if (tokens[o]?.normal === 'the') o++;
    const object = tokens[o]?.normal ?? '';
    const roles = WON_OFFICE.objects.get(object);
    if (!roles) return undefined;
    const kinds = WON_OFFICE.kindObjects.get(object);
    let offices = titled ?? held;
    if (!titled && kinds) offices = offices.filter((o) => o.kind.some((k) => kinds.includes(k)));
    if (roles.length) offices = offices.filter((o) => o.titles.some((x) => roles.includes(x.toLowerCase())));
    return { offices, last: o + 1 };
  }
  const end = wordsAt(tokens, i, to, WON_OFFICE.becameVerbs);
  if (end <= i) return undefined;
  i = end;
  if (tokens[i]?.normal === 'the') i++;
  const title = titleAt(doc, i, to);
  if (!title?.offices.length) return undefined;
  const offices = officesFor(name, title);
  return offices ? { offices, last: title.last } : undefined;
}

/** The earliest day a stretch starting at `start` may have begun: a caveat that runs up to it. */
function earliestStart(office: Office, start: string): string {
  const c = (office.caveats ?? []).find((c) => c.from < start && c.to !== undefined && c.to >= start && c.to <= addDays(start, 1));
  return c ? c.from : start;
}

/** "3 years and 7 months" for a message. */
function describeSpan(y: number): string {
  const months = Math.round(y * 12);
  const [a, b] = [Math.floor(months / 12), months % 12];
  const part = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return b ? (a ? `${part(a, 'year')} and ${part(b, 'month')}` : part(b, 'month')) : part(a, 'year');
}

export function sinceYearsFlags(doc: Document): SinceYearsFlag[] {
  const date = doc.date;
  if (!date || date > asOf) return [];
  const { tokens } = doc;
  const out: SinceYearsFlag[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart + 2; k < s.tokenEnd - 2; k++) {
      if (tokens[k]!.normal !== 'since' || !/^years?$/.test(tokens[k - 1]!.normal)) continue;
      const count = countBefore(doc, k - 1, s.tokenStart);
      if (!count) continue;
      const after = nameAfter(doc, k + 1, s.tokenEnd);
      if (!after) continue;
      const phrase = startPhrase(doc, after.name, after.offices, s.tokenEnd);
      if (!phrase?.offices.length) continue;
      // The offices held on the article date, settled there: the count runs to today.
      const terms: Term[] = after.name.persons.flatMap((p) => p.terms.filter((t) => phrase.offices.includes(t.office)));
      const sitting = terms.filter((t) => heldOn(t, date) && isSettled(t.office, date));
      if (!sitting.length || sitting.length !== terms.filter((t) => heldOn(t, date)).length) continue;
      const { n, hedge } = count;
      const [lo, hi] = hedge === 'under' ? [n - TOLERANCE - 0.5, n + 0.5] : hedge === 'over' ? [n - 0.5, Infinity] : [n - TOLERANCE, n + TOLERANCE];
      // Any start the record has for them in those offices may be the one counted from ("since X
      // took power" of someone who moved from one office to the other, or returned to it).
      const starts = [...sitting.map((t) => ({ t, start: tenureStart(terms.filter((x) => x.office === t.office), t) })), ...terms.filter((t) => t.start <= date).map((t) => ({ t, start: t.start }))];
      const spans = starts.map(({ t, start }) => ({ t, start, early: earliestStart(t.office, start), long: 0, short: 0 }));
      for (const x of spans) [x.short, x.long] = [yearsBetween(x.start, date), yearsBetween(x.early, date)];
      if (spans.some((x) => x.long >= lo && x.short <= hi)) continue;
      // The message gives the sitting stretch.
      const x = spans[0]!;
      const span: Span = { start: tokens[count.first]!.start, end: tokens[phrase.last - 1]!.end };
      const person = x.t.holder.name;
      const early = x.early !== x.start ? ` (the record leaves open a start as early as ${x.early})` : '';
      out.push({
        span,
        message: `${person} has been ${x.t.office.name} since ${x.start}${early}: ${describeSpan(x.short)} by the article date (${date}), not ${doc.text.slice(tokens[count.first]!.start, tokens[k - 1]!.end)}.`,
      });
    }
  }
  return out;
}
