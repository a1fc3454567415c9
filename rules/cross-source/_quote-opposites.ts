/**
 * One speaker quoted as saying opposite things: "Everyone will be back in their homes within
 * a week" in one outlet, "Nobody goes back until the engineers sign off" in another. The two
 * share too few words to read as versions of one quotation, so word overlap cannot tie them;
 * what does is the speaker (the same named person), a predicate both put right after
 * opposite universal words (everyone/nobody, always/never) and one more shared topic word.
 * Two quotes of one person on different points share no such predicate.
 */
import { oppositions } from './_oppositions.js';
import type { Document, Mention, Quote } from '../../src/document/types.js';
import { isContent, stem } from '../../src/engine/cluster-text.js';
import type { QWord } from './_quote-words.js';
import { resolved, sameName, textOf } from './_story.js';
import { firstTokenFrom } from '../../src/engine/doc-cache.js';

const groups = oppositions.quoteUniversals.groups.map((g) => ({
  positive: g.positive.map((w) => w.split(' ')),
  negative: g.negative.map((w) => w.split(' ')),
}));

/** Determiners that make a noun's whole group the subject: "No family ...", "All the families ...". */
const determiners = {
  positive: oppositions.quoteUniversals.determiners.positive.map((w) => w.split(' ')),
  negative: oppositions.quoteUniversals.determiners.negative.map((w) => w.split(' ')),
};
/** Verb stems that say one act ("leave", "move" a home) mapped to their family. */
const PREDICATE_FAMILY = new Map<string, number>();
oppositions.quoteUniversals.predicates.forEach((family, n) => family.forEach((w) => PREDICATE_FAMILY.set(stem(w), n)));
const NEGATORS = new Set(oppositions.negators);
/** "will", "shall": the tense of the act, not the act. */
const AUXILIARIES = new Set(oppositions.quoteUniversals.auxiliaries);

/** The first word of every universal form: a quotation with none of them has no polarity to compare. */
const FIRST_WORDS = new Set(groups.flatMap((g) => [...g.positive, ...g.negative].map((form) => form[0]!)));
const DETERMINER_FIRST = new Set([...determiners.positive, ...determiners.negative].map((form) => form[0]!));

/** Whether a quotation has a universal word of the data (a cheap test before `polarities`). */
export const hasUniversal = (words: readonly QWord[]) => words.some((w) => FIRST_WORDS.has(w.w) || DETERMINER_FIRST.has(w.w));

/** How many words after the universal word its predicate may come ("Everyone will be back"). */
const SCOPE = 4;

/** A name written as a name: capitalised words only ("Ana Ruiz"). */
const isNameText = (t: string) => /^\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*)+$/u.test(t.trim());

/**
 * The person a quotation is given to, by name: the speaker's own name, the name in apposition
 * to a role ("the public works director, Ana Ruiz"), or for a pronoun the document
 * left unresolved ("X repeated what he told reporters: ...") the nearest named person before
 * it in the sentence.
 */
export function personOf(doc: Document, quote: Quote): string | undefined {
  if (!quote.speaker) return undefined;
  const r: Mention = resolved(quote.speaker);
  if (r.kind === 'pronoun') {
    const s = doc.sentences[quote.sentence]!;
    let best: Mention | undefined;
    for (const m of doc.mentions) {
      if (m.start < s.start || m.end > r.start) continue;
      if (m.kind === 'person' && m.name && isNameText(textOf(doc, m.name))) best = m;
    }
    return best ? textOf(doc, best.name!) : undefined;
  }
  if (r.kind !== 'person') return undefined;
  // The name is the person when it holds the head ("Ana Ruiz"); a name beside a role
  // head is a possessor or employer ("Mixco's public works director"), so the name in
  // apposition is the person's.
  if (r.name && r.name.start <= r.head.start && r.head.end <= r.name.end) return /^\p{Lu}/u.test(textOf(doc, r.name)) ? textOf(doc, r.name) : undefined;
  if (r.appositive && isNameText(textOf(doc, r.appositive))) return textOf(doc, r.appositive).trim();
  return undefined;
}

export interface Polar {
  /** A group of the data's universals, or -1 for a determiner before a noun. */
  group: number;
  positive: boolean;
  /** For a determiner: the stem of the noun it governs ("famili"). */
  subject?: string;
  /** For a determiner: a negation follows within the predicate ("The families will not move"). */
  negated?: boolean;
  /** Content stems within the universal word's scope: its predicate. */
  predicate: Set<string>;
  /** Where the universal word is, for the flag's message. */
  at: number;
  /** How many words the message shows from `at` ("no family": 2). */
  width: number;
}

/** Universal words in a quotation and the content stems that follow each. */
export function polarities(words: readonly QWord[]): Polar[] {
  const out: Polar[] = [];
  for (let i = 0; i < words.length; i++) {
    groups.forEach((g, group) => {
      for (const [positive, forms] of [[true, g.positive], [false, g.negative]] as const) {
        const form = forms.find((f) => f.every((w, n) => words[i + n]?.w === w));
        if (!form) continue;
        const predicate = new Set<string>();
        for (let j = i + form.length; j < Math.min(words.length, i + form.length + SCOPE); j++) if (isContent(words[j]!.w)) predicate.add(stem(words[j]!.w));
        out.push({ group, positive, predicate, at: i, width: form.length });
      }
    });
    // "No family will leave ...", "The families will move ...": the determiner, its noun,
    // and the content stems after the noun.
    for (const [positive, forms] of [[true, determiners.positive], [false, determiners.negative]] as const) {
      const form = forms.find((f) => f.every((w, n) => words[i + n]?.w === w));
      const noun = form && words[i + form.length];
      if (!form || !noun || !isContent(noun.w) || noun.afterGap) continue;
      const from = i + form.length + 1;
      const predicate = new Set<string>();
      let negated = false;
      for (let j = from; j < Math.min(words.length, from + SCOPE); j++) {
        if (NEGATORS.has(words[j]!.w)) negated = true;
        if (isContent(words[j]!.w) && !AUXILIARIES.has(words[j]!.w)) predicate.add(stem(words[j]!.w));
      }
      out.push({ group: -1, positive, subject: stem(noun.w), predicate, negated, at: i, width: form.length + 1 });
    }
  }
  return out;
}

/** Predicates that say one act: a shared stem, or stems of one family of the data. */
function samePredicate(x: Set<string>, y: Set<string>): string[] {
  const shared = [...x].filter((w) => y.has(w));
  if (shared.length) return shared;
  for (const w of x) {
    const f = PREDICATE_FAMILY.get(w);
    if (f === undefined) continue;
    const other = [...y].find((v) => PREDICATE_FAMILY.get(v) === f);
    if (other) return [w, other];
  }
  return [];
}

/** Content stems of a quotation. */
export const stemsOf = (words: readonly QWord[]) => new Set(words.filter((w) => isContent(w.w)).map((w) => stem(w.w)));

/**
 * Whether two quotations given to one named person say opposite things: opposite universals
 * of one group with a shared predicate stem after both, and one more content stem shared
 * elsewhere (the topic: "week").
 */
export function opposedQuotes(a: readonly QWord[], b: readonly QWord[]): [Polar, Polar] | undefined {
  const pa = polarities(a);
  if (!pa.length) return undefined;
  const pb = polarities(b);
  for (const x of pa) for (const y of pb) {
    if (x.group !== y.group || x.positive === y.positive) continue;
    let pred: string[];
    if (x.group < 0) {
      // One group of people or things ("no family" / "the families"), one act said of it, and
      // a positive side that is not negated after all ("The families will not move").
      const pos = x.positive ? x : y;
      if (x.subject !== y.subject || pos.negated) continue;
      const act = samePredicate(x.predicate, y.predicate);
      if (!act.length) continue;
      pred = [...act, x.subject!];
    } else pred = [...x.predicate].filter((w) => y.predicate.has(w));
    if (!pred.length) continue;
    const sb = stemsOf(b);
    const topic = [...stemsOf(a)].filter((w) => sb.has(w) && !pred.includes(w));
    if (topic.length) return [x, y];
  }
  return undefined;
}

/** One person: the same name, or the same surname ("Marchuk" for "Olena Marchuk"). */
export function samePerson(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  if (sameName(a, b)) return true;
  const last = (n: string) => n.trim().split(/\s+/).pop()!.toLowerCase();
  return last(a) === last(b) && (!a.trim().includes(' ') || !b.trim().includes(' '));
}

const SETTLED = new Set(oppositions.quoteCommitments.settled);
const OPEN = new Set(oppositions.quoteCommitments.open);

/** The lemma of the verb at quotation word `i`. */
function actAt(doc: Document, words: readonly QWord[], i: number): string | undefined {
  const w = words[i];
  const t = w && doc.tokens[firstTokenFrom(doc, w.start)];
  if (!t || t.pos !== 'VERB' || t.start !== w.start) return undefined;
  return t.lemma.toLowerCase();
}

/**
 * One act: the same lemma, or one is the other with a "re-" of repetition ("reopen" / "open",
 * "rebuild" / "build"); not any verb that merely starts with "re" ("resign" is not "sign").
 */
const sameAct = (x: string, y: string) => x === y || x === `re${y}` || y === `re${x}`;

/** Where `settled` states `act` as settled, or undefined. */
function settledAt(settled: ReadonlyMap<string, number>, act: string): number | undefined {
  for (const [a, i] of settled) if (sameAct(a, act)) return i;
  return undefined;
}

/** How far after an open word ("whether") its clause's verb may come. */
const OPEN_REACH = 5;

/**
 * Acts a quotation states as settled: "will reopen", "will be repaired" (not "will not be");
 * not one inside an open question ("whether it will return").
 */
function settledActs(doc: Document, words: readonly QWord[]): Map<string, number> {
  const out = new Map<string, number>();
  words.forEach((w, i) => {
    if (!SETTLED.has(w.w)) return;
    for (let j = Math.max(0, i - OPEN_REACH); j < i; j++) if (OPEN.has(words[j]!.w)) return;
    const k = words[i + 1]?.w === 'be' ? i + 2 : i + 1;
    const act = actAt(doc, words, k);
    if (act) out.set(act, i);
  });
  return out;
}

/**
 * One version states an act as settled ("The clinic will be reopened in May") where the other
 * puts the same act in question ("Whether it opens again depends on the health board"): the
 * words shown for each side (a's, b's), or undefined. The act is the open clause's verb (the
 * first within five words of the open word), with the same lemma ("reopen" and "open" are one act).
 */
export function settledAgainstOpen(da: Document, a: readonly QWord[], db: Document, b: readonly QWord[]): [string, string] | undefined {
  const check = (ds: Document, s: readonly QWord[], dq: Document, q: readonly QWord[]): [string, string] | undefined => {
    const settled = settledActs(ds, s);
    if (!settled.size) return undefined;
    // The other side's own settled acts: an act it also states as settled is no question there.
    const own = settledActs(dq, q);
    for (let i = 0; i < q.length; i++) {
      if (!OPEN.has(q[i]!.w)) continue;
      // The open clause's verb: the first within five words ("Whether the workers are paid").
      for (let k = i + 1; k <= i + OPEN_REACH && k < q.length; k++) {
        const act = actAt(dq, q, k);
        if (act === undefined) continue;
        const at = settledAt(settled, act);
        if (at === undefined || settledAt(own, act) !== undefined) break;
        const end = s[at + 1]?.w === 'be' ? at + 3 : at + 2;
        return [s.slice(at, end).map((w) => w.w).join(' '), q.slice(i, k + 1).map((w) => w.w).join(' ')];
      }
    }
    return undefined;
  };
  const x = check(da, a, db, b);
  if (x) return x;
  const y = check(db, b, da, a);
  return y && [y[1], y[0]];
}
