/**
 * "President X, who won the presidency in 2018," / "X, who took office in 2019," / "X, who
 * was elected in 2018,": a clause that dates the start of X's time in office. When no term
 * of that office (the title before the name, or the office the object names) runs over the
 * year, counting the year before the start for an election won ahead of the swearing-in,
 * the year is wrong. A re-election inside a term is no slip: any year within the term passes.
 * Also the end of a stretch handed on ("X, who handed power to his son in 2003,": with no title,
 * "power" means the heads of state and government X was), and a monarch's accession ("King X,
 * crowned in 1986,", "who came to the throne in 1999": the accession must be the reign's first year).
 * The clause's words are in rules/data/factual-slip-markers.json (wonOffice).
 */
import { daysBetween } from '../../src/document/dates.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, titleBefore, trustedAlias, type NameMatch } from './_match.js';
import { CLAUSE_WORDS, TERM_NOUNS, WON_OFFICE } from './_markers.js';
import { asOf, describeTerm, isSettled, type Office, type Term } from './_offices.js';
import { hasYearToken, yearAt } from './_time.js';
import { becameAfterYear, isYearToken, type BecameYear } from './_became-year.js';
import { termsIn } from './_clauses.js';
import { sinceYearsFlags } from './_since-years.js';

const asOfYear = Number(asOf.slice(0, 4));

/**
 * The clause after the name: ", who won the presidency in 2018", " took office in 2019".
 * The roles the office must carry ([] for the title's own office), the year and the clause's end.
 */
function clauseAfter(doc: Document, name: NameMatch, to: number): Clause | undefined {
  const { tokens } = doc;
  let i = name.last;
  if (tokens[i]?.text === ',') i++;
  // "King X, crowned in 1986,": an appositive participle of accession.
  const crowned = i > name.last ? WON_OFFICE.crownedVerbs.get(tokens[i]?.normal ?? '') : undefined;
  if (crowned) {
    const year = yearAt(tokens, i + 1, to);
    return year ? { roles: crowned, year: year.year, last: year.k + 1 } : undefined;
  }
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
  // "who first took office in 2012": the earliest start, not any start.
  let first = tokens[i]?.normal === 'first';
  if (first) i++;
  const verb = tokens[i];
  if (!verb || i >= to) return undefined;
  if (WON_OFFICE.handVerbs.has(verb.normal)) return handedOn(doc, i + 1, to);
  const left = WON_OFFICE.leftVerbs.has(verb.normal);
  if (left || WON_OFFICE.verbs.has(verb.normal)) {
    let o = i + 1;
    // "who came to power in 2019", "who ascended to the throne in 1999"
    if (!left && tokens[o]?.normal === 'to') o++;
    if (tokens[o]?.normal === 'the') o++;
    const object = tokens[o]?.normal ?? '';
    const roles = WON_OFFICE.objects.get(object);
    const year = roles ? yearAt(tokens, o + 1, to) : undefined;
    return roles && year ? { roles, kinds: WON_OFFICE.kindObjects.get(object), year: year.year, last: year.k + 1, end: left, accession: !left && WON_OFFICE.accessionObjects.has(object), first: first && !left } : undefined;
  }
  // "who was elected in 2018", "who was first elected in 2018", "who was crowned in 1986"
  if (verb.normal !== 'was') return undefined;
  i++;
  if (tokens[i]?.normal === 'first') (first = true), i++;
  const roles = WON_OFFICE.crownedVerbs.get(tokens[i]?.normal ?? '') ?? (WON_OFFICE.electedVerbs.has(tokens[i]?.normal ?? '') ? [] : undefined);
  if (!roles) return undefined;
  const year = yearAt(tokens, i + 1, to);
  return year ? { roles, year: year.year, last: year.k + 1, first } : undefined;
}

/** Tokens the one who took over may run to ("his son", "her deputy, Ali Musa"), before "in YEAR". */
const MAX_RECIPIENT = 8;

/**
 * After a hand verb at `i - 1`: "power to his son in 2003", "over to her deputy in 2019", "the
 * presidency to X in 2008". A particle or an object must come before "to" ("handed the
 * letter to ..." is no handover); the year closes the clause and dates the stretch's end.
 */
function handedOn(doc: Document, i: number, to: number): Clause | undefined {
  const { tokens } = doc;
  const particle = WON_OFFICE.handParticles.has(tokens[i]?.normal ?? '');
  if (particle) i++;
  let o = i;
  if (tokens[o]?.normal === 'the') o++;
  const object = tokens[o]?.normal ?? '';
  const objectRoles = WON_OFFICE.objects.get(object);
  if (objectRoles) i = o + 1;
  else if (!particle) return undefined;
  if (tokens[i]?.normal !== 'to') return undefined;
  for (let k = i + 1; k < to && k <= i + 1 + MAX_RECIPIENT; k++) {
    const year = yearAt(tokens, k, to);
    if (year) return { roles: objectRoles ?? [], kinds: objectRoles ? WON_OFFICE.kindObjects.get(object) : undefined, year: year.year, last: year.k + 1, end: true };
    // The clause ends before any year: "to his son, who ..." dates something else.
    if (endsRecipient(tokens[k]!)) return undefined;
  }
  return undefined;
}
const endsRecipient = (t: Token) => /^[;:()\[\]—–"“”]$/.test(t.text) || CLAUSE_WORDS.has(t.normal) || t.pos === 'VERB' || t.pos === 'AUX';

interface Clause {
  /** The roles the office must carry ([] for the title's own office). */
  roles: readonly string[];
  /** With no title: any office of these kinds ("power": a head of state or government). */
  kinds?: readonly string[];
  year: number;
  last: number;
  /** The clause dates the end of a stretch, not its start. */
  end?: boolean;
  /** "came to the throne in 1999": the reign's first year, not any year of it. */
  accession?: boolean;
  /** "who was first elected in 2018": the start of the earliest stretch the record has. */
  first?: boolean;
}

const NEW_YEAR_DAYS = 7;
/**
 * A stretch in office that ended in `year` (a term still running has not ended), or in the
 * days either side of its New Year, when a handover is often put in the other year.
 */
function endsIn(t: Term, year: number): boolean {
  if (t.end === null) return false;
  const y = Number(t.end.slice(0, 4));
  if (y === year) return true;
  const jan1 = `${year + (y < year ? 0 : 1)}-01-01`;
  return Math.abs(daysBetween(jan1, t.end)) <= NEW_YEAR_DAYS && Math.abs(y - year) === 1;
}
const startsNear = (t: Term, year: number) => Math.abs(Number(t.start.slice(0, 4)) - year) <= 1;
/** Days into its year by which a term may begin and its election still fall in the year before (an inauguration in January to April). */
const ELECTION_LEAD_DAYS = 120;
/**
 * The year a gloss gives fits the start of term `t`: its own year; the year before when the
 * term began in the first days of January (a handover around New Year) or, for an election,
 * in the first months of the year (elected in November, sworn in in January or March); the
 * year after when it began in the last days of December.
 */
function glossFits(t: Term, year: number, elected: boolean): boolean {
  const y = Number(t.start.slice(0, 4));
  if (y === year) return true;
  if (year === y - 1) return daysBetween(`${y}-01-01`, t.start) <= (elected ? ELECTION_LEAD_DAYS : NEW_YEAR_DAYS);
  if (year === y + 1) return daysBetween(t.start, `${y + 1}-01-01`) <= NEW_YEAR_DAYS;
  return false;
}
/** The first year the record of these offices covers. */
const recordStartYear = (offices: readonly Office[]) => Math.min(...offices.map((o) => Number(o.holders[0]!.start.slice(0, 4))));
/** "<X> <claim>: <X> was <office> from ... to ... and from ...; <office> ...". */
function yearMessage(label: string, claim: string, terms: readonly Term[]): string {
  const record = [...new Set(terms.map((t) => t.office))].map((o) => `${o.name} ${terms.filter((t) => t.office === o).map(describeTerm).join(' and ')}`).join('; ');
  return `${label} ${claim}: ${label} was ${record}.`;
}
/**
 * "2010, the year X became prime minister": the year must be near the start of one of X's
 * terms in that office (a year either side: an election or a handover around New Year).
 */
function becameProblem(doc: Document, g: BecameYear): string | undefined {
  const { year, offices, name } = g;
  if (year > asOfYear) return undefined;
  if (year <= recordStartYear(offices) || offices.some((o) => !isSettled(o, `${year}-01-01`) || !isSettled(o, `${year}-12-31`))) return undefined;
  const terms = termsIn(name, offices);
  if (!terms.length) return undefined;
  // "first elected": the earliest stretch the record has (a year before the record is refused above).
  const earliest = earliestOf(terms);
  // An election or a first start is a precise claim: the year must meet the start as glossFits reads it.
  // "became", "was sworn in as" are often put a year off around a handover: a year either side passes.
  const fits = g.elected || g.first ? (t: Term) => glossFits(t, year, g.elected) : (t: Term) => startsNear(t, year);
  if ((g.first ? [earliest] : terms).some(fits)) return undefined;
  return yearMessage(doc.text.slice(name.span.start, name.span.end), claimOf(year, { first: g.first }), terms);
}
/** "did not come to that office in 2018", "did not first come ...", "did not leave ...". */
const claimOf = (year: number, c: { end?: boolean; first?: boolean }) => `did not ${c.end ? 'leave' : c.first ? 'first come to' : 'come to'} that office in ${year}`;
/** The earliest of a person's stretches in an office. */
const earliestOf = (terms: readonly Term[]) => terms.reduce((a, t) => (t.start < a.start ? t : a));
const runsOver = (t: Term, year: number) => Number(t.start.slice(0, 4)) - 1 <= year && (t.end === null || Number(t.end.slice(0, 4)) >= year);

export default defineRule({
  meta: {
    id: 'factual-slip/won-office-year',
    category: 'factual-slip',
    severity: 'error',
    description: 'A "who won the presidency / took office / was elected in YEAR" clause, or one that ends a stretch ("whose presidency ended in 2015", "who left office in 2015"), whose year does not fit the record of that office ("President Gustavo Petro, who won the presidency in 2018,"); also "who handed power to his son in YEAR" a monarch\'s "crowned in YEAR" / "came to the throne in YEAR"; and a year glossed by a start in office ("since 2015, the year X became prime minister") far from every start of X\'s terms.; and a count of years from a start in office to the article date ("in the eight years since X took power") more than a year off the record',
    why: 'The year someone came to power or left it is a checkable fact; a wrong one misplaces everything the article dates by it.',
    examples: {
      flagged: [
        { text: 'President Gustavo Petro, who won the presidency in 2018, opened the port terminal in Buenaventura.', flag: 'Gustavo Petro' },
        { text: 'President Abdelmadjid Tebboune, who took office in 2015, visited the refinery at Skikda.', flag: 'Abdelmadjid Tebboune' },
        { text: 'The wharf levy has not changed since 2015, the year Anthony Albanese became prime minister.', flag: '2015, the year Anthony Albanese became prime minister' },
      ],
      fine: [
        { text: 'President Gustavo Petro, who won the presidency in 2022, opened the port terminal in Buenaventura.' },
        { text: 'President Abdelmadjid Tebboune, who took office in 2019, visited the refinery at Skikda.' },
        { text: 'The wharf levy has not changed since 2022, the year Anthony Albanese became prime minister.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    // "in the eight years since X took power": a count from the start of a stretch to the article date.
    for (const f of sinceYearsFlags(doc)) report({ ...f, severity: 'warning' });
    for (const s of doc.sentences) {
      // Every clause judged gives a year: a sentence without one is not read for names.
      if (!hasYearToken(tokens, s.tokenStart, s.tokenEnd)) continue;
      // "2010, the year X became prime minister": a year glossed by a start in office.
      for (let k = s.tokenStart; k < s.tokenEnd - 4; k++) {
        const g = isYearToken(doc, k) ? becameAfterYear(doc, k, s.tokenEnd) : undefined;
        if (!g) continue;
        const span: Span = { start: tokens[g.start]!.start, end: tokens[g.last]!.end };
        const problem = inQuote(doc, span) || !trustedAlias(doc, g.name) ? undefined : becameProblem(doc, g);
        if (problem) report({ span, message: problem });
      }
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const name = nameAt(doc, k, s.tokenEnd);
        if (!name) continue;
        k = name.last - 1;
        const clause = clauseAfter(doc, name, s.tokenEnd);
        if (!clause || clause.year > asOfYear) continue;
        const title = titleBefore(doc, name.first, s.tokenStart);
        // Without a title the office must come from the clause's object ("won the presidency").
        let offices: Office[] | undefined = title?.offices.length ? title.offices : undefined;
        const held = () => [...new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office)))];
        // "X, who handed power to his son in 2003": with no title, the heads of state and government X was.
        if (!offices && clause.kinds) {
          const kinds = clause.kinds;
          offices = held().filter((o) => o.kind.some((k) => kinds.includes(k)));
        }
        if (clause.roles.length) {
          const named = held().filter((o) => o.titles.some((x) => clause.roles.includes(x.toLowerCase())));
          offices = offices ? offices.filter((o) => named.includes(o)) : named;
        }
        // Only the offices the person is recorded in: another country's office of the same title,
        // its caveats and its first holder say nothing about this person.
        offices = offices?.filter((o) => termsIn(name, [o]).length);
        if (!offices?.length) continue;
        const terms = termsIn(name, offices);
        const fits = (t: Term) => (clause.end ? endsIn(t, clause.year) : clause.accession || clause.first ? startsNear(t, clause.year) : runsOver(t, clause.year));
        // "first" is read as in "the year X was first elected": the earliest stretch only.
        if (!terms.length || (clause.first ? [earliestOf(terms)] : terms).some(fits)) continue;
        // An end in the article's own year (or later) may be news the record has not caught up with.
        if (clause.end && clause.year >= asOfYear) continue;
        // A reign is one stretch: a year before a monarch's recorded accession cannot start another.
        const reign = !clause.end && offices.every((o) => o.kind.includes('monarch'));
        if ((clause.year <= recordStartYear(offices) && !reign) || offices.some((o) => !isSettled(o, `${clause.year}-12-31`))) continue;
        const span: Span = { start: name.span.start, end: tokens[clause.last - 1]!.end };
        if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
        report({ span, message: yearMessage(doc.text.slice(name.span.start, name.span.end), claimOf(clause.year, clause), terms) });
      }
    }
  },
});
