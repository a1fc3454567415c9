import { z } from 'zod';
import { daysBetween } from '../../src/document/dates.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { isCapitalised, isPossessive } from '../../src/document/mentions.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, titleAt, titleBefore, trustedAlias, type NameMatch, type TitleMatch } from './_match.js';
import { appositiveTitleAfter, appositiveTitleBefore, inCountry, thenTitleAfter, thenTitleBefore, whoseCountry } from './_apposition.js';
import { hasRecentMarker, nearArticlePeriod, periodsIn, tenseAround, timeAt, timeFrom, YEAR, yearOfHead, yearPeriod, yearsIn, type Period } from './_time.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS, DEATH_WORDS, FORMER_WORDS, OBJECT_PREPOSITIONS, OFFICE_CLAUSE, HISTORICAL_PATTERNS, RETURNED_TO_OFFICE, TAKING_OFFICE, TITLE_MODIFIERS } from './_markers.js';
import { asOf, coversPartOf, describeTerm, heldOn, isSettled, onBoundary, partlyRecorded, tenureStart, touchesPeriod, type Person, type Term } from './_offices.js';

const Options = z.object({
  /** Days after a term ends during which a past-tense use of the title still counts as a slip. */
  recentDays: z.number().int().min(0).default(365),
});

/** "in 2020" for a whole year, "on 2025-03-04" for a day, "from … to …" otherwise. */
function periodLabel(p: { from: string; to: string }): string {
  if (p.from === p.to) return `on ${p.from}`;
  if (p.from.endsWith('-01-01') && p.to.endsWith('-12-31') && p.from.slice(0, 4) === p.to.slice(0, 4)) return `in ${p.from.slice(0, 4)}`;
  return `from ${p.from} to ${p.to}`;
}

const historical = new PhraseIndex(HISTORICAL_PATTERNS.map((p) => [p, true] as [string, boolean]));

type Modifier = 'none' | 'former' | 'then' | 'late' | 'skip';
interface ModifierFound {
  kind: Modifier;
  /** Where the modifier is written: its offset and its (first) token. */
  start?: number;
  at?: number;
}

const isHyphen = (t: Token | undefined) => !!t && /^[-‐–]$/.test(t.text);

/** A modifier word's kind: "former" (ex-, erstwhile), "then" (then-), another qualifier, or none. */
function kindOf(word: string): Modifier | undefined {
  if (FORMER_WORDS.has(word)) return 'former';
  if (word === 'then') return 'then';
  if (TITLE_MODIFIERS.has(word)) return 'skip';
  return undefined;
}

/** What the word in front of the title says: "former", "then-", a qualifier that changes the claim, or nothing. */
function modifierBefore(doc: Document, title: TitleMatch, sentStart: number): ModifierFound {
  // "ex-president", "ex-PM": the modifier is written onto the title's first token.
  if (title.lead) return { kind: kindOf(title.lead.word) ?? 'skip', start: title.lead.start, at: title.first };
  const { tokens } = doc;
  let i = title.first - 1;
  if (i < sentStart) return { kind: 'none' };
  // "then-President", "ex-President": the word before the hyphen.
  const hyphenated = isHyphen(tokens[i]) && i - 1 >= sentStart;
  if (hyphenated) i--;
  const prev = tokens[i]!;
  let w = prev.normal;
  let at = i;
  // "one-time president", "would-be president": a hyphenated modifier the tokenizer splits in three.
  const h = tokens[i - 1];
  const a = tokens[i - 2];
  if (i - 2 >= sentStart && isHyphen(h) && h!.start === a!.end && h!.end === prev.start) {
    const compound = `${a!.normal}-${w}`;
    if (kindOf(compound)) {
      w = compound;
      at = i - 2;
    }
  }
  // "the late President X": the writer says X has died.
  if (DEATH_WORDS.has(w) && tokens[at - 1]?.normal === 'the') return { kind: 'late', start: tokens[at]!.start, at };
  const kind = kindOf(w);
  // "then" is "then-President" or "the then president"; "and then President X signed" is a sequence.
  if (kind === 'then') return hyphenated || tokens[at - 1]?.normal === 'the' ? { kind, start: tokens[at]!.start, at } : { kind: 'skip' };
  if (kind) return { kind, start: tokens[at]!.start, at };
  if (isPossessive(prev)) return { kind: 'skip' };
  // "Irish Prime Minister", "Harvard President", "company president": another office of that name.
  if (prev.pos === 'PROPN' || prev.pos === 'NOUN') return { kind: 'skip' };
  if (isCapitalised(prev) && i !== sentStart) return { kind: 'skip' };
  return { kind: 'none' };
}

/**
 * "X, the former <title>,", "X, then <title>,", "X, the then-chancellor,": an appositive of a
 * modifier and a title after the name, closed by a comma, dash, bracket or the sentence's end.
 */
function modifiedAfter(doc: Document, name: NameMatch, to: number): (TitleMatch & { last: number; kind: Modifier }) | undefined {
  const { tokens } = doc;
  let i = name.last;
  if (tokens[i]?.text !== ',') return undefined;
  i++;
  if (i < to && /^(the|a|an)$/.test(tokens[i]!.normal)) i++;
  if (i >= to) return undefined;
  let title: (TitleMatch & { last: number }) | undefined;
  let kind: Modifier | undefined;
  let word = tokens[i]!.normal;
  // "the one-time prime minister": a hyphenated modifier the tokenizer splits in three.
  const h = tokens[i + 1];
  if (i + 2 < to && isHyphen(h) && h!.start === tokens[i]!.end && h!.end === tokens[i + 2]!.start && kindOf(`${word}-${tokens[i + 2]!.normal}`)) {
    word = `${word}-${tokens[i + 2]!.normal}`;
    i += 2;
  }
  if (FORMER_WORDS.has(word) || word === 'then') {
    kind = kindOf(word);
    i++;
    if (i < to && isHyphen(tokens[i])) i++;
    title = titleAt(doc, i, to);
  } else {
    // "the ex-president": the modifier is glued to the title.
    title = titleAt(doc, i, to, true);
    kind = title?.lead ? kindOf(title.lead.word) : undefined;
  }
  if (!title?.offices.length || (kind !== 'former' && kind !== 'then')) return undefined;
  // The appositive ends with the title: "the former Commission president, said", not
  // "the former president of the football federation".
  const next = tokens[title.last];
  if (next && title.last < to && !/^[,;:.)—–]$/.test(next.text) && !/^(and|who|said|says)$/.test(next.normal)) return undefined;
  return { ...title, kind };
}

/** A clause ends here: a clause word ("and", "after", "which") or mark, or a comma. */
const endsClause = (t: Token) => t.text === ',' || CLAUSE_WORDS.has(t.normal) || CLAUSE_PUNCT.has(t.text);

/**
 * The time of the act a "then-<title> X" phrase (tokens `[first, after)`) takes part in:
 * - after it, in its own clause: "then-chancellor Angela Merkel spent a week on Korčula in 2022";
 * - before it, as a passive's agent: "signed in January 2025 by then-president X";
 * - fronted: "In 2019, then-prime minister X opened the line."
 * Years elsewhere in the sentence may date other events, so they are not read.
 */
function actTime(doc: Document, si: number, first: number, after: number): Period | undefined {
  const { tokens } = doc;
  const s = doc.sentences[si]!;
  let j = first - 1;
  if (tokens[j]?.normal === 'the' && j >= s.tokenStart) j--;
  // "The treaty signed by then-president X was abandoned in 2018": after a preposition the name
  // is an object, and a verb after it belongs to another clause.
  const object = j >= s.tokenStart && OBJECT_PREPOSITIONS.has(tokens[j]!.normal);
  // "then-chancellor Merkel's 2015 decision": the name is not the actor.
  if (!tokens[after - 1]!.possessive && !/^['’]s?$/.test(tokens[after]?.text ?? '')) {
    for (let k = after; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      // 'called the delta "a treasure for all of Europe" during a visit in 2019': a quotation
      // inside the clause is its object, and the clause goes on after it.
      if (k > after && /^[“"]$/.test(t.text)) {
        let close = k + 1;
        while (close < s.tokenEnd && !/^[”"]$/.test(tokens[close]!.text)) close++;
        if (close < s.tokenEnd) {
          k = close;
          continue;
        }
      }
      // "the Vjosa and its delta": "and" before a determiner joins two nouns, not two clauses.
      const joinsNouns = t.normal === 'and' && /^(the|a|an|its|their|his|her)$/.test(tokens[k + 1]?.normal ?? '');
      if (endsClause(t) && !joinsNouns) break;
      if (object && (t.pos === 'VERB' || t.pos === 'AUX')) break;
      const p = timeAt(doc, k, s.tokenStart, s.tokenEnd);
      if (p) return p;
    }
  }
  // "signed in 2023 by then-president X"; "a 2023 deal signed by then-president X".
  if (j - 1 >= s.tokenStart && tokens[j]!.normal === 'by') return timeAt(doc, j - 1, s.tokenStart, j) ?? yearOfHead(doc, j - 1, s.tokenStart);
  // "In 2019, then-..." at the head of the sentence.
  if (j >= s.tokenStart && tokens[j]!.text === ',' && j - s.tokenStart <= 5 && /^(in|during|by)$/.test(tokens[s.tokenStart]!.normal)) {
    for (let k = s.tokenStart + 1; k < j; k++) {
      const p = timeAt(doc, k, s.tokenStart, j);
      if (p) return p;
    }
  }
  // "In 2019 then-prime minister X opened the line.": the same time without the comma, ending
  // right before the title ("In March 2018 then-...", not "In the years after 2018 ...").
  if (j > s.tokenStart && j - s.tokenStart <= 4 && /^(in|during)$/.test(tokens[s.tokenStart]!.normal) && tokens[j]!.text !== ',') {
    const f = timeFrom(doc, s.tokenStart + 1, j + 1);
    if (f && f.last === j) return f.period;
  }
  return undefined;
}

/**
 * "then-<title> X" with the act's time: wrong when none of X's terms in an office of that title
 * (in the countries and bodies X is recorded in) touches that time. Only people with such a
 * term are judged: "then-" is about when, and the record must know the office was theirs.
 */
function thenMessage(found: Found, first: number, after: number): { message: string; severity?: 'warning' } | undefined {
  const time = actTime(found.doc, found.si, first, after);
  const message = time && thenMessageAt(found, time);
  if (message) return { message };
  const still = stillHoldsMessage(found, time);
  return still ? { message: still, severity: 'warning' } : undefined;
}

/**
 * "then-<title> X" (or "X, then <title>,") of someone who still holds that office on the article
 * date, unbroken since before the act's time: "then-" says the office has changed hands since.
 * With no time in the clause, only when this tenure is X's only one in the office ("then-" may
 * mean an earlier term, with a break between). One person only: an alias shared by two is left.
 */
function stillHoldsMessage({ doc, name, terms, written }: Found, time: Period | undefined): string | undefined {
  const date = doc.date;
  if (!date || date > asOf || name.persons.length !== 1) return undefined;
  const sitting = terms.find((t) => heldOn(t, date) && !onBoundary(t, date) && isSettled(t.office, date));
  if (!sitting) return undefined;
  const same = terms.filter((t) => t.office === sitting.office);
  const began = tenureStart(same, sitting);
  if (time ? time.to < began || time.from > date : same.some((t) => t.start < began)) return undefined;
  return `${sitting.holder.name} still held the office on ${date} (${sitting.office.name} ${describeTerm({ ...sitting, start: began })}): "then-${written}" says it has changed hands since.`;
}

/** "then-<title> X" or "X ... as <title>" at `time`: wrong when none of X's terms in an office of the title touches it. */
function thenMessageAt({ name, title, written }: Found, time: Period): string | undefined {
  if (time.to > asOf) return undefined;
  const countries = new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office.country)));
  const offices = title.offices.filter((o) => countries.has(o.country));
  // The record must cover that time: after its first holder, and settled.
  if (!offices.length || offices.some((o) => time.from < o.holders[0]!.start || !isSettled(o, time.from) || !isSettled(o, time.to))) return undefined;
  const terms = name.persons.flatMap((p) => p.terms.filter((t) => offices.includes(t.office)));
  if (!terms.length || terms.some((t) => coversPartOf(t, time))) return undefined;
  return notHeldMessage(name.persons, written, time.from, terms, periodLabel(time));
}


/** "February 2025" written from token `i` (a capitalised month, then a year), as a period. */
function monthYear(doc: Document, i: number, to: number): Period | undefined {
  if (i + 1 >= to || !YEAR.test(doc.tokens[i + 1]!.text)) return undefined;
  const f = timeFrom(doc, i, to);
  return f && f.last === i + 1 ? f.period : undefined;
}

/**
 * "X's February 2025 trip to Muscat as foreign secretary", "X visited Kyiv in 2023 as
 * chancellor": "as <title>" says X held the office at the act's time, like "then-<title>".
 * The name is the possessive or the subject (not after a preposition or a verb); the time is
 * in the same clause, between the name and "as" or right after the title; the title ends its
 * phrase ("as president of the football federation" is another office).
 */
function asTitle(doc: Document, name: NameMatch, from: number, to: number): { title: TitleMatch & { last: number }; time: Period } | undefined {
  const { tokens } = doc;
  let i = name.last;
  if (tokens[i]?.text === ',' && tokens[i + 1]?.normal === 'who' && OFFICE_CLAUSE.roleWords.has(tokens[i + 2]?.normal ?? '')) return whoAsTitle(doc, i + 3, to);
  const possessive = tokens[i - 1]!.possessive || /^['’]s?$/.test(tokens[i]?.text ?? '');
  if (!possessive) {
    const prev = tokens[name.first - 1];
    if (prev && name.first - 1 >= from && /^(ADP|VERB|AUX)$/.test(prev.pos)) return undefined;
  } else if (/^['’]s?$/.test(tokens[i]?.text ?? '')) i++;
  let time: Period | undefined;
  // "X's 2023 visit": the year in front of the possessed noun.
  if (possessive && i < to && YEAR.test(tokens[i]!.text)) {
    const y = Number(tokens[i]!.text);
    time = yearPeriod(y);
  }
  for (let n = 0; i < to && n < 12; i++, n++) {
    const t = tokens[i]!;
    if (OFFICE_CLAUSE.roleWords.has(t.normal)) break;
    if (endsClause(t)) return undefined;
    // "her years as chancellor", "met President X in 2019 as prime minister": "as" may be said
    // of a pronoun's time or of another person.
    if (t.pos === 'PRON' || (i > name.last && nameAt(doc, i, to))) return undefined;
    // "in 2023", "on 4 March 2024"; "X's February 2025 trip": a month and year before a noun.
    time ??= timeAt(doc, i, from, to) ?? monthYear(doc, i, to);
  }
  if (i >= to || !OFFICE_CLAUSE.roleWords.has(tokens[i]!.normal)) return undefined;
  const j = tokens[i + 1]?.normal === 'the' ? i + 2 : i + 1;
  const title = titleAt(doc, j, to);
  if (!title?.offices.length) return undefined;
  const next = tokens[title.last];
  if (next && title.last < to && (next.normal === 'of' || /^(NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || /^['’]s?$/.test(next.text))) return undefined;
  // "as foreign secretary in February 2025"
  for (let k = title.last; !time && k < to && k < title.last + 4 && !endsClause(tokens[k]!); k++) time = timeAt(doc, k, from, to);
  return time && { title, time };
}

/**
 * "X, who as prime minister signed the steel deal last week,": the title from token `j` (after
 * "who as"), then a past act and its time in the same clause, a year or date ("in 2019") or
 * words dating it to the weeks before the article ("last month", "last week").
 */
function whoAsTitle(doc: Document, j: number, to: number): { title: TitleMatch & { last: number }; time: Period } | undefined {
  const { tokens } = doc;
  if (tokens[j]?.normal === 'the') j++;
  const title = titleAt(doc, j, to);
  if (!title?.offices.length) return undefined;
  const verb = tokens[title.last];
  // The act follows the title at once, in the past: not "as president of the club", "as prime minister, he ...".
  if (!verb || title.last >= to || verb.pos !== 'VERB' || verb.normal === verb.lemma || /(?:ing|s)$/.test(verb.normal)) return undefined;
  const from = doc.sentences[verb.sentence]!.tokenStart;
  for (let k = title.last + 1; k < to && k <= title.last + 14; k++) {
    const t = tokens[k]!;
    if (endsClause(t)) break;
    const time = timeAt(doc, k, from, to) ?? nearArticlePeriod(doc, k, to);
    if (time) return { title, time };
  }
  return undefined;
}

/** The candidates' terms in the offices the title can mean. */
function titleTerms(name: NameMatch, title: TitleMatch): Term[] {
  return name.persons.flatMap((p) => p.terms.filter((t) => title.offices.includes(t.office)));
}

/** Why the title is wrong on `date`: the nearest term in an office of that title, or the offices held instead. */
function notHeldMessage(persons: Person[], title: string, date: string, terms: Term[], when = `on ${date}`): string {
  const reasons = persons.map((p) => {
    const mine = terms.filter((t) => p.terms.includes(t));
    if (!mine.length) {
      const held = p.terms.map((t) => `${t.office.name} ${describeTerm(t)}`).join('; ');
      return { never: true, text: `${p.name} never held an office titled "${title}" (the record has: ${held})` };
    }
    const before = mine.filter((t) => t.end !== null && t.end <= date).pop();
    const t = before ?? mine.find((x) => x.start > date)!;
    return { never: false, text: before ? `the term as ${t.office.name} ended ${t.end}` : `the term as ${t.office.name} began ${t.start}` };
  });
  if (persons.length === 1) {
    const r = reasons[0]!;
    return r.never ? `${r.text}.` : `${persons[0]!.name} was not ${title} ${when}: ${r.text}.`;
  }
  const alias = persons.map((p, i) => (reasons[i]!.never ? reasons[i]!.text : `${p.name}: ${reasons[i]!.text}`)).join('; ');
  return `No one of that name was ${title} ${when} (${alias}).`;
}

/** The clause that says the person took office, for the message: "who was reelected in 2024 and sworn in ...". */
function takingOfficeClause(after: string, at: number): string {
  const rel = /\b(?:who|which)\b/.exec(after.slice(0, at));
  const clause = after.slice(rel ? rel.index : at).replace(/[\s.,;:!?"”’]+$/, '');
  return clause.length > 100 ? `${clause.slice(0, 97)}...` : clause;
}

interface Found {
  doc: Document;
  si: number;
  name: NameMatch;
  title: TitleMatch;
  /** The candidates' terms in offices of the title. */
  terms: Term[];
  /** The title as written. */
  written: string;
  span: Span;
}

const isHistorical = (doc: Document, si: number) => {
  const s = doc.sentences[si]!;
  return historical.match(doc.tokens, s.tokenStart, s.tokenEnd).length > 0;
};

/** "... returned former President X to office": a vote with the titled name as its object. */
function returnedToOffice(doc: Document, si: number, span: Span): boolean {
  const s = doc.sentences[si]!;
  return RETURNED_TO_OFFICE.verbBefore.test(doc.text.slice(s.start, span.start)) && RETURNED_TO_OFFICE.complementAfter.test(doc.text.slice(span.end, s.end));
}

/**
 * "the late President X", "the late X": wrong when the record shows X in some office on the
 * article date (the record has no deaths: a holder out of office may be alive or not).
 */
function lateMessage(doc: Document, name: NameMatch): string | undefined {
  const date = doc.date;
  if (!date || date > asOf) return undefined;
  const t = name.persons.flatMap((p) => p.terms).find((t) => heldOn(t, date) && !onBoundary(t, date) && isSettled(t.office, date));
  return t && `"the late" says ${t.holder.name} had died, but the record has ${t.holder.name} in office on ${date}: ${t.office.name} ${describeTerm(t)}.`;
}

/** "former <title> X": wrong when X holds an office of that title on the article date, or by the article's own account. */
function formerMessage({ doc, si, name, terms, written, span }: Found): string | undefined {
  const s = doc.sentences[si]!;
  // The sentence itself may say the person took office ("who was sworn in on January 20, 2025").
  const after = doc.text.slice(span.end, s.end);
  const took = TAKING_OFFICE.exec(after);
  const date = doc.date;
  if (date) {
    if (date > asOf) return undefined;
    const sitting = terms.filter((t) => heldOn(t, date) && !onBoundary(t, date) && isSettled(t.office, date));
    if (!sitting.length) return undefined;
    if (!took && returnedToOffice(doc, si, span)) {
      // "The June 2023 vote returned former President X to office": wrong when X held the office
      // as that year began (a re-election), right for a comeback after time out of it.
      const years = yearsIn(doc, si);
      const t = sitting[0]!;
      const began = tenureStart(terms.filter((x) => x.office === t.office), t);
      const y = years.find((y) => began < `${y}-01-01` && `${y}-01-01` <= date);
      if (y === undefined) return undefined;
      return `The ${y} vote returned a sitting ${written}, not a former one: ${t.holder.name} held the office then and still did on ${date} (${t.office.name} ${describeTerm(t)}).`;
    }
    if (!took) {
      // "In 2022, former President Trump announced...": a year when the person was out of office
      // after a term. A year before any term ended ("a pledge made by former president X during
      // last year's campaign", of someone first elected then) is no such time: "former" never fit.
      const formerIn = (y: number) => !terms.some((t) => heldOn(t, `${y}-07-01`)) && terms.some((t) => t.end !== null && t.end <= `${y}-12-31`);
      if (yearsIn(doc, si).some(formerIn)) return undefined;
      // "Back then, former President Trump...": written about a time out of office.
      if (isHistorical(doc, si)) return undefined;
    }
    const t = sitting[0]!;
    const own = took ? ` The article itself says: "${takingOfficeClause(after, took.index)}".` : '';
    return `${t.holder.name} was the sitting ${written} on ${date}, not a former one: ${t.office.name} ${describeTerm(t)}.${own}`;
  }
  if (!took) return undefined;
  // No article date: trust the article's own account when the record shows that term still open.
  const years = yearsIn(doc, si);
  const latest = years.length ? Math.max(...years) : undefined;
  const open = terms.filter((t) => t.end === null && (latest === undefined || Math.abs(Number(t.start.slice(0, 4)) - latest) <= 1));
  if (!open.length) return undefined;
  const t = open[0]!;
  return `"former ${written}" contradicts the article's own account ("${takingOfficeClause(after, took.index)}"); the record agrees: ${t.holder.name} has been ${t.office.name} ${describeTerm(t)}.`;
}

/** Kinds of office the record keeps for every country it covers (not the ministers it keeps for a few). */
const LEADER_KINDS = new Set(['head-of-state', 'head-of-government', 'monarch']);
/** Words that mark a title as today's, not the act's ("Prime Minister X, then a minister,"). */
const NOT_THEN_WORDS = new Set(['then', 'now', 'later', 'future', 'before', 'since', 'until']);
/**
 * "the dam opened in 1985, when Prime Minister X ...": a time the sentence names, when the office
 * of the title in X's own country did not exist (the record's `abolished` periods). A current
 * title for a past act is common style, but not for an office nobody held then. Not when the
 * sentence marks the title as today's ("then a minister", "now prime minister").
 */
function vacantMessage({ doc, si, name, title, terms, written }: Found): string | undefined {
  const s = doc.sentences[si]!;
  for (let k = name.last; k < s.tokenEnd; k++) if (NOT_THEN_WORDS.has(doc.tokens[k]!.normal)) return undefined;
  const countries = new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office.country)));
  const offices = title.offices.filter((o) => countries.has(o.country));
  if (!offices.length || !terms.length) return undefined;
  for (const p of periodsIn(doc, si)) {
    if (terms.some((t) => touchesPeriod(t, p))) continue;
    const gaps = offices.map((o) => (o.abolished ?? []).find((a) => a.from <= p.from && p.to <= a.to));
    if (gaps.some((g) => !g)) continue;
    const office = offices[0]!;
    const g = gaps[0]!;
    const own = terms.find((t) => t.office === office && t.start > g.to);
    return `No one was ${written} ${periodLabel(p)}: the office (${office.name}) did not exist from ${g.from} to ${g.to}${own ? `, and ${own.holder.name}'s term began ${own.start}` : ''}.`;
  }
  return undefined;
}

/** "<title> X": wrong when X held no office of that title on the article date and the sentence is not history. */
function titleMessage(found: Found, recentDays: number): string | undefined {
  const { doc, si, name, title, terms, written } = found;
  const date = doc.date;
  if (!date || date > asOf) return undefined;
  if (!isHistorical(doc, si)) {
    const vacant = vacantMessage(found);
    if (vacant) return vacant;
  }
  // Where the record is unsettled (past `asOf`, a caveat), the person may have moved into or out of
  // that office, or into an unsettled office of the title in their own country.
  const unsettled = new Set(title.offices.filter((o) => !isSettled(o, date)).map((o) => o.country));
  if (name.persons.some((p) => p.terms.some((t) => !isSettled(t.office, date) || unsettled.has(t.office.country)))) return undefined;
  if (terms.some((t) => heldOn(t, date) || onBoundary(t, date))) return undefined;
  // A minister's title many countries share must name an office in a country the record has the
  // person in (as thenMessageAt asks): "Foreign Minister X" of a leader the record has only as
  // president may be about their own country's foreign ministry, which the record keeps for a
  // few countries only. The record has the heads of state and government of each country it
  // covers, so "President X" of a prime minister whose country has none is still wrong, and a
  // title of one country ("Comorian President") for someone of another is wrong whatever it lacks.
  const countries = new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office.country)));
  const titleCountries = new Set(title.offices.map((o) => o.country));
  const leaders = title.offices.some((o) => o.kind.some((k) => LEADER_KINDS.has(k)));
  if (!leaders && titleCountries.size > 1 && ![...titleCountries].some((c) => countries.has(c))) return undefined;
  // "Premier Campbell", "Prime Minister Costa": a surname alone under a title its bearer in the
  // record never held is more likely someone else (a provincial premier, another country's leader).
  if (!/\s/.test(name.alias) && name.persons.every((p) => !terms.some((t) => p.terms.includes(t)))) return undefined;
  // "Prime Minister Donald Tusk": known to the record only from an EU office, his national
  // career is not in it; it cannot say he never held the title.
  if (name.persons.some((p) => !terms.some((t) => p.terms.includes(t)) && partlyRecorded(p))) return undefined;
  // Monarchs keep the regnal title in later references ("Queen Elizabeth II opened...").
  if (terms.some((t) => t.office.kind.includes('monarch') && t.start <= date)) return undefined;
  if (isHistorical(doc, si)) return undefined;
  // "President Obama in 2012 signed", "Prime Minister Ishiba resigned in September": a time inside a term.
  const periods = periodsIn(doc, si);
  if (periods.some((p) => terms.some((t) => touchesPeriod(t, p)))) return undefined;
  // Dated outside every term, or in the days around the article ("on Tuesday"): a slip whatever the tense.
  const dated = periods.length > 0 || hasRecentMarker(doc, si);
  // A past-tense sentence about a predecessor long gone reads as history ("The bill, proposed by
  // President Obama, passed"); shortly after a handover it is the usual slip ("President Biden signed").
  const lastEnd = terms.filter((t) => t.end !== null && t.end < date).map((t) => t.end!).sort().pop();
  if (!dated && lastEnd && daysBetween(lastEnd, date) > recentDays && tenseAround(doc, si, name.first, name.last) === 'past') return undefined;
  // "in 2020 under Chancellor X": the sentence's own time is the one to name, not the article's.
  const p = periods[0];
  return p ? notHeldMessage(name.persons, written, p.from, terms, periodLabel(p)) : notHeldMessage(name.persons, written, date, terms);
}

export default defineRule<z.infer<typeof Options>>({
  meta: {
    id: 'factual-slip/office-title',
    category: 'factual-slip',
    severity: 'error',
    description: 'A title the person did not hold on the article\'s date ("President Biden" in March 2025), "former" or "ex-" for someone in office, "the late" for someone the record shows in office, or "then-<title>" with a time outside the term or for someone still in that office.',
    options: Options,
    why: 'Titles date a story. A sitting leader called "former", or a predecessor still called by the title, is a factual error readers notice at once and it undermines everything else in the piece.',
    examples: {
      flagged: [
        { text: 'President Biden signed an order on Friday limiting exports of advanced chips.', flag: 'President Biden', publishedAt: '2025-03-14' },
        { text: 'Prime Minister Rishi Sunak met business leaders in Manchester on Tuesday.', flag: 'Prime Minister Rishi Sunak', publishedAt: '2025-11-04' },
        { text: 'Trade ties deepened after then-chancellor Angela Merkel toured the port of Piraeus in 2023.', flag: 'then-chancellor Angela Merkel', publishedAt: '2025-09-01' },
        { text: 'The talks were praised by former Chancellor Friedrich Merz, who leads the coalition.', flag: 'former Chancellor Friedrich Merz', publishedAt: '2025-09-10' },
        { text: 'The summit drew former President Luiz Inácio Lula da Silva, who was sworn in for a third term on January 1, 2023.', flag: 'former President Luiz Inácio Lula da Silva' },
      ],
      fine: [
        { text: 'President Emmanuel Macron met German Chancellor Friedrich Merz in Paris.', publishedAt: '2025-09-10' },
        { text: 'Then-President Barack Obama signed the law in 2010.', publishedAt: '2025-03-14' },
        { text: 'Former Prime Minister Rishi Sunak said the party must change course.', publishedAt: '2025-11-04' },
        { text: 'President Obama in 2012 signed the order that created the program.', publishedAt: '2025-03-14' },
      ],
    },
  },
  check({ doc, report, options }) {
    for (const [si, s] of doc.sentences.entries()) {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const name = nameAt(doc, k, s.tokenEnd);
        if (!name) continue;
        k = name.last - 1;
        const after = modifiedAfter(doc, name, s.tokenEnd);
        if (after && !nameContinues(doc, name, s.tokenEnd) && trustedAlias(doc, name)) {
          const span: Span = { start: name.span.start, end: after.span.end };
          const found: Found = { doc, si, name, title: after, terms: titleTerms(name, after), written: doc.text.slice(after.span.start, after.span.end), span };
          // "X, then chancellor, visited ...": the act's clause goes on after the appositive's comma.
          const next = after.last < s.tokenEnd && /^[,—–)]$/.test(doc.tokens[after.last]!.text) ? after.last + 1 : after.last;
          const message = inQuote(doc, span) ? undefined : after.kind === 'former' ? formerMessage(found) : thenMessage(found, name.first, next);
          if (typeof message === 'string') report({ span, message });
          else if (message) report({ span, ...message });
          continue;
        }
        if (nameContinues(doc, name, s.tokenEnd)) continue;
        // "X's 2025 trip to Muscat as foreign secretary": the title at the act's time.
        const as = asTitle(doc, name, s.tokenStart, s.tokenEnd);
        if (as && trustedAlias(doc, name)) {
          const span: Span = { start: name.span.start, end: as.title.span.end };
          const written = doc.text.slice(as.title.span.start, as.title.span.end);
          const message = inQuote(doc, span) ? undefined : thenMessageAt({ doc, si, name, title: as.title, terms: titleTerms(name, as.title), written, span }, as.time);
          if (message) {
            report({ span, message });
            continue;
          }
        }
        // "Russia's president at the time, X," / "X, the chancellor at the time,": a "then-" claim.
        const thenBefore = thenTitleBefore(doc, name, s.tokenStart, s.tokenEnd);
        const thenAfter = thenBefore ? undefined : thenTitleAfter(doc, name, s.tokenEnd);
        if (thenBefore || thenAfter) {
          const title = (thenBefore ?? thenAfter)!;
          const span: Span = thenBefore ? { start: title.span.start, end: name.span.end } : { start: name.span.start, end: doc.tokens[thenAfter!.last - 1]!.end };
          if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
          const found: Found = { doc, si, name, title, terms: titleTerms(name, title), written: doc.text.slice(title.span.start, title.span.end), span };
          // The act's clause goes on after the appositive's closing comma.
          const next = thenAfter && thenAfter.last < s.tokenEnd && /^[,—–)]$/.test(doc.tokens[thenAfter.last]!.text) ? thenAfter.last + 1 : name.last;
          const message = thenMessage(found, thenBefore ? thenBefore.first : name.first, thenBefore ? name.last : next);
          if (message) report({ span, ...message });
          continue;
        }
        // "Prime Minister X", or set off by commas: "Japan's prime minister, X," / "X, Japan's prime minister,".
        const before = titleBefore(doc, name.first, s.tokenStart);
        let title = before?.offices.length ? before : appositiveTitleBefore(doc, name, s.tokenStart, s.tokenEnd);
        // "Mexico, whose president, X,": the office of that country only.
        const country = title && whoseCountry(doc, title.first, s.tokenStart);
        if (title && country) {
          title = inCountry(title, country);
          if (!title) continue;
        }
        const later = title ? undefined : appositiveTitleAfter(doc, name, s.tokenEnd);
        if (later) {
          const span: Span = { start: name.span.start, end: later.span.end };
          if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
          const written = doc.text.slice(later.span.start, later.span.end);
          const message = titleMessage({ doc, si, name, title: later, terms: titleTerms(name, later), written, span }, options.recentDays);
          if (message) report({ span, message });
          continue;
        }
        if (!title) {
          // "the late X" with no title.
          const [the, late] = [doc.tokens[name.first - 2], doc.tokens[name.first - 1]];
          if (name.first - 2 < s.tokenStart || the!.normal !== 'the' || !DEATH_WORDS.has(late!.normal)) continue;
          const span: Span = { start: late!.start, end: name.span.end };
          const message = inQuote(doc, span) || !trustedAlias(doc, name) ? undefined : lateMessage(doc, name);
          if (message) report({ span, message });
          continue;
        }
        const mod = modifierBefore(doc, title, s.tokenStart);
        if (mod.kind === 'skip') continue;
        const span: Span = { start: mod.start ?? title.span.start, end: name.span.end };
        if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
        const written = doc.text.slice(title.span.start, title.span.end);
        const terms = titleTerms(name, title);

        const found: Found = { doc, si, name, title, terms, written, span };
        if (mod.kind === 'then') {
          const then = thenMessage(found, mod.at!, name.last);
          if (then) report({ span, ...then });
          continue;
        }
        const message = mod.kind === 'former' ? formerMessage(found) : mod.kind === 'late' ? lateMessage(doc, name) : titleMessage(found, options.recentDays);
        if (message) report({ span, message });
      }
    }
  },
});
