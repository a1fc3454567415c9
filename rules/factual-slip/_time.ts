/**
 * The times a sentence speaks of: years, months and dates it names, words that put it in
 * the days around the article date, and the tense of a clause.
 */
import type { Document, Token } from '../../src/document/types.js';
import { isCapitalised } from '../../src/document/mentions.js';
import { MONTH_LEADS, RECENT_WORDS, WEEKDAY_WORDS } from './_markers.js';

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
  for (const d of doc.dates) if (d.start >= s.start && d.end <= s.end && d.date) years.push(Number(d.date.slice(0, 4)));
  return years;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  'jan.': 1, 'feb.': 2, 'aug.': 8, 'sept.': 9, 'sep.': 9, 'oct.': 10, 'nov.': 11, 'dec.': 12,
};
/** Words that make a month name a time ("in May", not "Theresa May"). */

export interface Period {
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/**
 * The times a sentence names, as day ranges: years ("in 2012", "the 2010s", "last year"),
 * months ("in September", "in March 2019"; a bare month is its latest occurrence up to the
 * article date) and full dates.
 */
export function periodsIn(doc: Document, sentence: number): Period[] {
  const out: Period[] = yearsIn(doc, sentence).map((y) => ({ from: `${y}-01-01`, to: `${y}-12-31` }));
  const s = doc.sentences[sentence]!;
  for (const d of doc.dates) if (d.start >= s.start && d.end <= s.end && d.date) out.push({ from: d.date, to: d.date });
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
