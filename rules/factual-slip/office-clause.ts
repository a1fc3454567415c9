import type { Document, Span } from '../../src/document/types.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, titleAt, titleBefore, trustedAlias, type NameMatch } from './_match.js';
import { appositiveTitleBefore } from './_apposition.js';
import { actClauseAfter, bodyAt, ledByAt, type LedBy } from './_act-clause.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS, FORMER_WORDS, HISTORICAL_PATTERNS, OFFICE_CLAUSE, TITLE_MODIFIERS } from './_markers.js';
import { asOf, coversPartOf, describeTerm, heldOn, holderNames, holdersDuring, holdersOn, inYear, isBareRole, isSettled, onBoundary, tenureStart, touchesPeriod, type Office, type Term } from './_offices.js';
import { periodsIn, timeAt, timeFrom, YEAR, yearOfHead, type Period } from './_time.js';
import { CLAUSES, officesFor, periodLabel, recordCovers, termsIn, wordsAt } from './_clauses.js';

const historical = new PhraseIndex(HISTORICAL_PATTERNS.map((p) => [p, true] as [string, boolean]));
const isHistorical = (doc: Document, si: number) => {
  const s = doc.sentences[si]!;
  return historical.match(doc.tokens, s.tokenStart, s.tokenEnd).length > 0;
};

/**
 * "X, who heads the ECB," / "X, who now leads NATO," / "X, head of the IMF,": the body the
 * clause after the name says X heads now. The span runs from the name to the body.
 */
function headsClause(doc: Document, name: NameMatch, to: number): { office: Office; last: number } | undefined {
  const { tokens } = doc;
  let i = name.last;
  if (tokens[i]?.text !== ',') return undefined;
  i++;
  if (tokens[i]?.normal === 'who') {
    i++;
    if (OFFICE_CLAUSE.nowWords.has(tokens[i]?.normal ?? '')) i++;
    const verb = tokens[i];
    if (verb && OFFICE_CLAUSE.headVerbs.has(verb.normal)) return bodyAt(doc, i + 1, to);
    // "who is head of the IMF", "who is the head of the IMF"
    if (verb?.normal !== 'is') return undefined;
    i++;
  }
  if (tokens[i]?.normal === 'the') i++;
  if (!OFFICE_CLAUSE.headNouns.has(tokens[i]?.normal ?? '') || tokens[i + 1]?.normal !== 'of') return undefined;
  return bodyAt(doc, i + 2, to);
}

/**
 * "X was still Germany's defence minister in 2021", "X, who was NATO chief in 2012,": an
 * office claimed for a year. The title and the year's token.
 */
function officeInYear(doc: Document, name: NameMatch, to: number) {
  const { tokens } = doc;
  let i = name.last;
  if (tokens[i]?.text === ',' && tokens[i + 1]?.normal === 'who') i += 2;
  if (tokens[i]?.normal !== 'was') return undefined;
  i++;
  const still = OFFICE_CLAUSE.stillWords.has(tokens[i]?.normal ?? '');
  if (still) i++;
  if (tokens[i]?.normal === 'the') i++;
  const title = titleAt(doc, i, to);
  if (!title?.offices.length) return undefined;
  // "was still president in 2021" could be of a party or a club: a bare role needs "still" and a record of that office.
  if (isBareRole(title.title) && (!still || !termsIn(name, title.offices).length)) return undefined;
  const at = title.last;
  // "X, who was still chancellor when the bridge was opened in May 2022,": the time of the "when" clause.
  if (CLAUSES.whenWords.has(tokens[at]?.normal ?? '') && at < to) {
    const when = whenTime(doc, at + 1, to);
    return when && { title, period: when.period, yearToken: when.last, byWhen: true };
  }
  // "was still president in March 2024": a month's time, judged as the "when" clause's is.
  if (/^(in|during)$/.test(tokens[at]?.normal ?? '') && at + 2 < to && !YEAR.test(tokens[at + 1]!.text) && YEAR.test(tokens[at + 2]!.text)) {
    const period = timeAt(doc, at + 2, at + 1, to);
    return period && { title, period, yearToken: at + 2, byWhen: false };
  }
  if (!/^(in|during)$/.test(tokens[at]?.normal ?? '') || !YEAR.test(tokens[at + 1]?.text ?? '') || at + 1 >= to) return undefined;
  // "in 2021-22", "in 2021 talks": not the year of the office.
  const after = tokens[at + 2];
  if (after && at + 2 < to && (/^[-–\/]$/.test(after.text) || after.pos === 'NOUN' || after.pos === 'PROPN')) return undefined;
  return { title, year: Number(tokens[at + 1]!.text), yearToken: at + 1 };
}

/** How far into a "when" clause its time is looked for. */
const WHEN_REACH = 14;

/**
 * The time a "when" clause from token `i` dates its event at ("when the bids were opened in
 * March 2024", "when the dam burst on 3 May 2019"): the first time written in the clause
 * before it ends (a comma, a dash, another clause word), and its last token.
 */
function whenTime(doc: Document, i: number, to: number): { period: Period; last: number } | undefined {
  const { tokens } = doc;
  for (let k = i; k < to && k < i + WHEN_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || CLAUSE_PUNCT.has(t.text) || (k > i && CLAUSE_WORDS.has(t.normal))) return undefined;
    if (t.text.length !== 4 || !YEAR.test(t.text)) continue;
    const period = timeAt(doc, k, i, to);
    return period && { period, last: k };
  }
  return undefined;
}

/**
 * The office a title written from token `i` names, for this person: "head of NATO", "NATO
 * chief", "Germany's chancellor", "chancellor". A bare role ("chancellor") counts only in the
 * countries and bodies the person is recorded in, and only when the record has them in it.
 */
function officesOfTitle(doc: Document, name: NameMatch, i: number, to: number, needArticle: boolean): { offices: Office[]; last: number } | undefined {
  const { tokens } = doc;
  const article = tokens[i]?.normal === 'the';
  if (article) i++;
  // "who has been head of the IMF since 2019"
  if (OFFICE_CLAUSE.headNouns.has(tokens[i]?.normal ?? '') && tokens[i + 1]?.normal === 'of') {
    const body = bodyAt(doc, i + 2, to);
    return body ? { offices: [body.office], last: body.last } : undefined;
  }
  const title = titleAt(doc, i, to);
  if (!title?.offices.length) return undefined;
  const offices = officesFor(name, title);
  if (!offices || (needArticle && !article && isBareRole(title.title))) return undefined;
  return { offices, last: title.last };
}

/**
 * The offices of the title written before the name ("Prime Minister X", "Ethiopia's prime
 * minister, X,") in the countries and bodies the person is recorded in; a bare role only
 * when the record has the person in it. None under a modifier ("former", "then-", "acting").
 */
function titledOffices(doc: Document, name: NameMatch, from: number, to: number): Office[] | undefined {
  const before = titleBefore(doc, name.first, from);
  const title = before?.offices.length ? before : appositiveTitleBefore(doc, name, from, to);
  if (!title || title.lead) return undefined;
  const prev = doc.tokens[title.first - 1];
  if (prev && title.first - 1 >= from && (FORMER_WORDS.has(prev.normal) || TITLE_MODIFIERS.has(prev.normal) || /^[-‐]$/.test(prev.text))) return undefined;
  return officesFor(name, title);
}

/**
 * "X, who has led NATO since 2014," / "X has headed the IMF since October 2019" / "X, who has
 * been NATO secretary general since 2014," / "X, the NATO chief since 2014,": the present
 * perfect (or an appositive title) with "since" says X has held the office from then to now.
 * The offices, the time after "since" and the index of its last token.
 */
function sinceClause(
  doc: Document,
  name: NameMatch,
  from: number,
  to: number,
): { offices: Office[]; since: Period; last: number; start: boolean; governing?: boolean; first?: number } | undefined {
  const { tokens } = doc;
  const led = ledSince(doc, name, from, to);
  if (led) return led;
  let i = name.last;
  const comma = tokens[i]?.text === ',';
  if (comma) i++;
  const who = comma && tokens[i]?.normal === 'who';
  if (who) i++;
  let found: { offices: Office[]; last: number } | undefined;
  // "Prime Minister X, in office since 2020," / "X, who has been in power since 2014,".
  const perfect = OFFICE_CLAUSE.perfectAux.has(tokens[i]?.normal ?? '') && tokens[i + 1]?.normal === 'been' && (who || !comma);
  const inOffice = (comma || perfect) && wordsAt(doc.tokens, perfect ? i + 2 : i, to, OFFICE_CLAUSE.inOffice);
  if (inOffice) {
    const offices = titledOffices(doc, name, from, to);
    found = offices && { offices, last: inOffice };
  } else if (OFFICE_CLAUSE.perfectAux.has(tokens[i]?.normal ?? '') && (who || !comma)) {
    i++;
    if (OFFICE_CLAUSE.perfectHeadVerbs.has(tokens[i]?.normal ?? '')) {
      const body = bodyAt(doc, i + 1, to);
      found = body && { offices: [body.office], last: body.last };
    } else {
      const words = OFFICE_CLAUSE.perfectTitleVerbs.find((ws) => ws.every((w, j) => i + j < to && tokens[i + j]!.normal === w));
      if (words) found = officesOfTitle(doc, name, i + words.length, to, false);
    }
  } else if (comma && !who) {
    // The appositive: "X, the NATO chief since 2014,", "X, Germany's chancellor since 2021,".
    found = officesOfTitle(doc, name, i, to, true);
  }
  if (!found || tokens[found.last]?.normal !== 'since') return undefined;
  const time = timeFrom(doc, found.last + 1, to);
  return time && { offices: found.offices, since: time.period, last: time.last, start: !!inOffice };
}

/**
 * "the coalition X has led since 2023", "the government that X has headed since May": the
 * object of the relative clause is what a head of government leads (data: ledNouns), so X
 * has headed a government from then to now. The offices: the governing ones X is recorded in.
 */
function ledSince(doc: Document, name: NameMatch, from: number, to: number): { offices: Office[]; since: Period; last: number; start: boolean; governing: boolean; first: number } | undefined {
  const { tokens } = doc;
  let j = name.first - 1;
  if (j >= from && OFFICE_CLAUSE.ledRelatives.has(tokens[j]!.normal)) j--;
  if (j < from || !OFFICE_CLAUSE.ledNouns.has(tokens[j]!.normal)) return undefined;
  // "the country's government X has led": any possessive or article before the noun will do.
  const i = name.last;
  if (!OFFICE_CLAUSE.perfectAux.has(tokens[i]?.normal ?? '') || !OFFICE_CLAUSE.perfectHeadVerbs.has(tokens[i + 1]?.normal ?? '') || tokens[i + 2]?.normal !== 'since') return undefined;
  const offices = [...new Set(name.persons.flatMap((p) => p.terms.filter((t) => t.office.governs).map((t) => t.office)))];
  if (!offices.length) return undefined;
  const time = timeFrom(doc, i + 3, to);
  // The span starts at the noun: "coalition X has led since 2018".
  return time && { offices, since: time.period, last: time.last, start: false, governing: true, first: j };
}

/**
 * "the World Bank, then led by X," after an act dated before it ("a loan approved in January
 * 2024 by the World Bank", "a 2018 project financed by the IMF"): X headed the body at the
 * act's time. Found from "then" (token `k`): the body before the comma, the name, the time.
 */
function thenLedBy(doc: Document, k: number, from: number, to: number): { office: Office; name: NameMatch; time: Period; first: number } | undefined {
  const { tokens } = doc;
  const after = wordsAt(doc.tokens, k, to, OFFICE_CLAUSE.thenWords);
  if (!after || tokens[k - 1]?.text !== ',' || !OFFICE_CLAUSE.perfectHeadVerbs.has(tokens[after]?.normal ?? '') || tokens[after + 1]?.normal !== 'by') return undefined;
  const name = nameAt(doc, after + 2, to);
  if (!name || nameContinues(doc, name, to)) return undefined;
  // The body ends at the comma: try its possible first tokens, nearest first.
  const comma = k - 1;
  for (let b = comma - 1; b >= from && b >= comma - 8; b--) {
    const body = bodyAt(doc, b, comma);
    if (!body || body.last !== comma) continue;
    // The act's time: "approved in January 2024 by <body>", "a 2018 project financed by <body>".
    const by = b - 1;
    if (by - 1 < from || tokens[by]!.normal !== 'by') return undefined;
    const time = timeAt(doc, by - 1, from, by) ?? yearOfHead(doc, by - 1, from);
    return time && { office: body.office, name, time, first: b };
  }
  return undefined;
}

/** "from 2011-11-01 to 2019-11-01" for each of the name's terms in the office. */
const record = (terms: Term[]) => terms.map((t) => `${t.office.name} ${describeTerm(t)}`).join('; ');
/** " (X: <office> from ... to ...)" after a claim, or nothing when the record has no term of X there. */
const recordNote = (person: string, terms: Term[]) => (terms.length ? ` (${person}: ${record(terms)})` : '');
/** What the record has of X in the office, for a "was not <title> in <time>" message. */
const recordHas = (person: string, terms: Term[]) => (terms.length ? `the record has ${record(terms)}` : `the record has no term of ${person} in that office`);

/**
 * "the WTO, headed since 2021 by X," / "NATO, led by X,": X heads the body now (the participle
 * with "since" runs to the article date), and with "since" has done so from that time. A bare
 * participle in a sentence set in the past reads at that time and is left alone.
 */
function ledByProblem(doc: Document, si: number, led: LedBy, date: string): string | undefined {
  const { office, name, since } = led;
  if (!isSettled(office, date) || date <= office.holders[0]!.start) return undefined;
  if (since && (since.from > date || since.from < office.holders[0]!.start)) return undefined;
  const terms = termsIn(name, [office]);
  const person = name.persons[0]!.name;
  const now = terms.find((t) => heldOn(t, date) || onBoundary(t, date));
  if (!since && (isHistorical(doc, si) || periodsIn(doc, si).some((p) => terms.some((t) => touchesPeriod(t, p))))) return undefined;
  const had = recordNote(person, terms);
  if (!now) {
    const who = holderNames(holdersOn(office.id, date));
    const claim = since ? `"Since ${periodLabel(since)}" says ${person} heads it now. ` : '';
    return `${claim}On ${date} the ${office.name} was ${who}, not ${person}${had}.`;
  }
  const began = tenureStart(terms, now);
  if (since && Number(began.slice(0, 4)) > Number(since.to.slice(0, 4))) return `${person} has headed it (${office.name}) since ${began}, not since ${periodLabel(since)}.`;
  return undefined;
}

/**
 * "German Chancellor X, who visited Windhoek in 2023,": the title before the name is read at the
 * time of the act the clause dates. A warning when the record has X in that office, but at
 * another time than the act's (the writer may mean X did it before taking office, which the
 * clause should then say).
 */
function actProblem(name: NameMatch, offices: Office[], time: Period): string | undefined {
  if (!recordCovers(offices, time)) return undefined;
  const terms = termsIn(name, offices);
  if (!terms.length || terms.some((t) => coversPartOf(t, time))) return undefined;
  const office = offices[0]!;
  const person = name.persons[0]!.name;
  const who = holderNames(holdersDuring(office, time));
  return `${person} was not ${office.name} in ${periodLabel(time)}, the time of the act the clause dates (the office was held by ${who}; ${person}: ${record(terms)}). Say what ${person} was then, or check the name.`;
}

/**
 * Of `offices`, those of the countries and bodies the name's people are recorded in: the record
 * cannot speak for a title they may have held elsewhere.
 */
function recordedOffices(name: NameMatch, offices: readonly Office[]): Office[] {
  const countries = new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office.country)));
  return offices.filter((o) => countries.has(o.country));
}

/**
 * "X, who was still president when the bids were opened in March 2024,": wrong when the record
 * covers that time and no term of X in the office touches it. With a bare role (which
 * officeInYear takes only after "still") the time must come after a term of X began (the
 * "still" claims a term ran on; a time before X ever held the office may be of another
 * presidency, a club's or a party's).
 */
function whenProblem(doc: Document, name: NameMatch, claim: { title: TitleHit; period: Period; yearToken: number; byWhen: boolean }): { span: Span; message: string } | undefined {
  const { period: p } = claim;
  const offices = recordedOffices(name, claim.title.offices);
  if (!offices.length || !recordCovers(offices, p)) return undefined;
  const terms = termsIn(name, offices);
  if (terms.some((t) => touchesPeriod(t, p))) return undefined;
  if (isBareRole(claim.title.title) && !terms.some((t) => t.start < p.from)) return undefined;
  const span: Span = { start: name.span.start, end: doc.tokens[claim.yearToken]!.end };
  if (inQuote(doc, span) || !trustedAlias(doc, name)) return undefined;
  const written = doc.text.slice(claim.title.span.start, claim.title.span.end);
  const who = holderNames(offices.flatMap((o) => holdersDuring(o, p)));
  const had = recordHas(name.persons[0]!.name, terms);
  return { span, message: `${name.persons[0]!.name} was not ${written} in ${periodLabel(p)}${claim.byWhen ? ', the time the "when" clause gives' : ''} (the office was held by ${who}): ${had}.` };
}
type TitleHit = NonNullable<ReturnType<typeof titleAt>>;

export default defineRule({
  meta: {
    id: 'factual-slip/office-clause',
    category: 'factual-slip',
    severity: 'error',
    description: 'A clause that puts a person in an office they did not hold: "X, who heads the ECB," or "X, who has led NATO since 2014," or "the WTO, headed since 2021 by X," on a date when someone else did, "X was still defence minister in 2021" (or "in March 2021", or "when the bids were opened in March 2021") after the term ended, or "Chancellor X, who visited Windhoek in 2023," when the act predates the term (a warning).',
    why: 'A relative clause or a "was still … in YEAR" reads as background, so it is checked less often than a title, but it states a fact about who held an office, and the record of office holders settles it.',
    examples: {
      flagged: [
        { text: 'Jean-Claude Trichet, who heads the European Central Bank, warned that inflation would stay high.', flag: 'Jean-Claude Trichet, who heads the European Central Bank', publishedAt: '2024-03-12' },
        { text: 'Mark Rutte, who has led NATO since 2014, visited the Baltic air-policing base on Tuesday.', flag: 'Mark Rutte, who has led NATO since 2014', publishedAt: '2025-03-11' },
        { text: 'The reform was drafted when Annegret Kramp-Karrenbauer was still Germany\'s defence minister in 2022.', flag: 'Annegret Kramp-Karrenbauer was still Germany\'s defence minister in 2022', publishedAt: '2025-05-20' },
        { text: 'Kenya has asked the IMF, led since 2021 by Christine Lagarde, to ease the terms of its loan.', flag: 'the IMF, led since 2021 by Christine Lagarde', publishedAt: '2023-04-04' },
      ],
      fine: [
        { text: 'Christine Lagarde, who heads the European Central Bank, said rates would stay on hold.', publishedAt: '2024-03-12' },
        { text: 'Ana Ruiz, who heads the port authority, said the cranes would be replaced.', publishedAt: '2024-03-12' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    const date = doc.date;
    for (const [si, s] of doc.sentences.entries()) {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const led = tokens[k]!.text === ',' && date && date <= asOf ? ledByAt(doc, k, s.tokenStart, s.tokenEnd) : undefined;
        if (led && date) {
          const span: Span = { start: tokens[led.first]!.start, end: tokens[led.last - 1]!.end };
          const problem = inQuote(doc, span) || !trustedAlias(doc, led.name) ? undefined : ledByProblem(doc, si, led, date);
          if (problem) report({ span, message: problem });
          k = led.last - 1;
          continue;
        }
        const then = tokens[k]!.normal === 'then' || tokens[k]!.normal === 'at' ? thenLedBy(doc, k, s.tokenStart, s.tokenEnd) : undefined;
        if (then) {
          const { office, name, time } = then;
          // The record must cover that time: after its first holder, settled, before `asOf`.
          if (!recordCovers([office], time)) continue;
          const terms = termsIn(name, [office]);
          if (terms.some((t) => coversPartOf(t, time))) continue;
          const span: Span = { start: tokens[then.first]!.start, end: name.span.end };
          if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
          const who = holderNames(holdersDuring(office, time));
          const had = recordNote(name.persons[0]!.name, terms);
          const when = time.from === time.to ? `on ${time.from}` : `from ${time.from} to ${time.to}`;
          report({ span, message: `The act is dated ${when}, when the ${office.name} was ${who}, not ${name.persons[0]!.name}${had}.` });
          continue;
        }
        const name = nameAt(doc, k, s.tokenEnd);
        if (!name) continue;
        k = name.last - 1;
        if (nameContinues(doc, name, s.tokenEnd)) continue;
        const act = actClauseAfter(doc, name, s.tokenEnd);
        const actOffices = act && titledOffices(doc, name, s.tokenStart, s.tokenEnd);
        if (act && actOffices) {
          const span: Span = { start: name.span.start, end: tokens[act.last]!.end };
          const problem = inQuote(doc, span) || !trustedAlias(doc, name) ? undefined : actProblem(name, actOffices, act.time);
          if (problem) report({ span, message: problem, severity: 'warning' });
          continue;
        }
        const heads = date && date <= asOf ? headsClause(doc, name, s.tokenEnd) : undefined;
        if (heads && date && isSettled(heads.office, date) && date > heads.office.holders[0]!.start) {
          const terms = termsIn(name, [heads.office]);
          const span: Span = { start: name.span.start, end: tokens[heads.last - 1]!.end };
          if (terms.some((t) => heldOn(t, date) || onBoundary(t, date)) || inQuote(doc, span) || !trustedAlias(doc, name)) continue;
          // A historical present ("In 2012, Draghi, who heads the ECB, promised ...") names its own time.
          if (isHistorical(doc, si) || periodsIn(doc, si).some((p) => terms.some((t) => touchesPeriod(t, p)))) continue;
          const who = holderNames(holdersOn(heads.office.id, date));
          const had = recordNote(name.persons[0]!.name, terms);
          report({ span, message: `On ${date} the ${heads.office.name} was ${who}, not ${name.persons[0]!.name}${had}.` });
          continue;
        }
        const since = date && date <= asOf ? sinceClause(doc, name, s.tokenStart, s.tokenEnd) : undefined;
        if (since && date) {
          const { offices, since: p } = since;
          if (p.from > date || offices.some((o) => !isSettled(o, date) || p.from < o.holders[0]!.start)) continue;
          const span: Span = { start: since.first !== undefined ? tokens[since.first]!.start : name.span.start, end: tokens[since.last]!.end };
          if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
          const terms = termsIn(name, offices);
          const now = terms.find((t) => heldOn(t, date) || onBoundary(t, date));
          const person = name.persons[0]!.name;
          if (!now) {
            // The present perfect speaks of now, whatever other times the sentence names.
            const office = offices[0]!;
            const who = offices.length === 1 ? holderNames(holdersOn(office.id, date)) : undefined;
            const had = recordNote(person, terms);
            const held = who ? `On ${date} the ${office.name} was ${who}, not ${person}` : `${person} held no such office on ${date}`;
            report({ span, message: `"Since ${periodLabel(p)}" says ${person} holds the office now. ${held}${had}.` });
            continue;
          }
          const began = tenureStart(terms, now);
          // "In office", "in power" may run on across the country's governing offices (prime
          // minister, then president): any start from that tenure's to the office's own is right.
          const country = now.office.country;
          const governing = name.persons.flatMap((x) => x.terms.filter((t) => t === now || (now.office.governs && t.office.governs && t.office.country === country)));
          const earliest = since.start || since.governing ? tenureStart(governing, now) : began;
          // "has led NATO since 2014" of someone who took office years later.
          if (Number(earliest.slice(0, 4)) > Number(p.to.slice(0, 4))) {
            report({ span, message: `${person} has held the office (${now.office.name}) since ${began}, not since ${periodLabel(p)}.` });
            continue;
          }
          // "in office since 2020" names the start of the tenure: wrong when it began in an earlier year.
          if (since.start && Number(began.slice(0, 4)) < Number(p.from.slice(0, 4))) {
            report({ span, message: `${person} has been ${now.office.name} since ${began}, not since ${periodLabel(p)}.` });
          }
          continue;
        }
        const claim = officeInYear(doc, name, s.tokenEnd);
        if (claim?.period) {
          const problem = whenProblem(doc, name, { title: claim.title, period: claim.period, yearToken: claim.yearToken, byWhen: !!claim.byWhen });
          if (problem) report({ span: problem.span, message: problem.message });
          continue;
        }
        if (!claim || claim.year > Number(asOf.slice(0, 4))) continue;
        const offices = recordedOffices(name, claim.title.offices);
        if (!offices.length) continue;
        if (offices.some((o) => claim.year <= Number(o.holders[0]!.start.slice(0, 4)) || !isSettled(o, `${claim.year}-01-01`) || !isSettled(o, `${claim.year}-12-31`))) continue;
        const terms = termsIn(name, offices);
        if (terms.some((t) => inYear(t, claim.year))) continue;
        const span: Span = { start: name.span.start, end: tokens[claim.yearToken]!.end };
        if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
        const written = doc.text.slice(claim.title.span.start, claim.title.span.end);
        const had = recordHas(name.persons[0]!.name, terms);
        report({ span, message: `${name.persons[0]!.name} was not ${written} in ${claim.year}: ${had}.` });
      }
    }
  },
});
