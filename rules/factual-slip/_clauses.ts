/**
 * Shared by the clause rules that place an office holder in time (dated-act, succession,
 * when-office): their words (rules/data/factual-slip-clauses.json), the office a titled name
 * or an "as <title>" names, and whether a time lies clearly outside a person's terms.
 */
import { z } from 'zod';
import clausesJson from '../data/factual-slip-clauses.json';
import { loadData } from '../../src/data/load.js';
import type { Document, Token } from '../../src/document/types.js';
import { titleAt, titleBefore, type NameMatch } from './_match.js';
import { FORMER_WORDS, TITLE_MODIFIERS } from './_markers.js';
import { asOf, describeTerm, isBareRole, isSettled, type Office, type Term } from './_offices.js';
import type { Period } from './_time.js';
import { perDocument } from '../../src/engine/doc-cache.js';

const words = z.array(z.string().min(1));
const Clauses = z.object({
  about: z.string(),
  source: z.string(),
  actVerbs: words,
  officeOnlyActs: words,
  relativeWords: words,
  personRelativeWords: words,
  eventPrepositions: words,
  eventNouns: words,
  headBlockers: words,
  successionVerbs: words,
  endingVerbs: words,
  endingAttemptWords: words,
  seizedVerbs: words,
  durationHedges: z.object({ under: words, over: words }),
  successorNouns: words,
  predecessorNouns: words,
  whenWords: words,
  whenLeads: words,
  agoNumbers: z.record(z.string(), z.number().int().positive()),
  ordinals: z.record(z.string(), z.number().int().positive()),
  ordinalTens: z.record(z.string(), z.number().int().positive()),
  officeAdjectives: z.record(z.string(), words),
  officeActNouns: words,
  actLinks: words,
  holderCountLeads: words,
});
const data = loadData('factual-slip-clauses.json', Clauses, clausesJson);

export const CLAUSES = {
  actVerbs: new Set(data.actVerbs),
  /** Acts only a sitting holder can do: the only ones judged after a term ended. */
  officeOnlyActs: new Set(data.officeOnlyActs),
  relativeWords: new Set(data.relativeWords),
  /** "whom", "who": the clause about a person ("Mwangi, whom President X appointed in 2015"). */
  personRelativeWords: new Set(data.personRelativeWords),
  /** "at", "during", "after": before "the <year> <event>", the event that dates the act. */
  eventPrepositions: new Set(data.eventPrepositions),
  /** "summit", "floods": an event dated by the year before it ("at the 2019 summit"). */
  eventNouns: new Set(data.eventNouns),
  headBlockers: new Set(data.headBlockers),
  /** Token sequences, longest first ("took over from" before a one-word verb). */
  successionVerbs: data.successionVerbs.map((v) => v.split(/\s+/)).sort((a, b) => b.length - a.length),
  successorNouns: new Set(data.successorNouns),
  /** "toppled", "ousted": an act that ends someone's term ("the 1999 mutiny that ousted President X"). */
  endingVerbs: new Set(data.endingVerbs),
  /** "tried to oust", "a bid to topple", "failed to": an ending attempted, not done. */
  endingAttemptWords: new Set(data.endingAttemptWords),
  /** "seized power": a start in office beside the wonOffice verbs, for "in the N years since X seized power". */
  seizedVerbs: new Set(data.seizedVerbs),
  /** "nearly eight years", "more than eight years": token sequences that bound a count from above or below. */
  durationHedges: { under: data.durationHedges.under.map((v) => v.split(/\s+/)), over: data.durationHedges.over.map((v) => v.split(/\s+/)) },
  predecessorNouns: new Set(data.predecessorNouns),
  whenWords: new Set(data.whenWords),
  whenLeads: new Set(data.whenLeads),
  agoNumbers: new Map(Object.entries(data.agoNumbers)),
  ordinals: new Map(Object.entries(data.ordinals)),
  ordinalTens: new Map(Object.entries(data.ordinalTens)),
  /** "presidential": the roles an office named by the adjective carries. */
  officeAdjectives: new Map(Object.entries(data.officeAdjectives)),
  /** "decree", "directive": instruments only a sitting holder issues. */
  officeActNouns: new Set(data.officeActNouns),
  actLinks: new Set(data.actLinks),
  /** "under", "had": words before a count of office holders over a period ("under three presidents since 2009"). */
  holderCountLeads: new Set(data.holderCountLeads),
};

/** The index after the first of `phrases` (token sequences) written from token `i`, or 0. */
export function wordsAt(tokens: readonly Token[], i: number, to: number, phrases: readonly string[][]): number {
  const ws = phrases.find((p) => p.every((w, j) => i + j < to && tokens[i + j]!.normal === w));
  return ws ? i + ws.length : 0;
}

/** The name's terms in `offices`. */
export const termsIn = (name: NameMatch, offices: readonly Office[]): Term[] => name.persons.flatMap((p) => p.terms.filter((t) => offices.includes(t.office)));

/** The countries and bodies the record has the person in. */
const countriesOf = (name: NameMatch) => new Set(name.persons.flatMap((p) => p.terms.map((t) => t.office.country)));

/**
 * The offices a title names for this person, in the countries the record has them in; a bare
 * role ("president") only when the record has them in that office.
 */
export function officesFor(name: NameMatch, title: { title: string; offices: Office[] }): Office[] | undefined {
  const countries = countriesOf(name);
  const offices = title.offices.filter((o) => countries.has(o.country));
  if (!offices.length || (isBareRole(title.title) && !termsIn(name, offices).length)) return undefined;
  return offices;
}

/**
 * "President X", "former President X", "then-President X", "ex-president X": the offices of
 * the title written right before the name. These all claim X held the office at the time of
 * the act; other modifiers ("acting", "deputy", "future", "Vice") make another claim and
 * refuse it.
 */
export function officesBefore(doc: Document, name: NameMatch, from: number): Office[] | undefined {
  const title = titleBefore(doc, name.first, from);
  if (!title?.offices.length) return undefined;
  if (title.lead && !FORMER_WORDS.has(title.lead.word) && title.lead.word !== 'then') return undefined;
  const lead = timeLeadBefore(doc.tokens, title.first, from);
  const prev = doc.tokens[title.first - 1];
  if (lead === title.first && prev && title.first - 1 >= from && (TITLE_MODIFIERS.has(prev.normal) || /^[-‐]$/.test(prev.text))) return undefined;
  return officesFor(name, title);
}

const isDash = (t: Token | undefined) => !!t && /^[-‐–]$/.test(t.text);

/**
 * "former President X", "then-President X" (the tokenizer may split "then - President"): the
 * first token of a "former" or "then" written before the title at `first`, or `first`.
 */
export function timeLeadBefore(tokens: readonly Token[], first: number, from: number): number {
  let w = first - 1;
  if (w >= from && isDash(tokens[w]) && tokens[w]!.start === tokens[w - 1]?.end && tokens[w]!.end === tokens[first]!.start) w--;
  const t = tokens[w];
  if (w >= from && t && (FORMER_WORDS.has(t.normal) || t.normal === 'then')) return w;
  return first;
}

/**
 * "as president", "as prime minister of Italy" from token `i`: the offices the title names
 * for this person, and the index after it. `null` when a title-like word is there but names
 * no office the record has for them ("as governor", "as finance minister" of someone recorded
 * only as president): the act is then placed in another office.
 */
export function asTitleAt(doc: Document, name: NameMatch, i: number, to: number): { offices: Office[]; last: number } | null | undefined {
  const { tokens } = doc;
  if (tokens[i]?.normal !== 'as') return undefined;
  let k = i + 1;
  if (tokens[k]?.normal === 'the') k++;
  const title = titleAt(doc, k, to);
  if (!title?.offices.length) return null;
  // "as president of the party": a title followed by "of" something else is another office.
  if (tokens[title.last]?.normal === 'of' && title.last < to) return null;
  // "as president-elect": not the office itself.
  if (/^[-‐–]$/.test(tokens[title.last]?.text ?? '') && title.last < to) return null;
  const offices = officesFor(name, title);
  return offices ? { offices, last: title.last } : null;
}

const year = (day: string) => Number(day.slice(0, 4));

/**
 * The record can speak for these offices over the whole period: it starts before the period,
 * the period is not after `asOf`, and no caveat covers either end.
 */
export function recordCovers(offices: readonly Office[], p: Period): boolean {
  if (p.to > asOf) return false;
  return offices.every((o) => p.from >= o.holders[0]!.start && isSettled(o, p.from) && isSettled(o, p.to));
}

/**
 * The period lies clearly outside every term: not in the calendar year any term begins or
 * ends in (a time at a term's edge may be either holder's, and a writer's year may be the
 * election's or the handover's).
 */
export function clearlyOutside(terms: readonly Term[], p: Period): boolean {
  const from = year(p.from);
  const to = year(p.to);
  return terms.every((t) => to < year(t.start) || (t.end !== null && from > year(t.end)));
}

/** The period lies clearly before the first term (the "President X did it in 2022" of someone who took office in 2025). */
export const clearlyBefore = (terms: readonly Term[], p: Period): boolean => terms.every((t) => year(p.to) < year(t.start));

/** "2019", "March 2021", "2019-03-14" for a message. */
export function periodLabel(p: Period): string {
  if (p.from === p.to) return p.from;
  if (p.from.endsWith('-01-01') && p.to.endsWith('-12-31')) return p.from.slice(0, 4) === p.to.slice(0, 4) ? p.from.slice(0, 4) : `${p.from.slice(0, 4)}-${p.to.slice(0, 4)}`;
  return p.from.slice(0, 7);
}

/** "from 2015-01-15 to 2025-01-15; since 2025-01-15". */
export const describeTerms = (terms: readonly Term[]) => terms.map(describeTerm).join(' and ');

/** Which rule a trigger word belongs to. */
const enum Trigger { Act = 1, Succession = 2, When = 4, Adjective = 8 }
const triggerOf = new Map<string, number>();
const mark = (w: string, t: Trigger) => triggerOf.set(w, (triggerOf.get(w) ?? 0) | t);
for (const w of CLAUSES.actVerbs) mark(w, Trigger.Act);
for (const ws of CLAUSES.successionVerbs) mark(ws[0]!, Trigger.Succession);
for (const w of [...CLAUSES.successorNouns, ...CLAUSES.predecessorNouns]) mark(w, Trigger.Succession);
for (const w of CLAUSES.whenWords) mark(w, Trigger.When);
for (const w of CLAUSES.officeAdjectives.keys()) mark(w, Trigger.Adjective);
/**
 * The trigger words' last letters and shortest length: a token that ends otherwise, or is
 * shorter, is passed over without hashing its text (the pass runs over every token).
 */
const lastLetter = new Uint8Array(128);
let shortest = Infinity;
for (const w of triggerOf.keys()) {
  const c = w.charCodeAt(w.length - 1);
  if (c >= 128) throw new Error(`factual-slip-clauses.json: trigger word "${w}" must end in an ASCII letter`);
  lastLetter[c] = 1;
  shortest = Math.min(shortest, w.length);
}

export interface ClauseTriggers {
  act: number[];
  succession: number[];
  when: number[];
  /** "presidential" and the like, before an instrument of the office ("a 2016 presidential decree"). */
  adjective: number[];
}

/**
 * The tokens the three clause rules turn on (an act verb, a succession word, "when"), found in
 * one pass over the document shared by them: most articles have a handful, and the rules read
 * only those.
 */
export function clauseTriggers(doc: Document): ClauseTriggers {
  return perDocument(doc, 'factual-slip/clause-triggers', () => {
    const out: ClauseTriggers = { act: [], succession: [], when: [], adjective: [] };
    const { tokens } = doc;
    for (let k = 0; k < tokens.length; k++) {
      const w = tokens[k]!.normal;
      const c = w.charCodeAt(w.length - 1);
      if (w.length < shortest || c >= 128 || !lastLetter[c]) continue;
      const t = triggerOf.get(w);
      if (t === undefined) continue;
      if (t & Trigger.Act) out.act.push(k);
      if (t & Trigger.Succession) out.succession.push(k);
      if (t & Trigger.When) out.when.push(k);
      if (t & Trigger.Adjective) out.adjective.push(k);
    }
    return out;
  });
}
