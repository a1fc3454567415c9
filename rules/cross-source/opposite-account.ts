import { inChrome } from '../../src/document/index.js';
import { makeMention, phraseAfter, phraseBefore } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Mention, Span } from '../../src/document/types.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { datesWithin } from '../../src/engine/doc-cache.js';
import { defineRule, type StoryReport } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { negators, oppositions, type Side } from './_oppositions.js';
import { outcomes, type Outcome } from './_outcomes.js';
import { canonicalName, clip, outlet, ReportBuffer, resolved, sameName, sentenceTerms, termOf, textOf } from './_story.js';

const SPEAKS_FOR = new Set(oppositions.speakers);
const NOT_SPEECH = new Set(oppositions.silentCues);
const PLURAL_GROUP = /^(companies|firms|groups|sides|parties|governments|countries|nations|both|two|businesses|banks|leaders)$/;
const GENERIC_MATTER = new Set(oppositions.silenceMatter.generic);

interface Statement {
  doc: Document;
  span: Span;
  /** Names (canonical) the statement is about, or the head noun for unnamed things. */
  names: string[];
  head?: string;
  /** The head noun's comparison term ("plant"), for an object side: the thing acted on. */
  headTerm?: string;
  sentence: number;
  /** What a silence is about, as comparison terms: "declined to comment on whether the plant will close". */
  matter?: Set<string>;
}

/** Words that open the matter of a silence ("on", "about whether"). */
const MATTER = /^(on|about|regarding|over|whether)$/;

/** The terms of the matter after a silence whose last token is `last`, to the end of its clause ("on the claims, leaving ..."). */
function matterAfter(doc: Document, last: number, end: number): Set<string> | undefined {
  const { tokens } = doc;
  if (last + 1 >= end || !MATTER.test(tokens[last + 1]!.normal)) return undefined;
  const out = new Set<string>();
  for (let k = last + 2; k < end && !/^[;,:]$/.test(tokens[k]!.text); k++) {
    // "on the matter": a word that names no matter of its own.
    if (GENERIC_MATTER.has(tokens[k]!.normal)) continue;
    const t = termOf(tokens[k]!);
    if (t) out.add(t);
  }
  return out.size ? out : undefined;
}

const compiled = oppositions.pairs.map((p) => ({ ...p, ia: new PhraseIndex(p.a.patterns.map((x) => [x, true] as [string, boolean])), ib: new PhraseIndex(p.b.patterns.map((x) => [x, true] as [string, boolean])) }));

/**
 * The body a mention names as a whole: "The Ministry of Health", "the Kremlin", "the
 * White House" (the document model's `name` keeps only the last name run, and drops
 * names it takes for places).
 */
function bodyName(doc: Document, m: Mention): string | undefined {
  const text = textOf(doc, m).replace(/^(the|a|an)\s+/i, '').replace(/['’]s$/, '');
  const words = text.split(/\s+/);
  if (!words.length || !words.every((w) => /^\p{Lu}/u.test(w) || /^(of|and|for|on)$/.test(w)) || !/^\p{Lu}/u.test(words[0]!)) return undefined;
  // "Officials said": a capital at the start of a sentence is not a name.
  const proper = doc.tokens.some((t) => t.start >= m.start && t.end <= m.end && t.pos === 'PROPN');
  return proper && !people.groupNouns.has(text.toLowerCase()) ? text : undefined;
}

/** Names a mention stands for; "both companies" stands for the bodies named just before. */
function namesOf(doc: Document, m: Mention, sentence: number): string[] {
  const r = resolved(m);
  const body = bodyName(doc, r);
  if (body) return [body];
  if (r.name) return [textOf(doc, r.name)];
  const head = textOf(doc, r.head).toLowerCase();
  const words = textOf(doc, r).toLowerCase().split(/\s+/);
  if ((PLURAL_GROUP.test(head) || /s$/.test(head)) && (words.includes('both') || words.includes('two'))) {
    const from = doc.sentences[Math.max(0, sentence - 1)]!.start;
    const to = doc.sentences[sentence]!.start;
    return doc.mentions.filter((x) => x.name && x.kind !== 'pronoun' && x.start >= from && x.end <= to).map((x) => textOf(doc, x.name!));
  }
  return [];
}

function findStatements(doc: Document, side: Side, index: PhraseIndex<boolean>): Statement[] {
  const out: Statement[] = [];
  const { tokens } = doc;
  for (const m of index.matchDocument(doc)) {
    if (inChrome(doc, m.span)) continue;
    const si = tokens[m.first]!.sentence;
    if (side.notFollowedBy && tokens[m.last]?.sentence === si && side.notFollowedBy.includes(tokens[m.last]!.normal)) continue;
    const s = doc.sentences[si]!;
    const np = side.object ? phraseAfter(tokens, m.last, s.tokenEnd) : phraseBefore(tokens, m.first, s.tokenStart);
    if (!np) continue;
    const mention = makeMention(tokens, np[0], np[1]);
    const span = side.object ? { start: m.span.start, end: mention.end } : { start: mention.start, end: m.span.end };
    const head = tokens.find((t) => t.start === mention.head.start);
    out.push({ doc, span, names: namesOf(doc, mention, si), head: head?.lemma.toLowerCase(), headTerm: side.object && head?.pos === 'NOUN' ? termOf(head) : undefined, sentence: si, matter: side.object ? undefined : matterAfter(doc, m.last - 1, s.tokenEnd) });
  }
  if (side.speech) {
    for (const a of doc.attributions) {
      const sp = a.speaker;
      if (!sp || inChrome(doc, a.cue)) continue;
      const cue = tokens[a.cueToken]!;
      if (NOT_SPEECH.has(cue.lemma.toLowerCase())) continue;
      // "did not say": a negated cue reports silence, not speech.
      if ([1, 2, 3].some((d) => negators.has(tokens[a.cueToken - d]?.normal ?? '') && tokens[a.cueToken - d]!.sentence === a.sentence)) continue;
      const r = resolved(sp);
      const head = textOf(doc, r.head).toLowerCase().replace(/['’]s$/, '');
      // The body itself speaks ("the White House accused"), or its spokesperson does;
      // "a White House memo alleges" is the memo speaking.
      const body = bodyName(doc, r);
      const bodySpeaks = body || (r.name && r.head.start >= r.name.start && r.head.end <= r.name.end);
      const forBody = SPEAKS_FOR.has(head) && (r.name || r.affiliation);
      if (!bodySpeaks && !forBody) continue;
      const name = body ?? (r.name ? textOf(doc, r.name) : textOf(doc, r.affiliation!));
      out.push({ doc, span: { start: Math.min(sp.start, a.cue.start), end: Math.max(sp.end, a.cue.end) }, names: [name], sentence: a.sentence });
    }
  }
  return out;
}

/** Rare words both statements' contexts share (the statement's sentence and the one before). */
function sharedRare(x: Statement, y: Statement, rare: Set<string>): number {
  const terms = (s: Statement) => {
    const all = sentenceTerms(s.doc);
    const out = new Set<string>();
    for (const st of all) if (st.index === s.sentence || st.index === s.sentence - 1) for (const t of st.terms) out.add(t);
    return out;
  };
  const tx = terms(x);
  let n = 0;
  for (const t of terms(y)) if (tx.has(t) && rare.has(t)) n++;
  return n;
}

/** Story words that only some articles use: they tell one thread of the story from another. */
function rareTerms(docs: readonly Document[]): Set<string> {
  const df = new Map<string, number>();
  for (const d of docs) {
    const seen = new Set<string>();
    for (const s of sentenceTerms(d)) for (const t of s.terms) seen.add(t);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const limit = Math.max(2, Math.floor(docs.length / 2));
  return new Set([...df].filter(([, n]) => n <= limit).map(([t]) => t));
}

function sameActor(x: Statement, y: Statement, rare: Set<string>): boolean {
  if (x.names.length && y.names.length) return x.names.some((a) => y.names.some((b) => sameName(a, b)));
  // Unnamed things ("the deal"): same head noun and a shared thread of rare story words.
  if (!x.names.length && !y.names.length && x.head && x.head === y.head) return sharedRare(x, y, rare) >= 2;
  return false;
}

/**
 * Days a statement's sentence writes out ("on 3 May" as its date, a bare "on Tuesday" as its
 * weekday, which two articles share only when published within the same week).
 */
function daysOf(x: Statement): Set<string> {
  const out = new Set<string>();
  for (const d of datesWithin(x.doc, x.doc.sentences[x.sentence]!)) {
    if (d.date) out.add(d.date);
    else if (d.weekday !== undefined) out.add(`weekday ${d.weekday}`);
  }
  return out;
}

/** Publication dates at most six days apart (unknown dates do not tie a bare weekday). */
function sameWeek(x: Statement, y: Statement): boolean {
  const a = Date.parse(x.doc.article.publishedAt ?? '');
  const b = Date.parse(y.doc.article.publishedAt ?? '');
  return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) < 7 * 86400000;
}

/** Proper names in a statement's sentence outside its dates (a town, a district), lower case. */
function namesIn(x: Statement): Set<string> {
  const s = x.doc.sentences[x.sentence]!;
  const dates = datesWithin(x.doc, s);
  const out = new Set<string>();
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = x.doc.tokens[k]!;
    if (t.pos !== 'PROPN' || !t.capitalised || dates.some((d) => d.start <= t.start && t.end <= d.end)) continue;
    out.add(t.normal.replace(/['’]s$/, ''));
  }
  return out;
}

/** The thing one statement acts on (its object's head noun) is named in the other's sentence. */
function sharedThing(x: Statement, y: Statement): boolean {
  const terms = (s: Statement) => sentenceTerms(s.doc).find((t) => t.index === s.sentence)?.terms;
  return (!!x.headTerm && !!terms(y)?.has(x.headTerm)) || (!!y.headTerm && !!terms(x)?.has(y.headTerm));
}

/**
 * One activity named two ways ("work continued at the mine on Monday" / "the company halted
 * operations at the mine on Monday"): the same written day, the same proper name (the place)
 * and a shared thread of story words around both. With `thing` (tie `placeDayThing`), the thing
 * one side acts on named in the other's sentence ties them too ("inspectors padlocked the kitchen" /
 * "the owners voluntarily closed the restaurant's kitchen"): in a short story the words both
 * share are often the whole story's, rare in none.
 */
function samePlaceDay(x: Statement, y: Statement, rare: Set<string>, thing = false): boolean {
  const dx = daysOf(x);
  const shared = [...daysOf(y)].filter((d) => dx.has(d));
  if (!shared.length || (shared.every((d) => d.startsWith('weekday')) && !sameWeek(x, y))) return false;
  const nx = namesIn(x);
  if (![...namesIn(y)].some((n) => nx.has(n))) return false;
  return sharedRare(x, y, rare) >= 2 || (thing && sharedThing(x, y));
}

/**
 * One held thing kept in one account and taken away in another ("left the firm's permit in
 * place" / "revokes the firm's permit"): the same noun, a shared thread of story words around
 * both. An article that tells both outcomes for one noun (kept one licence, lost another) is left out.
 */
function outcomeConflicts(docs: readonly Document[], rare: Set<string>, report: (r: StoryReport) => void) {
  const all: Outcome[] = [];
  for (const doc of docs) {
    const mine = outcomes(doc);
    all.push(...mine.filter((x) => !mine.some((y) => y.noun === x.noun && y.kept !== x.kept)));
  }
  const buffer = new ReportBuffer<Outcome>();
  const asStatement = (x: Outcome): Statement => ({ doc: x.doc, span: x.span, names: [], sentence: x.sentence });
  for (const x of all) for (const y of all) {
    if (x.doc === y.doc || !x.kept || y.kept || x.noun !== y.noun) continue;
    if (sharedRare(asStatement(x), asStatement(y), rare) >= 2) buffer.add(x.doc, x.span, y.doc, y.span, x);
  }
  for (const e of buffer.entries()) {
    const others = e.firsts.map((r) => `${outlet(r.doc)} has "${clip(textOf(r.doc, r.span), 50)}"`);
    report({
      doc: e.doc,
      span: e.span,
      message: `Opposite accounts (kept / taken away) of the ${e.info.noun}: ${outlet(e.doc)} has "${clip(textOf(e.doc, e.span), 50)}", but ${others.join(', ')}.`,
      related: e.firsts.map((r) => related(r.doc, r.span)),
    });
  }
}

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/opposite-account',
    category: 'cross-source',
    severity: 'warning',
    description: 'Articles of one story say opposite things about the same actor and act: silent against speaking out, approved against rejected, confirmed against denied.',
    why: 'If one outlet says a government "remained silent" and another quotes its accusation, one account is wrong or out of date; the reader of either article is misled about where the actor stands.',
    examples: {
      flagged: [
        {
          articles: [
            { text: 'The Ministry of Health has remained silent on the shortage, while hospital unions in Lagos called for an inquiry.', source: 'Lagos Courier' },
            { text: 'The Ministry of Health denied there was any shortage, and hospital unions in Lagos called for an inquiry.', source: 'Niger Delta Times' },
          ],
          flag: 'remained silent',
        } as never,
      ],
      fine: [
        {
          articles: [
            { text: 'The Ministry of Health has remained silent on the shortage, while hospital unions in Lagos called for an inquiry.', source: 'Lagos Courier' },
            { text: 'The Ministry of Health did not respond to requests for comment on the shortage in Lagos hospitals.', source: 'Niger Delta Times' },
          ],
        } as never,
      ],
    },
  },
  check({ docs, report }) {
    const rare = rareTerms(docs);
    outcomeConflicts(docs, rare, report);
    for (const pair of compiled) {
      const as = docs.flatMap((d) => findStatements(d, pair.a, pair.ia));
      const bs = docs.flatMap((d) => findStatements(d, pair.b, pair.ib));
      const buffer = new ReportBuffer<Statement>();
      // Tied only by place and day (not by the actor): a weaker reading, reported as info.
      const weak = new ReportBuffer<Statement>();
      // A silence on a named matter ("declined to comment on whether the board met") is set
      // only against speech that touches that matter: an actor that denied one charge and
      // would not talk about another has not given opposite accounts.
      const silence = !!pair.b.speech;
      const touches = (x: Statement, y: Statement) => {
        if (!x.matter) return true;
        const terms = sentenceTerms(y.doc).find((t) => t.index === y.sentence)?.terms;
        return !!terms && [...x.matter].some((t) => terms.has(t));
      };
      for (const x of as) for (const y of bs) {
        if (x.doc === y.doc || (silence && !touches(x, y))) continue;
        // A pair whose sides name different actors by design (the owners / the inspectors) is
        // tied by place, day and thing only: the thing alone ("the Kumasi kitchen" / "the kitchen
        // in Kumasi") may have been shut twice, once by each.
        const thing = pair.tie === 'placeDayThing';
        if (!thing && sameActor(x, y, rare)) buffer.add(x.doc, x.span, y.doc, y.span, x);
        else if (pair.tie && samePlaceDay(x, y, rare, thing)) weak.add(x.doc, x.span, y.doc, y.span, x);
      }
      const strong = new Set(buffer.entries().map((e) => `${e.doc.article.id}:${e.span.start}`));
      const entries = [
        ...buffer.entries().map((e) => ({ ...e, severity: undefined })),
        ...weak.entries().filter((e) => !strong.has(`${e.doc.article.id}:${e.span.start}`)).map((e) => ({ ...e, severity: 'info' as const })),
      ];
      for (const e of entries) {
        // One related statement per article: the first it makes.
        const others = e.firsts.map((r) => `${outlet(r.doc)} has "${clip(textOf(r.doc, r.span), 50)}"`);
        // What was shut, not a name inside it, when the sides name different actors by design.
        const actor = pair.tie === 'placeDayThing' ? `the ${e.info.head ?? 'activity'}` : e.info.names.length ? e.info.names.map(canonicalName).join('/') : (e.info.head ?? 'it');
        report({
          doc: e.doc,
          span: e.span,
          message: `Opposite accounts (${pair.a.label} / ${pair.b.label}) of ${actor}: ${outlet(e.doc)} has "${clip(textOf(e.doc, e.span), 50)}", but ${others.join(', ')}.`,
          related: e.firsts.map((r) => related(r.doc, r.span)),
          ...(e.severity ? { severity: e.severity } : {}),
        });
      }
    }
  },
});
