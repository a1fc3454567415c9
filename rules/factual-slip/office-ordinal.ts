/**
 * "Kenya's fifth president, William Ruto," / "William Ruto, the fifth President of Kenya," /
 * "X became the country's 45th president": an ordinal on an office holder. For an office whose
 * record runs unbroken from a known number (`firstNumber` in offices.json), the record gives
 * the holder's number. Offices count differently: a return after someone else may or may not
 * get a new number (the 45th and 47th US president), and acting holders may or may not be
 * counted; an ordinal that fits any of those counts is right.
 *
 * Only a closed appositive or a copula is read: "the first president to visit", "the second
 * president since independence" say something else and stay quiet.
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, nameEndingAt, titleAt, trustedAlias, type NameMatch } from './_match.js';
import { asOf, countryEndingAt, countryStartingAt, isBareRole, isSettled, type Office } from './_offices.js';
import { YEAR } from './_time.js';
import { CLAUSES } from './_clauses.js';

/** Ordinal words (factual-slip-clauses.json `ordinals`), and "forty-fifth" from `ordinalTens` and one of the first nine. */
const ORDINAL_VALUES = new Map<string, number>(CLAUSES.ordinals);
for (const [tens, t] of CLAUSES.ordinalTens) {
  for (const [unit, u] of CLAUSES.ordinals) if (u < 10) for (const dash of ['-', '\u2010']) ORDINAL_VALUES.set(`${tens}${dash}${unit}`, t + u);
}

/** "sixth" -> 6, "forty-fifth" -> 45, "45th" -> 45; undefined for any other word. */
export function ordinalValue(word: string): number | undefined {
  const w = word.toLowerCase();
  const m = /^(\d{1,3})(st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : ORDINAL_VALUES.get(w);
}

/** "Kenya's " / "the Philippines' " ending right before offset `q`: the country's code and the offset its name starts at. */
function possessiveCountryBefore(text: string, q: number, min: number): { code: string; start: number } | undefined {
  let e = q;
  while (e > min && /\s/.test(text[e - 1]!)) e--;
  const m = /(?:['\u2019]s|s['\u2019])$/.exec(text.slice(Math.max(min, e - 3), e));
  if (!m) return undefined;
  // "Kenya's": the name ends before the apostrophe; "the Philippines'": before it too, after the s.
  return countryEndingAt(text, e - (m[0].startsWith('s') ? 1 : 2), min);
}

/** "of Kenya" from token `k`: the code and the index after the name. */
function ofCountryAt(doc: Document, k: number, to: number): { code: string; last: number } | undefined {
  const { tokens, text } = doc;
  if (tokens[k]?.normal !== 'of' || k + 1 >= to) return undefined;
  let i = k + 1;
  if (tokens[i]!.normal === 'the') i++;
  const start = tokens[i]?.start;
  if (start === undefined || i >= to) return undefined;
  const country = countryStartingAt(text, start);
  if (!country) return undefined;
  let last = i;
  while (last < to && tokens[last]!.end < country.end) last++;
  return last < to && tokens[last]!.end === country.end ? { code: country.code, last: last + 1 } : undefined;
}

/** What closes an appositive. */
const CLOSERS = new Set([',', ';', ':', '.', ')', '\u2014', '\u2013', '!', '?']);
const closes = (tokens: readonly Token[], i: number, to: number) => i >= to || CLOSERS.has(tokens[i]!.text);
/** Verbs that put the ordinal on the name before them: "X became Kenya's fifth president". */
const COPULAS = new Set(['became', 'becomes', 'is', 'was', 'remains']);

/**
 * The numbers the office's own counts can give the holder's stretches: a return after someone
 * else counted anew or not, acting holders counted or not.
 */
function numbersOf(office: Office, name: string): Set<number> {
  const out = new Set<number>();
  // Stretches: consecutive entries of one holder are one stretch; it is acting only if every entry is.
  const stretches: { name: string; acting: boolean }[] = [];
  for (const h of office.holders) {
    const last = stretches[stretches.length - 1];
    if (last && last.name === h.name) last.acting &&= !!h.acting;
    else stretches.push({ name: h.name, acting: !!h.acting });
  }
  for (const withActing of [false, true]) {
    for (const anew of [false, true]) {
      let n = office.firstNumber! - 1;
      const seen = new Set<string>();
      for (const s of stretches) {
        if (s.acting && !withActing) continue;
        if (anew || !seen.has(s.name)) n++;
        seen.add(s.name);
        if (s.name === name) out.add(anew ? n : [...seen].indexOf(s.name) + office.firstNumber!);
      }
    }
  }
  return out;
}

interface Claim {
  ordinal: number;
  offices: Office[];
  name: NameMatch;
  /** The phrase with the ordinal, for the span. */
  first: number;
  last: number;
}

/** The ordinal phrase at token `o` and the name it is set against, if any. */
function claimAt(doc: Document, o: number, from: number, to: number): Claim | undefined {
  const { tokens, text } = doc;
  const ordinal = ordinalValue(tokens[o]!.text);
  if (ordinal === undefined) return undefined;
  const title = titleAt(doc, o + 1, to);
  if (!title?.offices.length) return undefined;
  let after = title.last;
  // Whose office: "Kenya's fifth president", "the fifth president of Kenya", "the fifth Kenyan president".
  let first = o;
  let code: string | undefined;
  const possessive = possessiveCountryBefore(text, tokens[o]!.start, tokens[from]!.start);
  if (possessive) {
    code = possessive.code;
    while (first > from && tokens[first - 1]!.end > possessive.start) first--;
  } else if (tokens[o - 1]?.normal === 'the' && o - 1 >= from) first = o - 1;
  else return undefined;
  const of = ofCountryAt(doc, after, to);
  if (of) {
    if (code && code !== of.code) return undefined;
    code = of.code;
    after = of.last;
  }
  let offices = title.offices;
  if (code) offices = offices.filter((x) => x.country === code);
  else if (isBareRole(title.title)) return undefined;
  offices = offices.filter((x) => x.firstNumber !== undefined);
  if (!offices.length) return undefined;
  // The name after the phrase: "<phrase>, X," or "<phrase> X".
  if (after < to && (tokens[after]!.text === ',' || nameAt(doc, after, to))) {
    const at = tokens[after]!.text === ',' ? after + 1 : after;
    const name = at < to ? nameAt(doc, at, to) : undefined;
    if (name && !nameContinues(doc, name, to) && closes(tokens, name.last, to)) return { ordinal, offices, name, first, last: title.last };
  }
  // The name before it: "X, <phrase>," or "X became <phrase>" (a time may follow the copula's phrase: "in 2015").
  const lead = first - 1;
  if (lead <= from) return undefined;
  const link = tokens[lead]!;
  const copula = COPULAS.has(link.normal);
  if (link.text !== ',' && !copula) return undefined;
  const dated = copula && /^(in|on)$/.test(tokens[after]?.normal ?? '') && YEAR.test(tokens[after + 1]?.text ?? '');
  if (!closes(tokens, after, to) && !dated) return undefined;
  const name = nameEndingAt(doc, lead, from, to);
  if (!name) return undefined;
  return { ordinal, offices, name, first, last: title.last };
}

const ordinalLabel = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

export default defineRule({
  meta: {
    id: 'factual-slip/office-ordinal',
    category: 'factual-slip',
    severity: 'error',
    description: 'An ordinal on an office holder that the record of the office contradicts ("Kenya\'s fourth president, William Ruto," when he is the fifth).',
    why: 'The number of a president or prime minister is a plain fact of the office\'s record; a wrong one tells the reader the copy was not checked.',
    examples: {
      flagged: [
        { text: 'Kenya\'s fourth president, William Ruto, opened the new terminal on Monday.', flag: 'Kenya\'s fourth president, William Ruto', publishedAt: '2024-03-04' },
        { text: 'Hage Geingob, the second President of Namibia, died in February 2024.', flag: 'Hage Geingob, the second President of Namibia', publishedAt: '2024-03-04' },
      ],
      fine: [
        { text: 'Kenya\'s fifth president, William Ruto, opened the new terminal on Monday.', publishedAt: '2024-03-04' },
        { text: 'Barack Obama, the first president to visit the island, laid a wreath.', publishedAt: '2024-03-04' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    const date = doc.date;
    if (!date || date > asOf) return;
    for (const s of doc.sentences) {
      for (let o = s.tokenStart + 1; o < s.tokenEnd - 1; o++) {
        const t = tokens[o]!;
        const c = t.normal.charCodeAt(0);
        if (!ORDINAL_VALUES.has(t.normal) && !(c >= 48 && c <= 57 && /^\d{1,3}(st|nd|rd|th)$/.test(t.normal))) continue;
        const claim = claimAt(doc, o, s.tokenStart, s.tokenEnd);
        if (!claim) continue;
        // Judged where the record speaks for the office up to the article date.
        const offices = claim.offices.filter((x) => isSettled(x, date) && claim.name.persons.some((p) => p.terms.some((tm) => tm.office === x && tm.start <= date)));
        if (offices.length !== 1) continue;
        const office = offices[0]!;
        const names = claim.name.persons.filter((p) => p.terms.some((tm) => tm.office === office));
        const numbers = new Set(names.flatMap((p) => [...numbersOf(office, p.name)]));
        if (!numbers.size || numbers.has(claim.ordinal)) continue;
        const a = Math.min(claim.first, claim.name.first);
        const b = Math.max(claim.last, claim.name.last) - 1;
        const span: Span = { start: tokens[a]!.start, end: tokens[b]!.end };
        if (inQuote(doc, span) || !trustedAlias(doc, claim.name)) continue;
        const who = names.map((p) => p.name).join(' or ');
        const record = [...numbers].sort((x, y) => x - y).map(ordinalLabel).join(' or ');
        report({ span, message: `The record of the ${office.name} makes ${who} the ${record}, not the ${ordinalLabel(claim.ordinal)}.` });
      }
    }
  },
});
