/**
 * "the 1999 mutiny that ousted President X", "parliament unseated Prime Minister Y in March 2019":
 * an act that ended someone's term (the verbs are data: rules/data/factual-slip-clauses.json),
 * dated by the clause and credited to a titled holder. The record says when each of their
 * terms in an office of that title ended; when none ended in that time, the clause has the
 * wrong leader or the wrong year. Used by the dated-act rule.
 */
import { addDays } from '../../src/document/dates.js';
import type { Document, Span } from '../../src/document/types.js';
import { inQuote, nameAt, nameContinues, titleAt, trustedAlias } from './_match.js';
import { CLAUSE_PUNCT } from './_markers.js';
import { CLAUSES, describeTerms, officesFor, periodLabel, termsIn } from './_clauses.js';
import { asOf, type Term } from './_offices.js';
import { timeAt, YEAR, yearPeriod, type Period } from './_time.js';

/** How far before the verb the clause's time may stand ("the 1999 army mutiny that ousted"). */
const BEFORE_REACH = 6;
/** How far after the name ("ousted President X in a mutiny in 1999"). */
const AFTER_REACH = 5;
/** A term recorded as ending this many days after the period still ended then (the successor's day, New Year). */
const END_SLACK_DAYS = 45;

/** A year in the clause before the verb: "the 1999 mutiny that", "In May 1999, soldiers". */
function timeBefore(doc: Document, v: number, from: number, to: number): Period | undefined {
  const { tokens } = doc;
  for (let k = v - 1; k >= from && k >= v - BEFORE_REACH; k--) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) && t.text !== ',') return undefined;
    if (!YEAR.test(t.text)) continue;
    const at = timeAt(doc, k, from, to);
    if (at) return at;
    // "the 1999 mutiny": a year in front of the event's noun.
    const next = tokens[k + 1];
    if (next && next.pos === 'NOUN') return yearPeriod(Number(t.text));
    return undefined;
  }
  return undefined;
}

/** "in 1999", "in May 1999", "on 7 May 1999" after the name, within the clause. */
function timeAfter(doc: Document, i: number, from: number, to: number): Period | undefined {
  const { tokens } = doc;
  for (let k = i; k < to && k < i + AFTER_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || CLAUSE_PUNCT.has(t.text)) return undefined;
    const at = timeAt(doc, k, from, to);
    if (at) return at;
  }
  return undefined;
}

/** Some term ended in the period (or within the slack after it). */
const endedIn = (terms: readonly Term[], p: Period) => terms.some((t) => t.end !== null && t.end >= p.from && t.end <= addDays(p.to, END_SLACK_DAYS));

export interface EndedTermFlag {
  span: Span;
  message: string;
}

export function endedTermFlags(doc: Document): EndedTermFlag[] {
  const { tokens } = doc;
  const out: EndedTermFlag[] = [];
  for (const s of doc.sentences) {
    for (let v = s.tokenStart; v < s.tokenEnd; v++) {
      if (!CLAUSES.endingVerbs.has(tokens[v]!.normal)) continue;
      // "tried to topple", "a bid to oust", "did not unseat": not done.
      let attempt = false;
      for (let k = v - 1; k >= s.tokenStart && k >= v - 3 && !attempt; k--) attempt = CLAUSES.endingAttemptWords.has(tokens[k]!.normal);
      if (attempt) continue;
      const title = titleAt(doc, v + 1, s.tokenEnd);
      if (!title?.offices.length) continue;
      const name = nameAt(doc, title.last, s.tokenEnd);
      if (!name || nameContinues(doc, name, s.tokenEnd)) continue;
      const offices = officesFor(name, title);
      if (!offices) continue;
      const time = timeBefore(doc, v, s.tokenStart, s.tokenEnd) ?? timeAfter(doc, name.last, s.tokenStart, s.tokenEnd);
      if (!time || time.to > asOf) continue;
      // The record must reach back to the time: a term before its first holder is not kept.
      if (offices.some((o) => time.from < o.holders[0]!.start)) continue;
      const terms = termsIn(name, offices);
      if (!terms.length || endedIn(terms, time)) continue;
      const span: Span = { start: tokens[v]!.start, end: name.span.end };
      if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
      const person = name.persons[0]!.name;
      const written = doc.text.slice(title.span.start, title.span.end);
      out.push({
        span,
        message: `No term of ${person} as ${written} ended in ${periodLabel(time)}, so this act did not end it: the record has ${person} as ${offices[0]!.name} ${describeTerms(terms)}.`,
      });
      v = name.last - 1;
    }
  }
  return out;
}
