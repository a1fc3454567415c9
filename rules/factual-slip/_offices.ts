/**
 * The offices knowledge base (rules/data/offices.json): who held which office when.
 * Loaded and validated once; indexed by alias (exact, case-sensitive; the two
 * apostrophes count as one) and by title (case-insensitive).
 *
 * Dates are `YYYY-MM-DD`. A term runs from `start` to `end`, the day the successor takes
 * office; `holdersOn` counts the start day and not the end day. Rules that must not
 * fire on a handover day ask `onBoundary`.
 */
import { z } from 'zod';
import officesJson from '../data/offices.json';
import { loadData } from '../../src/data/load.js';
import { isCalendarDate } from '../../src/schema.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const IsoDay = z.string().refine((s) => DAY.test(s) && isCalendarDate(s), 'must be a real calendar day as YYYY-MM-DD');
const Text = z.string().min(1);

const Holder = z.strictObject({
  name: Text,
  aliases: z.array(Text),
  start: IsoDay,
  end: IsoDay.nullable(),
  acting: z.boolean().optional(),
  /**
   * The first days of the terms of office this stretch is made of ("2016-04-06", then the
   * re-elected holder's new term "2021-05-23"), the first being `start`: given only where every
   * term is known, for rules that count terms ("now in his third term").
   */
  terms: z.array(IsoDay).min(1).optional(),
});
const Caveat = z.strictObject({
  /** From this day (and to `to`, if given) the record for the office is not settled. */
  from: IsoDay,
  to: IsoDay.optional(),
  note: Text,
});
const Office = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  country: Text,
  name: Text,
  kind: z.array(Text).min(1),
  titles: z.array(Text).min(1),
  /** Whether the holder leads a government ("the X administration" is theirs). */
  governs: z.boolean(),
  /** Bodies the holder heads, as written after "who heads" ("the European Central Bank"); optional. */
  heads: z.array(Text).optional(),
  /**
   * A post held in turn for a short term by members of a body who hold other titled posts the
   * record lacks (the Swiss Confederation's one-year presidency: its holders are vice presidents,
   * ministers, later secretaries general). Like a supranational office, it cannot say which
   * titles its holders never held.
   */
  rotating: z.boolean().optional(),
  source: Text,
  caveats: z.array(Caveat).optional(),
  /**
   * Periods when the office did not exist (abolished, or not yet restored): no one held it, so
   * its title dated then is wrong even for someone who holds it today. A gap between holders
   * without this says only that the record skips those holders.
   */
  abolished: z.array(z.strictObject({ from: IsoDay, to: IsoDay, note: Text })).optional(),
  /**
   * The number the first recorded holder bears in the office's own count ("the 41st president"),
   * given only when every later holder is recorded (acting holders marked `acting`): rules read
   * ordinals ("the country's sixth president, X") against it.
   */
  firstNumber: z.number().int().positive().optional(),
  holders: z.array(Holder).min(1),
});
export const OfficesData = z.object({
  about: Text,
  source: Text,
  sources: z.array(Text).optional(),
  /** The record is complete up to this day; later dates are not judged. */
  asOf: IsoDay,
  /** Country codes of supranational bodies (EU, AU): their office holders' national careers are not recorded. */
  supranational: z.array(z.string().min(1)).default([]),
  /** How copy names each country or body in a possessive ("Japan" in "Japan's prime minister"), by its code. */
  countryNames: z.record(z.string(), z.array(Text)).default({}),
  /** Bare titles that can follow a country's possessive ("Japan's prime minister"); each office gets the ones among its titles. */
  possessiveRoles: z.array(Text).default([]),
  /** Titles every office of a kind carries ("Head of State" for a head of state), beside its own. */
  kindTitles: z.record(z.string(), z.array(Text)).default({}),
  offices: z.array(Office).min(1),
});
export type OfficesData = z.infer<typeof OfficesData>;
export type Office = z.infer<typeof Office>;
export type Holder = z.infer<typeof Holder>;

export const data: OfficesData = loadData('offices.json', OfficesData, officesJson, { jit: true });
export const asOf = data.asOf;
const supranational = new Set(data.supranational);

/**
 * The record knows this person only partly: some term is in a supranational office (a
 * European Council president was a national leader before) or a rotating one (a Swiss
 * federal councillor is president for one year), so it cannot say which titles they never held.
 */
export const partlyRecorded = (p: Person) => p.terms.some((t) => supranational.has(t.office.country) || t.office.rotating);

export interface Term {
  office: Office;
  holder: Holder;
  start: string;
  end: string | null;
  acting: boolean;
}

/** One person across offices, keyed by the holder's `name`. */
export interface Person {
  name: string;
  terms: Term[];
}

/** The two apostrophes are one character for matching ("D'Alema", "D’Alema"). */
export const foldApostrophe = (s: string) => s.replace(/[’‘]/g, "'");

const persons = new Map<string, Person>();
const byAlias = new Map<string, Person[]>();
const byTitle = new Map<string, Office[]>();
const byId = new Map<string, Office>();

function add<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const roles = new Set(data.possessiveRoles.map((r) => r.toLowerCase()));
/** "Japan's", "the Philippines'": the possessive of a country's name. */
const possessiveOf = (name: string) => (name.endsWith('s') ? `${name}'` : `${name}'s`);
/**
 * An office's titles as written in the data, plus "<country>'s <role>" for each bare role
 * among them ("Japan's Prime Minister", "Germany's Defence Minister", "the ECB's President").
 */
function titlesOf(office: Office): string[] {
  const names = data.countryNames[office.country] ?? [];
  const own = [...office.titles, ...office.kind.flatMap((k) => data.kindTitles[k] ?? [])];
  const out = [...own];
  for (const t of own) if (roles.has(t.toLowerCase())) for (const n of names) out.push(`${possessiveOf(n)} ${t}`);
  return out;
}
const officeTitles = new Map<Office, string[]>(data.offices.map((o) => [o, titlesOf(o)]));

for (const office of data.offices) {
  byId.set(office.id, office);
  for (const t of officeTitles.get(office)!) add(byTitle, foldApostrophe(t.toLowerCase()), office);
  for (const holder of office.holders) {
    let person = persons.get(holder.name);
    if (!person) persons.set(holder.name, (person = { name: holder.name, terms: [] }));
    person.terms.push({ office, holder, start: holder.start, end: holder.end, acting: !!holder.acting });
    for (const alias of [holder.name, ...holder.aliases]) add(byAlias, foldApostrophe(alias), person);
  }
}
for (const p of persons.values()) p.terms.sort((a, b) => a.start.localeCompare(b.start));

/** Every alias (names included), longest first: the matcher tries them in this order. */
export const allAliases: string[] = [...byAlias.keys()].sort((a, b) => b.length - a.length);
/** Every title (the data's and the possessive ones made from them), longest first. */
export const allTitles: string[] = [...new Set([...officeTitles.values()].flat())].sort((a, b) => b.length - a.length);
/** The titles as written in the data (their words are title words; "Japan's" is not). */
export const dataTitles: string[] = [...new Set(data.offices.flatMap((o) => o.titles))];
/** A bare role ("president", "prime minister"): with no country or body in it, it needs "the" to be an appositive title. */
export const isBareRole = (title: string) => roles.has(title.toLowerCase());

/**
 * Country and body names from the record without a leading "the" ("Philippines", "IMF"),
 * with their code, longest first, so the longest name that fits is found first.
 */
const countryNames: { name: string; code: string }[] = Object.entries(data.countryNames)
  .flatMap(([code, names]) => names.map((n) => ({ name: n.replace(/^the\s+/i, ''), code })))
  .sort((a, b) => b.name.length - a.name.length);

/** The country or body whose name ends at offset `end` of `text`, starting at or after `min` and not inside a word. */
export function countryEndingAt(text: string, end: number, min: number): { code: string; start: number } | undefined {
  for (const { name, code } of countryNames) {
    const start = end - name.length;
    if (start >= min && text.slice(start, end) === name && !/[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) return { code, start };
  }
  return undefined;
}

/** The country or body whose name starts at offset `start` of `text` and ends a word: its code and the offset after it. */
export function countryStartingAt(text: string, start: number): { code: string; end: number } | undefined {
  for (const { name, code } of countryNames) {
    if (text.slice(start, start + name.length) === name && !/[\p{L}\p{N}]/u.test(text[start + name.length] ?? '')) return { code, end: start + name.length };
  }
  return undefined;
}

/** Bodies an office's holder heads ("the ECB"), longest first, with their office. */
export const headedBodies: { body: string; office: Office }[] = data.offices
  .flatMap((office) => (office.heads ?? []).map((body) => ({ body, office })))
  .sort((a, b) => b.body.length - a.body.length);

export const officeById = (id: string): Office | undefined => byId.get(id);
export const personsByAlias = (alias: string): Person[] => byAlias.get(foldApostrophe(alias)) ?? [];
export const officesByTitle = (title: string): Office[] => byTitle.get(foldApostrophe(title.toLowerCase())) ?? [];

/** Held on `date`: from the start day, up to but not including the end day. */
export const heldOn = (t: { start: string; end: string | null }, date: string) => t.start <= date && (t.end === null || date < t.end);
/** `date` is a first or last day of the term, when two holders can both be meant. */
export const onBoundary = (t: { start: string; end: string | null }, date: string) => t.start === date || t.end === date;
/** The term touches calendar year `year`. */
export const inYear = (t: { start: string; end: string | null }, year: number) =>
  Number(t.start.slice(0, 4)) <= year && (t.end === null || Number(t.end.slice(0, 4)) >= year) && !(t.end !== null && t.end === `${year}-01-01`);

/** Any part of the period `[from, to]` lies in the term, its end day included ("was still X in 2021"). */
export const touchesPeriod = (t: { start: string; end: string | null }, p: { from: string; to: string }) => t.start <= p.to && (t.end === null || p.from <= t.end);
/** Any part of the period lies in the term, its end day excluded (an act on that day is the successor's, as in holdersDuring). */
export const coversPartOf = (t: { start: string; end: string | null }, p: { from: string; to: string }) => t.start <= p.to && (t.end === null || p.from < t.end);

/** Holders' names for a message: "A and B", each once, or "no one recorded". */
export const holderNames = (holders: readonly Holder[]): string => [...new Set(holders.map((h) => h.name))].join(' and ') || 'no one recorded';

/** Holders of the office on `date`. */
export function holdersOn(officeId: string, date: string): Holder[] {
  return byId.get(officeId)?.holders.filter((h) => heldOn(h, date)) ?? [];
}

/** Holders of the office at any time in the period `[from, to]` (a term's end day is its successor's). */
export const holdersDuring = (office: Office, p: { from: string; to: string }): Holder[] => office.holders.filter((h) => coversPartOf(h, p));

/** Offices held on `date` by anyone the alias names. */
export function officesHeldBy(alias: string, date: string): { office: Office; holder: Holder }[] {
  return personsByAlias(alias).flatMap((p) => p.terms.filter((t) => heldOn(t, date)).map((t) => ({ office: t.office, holder: t.holder })));
}

/** Every term of everyone the alias names, in date order. */
export function termsOf(alias: string): Term[] {
  return personsByAlias(alias)
    .flatMap((p) => p.terms)
    .sort((a, b) => a.start.localeCompare(b.start));
}

/** The record can be trusted for this office on `date`: not past `asOf`, not under a caveat. */
export function isSettled(office: Office, date: string): boolean {
  if (date > asOf) return false;
  return !(office.caveats ?? []).some((c) => date >= c.from && (!c.to || date <= c.to));
}

/** "from 2017-01-20 to 2021-01-20" / "since 2025-01-20". */
export const describeTerm = (t: Term) => (t.end ? `from ${t.start} to ${t.end}` : `since ${t.start}`);

/** The start of the unbroken run of terms that holds `term` ("since" counts from there). */
export function tenureStart(terms: Term[], term: Term): string {
  const sorted = [...terms].sort((a, b) => a.start.localeCompare(b.start));
  let start = term.start;
  for (let i = sorted.indexOf(term) - 1; i >= 0; i--) {
    const t = sorted[i]!;
    if (t.end === null || t.end < start) break;
    start = t.start;
  }
  return start;
}
