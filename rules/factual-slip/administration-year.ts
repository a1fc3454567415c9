import type { Document, Span, Token } from '../../src/document/types.js';
import { isPossessive } from '../../src/document/mentions.js';
import { addDays } from '../../src/document/dates.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, titleBefore, trustedAlias, type NameMatch } from './_match.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS, GOVERNMENT_ACTS, GOVERNMENT_MODIFIERS, GOVERNMENT_NOUNS, GOVERNMENT_PEOPLE, NEAR_ARTICLE_WORDS, WEEKDAY_WORDS } from './_markers.js';
import { asOf, describeTerm, heldOn, inYear, isSettled, onBoundary, touchesPeriod, type Person, type Term } from './_offices.js';
import { hasYearToken, monthYearAt, timeAt, YEAR, type Period } from './_time.js';

const asOfYear = Number(asOf.slice(0, 4));

/** The governing terms of the people the name can mean. */
const governing = (persons: Person[]): Term[] => persons.flatMap((p) => p.terms.filter((t) => t.office.governs));

/** A clause boundary between tokens `a` and `b` (exclusive), or a second event's verb. */
function tiedAcross(tokens: readonly Token[], a: number, b: number, verbsAllowed: number): boolean {
  let verbs = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (CLAUSE_WORDS.has(t.normal) || CLAUSE_PUNCT.has(t.text)) return false;
    // An infinitive ("efforts to place") belongs to the phrase; any other verb starts an event of its own.
    if (t.pos === 'VERB' && tokens[i - 1]?.normal !== 'to' && ++verbs > verbsAllowed) return false;
  }
  return true;
}

/** What follows a verb and not a noun: "set aside", "cut the budget", "put €2 billion". */
const VERB_FOLLOWERS = new Set(['ADP', 'ADV', 'DET', 'NUM', 'PRON', 'PART']);

/**
 * The tagger reads some past-tense verbs after a year as nouns ("the government in 2023
 * set aside €2 billion"). A unit after a year is a plural or ends the phrase ("in 2024
 * dollars", "in 2020 money,"); a singular "noun" followed by a particle, determiner,
 * number or pronoun is the clause's verb.
 */
function verbReadAsNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const after = tokens[k + 1];
  return t.lemma === t.normal && !!after && after.sentence === t.sentence && VERB_FOLLOWERS.has(after.pos);
}

/** "in 2024" / "during 2024" / "in September 2013" after the phrase, tied to it; the year token's index. */
function yearAfter(doc: Document, from: number, to: number, verbsAllowed: number): number | undefined {
  const { tokens } = doc;
  for (let i = from; i + 1 < to; i++) {
    if (!/^(in|during)$/.test(tokens[i]!.normal)) continue;
    // "in September 2013": the month stands between.
    const y = monthYearAt(tokens, i + 1, to) ? i + 2 : i + 1;
    if (!YEAR.test(tokens[y]!.text)) continue;
    // "in 2024-25", "in 2024 dollars" are not the time of the act.
    const next = tokens[y + 1];
    if (next && y + 1 < to && (/^[-–\/]$/.test(next.text) || (next.pos === 'NOUN' && !verbReadAsNoun(tokens, y + 1)))) return undefined;
    return tiedAcross(tokens, from, i, verbsAllowed) ? y : undefined;
  }
  return undefined;
}

/**
 * "In 2024, the X administration ...", "which opened in May 2012 under President X": a year
 * opening the clause the phrase is in, after "in"/"during" and perhaps a month ("in early 2015").
 */
function yearBefore(doc: Document, from: number, phraseStart: number): number | undefined {
  const { tokens } = doc;
  for (let i = phraseStart - 1; i > from; i--) {
    if (YEAR.test(tokens[i]!.text) && (/^(in|during)$/.test(tokens[i - 1]!.normal) || (i - 2 >= from && /^(in|during)$/.test(tokens[i - 2]!.normal) && timeAt(doc, i, i - 1, i + 1) !== undefined))) {
      return tiedAcross(tokens, i + 1, phraseStart, 0) ? i : undefined;
    }
  }
  return undefined;
}

/**
 * "• 2014 — The X government scraps the toll": a timeline entry's year (the Document marks
 * the line: `Paragraph.entryYear`) dates the line's act like "In 2014,", when nothing but the
 * phrase's own words come between the entry's dash or colon and the phrase. The year token's index.
 */
function lineYear(doc: Document, from: number, phraseStart: number): number | undefined {
  const y = doc.paragraphs[doc.sentences[doc.tokens[from]!.sentence]!.paragraph]!.entryYear;
  if (y === undefined || y >= phraseStart) return undefined;
  // The token after the year is the entry's mark ("—", ":").
  return tiedAcross(doc.tokens, y + 2, phraseStart, 0) ? y : undefined;
}

interface Found {
  name: NameMatch;
  /** First and last token of the phrase ("Trump administration's", "under Trump"). */
  first: number;
  last: number;
  year: number;
  yearToken: number;
  /** "administration", "government"... when the phrase names one. */
  noun?: string;
  /** "X's 2021 budget": an act that may be of another office X held ("budget" as finance minister). */
  act?: boolean;
}

/** The government phrases in one sentence that carry a year. */
function findPhrases(doc: Document, sentStart: number, sentEnd: number): Found[] {
  const { tokens } = doc;
  const out: Found[] = [];
  for (let k = sentStart; k < sentEnd; k++) {
    const name = nameAt(doc, k, sentEnd);
    if (!name) continue;
    k = name.last - 1;
    let j = name.last;
    const possessive = tokens[j] && isPossessive(tokens[j]!) && j < sentEnd;
    if (possessive) j++;
    const noun = tokens[j];
    const before = tokens[name.first - 1];
    // A leader's own title in front is fine ("the President Obama administration"); "Gov. Brown" is another office.
    const title = titleBefore(doc, name.first, sentStart);
    const titled = !!title && title.offices.some((o) => o.governs);
    const lead = titled ? tokens[title!.first - 1] : before;
    if (noun && j < sentEnd && GOVERNMENT_NOUNS.has(noun.normal)) {
      if (lead && GOVERNMENT_MODIFIERS.has(lead.normal)) continue;
      if (!titled && before && before.pos === 'PROPN' && before.sentence === noun.sentence) continue;
      let end = j + 1;
      const after = tokens[end];
      // "the X government in Sofia" is a place; "in September 2013" is a time.
      if (after && end < sentEnd && (GOVERNMENT_PEOPLE.has(after.normal) || (after.normal === 'in' && tokens[end + 1]?.pos === 'PROPN' && !monthYearAt(tokens, end + 1, sentEnd)))) continue;
      // "the Obama administration's 2014 decision"
      const ownYear = after && isPossessive(after) && YEAR.test(tokens[end + 1]?.text ?? '') ? end + 1 : undefined;
      if (after && isPossessive(after)) end++;
      const firstTok = titled ? title!.first : name.first;
      const yearToken = ownYear ?? yearAfter(doc, end, sentEnd, after && isPossessive(after) ? 0 : 1) ?? yearBefore(doc, sentStart, firstTok) ?? lineYear(doc, sentStart, firstTok);
      if (yearToken !== undefined) out.push({ name, first: firstTok, last: end, year: Number(tokens[yearToken]!.text), yearToken, noun: noun.normal });
      continue;
    }
    if (nameContinues(doc, name, sentEnd)) continue;
    // "Obama's 2014 decision"
    if (possessive && noun && YEAR.test(noun.text) && GOVERNMENT_ACTS.has(tokens[j + 1]?.normal ?? '')) {
      out.push({ name, first: name.first, last: j + 2, year: Number(noun.text), yearToken: j, act: true });
      continue;
    }
    // "under Obama in 2014", "under President Obama in 2014"
    const underAt = titled ? title!.first - 1 : name.first - 1;
    if (tokens[underAt]?.normal === 'under' && underAt >= sentStart) {
      const yearToken = yearAfter(doc, name.last, sentEnd, 1) ?? yearBefore(doc, sentStart, underAt);
      if (yearToken !== undefined) out.push({ name, first: underAt, last: name.last, year: Number(tokens[yearToken]!.text), yearToken });
    }
  }
  return out;
}

/** Words that date an act to the weeks before the article: "agreed last month", "said on Tuesday". */
/** How far back "last month" can reach from the article date. */
const NEAR_DAYS = 62;

/**
 * A word dating the act of the verb at `v` to the weeks before the article, in the verb's
 * own clause: "agreed last month", "said on Tuesday" (not "…, a senator said on Tuesday").
 * With an unlimited `reach`, anywhere after `v` in the sentence.
 */
function datedNearArticle(tokens: readonly Token[], v: number, to: number, reach = 8): boolean {
  for (let k = v + 1; k < to && k <= v + reach; k++) {
    const t = tokens[k]!;
    if (reach <= 8 && (CLAUSE_PUNCT.has(t.text) || t.text === ',')) return false;
    if (NEAR_ARTICLE_WORDS.has(t.normal)) return true;
    if ((t.normal === 'this' || t.normal === 'last') && k + 1 < to && NEAR_ARTICLE_WORDS.has(`${t.normal} ${tokens[k + 1]!.normal}`)) return true;
    if (WEEKDAY_WORDS.has(t.normal) && tokens[k - 1]?.normal === 'on') return true;
  }
  return false;
}

/**
 * "Brazil's Bolsonaro government agreed last month": a government named after a leader,
 * the subject of an act the sentence dates to the weeks before the article. The phrase and
 * the verb right after it, for each such government in the sentence.
 */
function actingNearArticle(doc: Document, sentStart: number, sentEnd: number): { name: NameMatch; first: number; last: number }[] {
  const { tokens } = doc;
  const out: { name: NameMatch; first: number; last: number }[] = [];
  // Most sentences name no government, or date nothing to the last weeks: look for the
  // words before any name (names are looked up at every token, and that is the cost).
  let governments = false;
  for (let k = sentStart + 1; k < sentEnd && !governments; k++) governments = GOVERNMENT_NOUNS.has(tokens[k]!.normal);
  if (!governments || !datedNearArticle(tokens, sentStart - 1, sentEnd, Infinity)) return out;
  for (let k = sentStart; k < sentEnd; k++) {
    const name = nameAt(doc, k, sentEnd);
    if (!name) continue;
    k = name.last - 1;
    const noun = tokens[name.last];
    if (!noun || name.last >= sentEnd || !GOVERNMENT_NOUNS.has(noun.normal) || isPossessive(noun)) continue;
    const before = tokens[name.first - 1];
    if (before && GOVERNMENT_MODIFIERS.has(before.normal)) continue;
    // "the Jersey Brown government" is another name; "Brazil's Bolsonaro government" is the country's.
    if (before && before.pos === 'PROPN' && !before.possessive && before.sentence === noun.sentence) continue;
    // The government is the subject: not the object of "by", "of", "under" ("tariffs imposed by
    // the Biden administration were lifted last week").
    let lead = name.first - 1;
    if (lead >= sentStart && /^['’]s$/.test(tokens[lead]!.text)) lead -= 2;
    else if (lead >= sentStart && tokens[lead]!.possessive) lead--;
    if (lead >= sentStart && tokens[lead]!.pos === 'DET') lead--;
    if (lead >= sentStart && /^(ADP|VERB|AUX)$/.test(tokens[lead]!.pos)) continue;
    let v = name.last + 1;
    if (tokens[v]?.pos === 'AUX' && v + 1 < sentEnd) v++;
    const verb = tokens[v];
    // The government acts, in the past: "agreed", "has signed".
    if (!verb || v >= sentEnd || verb.pos !== 'VERB' || verb.normal === verb.lemma) continue;
    if (!datedNearArticle(tokens, v, sentEnd)) continue;
    out.push({ name, first: name.first, last: v + 1 });
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'factual-slip/administration-year',
    category: 'factual-slip',
    severity: 'error',
    description: 'A government named after a leader placed in a year that leader did not govern ("the Trump administration ... in 2024").',
    why: 'Pinning an act on the wrong government misinforms readers about who was responsible, and the year is easy to check against the record.',
    examples: {
      flagged: [
        { text: 'The levy echoes the Obama administration’s sanctions on Turkish steel in 2018.', flag: 'Obama administration’s sanctions on Turkish steel in 2018' },
        { text: 'In 2012, the Scholz government agreed to the bailout terms.', flag: 'Scholz government' },
        { text: 'The measure reverses Macron’s 2015 decree on night work.', flag: 'Macron’s 2015 decree' },
      ],
      fine: [
        { text: 'The Obama administration signed the accord in 2015.' },
        { text: 'Former Trump administration officials in 2024 urged Congress to act.' },
        { text: 'The Biden administration reversed a policy introduced in 2018.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    const date = doc.date;
    for (const s of doc.sentences) {
      if (date && date <= asOf) {
        for (const f of actingNearArticle(doc, s.tokenStart, s.tokenEnd)) {
          const terms = governing(f.name.persons);
          if (!terms.length || terms.some((t) => !isSettled(t.office, date))) continue;
          // In office at any time from the earliest day the words can mean to the article date.
          const earliest = addDays(date, -NEAR_DAYS);
          if (terms.some((t) => onBoundary(t, date) || heldOn(t, earliest) || (t.start <= date && (t.end === null || t.end >= earliest)))) continue;
          const span: Span = { start: tokens[f.first]!.start, end: tokens[f.last - 1]!.end };
          if (inQuote(doc, span) || !trustedAlias(doc, f.name)) continue;
          const label = doc.text.slice(f.name.span.start, f.name.span.end);
          const record = f.name.persons
            .map((p) => ({ p, mine: terms.filter((t) => p.terms.includes(t)) }))
            .filter((x) => x.mine.length)
            .map(({ p, mine }) => `${p.name} was ${[...new Set(mine.map((t) => t.office.name))].join(', ')} ${mine.map(describeTerm).join(' and ')}`)
            .join('; ');
          report({ span, message: `The sentence dates this to the weeks before ${date}, when there was no ${label} ${tokens[f.name.last]!.normal}: ${record}.` });
        }
      }
      // Every phrase this rule judges carries a year in its sentence: most sentences have none.
      if (!hasYearToken(tokens, s.tokenStart, s.tokenEnd)) continue;
      for (const f of findPhrases(doc, s.tokenStart, s.tokenEnd)) {
        const terms = governing(f.name.persons);
        if (!terms.length || f.year > asOfYear) continue;
        // "in September 2013": the month is the time, judged to the day (a term that touches it fits).
        const month: Period | undefined = f.yearToken > 0 ? monthYearAt(tokens, f.yearToken - 1, f.yearToken + 1) : undefined;
        if (month ? terms.some((t) => touchesPeriod(t, month)) : terms.some((t) => inYear(t, f.year))) continue;
        // "Sunak's 2021 budget": the act may be of any office the record has X in that year.
        if (f.act && f.name.persons.some((p) => p.terms.some((t) => inYear(t, f.year)))) continue;
        // Before the record begins, or while it is unsettled, another leader of that name may be meant.
        const offices = [...new Set(terms.map((t) => t.office))];
        const recordStart = Math.min(...offices.map((o) => Number(o.holders[0]!.start.slice(0, 4))));
        if (f.year <= recordStart || offices.some((o) => !isSettled(o, `${f.year}-12-31`) && !isSettled(o, `${f.year}-01-01`))) continue;
        if (month && offices.some((o) => !isSettled(o, month.from) || !isSettled(o, month.to))) continue;
        const a = Math.min(f.first, f.yearToken);
        const b = Math.max(f.last - 1, f.yearToken);
        const span: Span = { start: tokens[a]!.start, end: tokens[b]!.end };
        if (inQuote(doc, span) || !trustedAlias(doc, f.name)) continue;
        const record = f.name.persons
          .map((p) => ({ p, mine: terms.filter((t) => p.terms.includes(t)) }))
          .filter((x) => x.mine.length)
          .map(({ p, mine }) => `${p.name} was ${[...new Set(mine.map((t) => t.office))].map((o) => `${o.name} ${mine.filter((t) => t.office === o).map(describeTerm).join(' and ')}`).join(', ')}`)
          .join('; ');
        const label = doc.text.slice(f.name.span.start, f.name.span.end);
        const when = month ? `in ${month.from.slice(0, 7)}` : `in ${f.year}`;
        const what = f.noun ? `There was no ${label} ${f.noun} ${when}` : `${label} did not govern ${when}`;
        report({ span, message: `${what}: ${record}.` });
      }
    }
  },
});
