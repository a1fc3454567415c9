/**
 * "in 2021, during X's presidency", "a team X's WHO sent to Nairobi in 2023": a stretch in
 * office, or a body, named after a person with a possessive and placed in a year the
 * record has that person out of that office. The term nouns and the words that tie the
 * year are in rules/data/factual-slip-markers.json; who held what in offices.json.
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, MAX_NAME_TOKENS, nameAt, nameContinues, trustedAlias, type NameMatch } from './_match.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS, GOVERNMENT_NOUNS, MINISTRY_NOUNS, TERM_NOUNS, TERM_YEAR_LINKS } from './_markers.js';
import { hasRecentMarker, hasYearToken, YEAR } from './_time.js';
import { asOf, data, describeTerm, heldOn, inYear, isSettled, onBoundary, type Term } from './_offices.js';

const asOfYear = Number(asOf.slice(0, 4));

/** Bodies and countries by their written name, "the" dropped: "WHO" -> WHO, "World Health Organization" -> WHO. */
const bodies: { words: string[]; code: string }[] = Object.entries(data.countryNames)
  .flatMap(([code, names]) => names.map((n) => ({ words: n.replace(/^the\s+/i, '').split(/\s+/), code })))
  .sort((a, b) => b.words.length - a.words.length);

/** The body or country written from token `k` (the tokenizer keeps "U.N." whole), and its last token + 1. */
function bodyAt(tokens: readonly Token[], k: number, to: number): { code: string; last: number } | undefined {
  for (const b of bodies) {
    if (k + b.words.length > to) continue;
    if (b.words.every((w, i) => tokens[k + i]!.text === w)) return { code: b.code, last: k + b.words.length };
  }
  return undefined;
}

/** What follows a verb and not a noun: "found the clinics", "set aside". */
const VERB_FOLLOWERS = new Set(['ADP', 'ADV', 'DET', 'NUM', 'PRON', 'PART']);

/** The tagger reads some past-tense verbs after a year as nouns ("in 2022 found the clinics"): a unit ("in 2022 dollars") is not followed by a determiner. */
function verbReadAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const after = tokens[k + 1];
  return t.lemma === t.normal && !!after && after.sentence === t.sentence && VERB_FOLLOWERS.has(after.pos);
}

/** "in 2021": the year token at `k` when it dates an act (not "in 2021-22", "in 2021 dollars"). */
function yearIn(tokens: readonly Token[], k: number, to: number): number | undefined {
  const t = tokens[k];
  if (!t || k >= to || !YEAR.test(t.text) || !/^(in|during)$/.test(tokens[k - 1]?.normal ?? '')) return undefined;
  const next = tokens[k + 1];
  if (next && k + 1 < to && (/^[-–\/]$/.test(next.text) || (next.pos === 'NOUN' && !verbReadAsNoun(tokens, k + 1)))) return undefined;
  return Number(t.text);
}

/** "In 2021, during X's ...": the year before the phrase, with only a comma and link words between. */
function yearBefore(doc: Document, from: number, first: number): { year: number; k: number } | undefined {
  const { tokens } = doc;
  for (let k = first - 1; k >= from && k >= first - 4; k--) {
    const year = yearIn(tokens, k, first);
    if (year !== undefined) return { year, k };
    const t = tokens[k]!;
    if (t.text !== ',' && !TERM_YEAR_LINKS.has(t.normal)) return undefined;
  }
  return undefined;
}

/** "X's presidency in 2021", "X's presidency, in 2021,": the year right after the noun. */
function yearRightAfter(tokens: readonly Token[], k: number, to: number): { year: number; k: number } | undefined {
  if (tokens[k]?.text === ',') k++;
  const year = tokens[k]?.normal === 'in' ? yearIn(tokens, k + 1, to) : undefined;
  return year === undefined ? undefined : { year, k: k + 1 };
}

/**
 * "X's WHO sent a team to Nairobi in 2023", "X's ministry in Moscow sent two aircraft on
 * Monday": the body acts (an active past verb right after it, a place between allowed).
 * The verb's token, and the year in that verb's clause when there is one.
 */
function actAfter(tokens: readonly Token[], k: number, to: number): { verb: number; year?: { year: number; k: number } } | undefined {
  if (tokens[k]?.normal === 'in' && tokens[k + 1]?.pos === 'PROPN' && !YEAR.test(tokens[k + 1]!.text)) k += 2;
  if (tokens[k]?.pos === 'ADV') k++;
  const verb = tokens[k];
  if (!verb || k >= to || verb.pos !== 'VERB' || verb.normal === verb.lemma) return undefined;
  for (let i = k + 1; i < to && i <= k + 10; i++) {
    const t = tokens[i]!;
    if (CLAUSE_WORDS.has(t.normal) || CLAUSE_PUNCT.has(t.text) || t.text === ',') break;
    if (t.pos === 'VERB' && tokens[i - 1]?.normal !== 'to') break;
    const year = yearIn(tokens, i, to);
    if (year !== undefined) return { verb: k, year: { year, k: i } };
  }
  return { verb: k };
}

/** "X's defence ministry": the ministry's field and the roles its minister's office carries ("defence minister"). */
function ministryAt(tokens: readonly Token[], k: number, to: number): { roles: string[]; last: number } | undefined {
  const field = tokens[k];
  const noun = tokens[k + 1];
  if (!field || !noun || k + 1 >= to || !MINISTRY_NOUNS.has(noun.normal) || !/^\p{Ll}/u.test(field.text)) return undefined;
  return { roles: [`${field.normal} minister`], last: k + 2 };
}

const hasRole = (t: Term, roles: readonly string[]) => !roles.length || t.office.titles.some((x) => roles.includes(x.toLowerCase()));

interface Found {
  name: NameMatch;
  /** Token range of the phrase, from the name (a year after it included). */
  first: number;
  last: number;
  /** The year the sentence gives, or else the article date it is set around. */
  year?: number;
  date?: string;
  terms: Term[];
  what: string;
}

function findIn(doc: Document, from: number, to: number): Found[] {
  const { tokens } = doc;
  const out: Found[] = [];
  // A name is read only where a possessive follows within a name's length.
  let poss = from;
  for (let k = from; k < to; k++) {
    if (poss < k) poss = k;
    while (poss < to && !tokens[poss]!.possessive) poss++;
    if (poss >= to) break;
    if (poss - k > MAX_NAME_TOKENS) continue;
    const name = nameAt(doc, k, to);
    if (!name) continue;
    k = name.last - 1;
    const owner = tokens[name.last];
    if (!owner || name.last >= to || !owner.possessive || nameContinues(doc, name, to)) continue;
    const j = name.last + 1;
    const noun = tokens[j];
    if (!noun || j >= to) continue;
    const roles = TERM_NOUNS.get(noun.normal);
    if (roles) {
      const terms = name.persons.flatMap((p) => p.terms.filter((t) => hasRole(t, roles)));
      // A governing office's presidency or premiership is factual-slip/administration-year's.
      if (GOVERNMENT_NOUNS.has(noun.normal) && terms.some((t) => t.office.governs)) continue;
      const y = yearBefore(doc, from, name.first) ?? yearRightAfter(tokens, j + 1, to);
      if (y) out.push({ name, first: name.first, last: y.k > j ? y.k + 1 : j + 1, year: y.year, terms, what: noun.normal });
      continue;
    }
    const body = bodyAt(tokens, j, to);
    const ministry = body ? undefined : ministryAt(tokens, j, to);
    if (!body && !ministry) continue;
    const last = body?.last ?? ministry!.last;
    const terms = name.persons.flatMap((p) => p.terms.filter((t) => (body ? t.office.country === body.code : hasRole(t, ministry!.roles))));
    const what = doc.text.slice(tokens[j]!.start, tokens[last - 1]!.end);
    const before = yearBefore(doc, from, name.first);
    const act = actAfter(tokens, last, to);
    const y = before ?? act?.year;
    if (y) out.push({ name, first: name.first, last: y.k > j ? y.k + 1 : last, year: y.year, terms, what });
    // No year: a body that acts "on Monday" or "this week" acts around the article date.
    else if (act && doc.date && hasRecentMarker(doc, tokens[k]!.sentence)) out.push({ name, first: name.first, last: act.verb + 1, date: doc.date, terms, what });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'factual-slip/possessive-term',
    category: 'factual-slip',
    severity: 'error',
    description: 'A stretch in office or a body named after a person ("during X\'s presidency", "X\'s WHO") in a year the record has that person out of that office.',
    why: 'Putting an event under the wrong president or director-general tells readers the wrong person was responsible; the year and the term are easy to check.',
    examples: {
      flagged: [
        { text: 'The pipeline deal was signed in 2023, during Joachim Gauck\'s presidency, after two years of talks.', flag: 'Joachim Gauck\'s presidency' },
        { text: 'A mission that Ban Ki-moon\'s UN sent to Kampala in 2022 found the clinics short of vaccines.', flag: 'Ban Ki-moon\'s UN' },
      ],
      fine: [
        { text: 'The pipeline deal was signed in 2015, during Joachim Gauck\'s presidency, after two years of talks.' },
        { text: 'A mission that Ban Ki-moon\'s UN sent to Kampala in 2014 found the clinics short of vaccines.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (const s of doc.sentences) {
      let possessive = false;
      for (let k = s.tokenStart; k < s.tokenEnd && !possessive; k++) possessive = tokens[k]!.possessive;
      // Every phrase judged has a possessive name, and a year or a word setting it in the article's days.
      if (!possessive || (!hasYearToken(tokens, s.tokenStart, s.tokenEnd) && !(doc.date && hasRecentMarker(doc, tokens[s.tokenStart]!.sentence)))) continue;
      for (const f of findIn(doc, s.tokenStart, s.tokenEnd)) {
        // Only what the record covers: a person it has in that office, a time it has settled.
        if (!f.terms.length) continue;
        const offices = [...new Set(f.terms.map((t) => t.office))];
        if (f.year !== undefined) {
          if (f.year > asOfYear || f.terms.some((t) => inYear(t, f.year!))) continue;
          const recordStart = Math.min(...offices.map((o) => Number(o.holders[0]!.start.slice(0, 4))));
          if (f.year <= recordStart || offices.some((o) => !isSettled(o, `${f.year}-12-31`))) continue;
        } else {
          const date = f.date!;
          if (offices.some((o) => !isSettled(o, date)) || f.terms.some((t) => heldOn(t, date) || onBoundary(t, date))) continue;
        }
        const span: Span = { start: tokens[f.first]!.start, end: tokens[f.last - 1]!.end };
        if (inQuote(doc, span) || !trustedAlias(doc, f.name)) continue;
        const label = doc.text.slice(f.name.span.start, f.name.span.end);
        const record = offices.map((o) => `${o.name} ${f.terms.filter((t) => t.office === o).map(describeTerm).join(' and ')}`).join('; ');
        report({ span, message: `${label} did not hold the office behind "${f.what}" ${f.year !== undefined ? `in ${f.year}` : `around ${f.date}`}: ${label} was ${record}.` });
      }
    }
  },
});
