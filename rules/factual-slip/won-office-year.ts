/**
 * "President X, who won the presidency in 2018," / "X, who took office in 2019," / "X, who
 * was elected in 2018,": a clause that dates the start of X's time in office. When no term
 * of that office (the title before the name, or the office the object names) runs over the
 * year, counting the year before the start for an election won ahead of the swearing-in,
 * the year is wrong. A re-election inside a term is no slip: any year within the term passes.
 * The clause's words are in rules/data/factual-slip-markers.json (wonOffice).
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, titleBefore, trustedAlias, type NameMatch } from './_match.js';
import { TERM_NOUNS, WON_OFFICE } from './_markers.js';
import { asOf, describeTerm, isSettled, type Office, type Term } from './_offices.js';
import { inYearAt, YEAR } from './_time.js';

const asOfYear = Number(asOf.slice(0, 4));

/** "in 2018", "in May 2018", not "in 2018-19": the year of the clause. */
function yearAt(tokens: readonly Token[], k: number, to: number): { year: number; k: number } | undefined {
  const found = inYearAt(tokens, k, to);
  return found && !/^[-–\/]$/.test(tokens[found.k + 1]?.text ?? '') ? found : undefined;
}

/**
 * The clause after the name: ", who won the presidency in 2018", " took office in 2019".
 * The roles the office must carry ([] for the title's own office), the year and the clause's end.
 */
function clauseAfter(doc: Document, name: NameMatch, to: number): { roles: readonly string[]; year: number; last: number; end?: boolean } | undefined {
  const { tokens } = doc;
  let i = name.last;
  if (tokens[i]?.text === ',') i++;
  // ", whose presidency ended in 2015", ", whose term began in 2019": no ordinal between
  // ("whose first term ended"), which the record's merged terms cannot check.
  if (tokens[i]?.normal === 'whose' && i > name.last) {
    const roles = TERM_NOUNS.get(tokens[i + 1]?.normal ?? '');
    const verb = tokens[i + 2]?.normal ?? '';
    const end = WON_OFFICE.termEndVerbs.has(verb);
    if (!roles || (!end && !WON_OFFICE.termStartVerbs.has(verb))) return undefined;
    const year = yearAt(tokens, i + 3, to);
    return year ? { roles, year: year.year, last: year.k + 1, end } : undefined;
  }
  if (tokens[i]?.normal === 'who') i++;
  else if (i !== name.last) return undefined;
  if (tokens[i]?.normal === 'first') i++;
  const verb = tokens[i];
  if (!verb || i >= to) return undefined;
  const left = WON_OFFICE.leftVerbs.has(verb.normal);
  if (left || WON_OFFICE.verbs.has(verb.normal)) {
    let o = i + 1;
    if (tokens[o]?.normal === 'the') o++;
    const roles = WON_OFFICE.objects.get(tokens[o]?.normal ?? '');
    const year = roles ? yearAt(tokens, o + 1, to) : undefined;
    return roles && year ? { roles, year: year.year, last: year.k + 1, end: left } : undefined;
  }
  // "who was elected in 2018", "who was first elected in 2018"
  if (verb.normal !== 'was') return undefined;
  i++;
  if (tokens[i]?.normal === 'first') i++;
  if (!WON_OFFICE.electedVerbs.has(tokens[i]?.normal ?? '')) return undefined;
  const year = yearAt(tokens, i + 1, to);
  return year ? { roles: [], year: year.year, last: year.k + 1 } : undefined;
}

/** A stretch in office that ended in `year` (a term still running has not ended). */
const endsIn = (t: Term, year: number) => t.end !== null && Number(t.end.slice(0, 4)) === year;
const runsOver = (t: Term, year: number) => Number(t.start.slice(0, 4)) - 1 <= year && (t.end === null || Number(t.end.slice(0, 4)) >= year);

export default defineRule({
  meta: {
    id: 'factual-slip/won-office-year',
    category: 'factual-slip',
    severity: 'error',
    description: 'A "who won the presidency / took office / was elected in YEAR" clause, or one that ends a stretch ("whose presidency ended in 2015", "who left office in 2015"), whose year does not fit the record of that office ("President Gustavo Petro, who won the presidency in 2018,").',
    why: 'The year someone came to power or left it is a checkable fact; a wrong one misplaces everything the article dates by it.',
    examples: {
      flagged: [
        { text: 'President Gustavo Petro, who won the presidency in 2018, opened the port terminal in Buenaventura.', flag: 'Gustavo Petro' },
        { text: 'President Abdelmadjid Tebboune, who took office in 2015, visited the refinery at Skikda.', flag: 'Abdelmadjid Tebboune' },
      ],
      fine: [
        { text: 'President Gustavo Petro, who won the presidency in 2022, opened the port terminal in Buenaventura.' },
        { text: 'President Abdelmadjid Tebboune, who took office in 2019, visited the refinery at Skikda.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (const s of doc.sentences) {
      // Every clause judged gives a year: a sentence without one is not read for names.
      let year = false;
      for (let k = s.tokenStart; k < s.tokenEnd && !year; k++) year = tokens[k]!.text.length === 4 && YEAR.test(tokens[k]!.text);
      if (!year) continue;
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const name = nameAt(doc, k, s.tokenEnd);
        if (!name) continue;
        k = name.last - 1;
        const clause = clauseAfter(doc, name, s.tokenEnd);
        if (!clause || clause.year > asOfYear) continue;
        const title = titleBefore(doc, name.first, s.tokenStart);
        // Without a title the office must come from the clause's object ("won the presidency").
        let offices: Office[] | undefined = title?.offices.length ? title.offices : undefined;
        if (clause.roles.length) {
          const all: Office[] = [...new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office)))];
          const named = all.filter((o) => o.titles.some((x) => clause.roles.includes(x.toLowerCase())));
          offices = offices ? offices.filter((o) => named.includes(o)) : named;
        }
        if (!offices?.length) continue;
        const terms = name.persons.flatMap((p) => p.terms.filter((t) => offices!.includes(t.office)));
        if (!terms.length || terms.some((t) => (clause.end ? endsIn(t, clause.year) : runsOver(t, clause.year)))) continue;
        // An end in the article's own year (or later) may be news the record has not caught up with.
        if (clause.end && clause.year >= asOfYear) continue;
        const recordStart = Math.min(...offices.map((o) => Number(o.holders[0]!.start.slice(0, 4))));
        if (clause.year <= recordStart || offices.some((o) => !isSettled(o, `${clause.year}-12-31`))) continue;
        const span: Span = { start: name.span.start, end: tokens[clause.last - 1]!.end };
        if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
        const label = doc.text.slice(name.span.start, name.span.end);
        const record = [...new Set(terms.map((t) => t.office))].map((o) => `${o.name} ${terms.filter((t) => t.office === o).map(describeTerm).join(' and ')}`).join('; ');
        const claim = clause.end ? `did not leave that office in ${clause.year}` : `did not come to that office in ${clause.year}`;
        report({ span, message: `${label} ${claim}: ${label} was ${record}.` });
      }
    }
  },
});
