/**
 * "unchanged since 2010, the year X became prime minister" / "in 2016, when X was sworn in as
 * president": a year glossed by the start of someone's stretch in an office. The gloss says
 * the stretch began in that year, so the year must be near a term's start (read by
 * factual-slip/won-office-year). The words are data (wonOffice in
 * rules/data/factual-slip-markers.json).
 */
import type { Document, Token } from '../../src/document/types.js';
import { nameAt, nameContinues, titleAt, type NameMatch } from './_match.js';
import { WON_OFFICE } from './_markers.js';
import { officesFor, wordsAt } from './_clauses.js';
import type { Office } from './_offices.js';
import { YEAR } from './_time.js';

export interface BecameYear {
  name: NameMatch;
  offices: Office[];
  year: number;
  /** "was elected": the year is the election's, which may fall in the year before the term began. */
  elected: boolean;
  /** "was first elected", "first became": only the earliest recorded stretch can meet the year. */
  first: boolean;
  /** Token range of the gloss, from the year to the title's last token (inclusive). */
  start: number;
  last: number;
}

/** What may follow the title and still end the gloss: not "of the union", "for a second time", "-elect". */
const ENDS = new Set([',', '.', ';', ':', '—', '–', ')', 'and']);

/** The gloss on the year token at `k`, within the sentence's tokens up to `to`. */
export function becameAfterYear(doc: Document, k: number, to: number): BecameYear | undefined {
  const { tokens } = doc;
  // "2009-2010, the year ...": a range glosses no single year.
  if (/^[-–\/]$/.test(tokens[k - 1]?.text ?? '') || tokens[k + 1]?.text !== ',') return undefined;
  let i = k + 2;
  if (tokens[i]?.normal === 'the') {
    i++;
    if (WON_OFFICE.yearNounLeads.has(tokens[i]?.normal ?? '')) i++;
    if (!WON_OFFICE.yearNouns.has(tokens[i]?.normal ?? '')) return undefined;
    i++;
    i = wordsAt(tokens, i, to, WON_OFFICE.yearLinks) || i;
  } else if (tokens[i]?.normal === 'when') i++;
  else return undefined;
  if (i >= to) return undefined;
  const name = nameAt(doc, i, to);
  if (!name || nameContinues(doc, name, to)) return undefined;
  const verb = becameVerbAt(tokens, name.last, to);
  if (!verb) return undefined;
  let v = verb.end;
  let elected = false;
  for (let j = name.last; j < v; j++) elected ||= WON_OFFICE.electedVerbs.has(tokens[j]!.normal);
  const first = verb.first;
  if (tokens[v]?.normal === 'the') v++;
  const title = titleAt(doc, v, to);
  if (!title?.offices.length) return undefined;
  const next = tokens[title.last];
  if (next && title.last < to && !ENDS.has(next.normal)) return undefined;
  const offices = officesFor(name, title);
  return offices ? { name, offices, year: Number(tokens[k]!.text), elected, first, start: k, last: title.last - 1 } : undefined;
}

/**
 * One of the becameVerbs wordings from token `i`, with or without a "first" anywhere before its
 * last word ("first became", "was first elected", "was first sworn in as"): where it ends, and
 * whether "first" was there.
 */
function becameVerbAt(tokens: readonly Token[], i: number, to: number): { end: number; first: boolean } | undefined {
  const plain = wordsAt(tokens, i, to, WON_OFFICE.becameVerbs);
  if (plain) return { end: plain, first: false };
  for (const p of WON_OFFICE.becameVerbs) {
    // "first" before word j of the wording (j = 0: "first became").
    for (let j = 0; j < p.length; j++) {
      if (tokens[i + j]?.normal !== 'first' || i + p.length + 1 > to) continue;
      const at = (w: number) => tokens[w < j ? i + w : i + w + 1]!.normal;
      if (p.every((w, n) => at(n) === w)) return { end: i + p.length + 1, first: true };
    }
  }
  return undefined;
}

/** Is the token at `k` a four-digit year (the gloss's cheap first test)? */
export const isYearToken = (doc: Document, k: number) => doc.tokens[k]!.text.length === 4 && YEAR.test(doc.tokens[k]!.text);
