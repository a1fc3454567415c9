/**
 * "President X, who succeeded Y in 2011," / "X replaced Y as prime minister in 2016" / "Y's
 * successor, X, took office in 2004" / "X, President Y's predecessor,": a succession in an
 * office the sentence names (a title on either person, or "as <title>"). The record's order of
 * holders says whose term ended when X's began, and when X's began. Acting holders, and
 * interim ones who held the office for less than a year, may stand between the two without
 * making it wrong; a year off by one is a handover over New Year. The words are data
 * (rules/data/factual-slip-clauses.json).
 */
import { daysBetween } from '../../src/document/dates.js';
import type { Document, Span } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, nameEndingAt, titleAt, titleBefore, trustedAlias, type NameMatch } from './_match.js';
import { WON_OFFICE } from './_markers.js';
import { asOf, isSettled, type Office, type Term } from './_offices.js';
import { asTitleAt, CLAUSES, clauseTriggers, describeTerms, officesBefore, termsIn, wordsAt } from './_clauses.js';
import { yearAt } from './_time.js';

/** An interim holder shorter than this between the two does not break the succession. */
const INTERIM_DAYS = 366;
const asOfYear = Number(asOf.slice(0, 4));
const yearOf = (day: string) => Number(day.slice(0, 4));

interface Claim {
  /** The successor and the predecessor the sentence names. */
  after: NameMatch;
  before: NameMatch;
  offices: Office[];
  year?: number;
  first: number;
  last: number;
}

/** A name at token `i`, a title allowed in front ("succeeded President Y"). */
function objectAt(doc: Document, i: number, to: number): NameMatch | undefined {
  const title = titleAt(doc, i, to);
  const at = title ? title.last : i;
  const name = nameAt(doc, at, to);
  return name && !nameContinues(doc, name, to) ? name : undefined;
}

/** The office the sentence names for the succession: "as <title>", else a title on either name. */
function officesNamed(doc: Document, after: NameMatch, before: NameMatch, from: number, as: Office[] | undefined): Office[] | undefined {
  const offices = as ?? officesBefore(doc, after, from) ?? officesBefore(doc, before, from);
  // Both must be in the record for it.
  const shared = offices?.filter((o) => termsIn(after, [o]).length && termsIn(before, [o]).length);
  return shared?.length ? shared : undefined;
}

/** The offices both are recorded in. */
function sharedOffices(after: NameMatch, before: NameMatch): Office[] | undefined {
  const offices = [...new Set(after.persons.flatMap((p) => p.terms.map((t) => t.office)))].filter((o) => termsIn(before, [o]).length);
  return offices.length ? offices : undefined;
}

/** "X, who succeeded Y as president in 2011" / "X succeeded Y in 2011", the verb at `v`. */
function verbClaim(doc: Document, v: number, from: number, to: number): Claim | undefined {
  const { tokens } = doc;
  const afterVerb = wordsAt(tokens, v, to, CLAUSES.successionVerbs);
  if (!afterVerb) return undefined;
  let end = v;
  if (tokens[v - 1]?.normal === 'who' && tokens[v - 2]?.text === ',') end = v - 2;
  const after = nameEndingAt(doc, end, from, to);
  const before = after && objectAt(doc, afterVerb, to);
  if (!after || !before) return undefined;
  let i = before.last;
  const as = asTitleAt(doc, after, i, to);
  if (as === null) return undefined;
  if (as) i = as.last;
  const offices = officesNamed(doc, after, before, from, as?.offices);
  if (!offices) return undefined;
  const year = yearAt(doc.tokens, i, to);
  return { after, before, offices, year: year?.year, first: after.first, last: year ? year.k + 1 : i };
}

/**
 * "Y's successor, X," / "X, Y's successor," (and "predecessor", the other way round), the noun
 * at `j`: with "took office in YEAR" after X, its year.
 */
function nounClaim(doc: Document, j: number, from: number, to: number): Claim | undefined {
  const { tokens } = doc;
  const noun = tokens[j]!.normal;
  const successor = CLAUSES.successorNouns.has(noun);
  if (!successor && !CLAUSES.predecessorNouns.has(noun)) return undefined;
  if (!tokens[j - 1]?.possessive) return undefined;
  const owner = nameEndingAt(doc, j - 1, from, to);
  if (!owner) return undefined;
  // "Y's successor, X," / "Y's successor as prime minister, X,"
  let j2 = j + 1;
  const as = asTitleAt(doc, owner, j2, to);
  if (as === null) return undefined;
  if (as) j2 = as.last;
  let other = tokens[j2]?.text === ',' ? objectAt(doc, j2 + 1, to) : undefined;
  let end = other ? other.last : j2;
  if (!other) {
    // "X, Y's successor," / "X, President Y's predecessor," / "X, Y's predecessor as president,":
    // the appositive closes there (a comma or the sentence's end), else "as president" may
    // run on into another post ("as president of the club").
    if (as && j2 < to && tokens[j2]?.text !== ',' && tokens[j2]?.pos !== 'PUNCT') return undefined;
    const lead = titleBefore(doc, owner.first, from)?.first ?? owner.first;
    if (tokens[lead - 1]?.text !== ',') return undefined;
    other = nameEndingAt(doc, lead - 1, from, to);
    end = as ? j2 : j + 1;
  }
  if (!other) return undefined;
  const [after, before] = successor ? [other, owner] : [owner, other];
  const first = Math.min(owner.first, other.first);
  // "..., took office in 2004" / "..., who took power in 2004": the successor's start.
  let i = end;
  if (tokens[i]?.text === ',') i++;
  if (tokens[i]?.normal === 'who') i++;
  let year: { year: number; k: number } | undefined;
  if (successor && WON_OFFICE.verbs.has(tokens[i]?.normal ?? '')) {
    const object = WON_OFFICE.objects.get(tokens[i + 1]?.normal ?? '');
    if (object && !object.length) year = yearAt(doc.tokens, i + 2, to);
  }
  // With no title, "took office" names the office: any both are recorded in.
  const offices = officesNamed(doc, after, before, from, as?.offices) ?? (year ? sharedOffices(after, before) : undefined);
  if (!offices) return undefined;
  return { after, before, offices, year: year?.year, first, last: year ? year.k + 1 : end };
}

/** A person's unbroken stretches in the office (an acting term run on into a full one is one). */
function tenures(terms: Term[]): { start: string; end: string | null; terms: Term[] }[] {
  const out: { start: string; end: string | null; terms: Term[] }[] = [];
  for (const t of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const last = out[out.length - 1];
    if (last && last.end === t.start) {
      last.end = t.end;
      last.terms.push(t);
    } else out.push({ start: t.start, end: t.end, terms: [t] });
  }
  return out;
}

/**
 * Whether `before` can be the holder whose term ended when the tenure starting on `start`
 * began: their last term in the office ended by then, and no one else held it in between for
 * a year or more (acting holders aside). The holder who did, if one did.
 */
function predecessorCheck(office: Office, start: string, after: NameMatch, before: NameMatch): { ok: boolean; between?: string } {
  const ends = termsIn(before, [office]).map((t) => t.end).filter((e): e is string => e !== null && e <= start);
  if (!ends.length) return { ok: false };
  const last = ends.sort().at(-1)!;
  const skip = new Set([...after.persons, ...before.persons].map((p) => p.name));
  const between = office.holders.find(
    (h) => !h.acting && !skip.has(h.name) && h.start >= last && h.end !== null && h.end <= start && daysBetween(h.start, h.end) >= INTERIM_DAYS && isSettled(office, h.start),
  );
  return between ? { ok: false, between: between.name } : { ok: true };
}

/** The holder (not an acting one) whose term ended when the tenure starting on `start` began. */
function recordedPredecessor(office: Office, start: string, after: NameMatch): string | undefined {
  const skip = new Set(after.persons.map((p) => p.name));
  const before = office.holders.filter((h) => !h.acting && !skip.has(h.name) && h.end !== null && h.end <= start);
  return before.at(-1)?.name;
}

/** Years a tenure's start may be written as: its own, one each side, and any year a caveat on the handover spans. */
function startYears(office: Office, start: string): Set<number> {
  const y = yearOf(start);
  const years = new Set([y - 1, y, y + 1]);
  for (const c of office.caveats ?? []) {
    if (c.from <= start && (!c.to || start <= c.to)) for (let x = yearOf(c.from); x <= yearOf(c.to ?? asOf); x++) years.add(x);
  }
  return years;
}

/** What is wrong with the claim in this office, or undefined when the record allows it. */
function problem(claim: Claim, office: Office): string | undefined {
  const { after, before, year } = claim;
  const spans = tenures(termsIn(after, [office]));
  // The record must know who held the office before each stretch.
  if (!spans.length || spans.some((s) => s.start <= office.holders[0]!.start)) return undefined;
  if (year !== undefined && (year > asOfYear || year <= yearOf(office.holders[0]!.start))) return undefined;
  const checks = spans.map((s) => ({ s, pred: predecessorCheck(office, s.start, after, before), yearOk: year === undefined || startYears(office, s.start).has(year) }));
  if (checks.some((c) => c.pred.ok && c.yearOk)) return undefined;
  const person = after.persons[0]!.name;
  const other = before.persons[0]!.name;
  const terms = describeTerms(spans.flatMap((s) => s.terms));
  const withPred = checks.find((c) => c.pred.ok);
  if (withPred) {
    // The right predecessor, the wrong year: only when the year is settled for the office.
    if (!isSettled(office, `${year}-01-01`) || !isSettled(office, `${year}-12-31`)) return undefined;
    return `${person} succeeded ${other} as ${office.name} on ${withPred.s.start}, not in ${year} (${person} held it ${terms}).`;
  }
  // Pick the stretch the year points at (else the first) to name who really came before.
  const near = (year !== undefined && checks.find((c) => c.yearOk)) || checks[0]!;
  if (!near.pred.between && termsIn(before, [office]).some((t) => t.start >= near.s.start)) {
    // The other came after X in that stretch: no certainty which way the writer slipped, but the order is wrong.
    const pred = recordedPredecessor(office, near.s.start, after);
    return pred ? `${person} did not succeed ${other} as ${office.name}: ${other} held it later; ${person}'s predecessor was ${pred} (${person} held it ${terms}).` : undefined;
  }
  const pred = recordedPredecessor(office, near.s.start, after);
  if (!pred) return undefined;
  return `${person} did not succeed ${other} as ${office.name}: when ${person} took office on ${near.s.start}, the term that ended was ${pred}'s${near.pred.between && near.pred.between !== pred ? ` (and ${near.pred.between} held it between them)` : ''} (${other}: ${describeTerms(termsIn(before, [office]))}).`;
}

export default defineRule({
  meta: {
    id: 'factual-slip/succession',
    category: 'factual-slip',
    severity: 'error',
    description: 'A succession the record contradicts: "X, who succeeded Y in 2011," when the term that ended as X took that office was someone else\'s, or X\'s term began in another year.',
    why: 'Who came before whom in an office is a checkable fact; a wrong predecessor or year misinforms readers about the country\'s recent history.',
    examples: {
      flagged: [
        { text: 'President Cyril Ramaphosa, who succeeded Thabo Mbeki in 2018, opened the new wing of the hospital.', flag: 'Cyril Ramaphosa, who succeeded Thabo Mbeki in 2018' },
        { text: 'Giorgia Meloni replaced Mario Draghi as prime minister in 2019.', flag: 'Giorgia Meloni replaced Mario Draghi as prime minister in 2019' },
      ],
      fine: [
        { text: 'President Cyril Ramaphosa, who succeeded Jacob Zuma in 2018, opened the new wing of the hospital.' },
        { text: 'Giorgia Meloni replaced Mario Draghi as prime minister in 2022.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    // Only the succession verbs and nouns (found once for the three clause rules).
    let after = -1;
    for (const k of clauseTriggers(doc).succession) {
      if (k <= after) continue;
      const s = doc.sentences[tokens[k]!.sentence]!;
      if (k === s.tokenStart) continue;
      const verb = !CLAUSES.successorNouns.has(tokens[k]!.normal) && !CLAUSES.predecessorNouns.has(tokens[k]!.normal);
      const claim = verb ? verbClaim(doc, k, s.tokenStart, s.tokenEnd) : nounClaim(doc, k, s.tokenStart, s.tokenEnd);
      if (!claim) continue;
      if (claim.after.persons.some((p) => claim.before.persons.includes(p))) continue;
      const problems = claim.offices.map((o) => problem(claim, o));
      // Any office the sentence can mean that allows it, allows it; so does any other office
      // both held ("President X, who succeeded Y in 2003" of a succession as prime minister).
      if (problems.some((p) => p === undefined)) continue;
      if ((sharedOffices(claim.after, claim.before) ?? []).some((o) => !claim.offices.includes(o) && problem(claim, o) === undefined)) continue;
      const span: Span = { start: tokens[claim.first]!.start, end: tokens[claim.last - 1]!.end };
      if (inQuote(doc, span) || !trustedAlias(doc, claim.after) || !trustedAlias(doc, claim.before)) continue;
      report({ span, message: problems[0]! });
      after = claim.last - 1;
    }
  },
});
