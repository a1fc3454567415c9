/**
 * One outlet says an event hurt no one, another that people were hurt, killed or are missing:
 * "no one was hurt" against "at least three people were injured", "all 187 passengers were
 * brought ashore safely" against "one passenger was still unaccounted for". Grave harm is a
 * third account: "none of the 14 was in serious condition" against "two of the injured are in
 * intensive care" (people hurt lightly do not contradict "no one was seriously hurt").
 */
import { inChrome } from '../../src/document/index.js';
import { lowerBound } from '../../src/document/search.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { casualty, isPeopleNoun } from './_casualty-data.js';
import { clip, outlet, textOf } from './_story.js';

const noHarm = new PhraseIndex(casualty.noHarm.map((p) => [p, true] as [string, boolean]));
const noSerious = new PhraseIndex(casualty.noSerious.map((p) => [p, true] as [string, boolean]));
const serious = new PhraseIndex(casualty.serious.map((p) => [p, true] as [string, boolean]));
const SEVERITY = new Set(casualty.severity);
const FATAL = new Set(casualty.fatal);
const ALL_SAFE = new Set(casualty.allSafe);
const HARM = new Set(casualty.harm);
const MISSING = new Set(casualty.missing);
const NEGATORS = new Set(casualty.negators);
const HEDGES = new Set(casualty.hedges);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'dozen', 'hundreds', 'scores']);
const EVERYONE = new Set(['all', 'everyone', 'everybody']);
/** Words after which a clause about someone else begins. */
const CLAUSE_BREAK = /^(;|but|while|although|though|whereas)$/;

type Kind = 'harm' | 'missing' | 'serious';
interface Account {
  span: Span;
  /** For a "none" account, what it rules out; for a report, what it reports. */
  kinds: Kind[];
}

/** A year before the article's (any year, undated), or words that set the sentence in the past: another event. */
function isBackground(doc: Document, s: number): boolean {
  const sent = doc.sentences[s]!;
  const year = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    // With no article date, a year written in the sentence dates another event: news tells its own by weekday.
    if (/^(19|20)\d\d$/.test(t.text) && (year === undefined || Number(t.text) < year)) return true;
    if (/^(previous|similar|earlier|last)$/.test(t.normal) && /^(year|years|month|disaster|accident|flood|fire|crash|quake|earthquake|storm)$/.test(doc.tokens[k + 1]?.normal ?? '')) return true;
  }
  return false;
}

/** A count of people at token `k`: a number (not a year or a time) or "a"/"an"/"one" before a people noun. */
function countAt(tokens: readonly Token[], k: number, end: number): boolean {
  const t = tokens[k]!;
  if (/^\d{1,3}(,\d{3})*$/.test(t.text) && !/^(19|20)\d\d$/.test(t.text)) return true;
  if (NUMBER_WORDS.has(t.normal)) return true;
  if (t.normal !== 'a' && t.normal !== 'an') return false;
  for (let j = k + 1; j < end && j <= k + 7; j++) if (isPeopleNoun(tokens[j]!)) return true;
  return false;
}

/** "at least three people were injured", "killed two workers", "a guest is still missing". */
function reportsAt(doc: Document, k: number, start: number, end: number): Span | undefined {
  const { tokens } = doc;
  for (let j = k - 1; j >= start && j >= k - 5; j--) {
    const b = tokens[j]!;
    if (NEGATORS.has(b.normal) || HEDGES.has(b.normal)) return undefined;
  }
  // The count before the word, in its clause: "three people were injured".
  for (let j = k - 1; j >= start && j >= k - 10; j--) {
    const b = tokens[j]!;
    if (CLAUSE_BREAK.test(b.normal) || b.text === ',') break;
    if (countAt(tokens, j, k)) {
      const people = tokens.slice(j, k).some(isPeopleNoun);
      return people ? { start: b.start, end: tokens[k]!.end } : undefined;
    }
  }
  // The count after a verb: "killed two workers", "injuring a guard".
  if (tokens[k]!.pos === 'VERB') {
    for (let j = k + 1; j < end && j <= k + 3; j++) {
      const last = countAt(tokens, j, end) ? tokens.slice(j, Math.min(end, j + 5)).findIndex(isPeopleNoun) : -1;
      if (last >= 0) {
        return { start: tokens[k]!.start, end: tokens[j + last]!.end };
      }
    }
  }
  return undefined;
}

/**
 * "Two of the injured remain in intensive care", "a worker is in critical condition": the count
 * of people that starts the clause of a grave-harm phrase at token `k`, with the span from it.
 * The count must be people: a people noun, "of" ("two of them"), or a verb right after it
 * ("three remain"); a negation or hedge in the clause before the phrase makes it no report.
 */
function countedBefore(doc: Document, k: number, start: number): number | undefined {
  const { tokens } = doc;
  // A negation or hedge anywhere in the clause before it ("could have put dozens of them in intensive care").
  for (let j = k - 1; j >= start && j >= k - 10; j--) {
    const b = tokens[j]!;
    if (CLAUSE_BREAK.test(b.normal) || b.text === ',') break;
    if (NEGATORS.has(b.normal) || HEDGES.has(b.normal)) return undefined;
  }
  for (let j = k - 1; j >= start && j >= k - 10; j--) {
    const b = tokens[j]!;
    if (CLAUSE_BREAK.test(b.normal) || b.text === ',') break;
    if (!countAt(tokens, j, k)) continue;
    const between = tokens.slice(j + 1, k);
    const next = tokens[j + 1];
    return between.some((x) => isPeopleNoun(x) || x.normal === 'of') || next?.pos === 'AUX' || next?.pos === 'VERB' ? j : undefined;
  }
  return undefined;
}

/** The article's accounts: that no one was hurt (or all are safe), and reports of people hurt or missing. */
function accountsOf(doc: Document): { none: Account[]; some: Account[] } {
  const none: Account[] = [];
  const some: Account[] = [];
  // Asked only of sentences with a candidate account: most sentences have none.
  const known = new Map<number, boolean>();
  const story = (s: number) => {
    let v = known.get(s);
    if (v === undefined) known.set(s, (v = !inChrome(doc, doc.sentences[s]!) && !isBackground(doc, s)));
    return v;
  };
  const { tokens } = doc;
  // "No one was seriously hurt" rules out grave harm only; "no one was hurt" rules out both.
  // `last` is exclusive: the word after the match is read too ("no one was hurt seriously").
  const graded = (first: number, last: number) => tokens.slice(first, last + 1).some((t) => SEVERITY.has(t.normal));
  for (const m of noHarm.matchDocument(doc)) {
    if (story(tokens[m.first]!.sentence)) none.push({ span: m.span, kinds: graded(m.first, m.last) ? ['serious'] : ['harm', 'serious'] });
  }
  for (const m of noSerious.matchDocument(doc)) {
    if (story(tokens[m.first]!.sentence)) none.push({ span: m.span, kinds: ['serious'] });
  }
  const noHarmSpans = none.map((n) => n.span).sort((x, y) => x.start - y.start);
  /** Inside a "no one was hurt" match (the last one starting at or before it). */
  const ruledOut = (span: Span) => {
    const n = noHarmSpans[lowerBound(noHarmSpans, span.start + 1, (x) => x.start) - 1];
    return !!n && n.start <= span.start && span.end <= n.end;
  };
  for (const m of serious.matchDocument(doc)) {
    const s = doc.sentences[tokens[m.first]!.sentence]!;
    const j = story(tokens[m.first]!.sentence) ? countedBefore(doc, m.first, s.tokenStart) : undefined;
    const span = j === undefined ? undefined : { start: tokens[j]!.start, end: m.span.end };
    if (span && !ruledOut(span)) some.push({ span, kinds: ['serious'] });
  }
  doc.sentences.forEach((s, si) => {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      // "All 212 guests ... were brought ashore safely": every one safe, none hurt or missing.
      if (EVERYONE.has(t.normal) && story(si)) {
        for (let j = k + 1; j < s.tokenEnd && j <= k + 25; j++) {
          const x = tokens[j]!;
          if (CLAUSE_BREAK.test(x.normal)) break;
          if (ALL_SAFE.has(x.normal) && !NEGATORS.has(tokens[j - 1]!.normal)) {
            none.push({ span: { start: t.start, end: x.end }, kinds: ['harm', 'missing'] });
            break;
          }
        }
      }
      const kind: Kind | undefined = HARM.has(t.normal) ? 'harm' : MISSING.has(t.normal) ? 'missing' : undefined;
      if (!kind || !story(si)) continue;
      const span = reportsAt(doc, k, s.tokenStart, s.tokenEnd);
      // A death is grave harm too.
      if (span && !ruledOut(span)) some.push({ span, kinds: kind === 'harm' && FATAL.has(t.normal) ? ['harm', 'serious'] : [kind] });
    }
  });
  return { none, some };
}

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/casualty-account',
    category: 'cross-source',
    severity: 'warning',
    description: 'One article of a story says no one was hurt (or everyone is safe), another that people were hurt, killed or are missing.',
    why: 'Whether anyone was hurt is the first fact readers look for. Two outlets giving opposite accounts means one is wrong or out of date, and the reader cannot tell which.',
    examples: {
      flagged: [
        {
          articles: [
            { text: 'Sapa landslide\n\nA landslide buried a section of the road to Sapa early on Tuesday. Two drivers were injured and taken to hospital in Lao Cai, police said.', source: 'Mekong Daily' },
            { text: 'Landslide hits Sapa road\n\nA landslide buried a section of the road to Sapa early on Tuesday, the provincial government said. No one was hurt, it said.', source: 'Hanoi Wire' },
          ],
          flag: 'Two drivers were injured',
        } as never,
      ],
      fine: [
        {
          articles: [
            { text: 'Landslide hits Sapa road\n\nA landslide buried a section of the road to Sapa early on Tuesday, the provincial government said. No one was hurt, it said.', source: 'Hanoi Wire' },
            { text: 'Sapa landslide\n\nA landslide buried a section of the road to Sapa early on Tuesday. Nobody was injured, police said. A landslide on the same road in 2019 killed three people.', source: 'Mekong Daily' },
          ],
        } as never,
      ],
    },
  },
  check({ docs, report }) {
    const accounts = docs.map(accountsOf);
    // By kind: the articles that rule it out and report none of it, with their first such account.
    const clean = (kind: Kind) =>
      docs.flatMap((doc, j) => {
        const a = accounts[j]!;
        if (a.some.some((x) => x.kinds.includes(kind))) return [];
        const n = a.none.find((x) => x.kinds.includes(kind));
        return n ? [{ doc, span: n.span }] : [];
      });
    const cleanBy = { harm: clean('harm'), missing: clean('missing'), serious: clean('serious') };
    const what = { harm: 'whether anyone was hurt', missing: 'whether anyone is missing', serious: 'whether anyone was badly hurt' };
    docs.forEach((doc, i) => {
      const mine = accounts[i]!;
      // One flag per span: "two workers were killed" reports harm and grave harm.
      const flagged = new Set<number>();
      for (const kind of ['harm', 'missing', 'serious'] as const) {
        // The body's own account before the headline's short form of it.
        const inHeadline = (a: Account) => !!doc.headline && doc.headline.start <= a.span.start && a.span.end <= doc.headline.end;
        const reports = mine.some.filter((a) => a.kinds.includes(kind));
        const reported = reports.find((a) => !inHeadline(a)) ?? reports[0];
        // An article that says both is telling an update ("at first no one ... later three").
        if (!reported || mine.none.some((n) => n.kinds.includes(kind)) || flagged.has(reported.span.start)) continue;
        // This article reports the kind, so it is not among the clean ones: at most three named.
        const against = cleanBy[kind].slice(0, 3);
        if (!against.length) continue;
        const first = against[0]!;
        flagged.add(reported.span.start);
        report({
          doc,
          span: reported.span,
          message: `${outlet(doc)} reports "${clip(textOf(doc, reported.span))}", but ${outlet(first.doc)} says "${clip(textOf(first.doc, first.span))}": the outlets give opposite accounts of ${what[kind]}. Check the latest official figures and say which account is current.`,
          related: against.map((x) => related(x.doc, x.span)),
        });
      }
    });
  },
});
