import type { Document, Span } from '../../src/document/types.js';
import { defineRule, type StoryReport } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { lcs, quoteWords } from './_quote-words.js';
import { BODY_NOUNS, disagree, figures, origins, type Figure, type Origin } from './_details.js';
import { attributedFigurePairs } from './_figure-source.js';
import { peopleCountPairs } from './_people-counts.js';
import { placeCountPairs } from './_place-counts.js';
import { moneyKindPairs, sameThing } from './_money-pairs.js';
import { addressIn, addressesDisagree, addressValue, type Address } from './_address.js';
import { causePairs } from './_causes.js';
import { startPlacePairs } from './_start-places.js';
import { clockTimeIn, clocksDisagree, timedEventPairs, type ClockTime } from './_clock.js';
import { termConflicts } from './_terms.js';
import { heads, sameBody, type Head } from './_heads.js';
import { datedEvents, eventContext, setApart, type DatedEvent } from './_events.js';
import { agentsConflict, directives, sameAuthority, type Directive } from './_directive.js';
import { alignSentences, clip, onePerArticle, outlet, ReportBuffer, sameName, termOf, textOf, type AlignedPair } from './_story.js';
import { KeyedLists } from './_figure-pairs.js';
import { countsIn, nearMidnight, sameKind, weekdayEvents, type WeekdayEvent } from './_weekdays.js';
import { people } from '../../src/document/people.js';
import { inChrome, inHeadline } from '../../src/document/index.js';
import { datesOverlapping, datesWithin, firstTokenFrom } from '../../src/engine/doc-cache.js';
import { isCapitalised } from '../../src/document/mentions.js';

interface Claim {
  doc: Document;
  span: Span;
  /** Other names that stand for the same claim (the ministry an office sits inside). */
  also?: string[];
  /** For a figure: the counts its wording allows ("more than 50": 50 to 60). */
  range?: [number, number];
  /** What is claimed, comparable across articles ("12", "pentagon"). */
  value: string;
  /** What the claim is about ("#deaths", "memo"). */
  about: string;
  shown: string;
}

/**
 * Report conflicting pairs of claims. The claim whose value fewer articles give is the
 * flagged one (ties: the earlier article); pairs that share that claim become one flag
 * with the other articles' claims as related spans.
 */
function reportConflicts(docs: readonly Document[], edges: [Claim, Claim][], describe: string, report: (r: StoryReport) => void, severity?: 'info') {
  // How many articles give a claim that agrees with this one: the same value, or for
  // figures a range that meets it ("at least 12" and "12" agree against "21").
  const all = edges.flat();
  const agree = (x: Claim, y: Claim) => (x.range && y.range ? x.range[0] <= y.range[1] && y.range[0] <= x.range[1] : x.value === y.value);
  const weights = new Map<Claim, number>();
  const weight = (c: Claim) => {
    if (!weights.has(c)) weights.set(c, new Set(all.filter((o) => agree(c, o)).map((o) => o.doc)).size);
    return weights.get(c)!;
  };
  const order = new Map(docs.map((d, i) => [d, i]));
  const buffer = new ReportBuffer<Claim>();
  const shownAt = new Map<string, string>();
  const at = (doc: Document, span: Span) => `${doc.article.id}:${span.start}:${span.end}`;
  for (const e of edges) for (const c of e) shownAt.set(at(c.doc, c.span), c.shown);
  for (const [x, y] of edges) {
    if (x.doc === y.doc || x.value === y.value) continue;
    const xFirst = weight(x) < weight(y) || (weight(x) === weight(y) && order.get(x.doc)! < order.get(y.doc)!);
    const [p, q] = xFirst ? [x, y] : [y, x];
    buffer.add(p.doc, p.span, q.doc, q.span, p);
  }
  for (const e of buffer.entries()) {
    // Every place another article gives its claim is related (a key-points bullet and the
    // body sentence both); the message names each article once, by its first.
    const otherText = e.firsts.map((o) => `${outlet(o.doc)} has "${clip(shownAt.get(at(o.doc, o.span)) ?? textOf(o.doc, o.span), 50)}"`).join(', ');
    report({ doc: e.doc, span: e.span, message: `${describe}: ${outlet(e.doc)} has "${e.info.shown}", but ${otherText}.`, related: e.related.map((o) => related(o.doc, o.span)), ...(severity ? { severity } : {}) });
  }
}

/** Years written in a sentence ("in February 2022"). */
function years(doc: Document, si: number): Set<string> {
  const s = doc.sentences[si]!;
  return new Set(doc.text.slice(s.start, s.end).match(/\b(19|20)\d\d\b/g) ?? []);
}

/** Two sentences about different years ("in 2022, 230 died") are not the same event. */
function sameTime(da: Document, sa: number, db: Document, sb: number): boolean {
  const ya = years(da, sa);
  const yb = years(db, sb);
  for (const y of ya) if (!yb.has(y)) return false;
  for (const y of yb) if (!ya.has(y)) return false;
  return true;
}

/** The figure is the hour of the sentence's clock time. */
function onClock(doc: Document, si: number, f: Figure): boolean {
  const c = clockTimeIn(doc, si);
  return !!c && c.span.start < f.span.end && f.span.start < c.span.end;
}

/** Figures for the same thing in aligned sentences that disagree. */
function figureConflicts(docs: readonly Document[], pairs: AlignedPair[], report: (r: StoryReport) => void) {
  const cache = new Map<string, Figure[]>();
  const figs = (d: number, s: number) => {
    const key = `${d}:${s}`;
    if (!cache.has(key)) cache.set(key, figures(docs[d]!, s));
    return cache.get(key)!;
  };
  const edges = new KeyedLists<[Claim, Claim]>();
  // The message shows the bound with the number ("more than 60"); the span stays on the figure.
  const claim = (d: number, f: Figure): Claim => ({ doc: docs[d]!, span: f.span, value: `${f.low}-${f.high}`, range: [f.low, f.high], about: f.key, shown: docs[d]!.text.slice(f.boundStart, f.span.end) });
  for (const p of pairs) {
    if (!sameTime(docs[p.a]!, p.sa, docs[p.b]!, p.sb)) continue;
    for (const fa of figs(p.a, p.sa)) for (const fb of figs(p.b, p.sb)) {
      // Bounds and rough figures are ranges: "57" and "more than 50" agree, "about 900" and
      // "nearly 1,000" agree; "57" and "more than 60" do not.
      if (fa.key !== fb.key || !disagree(fa, fb)) continue;
      // A unit or a plain noun ("kilometres", "hectares") says less than a word family
      // ("deaths"): the figures must also share a word around them to measure one thing.
      // So must a count of people named only by who they are ("27 workers" / "two workers").
      if ((!fa.key.startsWith('#') || fa.peopleOnly || fb.peopleOnly) && ![...fa.context].some((w) => fb.context.has(w))) continue;
      // A sum that measures a thing ("insured for") must be of the same thing ("a tanker" / "a trawler").
      if (fa.money === 'measure' && !sameThing(docs[p.a]!, fa, docs[p.b]!, fb)) continue;
      // A clock time ("3 a.m.") is compared as a time, with its wording's window, not as a figure.
      if (onClock(docs[p.a]!, p.sa, fa) || onClock(docs[p.b]!, p.sb, fb)) continue;
      // Two shares that make up the whole are the two sides ("61.2 per cent voted to scrap
      // it", "38.8 per cent voted to keep it"), not one share told two ways.
      if (fa.key.startsWith('%') && Math.abs(fa.value + fb.value - 100) <= 1) continue;
      // Only when each sentence gives one figure for that thing (not "12 then 21").
      if (figs(p.a, p.sa).filter((f) => f.key === fa.key).length > 1 || figs(p.b, p.sb).filter((f) => f.key === fb.key).length > 1) continue;
      edges.add(fa.key, [claim(p.a, fa), claim(p.b, fb)]);
    }
  }
  // Figure pairs found without aligning the sentences around them, in this order: the same
  // count attributed to the same named source, however differently worded; counts of one
  // group of people put to the same event ("three miners were taken to hospital" / "nine of
  // the 40 miners needed hospital care"); headcounts of one named area ("41,230 people in
  // Northern Province" / "gives Northern Province 38,900 people").
  // Amounts of one kind of money ("insured for") said of one thing, however the sentences run.
  for (const pairs of [attributedFigurePairs, peopleCountPairs, placeCountPairs, moneyKindPairs])
    for (const [x, y] of pairs(docs, figs, sameTime)) edges.add(x.f.key, [claim(x.d, x.f), claim(y.d, y.f)]);
  for (const [key, list] of edges.entries()) {
    const what = key.startsWith('#') ? key.slice(1) : key.startsWith('%') ? `the share (${key.replace(/^%#?/, '')})` : key;
    reportConflicts(docs, list, `Figures for ${what} differ`, report);
  }
}

/**
 * Two origins are one body when any of their names (the origin or a body it sits inside) match,
 * or name one authority two ways (the minister and the ministry).
 */
const sameOrigin = (a: string[], b: string[]) => a.some((x) => b.some((y) => sameName(x, y) || sameAuthority(x, y)));

/** Who a central document (memo, report) came from, where articles disagree. */
/**
 * "An initial assessment by X", "a leaked memo from X": a document the article singles out
 * with an adjective is a particular one, central enough to compare even if named once.
 */
function qualified(doc: Document, nounStart: number): boolean {
  const k = firstTokenFrom(doc, nounStart);
  const before = doc.tokens[k - 1];
  return !!before && before.sentence === doc.tokens[k]?.sentence && before.pos === 'ADJ' && !isCapitalised(before);
}

/** "according to a notice from X": the document the article cites for what it reports is central. */
function cited(doc: Document, nounStart: number): boolean {
  let k = firstTokenFrom(doc, nounStart) - 1;
  const sentence = doc.tokens[k + 1]?.sentence;
  while (k >= 1 && doc.tokens[k]!.sentence === sentence && /^(DET|ADJ|NOUN)$/.test(doc.tokens[k]!.pos) && !isCapitalised(doc.tokens[k]!)) k--;
  return k >= 1 && doc.tokens[k]!.normal === 'to' && doc.tokens[k - 1]!.normal === 'according';
}

/** The sentence around `span` ends with a full stop, a question or an exclamation mark (a quote mark may follow). */
function fullSentence(doc: Document, span: Span): boolean {
  const s = doc.sentences[doc.tokens[firstTokenFrom(doc, span.start)]?.sentence ?? -1];
  return !!s && /[.!?]["'”’)]*\s*$/.test(doc.text.slice(Math.max(s.start, s.end - 4), s.end));
}

function originConflicts(docs: readonly Document[], report: (r: StoryReport) => void) {
  const byNoun = new Map<string, Claim[]>();
  docs.forEach((doc) => {
    const found = origins(doc);
    const nouns = new Set(found.map((o) => o.noun));
    for (const noun of nouns) {
      const mine = found.filter((o) => o.noun === noun);
      // Two origins in one article: probably two documents, not a disagreement.
      const distinct: Origin[] = [];
      for (const o of mine) if (!distinct.some((d) => sameOrigin([d.name, ...d.parents], [o.name, ...o.parents]))) distinct.push(o);
      if (distinct.length !== 1) continue;
      // The document must be central to this article: named more than once, or its origin
      // stated outright ("the order was issued by X").
      const mentions = doc.tokens.filter((t) => t.lemma.toLowerCase() === noun && t.pos === 'NOUN').length;
      if (mentions < 2 && !mine[0]!.explicit && !qualified(doc, mine[0]!.span.start) && !cited(doc, mine[0]!.span.start)) continue;
      // One claim per article: its first naming of the origin in a full sentence (a key-points
      // line without a full stop is a summary of one further down), else its first.
      const o = mine.find((x) => fullSentence(doc, x.span)) ?? mine[0]!;
      byNoun.set(noun, [...(byNoun.get(noun) ?? []), { doc, span: o.span, value: o.origin, also: o.parents, about: noun, shown: textOf(doc, o.span) }]);
    }
  });
  for (const [noun, claims] of byNoun) {
    // Merge alias spellings into one value; an office and the ministry it sits inside are
    // one claim ("the transport ministry's Office of ..." against "a transport ministry report").
    const groups: { value: string; names: string[] }[] = [];
    for (const c of claims) {
      const names = [c.value, ...(c.also ?? [])];
      const same = groups.find((g) => sameOrigin(g.names, names));
      if (same) { c.value = same.value; same.names.push(...names); }
      else groups.push({ value: c.value, names });
    }
    if (groups.length < 2) continue;
    const edges: [Claim, Claim][] = [];
    for (const x of claims) for (const y of claims) if (x.doc !== y.doc && x.value !== y.value) edges.push([x, y]);
    reportConflicts(docs, edges, BODY_NOUNS.has(noun) ? `Outlets disagree on who set up the ${noun}` : `Outlets disagree on who the ${noun} came from`, report);
  }
}

const isPlaceWord = (w: string) => people.places.has(w) || /^(of|and|the)$/i.test(w);

const isHeadline = (doc: Document, si: number) => inHeadline(doc, doc.sentences[si]!);

/** Spans already reported, by article id: a later check does not report the same words again. */
type Told = ReadonlyMap<string, readonly Span[]>;
const toldOf = (told: Told, doc: Document, x: Span) => (told.get(doc.article.id) ?? []).some((t) => t.start < x.end && x.start < t.end);

/**
 * The whole name a gap of name words sits in: the name of the Document's mention around it
 * ("Ministry of Trade and Industry" around "Trade"), else the gap itself.
 */
function nameAround(doc: Document, gap: Span): Span {
  for (const m of doc.mentions) {
    const n = m.name;
    if (n && n.start <= gap.start && gap.end <= n.end) return n;
  }
  return gap;
}

/**
 * Aligned sentences that tell the same act with a different named actor in the same place.
 * Names inside a disagreement already reported (who set up the inquiry, who issued the order)
 * are that disagreement, not a second one.
 */
function actorConflicts(docs: readonly Document[], pairs: AlignedPair[], told: Told, report: (r: StoryReport) => void) {
  // Whole names already set against each other: two gaps inside one pair of names ("Ministry of
  // [Trade] and [Industry]" / "Ministry of [Lands, Housing] and [Urban Planning]",
  // where the word alignment matched "of" and "and") are one disagreement.
  const done = new Set<string>();
  for (const p of pairs) {
    if (p.score < 0.5) continue;
    const da = docs[p.a]!;
    const db = docs[p.b]!;
    // A title-case headline capitalises every word: nothing in it reads as a name.
    if (isHeadline(da, p.sa) || isHeadline(db, p.sb)) continue;
    const wa = quoteWords(da.text, da.sentences[p.sa]!);
    const wb = quoteWords(db.text, db.sentences[p.sb]!);
    const matches = lcs(wa, wb);
    for (let k = 1; k < matches.length; k++) {
      const [pi, pj] = matches[k - 1]!;
      const [i, j] = matches[k]!;
      if (i === pi + 1 || j === pj + 1 || i - pi > 5 || j - pj > 5) continue;
      const ga = { start: wa[pi + 1]!.start, end: wa[i - 1]!.end };
      const gb = { start: wb[pj + 1]!.start, end: wb[j - 1]!.end };
      const ta = textOf(da, ga).replace(/['’]s$/, '');
      const tb = textOf(db, gb).replace(/['’]s$/, '');
      // Name words, "of"/"and" only inside: a gap that starts or ends on one is a piece of a
      // longer name ("Ministry of Emergency Management [and Climate Readiness]").
      const isName = (t: string) => {
        const words = t.split(/\s+/);
        return /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words[words.length - 1]!) && words.every((w) => /^\p{Lu}/u.test(w) || /^(of|and)$/.test(w));
      };
      if (!isName(ta) || !isName(tb) || sameName(ta, tb)) continue;
      // A gap inside two longer names that share their ends ("Ana de [Souza] Lima Neto" /
      // "Rita de [Castro] Lima Neto"): the shared words matched pieces of two people's
      // names, so the gap is no actor on its own (a name particle before it, a capitalised name
      // word after it).
      const particle = (doc: Document, w: (typeof wa)[number] | undefined) => !!w && people.nameParticles.has(textOf(doc, w).toLowerCase());
      const inLongerName = (doc: Document, ws: typeof wa, before: number, after: number) =>
        particle(doc, ws[before]) || particle(doc, ws[after]) || (!!ws[after] && /^\p{Lu}/u.test(textOf(doc, ws[after]!)) && !isPlaceWord(textOf(doc, ws[after]!)));
      if (inLongerName(da, wa, pi, i) || inLongerName(db, wb, pj, j)) continue;
      // "until the end of March" / "of May": a month or weekday is a date, not an actor.
      const inDate = (doc: Document, x: Span) => datesOverlapping(doc, x).length > 0;
      if (inDate(da, ga) || inDate(db, gb)) continue;
      if (ta.split(/\s+/).every(isPlaceWord) || tb.split(/\s+/).every(isPlaceWord)) continue;
      // Report the whole names the gaps sit in, once per pair of names.
      const xa = nameAround(da, ga);
      const xb = nameAround(db, gb);
      const key = `${p.a}:${xa.start}:${xa.end}|${p.b}:${xb.start}:${xb.end}`;
      if (done.has(key)) continue;
      done.add(key);
      if (toldOf(told, da, xa) || toldOf(told, db, xb)) continue;
      report({
        doc: db,
        span: xb,
        message: `Different actor in the same account: ${outlet(db)} names ${clip(textOf(db, xb), 60)} where ${outlet(da)} names ${clip(textOf(da, xa), 60)}.`,
        related: [related(da, xa)],
      });
    }
  }
}

/**
 * Outlets that name different authorities for one order about one thing ("the health ministry
 * ordered the mill closed" / "the town council ordered the mill shut"). Orders are grouped by
 * act and thing, so only orders with the same key are compared.
 */
function orderConflicts(docs: readonly Document[], report: (r: StoryReport) => void) {
  const byKey = new Map<string, Claim[]>();
  const read = new Map<Claim, Directive>();
  for (const doc of docs) {
    const mine = new Map<string, Directive[]>();
    for (const d of directives(doc)) mine.set(d.key, [...(mine.get(d.key) ?? []), d]);
    for (const [key, list] of mine) {
      // An article that names two authorities for one order tells both: nothing to set against.
      if (list.some((x) => list.some((y) => agentsConflict(x, y)))) continue;
      const d = list.find((x) => x.kinds.size);
      if (!d) continue;
      const c: Claim = { doc, span: d.span, value: d.agent.toLowerCase().replace(/^(the|a|an)\s+/, ''), about: key, shown: textOf(doc, d.span) };
      read.set(c, d);
      byKey.set(key, [...(byKey.get(key) ?? []), c]);
    }
  }
  for (const claims of byKey.values()) {
    const edges: [Claim, Claim][] = [];
    for (let i = 0; i < claims.length; i++) for (let j = i + 1; j < claims.length; j++) {
      if (agentsConflict(read.get(claims[i]!)!, read.get(claims[j]!)!)) edges.push([claims[i]!, claims[j]!]);
    }
    const d = read.get(claims[0]!)!;
    if (edges.length) reportConflicts(docs, edges, `Outlets disagree on who ordered the ${d.thing}'s ${d.act}`, report);
  }
}

/** Written dates for the same event in aligned sentences. */
function dateConflicts(docs: readonly Document[], pairs: AlignedPair[], report: (r: StoryReport) => void) {
  const edges: [Claim, Claim][] = [];
  for (const p of pairs) {
    const one = (d: number, s: number) => {
      const doc = docs[d]!;
      const sent = doc.sentences[s]!;
      const ds = datesWithin(doc, sent).filter((x) => x.date && /\d/.test(textOf(doc, x)));
      return ds.length === 1 ? { doc, date: ds[0]! } : undefined;
    };
    const x = one(p.a, p.sa);
    const y = one(p.b, p.sb);
    if (!x || !y || x.date.date === y.date.date) continue;
    // "The first ballot on 5 April" / "a second ballot on 19 April": two events of one kind.
    if (setApart(docs[p.a]!, p.sa) || setApart(docs[p.b]!, p.sb)) continue;
    const claim = (c: typeof x): Claim => ({ doc: c.doc, span: c.date, value: c.date.date!, about: 'date', shown: textOf(c.doc, c.date) });
    edges.push([claim(x), claim(y)]);
  }
  reportConflicts(docs, edges, 'Dates for the same event differ', report);
}

/**
 * Outlets that name different people at the head of one body ("the commission, chaired by X" /
 * "the commission's president, Y"). An article that names two heads for one body noun (two
 * commissions, or a chair who was replaced) tells both: nothing to set against.
 */
function headConflicts(docs: readonly Document[], report: (r: StoryReport) => void) {
  const byBody = onePerArticle(docs, heads, (h) => h.body, (h) => h.surname);
  for (const [body, list] of byBody) {
    const edges: [Claim, Claim][] = [];
    const claim = (h: Head): Claim => ({ doc: h.doc, span: h.span, value: h.surname, about: body, shown: clip(h.name, 40) });
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const x = list[i]!;
      const y = list[j]!;
      if (x.surname === y.surname || sameName(x.name, y.name) || !sameBody(x, y)) continue;
      edges.push([claim(x), claim(y)]);
    }
    if (edges.length) reportConflicts(docs, edges, `Outlets name different people at the head of the ${body}`, report);
  }
}

/**
 * One kind of event dated two ways ("an audit begun on 3 May" / "the inspection on 17 May"),
 * wherever each article gives it. Only articles that give one date for that kind of event:
 * one that dates two tests tells of two. Tied by two more story words shared by the two
 * sentences, a warning; else info (a story may have two votes, each outlet telling one).
 */
function eventDateConflicts(docs: readonly Document[], told: Told, report: (r: StoryReport) => void) {
  const byFamily = onePerArticle(docs, datedEvents, (e) => e.family, (e) => e.date);
  for (const [family, list] of byFamily) {
    const strong: [Claim, Claim][] = [];
    const weak: [Claim, Claim][] = [];
    const claim = (e: DatedEvent): Claim => ({ doc: e.doc, span: e.span, value: e.date, about: family, shown: textOf(e.doc, e.dateSpan) });
    // One entry per article (onePerArticle): every pair is of two articles. Each sentence's terms are read once.
    const contexts = list.map((e) => eventContext(e.doc, e.sentence));
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) {
      const x = list[i]!;
      const y = list[j]!;
      if (x.date === y.date || toldOf(told, x.doc, x.dateSpan) || toldOf(told, y.doc, y.dateSpan)) continue;
      const cx = contexts[i]!;
      const shared = [...contexts[j]!].filter((t) => cx.has(t)).length;
      (shared >= 2 ? strong : weak).push([claim(x), claim(y)]);
    }
    if (strong.length) reportConflicts(docs, strong, `Dates for the same ${family} differ`, report);
    if (weak.length) reportConflicts(docs, weak, `Dates for the same ${family} may differ`, report, 'info');
  }
}

/** The term of one granted thing ("a 25-year licence" / "the 15-year licence"), wherever each article gives it. */
function termOfConflicts(docs: readonly Document[], report: (r: StoryReport) => void) {
  const byNoun = new Map<string, [Claim, Claim][]>();
  const word = new Map<string, string>();
  for (const [x, y] of termConflicts(docs)) {
    word.set(x.noun, x.word);
    const claim = (t: typeof x): Claim => ({ doc: t.doc, span: t.span, value: t.value, about: t.noun, shown: textOf(t.doc, t.span) });
    byNoun.set(x.noun, [...(byNoun.get(x.noun) ?? []), [claim(x), claim(y)]]);
  }
  for (const [noun, edges] of byNoun) reportConflicts(docs, edges, `Outlets give different terms for the ${word.get(noun)}`, report);
}

/** Aligned sentences that put the same event at clock times whose windows do not meet ("about 2.40 a.m." / "shortly before 5 a.m."). */
function timeConflicts(docs: readonly Document[], pairs: AlignedPair[], report: (r: StoryReport) => void) {
  const edges: [Claim, Claim][] = [];
  // Aligned sentences, and sentences that time the same subject's same kind of event however worded.
  const seen = new Set<string>();
  const all = [...pairs.map((p): [number, number, number, number] => [p.a, p.sa, p.b, p.sb]), ...timedEventPairs(docs)];
  for (const [a, sa, b, sb] of all) {
    const key = a < b ? `${a}:${sa}:${b}:${sb}` : `${b}:${sb}:${a}:${sa}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const p = { a, sa, b, sb };
    const x = clockTimeIn(docs[p.a]!, p.sa);
    const y = clockTimeIn(docs[p.b]!, p.sb);
    // The same hour on two weekdays ("7am on Friday 14 November" / "7am on Saturday 15
    // November") is a disagreement about the day, the date checks' to tell.
    if (!x || !y || !clocksDisagree(x, y) || !clocksDisagree(x, y, true)) continue;
    const claim = (doc: Document, c: ClockTime): Claim => ({ doc, span: c.span, value: `${c.from}-${c.to}`, about: 'time', shown: textOf(doc, c.span) });
    edges.push([claim(docs[p.a]!, x), claim(docs[p.b]!, y)]);
  }
  reportConflicts(docs, edges, 'Times for the same event differ', report);
}

/**
 * Aligned sentences that put one event on different bare weekdays ("two fishermen went
 * missing on Monday" / "since the two fishermen went missing on Wednesday"): the same verb and
 * complement right before "on <weekday>", each the only one of its kind in its sentence, the
 * weekdays counted from each article's publication date. Days next to each other, one told near
 * midnight ("late on Monday" / "early on Tuesday"), may be one moment, and sentences that count
 * with no number in common may tell two batches: both are left out.
 */
function weekdayConflicts(docs: readonly Document[], pairs: AlignedPair[], told: Told, report: (r: StoryReport) => void) {
  const edges: [Claim, Claim][] = [];
  const cache = new Map<string, WeekdayEvent[]>();
  const events = (d: number, s: number) => {
    const key = `${d}:${s}`;
    if (!cache.has(key)) cache.set(key, isHeadline(docs[d]!, s) ? [] : weekdayEvents(docs[d]!, s));
    return cache.get(key)!;
  };
  const claim = (doc: Document, e: WeekdayEvent): Claim => ({ doc, span: e.span, value: e.date, about: 'day', shown: textOf(doc, e.span) });
  for (const p of pairs) {
    const ea = events(p.a, p.sa);
    const eb = events(p.b, p.sb);
    if (!ea.length || !eb.length) continue;
    // Counts that share no number: perhaps two batches of one kind of event, one each day.
    const ca = countsIn(docs[p.a]!, p.sa);
    const cb = countsIn(docs[p.b]!, p.sb);
    if (ca.size && cb.size && ![...ca].some((n) => cb.has(n))) continue;
    for (const x of ea) for (const y of eb) {
      if (!sameKind(x, y) || x.date === y.date || nearMidnight(x, y)) continue;
      if (ea.filter((e) => sameKind(e, x)).length > 1 || eb.filter((e) => sameKind(e, y)).length > 1) continue;
      const da = docs[p.a]!;
      const db = docs[p.b]!;
      if (toldOf(told, da, x.span) || toldOf(told, db, y.span)) continue;
      edges.push([claim(da, x), claim(db, y)]);
    }
  }
  reportConflicts(docs, edges, 'Days for the same event differ', report);
}

/**
 * Two causes credited to one qualified finding ("the initial assessment": "started in a
 * faulty boiler" / "caused by a dropped cigarette") with no content word in common. Info: a
 * finding may name two causes, each outlet reporting one.
 */
function causeConflicts(docs: readonly Document[], report: (r: StoryReport) => void) {
  const byFinding = new Map<string, [Claim, Claim][]>();
  for (const [x, y] of causePairs(docs)) {
    const claim = (c: typeof x): Claim => ({ doc: c.doc, span: c.span, value: [...c.words].sort().join(' '), about: c.finding, shown: textOf(c.doc, c.span) });
    byFinding.set(x.finding, [...(byFinding.get(x.finding) ?? []), [claim(x), claim(y)]]);
  }
  for (const [finding, edges] of byFinding) reportConflicts(docs, edges, `Outlets give different causes from the same ${finding}`, report, 'info');
}

/**
 * Two places one cited source is said to give for where one event started ("According to the
 * fire service, the blaze started in the kitchen" / "the fire service said it began in the
 * garage"): an event starts in one place, so one outlet has the source wrong.
 */
function startPlaceConflicts(docs: readonly Document[], report: (r: StoryReport) => void) {
  const edges: [Claim, Claim][] = [];
  for (const [x, y] of startPlacePairs(docs)) {
    const claim = (c: typeof x): Claim => ({ doc: c.doc, span: c.span, value: c.place.join(' '), about: `start:${c.event}`, shown: textOf(c.doc, c.span) });
    edges.push([claim(x), claim(y)]);
  }
  reportConflicts(docs, edges, 'Outlets citing the same source disagree on where it started', report);
}

/** Comparison terms of a sentence outside its address, each with whether a lowercase word gave it. */
function termsOutside(doc: Document, si: number, addr: Address): Map<string, boolean> {
  const s = doc.sentences[si]!;
  const out = new Map<string, boolean>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = doc.tokens[k]!;
    if (t.start >= addr.span.start && t.end <= addr.span.end) continue;
    const term = termOf(t);
    if (term) out.set(term, (out.get(term) ?? false) || !isCapitalised(t));
  }
  return out;
}

/**
 * Sentences of different articles that place the same event at different addresses ("on 4a
 * Avenida in zone 5" / "on 12 Calle in zone 4"). Pairs are the aligned sentences, and
 * sentences with an address that share three words outside it, one of them a common word
 * (what happened: "hole", "fire"), not only the town's name. Only sentences with an address
 * are indexed, and only about the same time.
 */
function placeConflicts(docs: readonly Document[], pairs: AlignedPair[], report: (r: StoryReport) => void) {
  const found = docs.map(() => new Map<number, Address>());
  // Every sentence with an address, with its words outside the address: compared entry by entry
  // (addresses are rare), never document pair by document pair.
  const entries: { d: number; si: number; terms: Map<string, boolean> }[] = [];
  docs.forEach((doc, d) => {
    doc.sentences.forEach((s, si) => {
      if (inChrome(doc, s) || isHeadline(doc, si)) return;
      const a = addressIn(doc, si);
      if (!a) return;
      found[d]!.set(si, a);
      entries.push({ d, si, terms: termsOutside(doc, si, a) });
    });
  });
  const seen = new Set<string>();
  const candidates: [number, number, number, number][] = pairs.map((p) => [p.a, p.sa, p.b, p.sb]);
  for (let i = 0; i < entries.length; i++) for (let j = i + 1; j < entries.length; j++) {
    const x = entries[i]!;
    const y = entries[j]!;
    if (x.d === y.d) continue;
    const shared = [...x.terms.keys()].filter((t) => y.terms.has(t));
    if (shared.length >= 3 && shared.some((t) => x.terms.get(t) && y.terms.get(t))) candidates.push([x.d, x.si, y.d, y.si]);
  }
  const edges: [Claim, Claim][] = [];
  for (const [a, sa, b, sb] of candidates) {
    const key = `${a}:${sa}:${b}:${sb}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const xa = found[a]!.get(sa);
    const xb = found[b]!.get(sb);
    if (!xa || !xb || !addressesDisagree(xa, xb) || !sameTime(docs[a]!, sa, docs[b]!, sb)) continue;
    const claim = (d: number, x: Address): Claim => ({ doc: docs[d]!, span: x.span, value: addressValue(x), about: 'place', shown: textOf(docs[d]!, x.span) });
    edges.push([claim(a, xa), claim(b, xb)]);
  }
  reportConflicts(docs, edges, 'Addresses for the same event differ', report);
}

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/conflicting-detail',
    category: 'cross-source',
    severity: 'warning',
    description: 'Articles of one story disagree on a checkable detail: a figure, a date, a weekday or a time, an address, the term of a licence or a contract, who a document came from, who ordered something, who did something, or the cause a cited finding gives.',
    why: 'When two outlets give different death tolls, dates or sources for the same fact, at least one is wrong. The reader of one article cannot know; the editor can check before publishing.',
    examples: {
      flagged: [
        {
          articles: [
            { text: 'A landslide in the Nepalese district of Sindhupalchok killed 14 people on Tuesday, police said, as rescuers searched for survivors under the mud.', source: 'Himal Wire', publishedAt: '2026-07-14' },
            { text: 'A landslide in the Nepalese district of Sindhupalchok killed 41 people on Tuesday, police said, as rescuers searched for survivors.', source: 'Kathmandu Ledger', publishedAt: '2026-07-14' },
          ],
          flag: '14 people',
        } as never,
      ],
      fine: [
        {
          articles: [
            { text: 'A landslide in the Nepalese district of Sindhupalchok killed 14 people on Tuesday, police said.', source: 'Himal Wire', publishedAt: '2026-07-14' },
            { text: 'Fourteen people were killed on Tuesday when a landslide hit the Nepalese district of Sindhupalchok, police said.', source: 'Kathmandu Ledger', publishedAt: '2026-07-14' },
          ],
        } as never,
      ],
    },
  },
  check({ docs, report: send }) {
    const told = new Map<string, Span[]>();
    const note = (id: string, x: Span) => (told.get(id) ?? told.set(id, []).get(id)!).push(x);
    const report = (r: StoryReport) => {
      note(r.doc.article.id, r.span);
      for (const x of r.related ?? []) note(x.articleId, x);
      send(r);
    };
    const pairs = alignSentences(docs, 0.3, 3);
    figureConflicts(docs, pairs, report);
    dateConflicts(docs, pairs, report);
    eventDateConflicts(docs, told, report);
    timeConflicts(docs, pairs, report);
    weekdayConflicts(docs, pairs, told, report);
    originConflicts(docs, report);
    orderConflicts(docs, report);
    headConflicts(docs, report);
    termOfConflicts(docs, report);
    actorConflicts(docs, pairs, told, report);
    placeConflicts(docs, pairs, report);
    causeConflicts(docs, report);
    startPlaceConflicts(docs, report);
  },
});
