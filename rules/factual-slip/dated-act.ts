/**
 * "the decree that President X signed in 2019", "a programme which Prime Minister Y launched
 * in March 2021", "the reform X approved as president in 2008": a relative clause that dates an
 * act of office by a titled holder (or one "as <title>"). When the record has the person in
 * that office, but the time lies clearly outside every term of it, the clause is wrong: any
 * act before the first term, and after a term only an act no former holder can do (a veto, a
 * decree; "the foundation President X launched in 2005" keeps an honorific title). Today's
 * title on an act done in another recorded office at the time is left alone. A passive with
 * its time and a titled agent ("inaugurated in 2011 by President X") is judged the same
 * way. The act verbs and the clause words are data (rules/data/factual-slip-clauses.json).
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { isCapitalised } from '../../src/document/mentions.js';
import { inQuote, nameAt, nameContinues, nameEndingAt, titleAt, titleBefore, trustedAlias, type NameMatch } from './_match.js';
import { CLAUSE_PUNCT, CLAUSE_WORDS, GOVERNMENT_NOUNS, OFFICE_CLAUSE } from './_markers.js';
import { asTitleAt, CLAUSES, clauseTriggers, clearlyBefore, clearlyOutside, describeTerms, officesBefore, periodLabel, recordCovers, termsIn, timeLeadBefore } from './_clauses.js';
import { hasYearToken, timeFrom, YEAR, yearPeriod, type Period } from './_time.js';
import { holderNames, holdersDuring, type Office } from './_offices.js';
import { endedTermFlags } from './_ended-term.js';

/** How far after the verb its time may be written ("signed into law in 2019", "opened in Maputo in 2019"). */
const TIME_REACH = 6;

/**
 * The clause opens before token `k` (the title's or name's first token): "that" or "which"
 * after the noun it describes ("the law that", "the law, which"), or the noun itself with no
 * relative word ("the reform X approved"), led by a determiner.
 */
function opensRelative(tokens: readonly Token[], k: number, from: number): boolean {
  let w = timeLeadBefore(tokens, k, from) - 1;
  if (w < from) return false;
  const t = tokens[w]!;
  const before = tokens[w - 1];
  // "Mwangi, whom President X appointed", "the judge who Prime Minister Y honoured": a clause
  // about a person, whose subject is the titled name after the relative word.
  if (CLAUSES.personRelativeWords.has(t.normal)) return !!before && w - 1 >= from && (before.text === ',' || before.pos === 'NOUN' || before.pos === 'PROPN');
  if (CLAUSES.relativeWords.has(t.normal)) {
    if (!before || w - 1 < from) return false;
    // "the law that ..." (not "said that ..."); "the law, which ...".
    return before.pos === 'NOUN' || (t.normal === 'which' && before.text === ',');
  }
  if (t.pos !== 'NOUN' || CLAUSES.headBlockers.has(t.normal) || !/^\p{Ll}/u.test(t.text)) return false;
  for (let i = w - 1; i >= from && i >= w - 4; i--) {
    const x = tokens[i]!;
    if (x.pos === 'DET' || x.possessive) return true;
    if (x.pos !== 'ADJ' && x.pos !== 'NOUN' && x.pos !== 'NUM') return false;
  }
  return false;
}

/**
 * The time of the act after the verb (from token `i`): "in 2019", "in March 2021", "on 14 May
 * 2019", "in Maputo in 2019", within the clause. It must carry a year; "in 2019-20" and "in
 * 2019 talks" are not the act's time. The period and its last token.
 */
function timeAfter(doc: Document, i: number, to: number): { period: Period; last: number } | undefined {
  const { tokens } = doc;
  for (let k = i; k < to && k < i + TIME_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || CLAUSE_PUNCT.has(t.text) || CLAUSE_WORDS.has(t.normal) || OFFICE_CLAUSE.actBreaks.has(t.normal)) return undefined;
    if (t.pos === 'VERB' && tokens[k - 1]?.normal !== 'to') return undefined;
    if (t.normal !== 'in' && t.normal !== 'on' && t.normal !== 'during') continue;
    const time = timeFrom(doc, k + 1, to);
    if (!time) continue;
    let year = false;
    for (let y = k + 1; y <= time.last && !year; y++) year = YEAR.test(tokens[y]!.text) || time.period.from === time.period.to;
    const after = tokens[time.last + 1];
    if (!year || (after && time.last + 1 < to && (/^[-–\/]$/.test(after.text) || after.pos === 'NOUN'))) return undefined;
    return time;
  }
  return undefined;
}

/** How far after the verb an event that dates it may be written ("pardoned after his arrest during the 2019 elections"). */
const EVENT_REACH = 10;
/** Words that make "after" a preposition before a noun phrase ("after her win"), not a clause ("after he won"). */
const NOUN_PHRASE_LEAD = /^(?:the|a|an|her|his|their|its|our|this|that)$/;

/**
 * The act dated by an event written with its year, within the clause after the verb (from
 * token `i`): "knighted at the 2012 Jubilee", "appointed during the 2016 floods", "pardoned
 * after his arrest during the 2019 elections". The event is "the", a year, then a capitalised name or an
 * event noun. After "after" (a preposition before a noun phrase) the act follows the event, a
 * weaker claim: `after` says so. The period, its last token, and `after`.
 */
function eventTimeAfter(doc: Document, i: number, to: number): { period: Period; last: number; after: boolean } | undefined {
  const { tokens } = doc;
  let after = false;
  for (let k = i; k < to && k < i + EVENT_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || CLAUSE_PUNCT.has(t.text)) return undefined;
    if (t.normal === 'after') {
      if (!NOUN_PHRASE_LEAD.test(tokens[k + 1]?.normal ?? '')) return undefined;
      after = true;
    } else if (CLAUSE_WORDS.has(t.normal) || OFFICE_CLAUSE.actBreaks.has(t.normal)) return undefined;
    if (t.pos === 'VERB' && tokens[k - 1]?.normal !== 'to') return undefined;
    if (!CLAUSES.eventPrepositions.has(t.normal) || tokens[k + 1]?.normal !== 'the' || k + 3 >= to) continue;
    const y = tokens[k + 2]!;
    const ev = tokens[k + 3]!;
    if (!YEAR.test(y.text) || !((ev.capitalised && ev.pos !== 'VERB') || CLAUSES.eventNouns.has(ev.normal))) continue;
    let last = k + 3;
    while (last + 1 < to && tokens[last + 1]!.capitalised && tokens[last + 1]!.pos !== 'VERB') last++;
    const year = Number(y.text);
    return { period: yearPeriod(year), last, after };
  }
  return undefined;
}

/**
 * "a 2016 presidential directive from X", "the 2019 royal decree signed by King X", "X's 2016
 * presidential decree": an instrument of an office named by its adjective, dated by the year
 * in front (the adjective at `a`). The holder, the offices the adjective names for them, the
 * year and the claim's first and last tokens.
 */
function instrumentClaim(doc: Document, a: number, from: number, to: number): { name: NameMatch; offices: Office[]; period: Period; first: number; last: number } | undefined {
  const { tokens } = doc;
  const y = a - 1;
  const noun = a + 1;
  if (y < from || noun >= to || !YEAR.test(tokens[y]!.text) || !CLAUSES.officeActNouns.has(tokens[noun]!.normal)) return undefined;
  // "a 2016-17 presidential ..." is no single year.
  if (/^[-–\/]$/.test(tokens[y - 1]?.text ?? '')) return undefined;
  let name: NameMatch | undefined;
  let first: number;
  let last: number;
  if (tokens[y - 1]?.possessive && y - 1 > from) {
    // "X's 2016 presidential decree"
    name = nameEndingAt(doc, y - 1, from, to, true);
    if (!name) return undefined;
    first = name.first;
    last = noun;
  } else {
    // "... directive (issued) from / by (President) X"
    let i = noun + 1;
    if (CLAUSES.actLinks.has(tokens[i]?.normal ?? '')) i++;
    if (tokens[i]?.normal !== 'from' && tokens[i]?.normal !== 'by') return undefined;
    i++;
    const title = titleAt(doc, i, to);
    if (title) i = title.last;
    name = i < to ? nameAt(doc, i, to) : undefined;
    if (!name) return undefined;
    first = y;
    last = name.last - 1;
  }
  if (nameContinues(doc, name, to)) return undefined;
  const roles = CLAUSES.officeAdjectives.get(tokens[a]!.normal) ?? [];
  const offices = [...new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office)))].filter((o) => o.titles.some((t) => roles.includes(t.toLowerCase())));
  if (!offices.length) return undefined;
  const year = Number(tokens[y]!.text);
  return { name, offices, period: yearPeriod(year), first, last };
}

/**
 * "inaugurated in 2011 by President X", "opened by Chancellor X in March 2012": a past
 * participle of an act verb (at `v`) with its time and its agent, a titled name right after
 * "by" (no modifier between: "by then-president X" is office-title's), or after "by the
 * government of" for a leader of a government. The time is written
 * between the verb and "by" or right after the name. The holder, the title's offices, the time
 * and the claim's first and last tokens.
 */
function passiveAgent(doc: Document, v: number, from: number, to: number): { name: NameMatch; offices: Office[]; time: { period: Period; last: number }; last: number } | undefined {
  const { tokens } = doc;
  // The time between the verb and "by", else "by" right after the verb and the time after the name.
  let time: { period: Period; last: number } | undefined = tokens[v + 1]?.normal === 'by' ? undefined : timeAfter(doc, v + 1, to);
  const by = time ? time.last + 1 : v + 1;
  if (tokens[by]?.normal !== 'by' || by + 1 >= to) return undefined;
  // "by the government of Prime Minister X": the leader's government acts in the leader's time.
  const govOf = tokens[by + 1]?.normal === 'the' && GOVERNMENT_NOUNS.has(tokens[by + 2]?.normal ?? '') && tokens[by + 3]?.normal === 'of' && by + 4 < to;
  const title = titleAt(doc, govOf ? by + 4 : by + 1, to);
  if (!title?.offices.length) return undefined;
  // "President Dr. X": a courtesy word may stand between the title and the name.
  let name: NameMatch | undefined;
  for (let k = title.last; k < to && k <= title.last + 1 && !name; k++) name = nameAt(doc, k, to);
  if (!name || nameContinues(doc, name, to)) return undefined;
  // "by President X's predecessor": the agent is someone else.
  if (tokens[name.last - 1]!.possessive || /^['’]s?$/.test(tokens[name.last]?.text ?? '')) return undefined;
  const found = officesBefore(doc, name, govOf ? by + 4 : by + 1);
  // Only a leader of a government has one named after them.
  const offices = govOf ? found?.filter((o) => o.governs) : found;
  if (!offices?.length) return undefined;
  time ??= timeAfter(doc, name.last, to);
  return time && { name, offices, time, last: Math.max(time.last, name.last - 1) };
}

export default defineRule({
  meta: {
    id: 'factual-slip/dated-act',
    category: 'factual-slip',
    severity: 'error',
    description: 'A relative clause or a passive that dates an act of office by a titled holder ("the decree that President X signed in 2019", "inaugurated in 2011 by President X") to a time outside every term the record gives that person in that office; or an act that ended a term ("the 1999 mutiny that ousted President X") dated to a year in which no term of X in that office ended.',
    why: 'Pinning a signature, a launch or a veto on someone who did not hold the office then names the wrong person as responsible; the record of office holders settles it.',
    examples: {
      flagged: [
        { text: 'The levy rests on the mining code that President William Ruto signed in 2016.', flag: 'President William Ruto signed in 2016' },
        { text: 'The scheme replaced a housing programme which Prime Minister Anthony Albanese launched in March 2019.', flag: 'Prime Minister Anthony Albanese launched in March 2019' },
      ],
      fine: [
        { text: 'The levy rests on the mining code that President William Ruto signed in 2023.' },
        { text: 'The scheme replaced a housing programme which Prime Minister Anthony Albanese launched in March 2023.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    /**
     * The act (verb at `v`) dated to `time`, done by the name in one of `offices`: wrong when the
     * time lies clearly outside every term of them. The message, and `warning` for an act after an event.
     */
    const judge = (name: NameMatch, offices: Office[], time: { period: Period; after?: boolean }, v: number, as: boolean): { message: string; severity?: 'warning' } | undefined => {
      if (!recordCovers(offices, time.period)) return undefined;
      const terms = termsIn(name, offices);
      if (!terms.length || !clearlyOutside(terms, time.period)) return undefined;
      // Under a title the writer may give today's title for an act done in another office
      // the record has them in at that time ("the budget President X announced in 2012" as
      // finance minister): only "as <title>" says which office acted.
      const elsewhere = name.persons.some((p) => p.terms.some((t) => !offices.includes(t.office) && !clearlyOutside([t], time.period)));
      if (!as && elsewhere) return undefined;
      // After a term (or between two), only an act no former holder can do: a former
      // president still launches and opens things, and copy often keeps the title.
      if (!clearlyBefore(terms, time.period) && !CLAUSES.officeOnlyActs.has(tokens[v]!.normal)) return undefined;
      const person = name.persons[0]!.name;
      const office = offices[0]!;
      const who = holderNames(holdersDuring(office, time.period));
      // "pardoned after the 2019 elections" by someone who took office later: the act follows the
      // event, and may have come later than its year; a warning, not a certain error.
      const later = time.after && clearlyBefore(terms, time.period);
      return {
        message: `${person} did not hold the office in ${periodLabel(time.period)}, when the clause dates the act${time.after ? ' (after an event of that year)' : ''}: the ${office.name} then was ${who}; ${person} held it ${describeTerms(terms)}.`,
        ...(later ? { severity: 'warning' as const } : {}),
      };
    };
    // Only the act verbs (found once for the three clause rules), in sentences with a year.
    let yearIn = -1;
    let hasYear = false;
    const hits = clauseTriggers(doc).act;
    for (const v of hits) {
      const si = tokens[v]!.sentence;
      const s = doc.sentences[si]!;
      if (v < s.tokenStart + 2) continue;
      if (yearIn !== si) {
        yearIn = si;
        hasYear = hasYearToken(tokens, s.tokenStart, s.tokenEnd);
      }
      if (!hasYear) continue;
      // "inaugurated in 2011 by President X": the titled agent of a passive.
      const passive = passiveAgent(doc, v, s.tokenStart, s.tokenEnd);
      if (passive) {
        const message = judge(passive.name, passive.offices, passive.time, v, false);
        const span: Span = { start: tokens[v]!.start, end: tokens[passive.last]!.end };
        if (message && !inQuote(doc, span) && trustedAlias(doc, passive.name)) report({ span, ...message });
        continue;
      }
      // A name ends right before the verb (an adverb between allowed): a capitalised word there.
      const prev = tokens[v - 1]!;
      if (!isCapitalised(prev) && !(prev.pos === 'ADV' && isCapitalised(tokens[v - 2]!))) continue;
      const name = nameEndingAt(doc, v, s.tokenStart, s.tokenEnd, true);
      if (!name) continue;
      const title = titleBefore(doc, name.first, s.tokenStart);
      const first = title?.offices.length ? title.first : name.first;
      if (!opensRelative(tokens, first, s.tokenStart)) continue;
      let offices: Office[] | undefined = title?.offices.length ? officesBefore(doc, name, s.tokenStart) : undefined;
      // A modifier the rule does not read ("acting President X") refuses the title.
      if (title?.offices.length && !offices) continue;
      let i = v + 1;
      const as = asTitleAt(doc, name, i, s.tokenEnd);
      // "as governor": the act was done in another office.
      if (as === null) continue;
      if (as) {
        offices = as.offices;
        i = as.last;
      }
      if (!offices) continue;
      // "in 2019", else an event with its year ("at the 2019 summit").
      const time: { period: Period; last: number; after?: boolean } | undefined = timeAfter(doc, i, s.tokenEnd) ?? eventTimeAfter(doc, i, s.tokenEnd);
      if (!time) continue;
      const message = judge(name, offices, time, v, !!as);
      const span: Span = { start: tokens[first]!.start, end: tokens[time.last]!.end };
      if (message && !inQuote(doc, span) && trustedAlias(doc, name)) report({ span, ...message });
    }
    // "the 1999 mutiny that ousted President X": an act that ended a term no term of X ended in.
    for (const f of endedTermFlags(doc)) report({ ...f, severity: 'warning' });
    // "a 2016 presidential directive from X": only a sitting holder issues one.
    for (const a of clauseTriggers(doc).adjective) {
      const s = doc.sentences[tokens[a]!.sentence]!;
      const claim = instrumentClaim(doc, a, s.tokenStart, s.tokenEnd);
      if (!claim || !recordCovers(claim.offices, claim.period)) continue;
      const terms = termsIn(claim.name, claim.offices);
      if (!terms.length || !clearlyOutside(terms, claim.period)) continue;
      const office = claim.offices[0]!;
      const span: Span = { start: tokens[claim.first]!.start, end: tokens[claim.last]!.end };
      if (inQuote(doc, span) || !trustedAlias(doc, claim.name)) continue;
      const person = claim.name.persons[0]!.name;
      const p = claim.period;
      const who = holderNames(holdersDuring(office, p));
      report({
        span,
        message: `A ${periodLabel(p)} ${tokens[a]!.text} ${tokens[a + 1]!.text} cannot be ${person}'s: the ${office.name} in ${periodLabel(p)} was ${who}; ${person} held the office ${describeTerms(termsIn(claim.name, [office]))}.`,
      });
    }
  },
});
