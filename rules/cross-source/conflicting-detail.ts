import type { Document, Span } from '../../src/document/types.js';
import { defineRule, type StoryReport } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { lcs, quoteWords } from './_quote-words.js';
import { figures, origins, type Figure, type Origin } from './_details.js';
import { alignSentences, canonicalName, clip, outlet, sameName, textOf, type AlignedPair } from './_story.js';
import { people } from '../../src/document/people.js';

interface Claim {
  doc: Document;
  span: Span;
  /** What is claimed, comparable across articles ("12", "pentagon"). */
  value: string;
  /** What the claim is about ("#deaths", "memo"). */
  about: string;
  shown: string;
}

/**
 * Report conflicting claims about one thing: each article whose value is held by fewer
 * articles gets one flag, with the other articles' claims as related spans.
 */
function reportConflicts(claims: Claim[], describe: (about: string) => string, report: (r: StoryReport) => void) {
  const byValue = new Map<string, Claim[]>();
  for (const c of claims) byValue.set(c.value, [...(byValue.get(c.value) ?? []), c]);
  if (byValue.size < 2) return;
  const docsOf = (v: string) => new Set(byValue.get(v)!.map((c) => c.doc)).size;
  const values = [...byValue.keys()].sort((a, b) => docsOf(a) - docsOf(b) || a.localeCompare(b));
  const majority = values[values.length - 1]!;
  for (const v of values.slice(0, -1)) {
    const mine = byValue.get(v)!;
    const others = claims.filter((c) => c.value !== v && !mine.some((m) => m.doc === c.doc));
    if (!others.length) continue;
    const reported = new Set<Document>();
    for (const c of mine) {
      if (reported.has(c.doc)) continue;
      reported.add(c.doc);
      const relatedClaims = firstPerDoc(others);
      const otherText = [...new Set(relatedClaims.map((o) => `${outlet(o.doc)} has "${o.shown}"`))].join(', ');
      report({
        doc: c.doc,
        span: c.span,
        message: `${describe(c.about)}: ${outlet(c.doc)} has "${c.shown}", but ${otherText}.`,
        related: relatedClaims.map((o) => related(o.doc, o.span)),
      });
    }
    if (v === majority) break;
  }
}

function firstPerDoc(claims: Claim[]): Claim[] {
  const seen = new Set<Document>();
  return claims.filter((c) => (seen.has(c.doc) ? false : (seen.add(c.doc), true)));
}

/** Figures for the same thing in aligned sentences that disagree. */
function figureConflicts(docs: readonly Document[], pairs: AlignedPair[], report: (r: StoryReport) => void) {
  const cache = new Map<string, Figure[]>();
  const figs = (d: number, s: number) => {
    const key = `${d}:${s}`;
    if (!cache.has(key)) cache.set(key, figures(docs[d]!, s));
    return cache.get(key)!;
  };
  const groups = new Map<string, Map<string, Claim>>();
  for (const p of pairs) {
    for (const fa of figs(p.a, p.sa)) for (const fb of figs(p.b, p.sb)) {
      if (fa.key !== fb.key || fa.value === fb.value) continue;
      // "about 900" and "nearly 1,000" are the same rough figure.
      if (fa.hedged && fb.hedged && Math.max(fa.value, fb.value) / Math.min(fa.value, fb.value) < 1.25) continue;
      // Only when each sentence gives one figure for that thing (not "12 then 21").
      if (figs(p.a, p.sa).filter((f) => f.key === fa.key).length > 1 || figs(p.b, p.sb).filter((f) => f.key === fb.key).length > 1) continue;
      const group = groups.get(fa.key) ?? new Map<string, Claim>();
      for (const [d, f] of [[p.a, fa], [p.b, fb]] as const) {
        const doc = docs[d]!;
        group.set(`${d}:${f.span.start}`, { doc, span: f.span, value: String(f.value), about: f.key, shown: textOf(doc, f.span) });
      }
      groups.set(fa.key, group);
    }
  }
  for (const [key, group] of groups) {
    const what = key.startsWith('#') ? key.slice(1) : key;
    reportConflicts([...group.values()], () => `Figures for ${what} differ`, report);
  }
}

/** Who a central document (memo, report) came from, where articles disagree. */
function originConflicts(docs: readonly Document[], report: (r: StoryReport) => void) {
  const byNoun = new Map<string, Claim[]>();
  docs.forEach((doc) => {
    const found = origins(doc);
    const nouns = new Set(found.map((o) => o.noun));
    for (const noun of nouns) {
      const mine = found.filter((o) => o.noun === noun);
      // Two origins in one article: probably two documents, not a disagreement.
      const distinct: Origin[] = [];
      for (const o of mine) if (!distinct.some((d) => sameName(d.name, o.name))) distinct.push(o);
      if (distinct.length !== 1) continue;
      // The document must be central to this article (named more than once).
      const mentions = doc.tokens.filter((t) => t.lemma.toLowerCase() === noun && t.pos === 'NOUN').length;
      if (mentions < 2) continue;
      for (const o of mine) byNoun.set(noun, [...(byNoun.get(noun) ?? []), { doc, span: o.span, value: canonicalName(o.name) === o.origin ? o.origin : o.origin, about: noun, shown: textOf(doc, o.span) }]);
    }
  });
  for (const [noun, claims] of byNoun) {
    // Merge alias spellings into one value.
    const values: string[] = [];
    for (const c of claims) {
      const same = values.find((v) => sameName(v, c.value));
      if (same) c.value = same;
      else values.push(c.value);
    }
    if (values.length < 2) continue;
    reportConflicts(firstPerDoc(claims), () => `Outlets disagree on who the ${noun} came from`, report);
  }
}

const isPlaceWord = (w: string) => people.places.has(w) || /^(of|and|the)$/i.test(w);

/** Aligned sentences that tell the same act with a different named actor in the same place. */
function actorConflicts(docs: readonly Document[], pairs: AlignedPair[], report: (r: StoryReport) => void) {
  for (const p of pairs) {
    if (p.score < 0.5) continue;
    const da = docs[p.a]!;
    const db = docs[p.b]!;
    const wa = quoteWords(da.text, da.sentences[p.sa]!);
    const wb = quoteWords(db.text, db.sentences[p.sb]!);
    const matches = lcs(wa, wb);
    for (let k = 1; k < matches.length; k++) {
      const [pi, pj] = matches[k - 1]!;
      const [i, j] = matches[k]!;
      if (i === pi + 1 || j === pj + 1 || i - pi > 5 || j - pj > 5) continue;
      const xa = { start: wa[pi + 1]!.start, end: wa[i - 1]!.end };
      const xb = { start: wb[pj + 1]!.start, end: wb[j - 1]!.end };
      const ta = textOf(da, xa).replace(/['’]s$/, '');
      const tb = textOf(db, xb).replace(/['’]s$/, '');
      const isName = (t: string) => t.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(of|and)$/.test(w));
      if (!isName(ta) || !isName(tb) || sameName(ta, tb)) continue;
      if (ta.split(/\s+/).every(isPlaceWord) || tb.split(/\s+/).every(isPlaceWord)) continue;
      report({
        doc: db,
        span: xb,
        message: `Different actor in the same account: ${outlet(db)} names ${clip(tb, 40)} where ${outlet(da)} names ${clip(ta, 40)}.`,
        related: [related(da, xa)],
      });
    }
  }
}

/** Written dates for the same event in aligned sentences. */
function dateConflicts(docs: readonly Document[], pairs: AlignedPair[], report: (r: StoryReport) => void) {
  const claims: Claim[] = [];
  for (const p of pairs) {
    const one = (d: number, s: number) => {
      const doc = docs[d]!;
      const sent = doc.sentences[s]!;
      const ds = doc.dates.filter((x) => x.date && x.start >= sent.start && x.end <= sent.end && /\d/.test(textOf(doc, x)));
      return ds.length === 1 ? { doc, date: ds[0]! } : undefined;
    };
    const x = one(p.a, p.sa);
    const y = one(p.b, p.sb);
    if (!x || !y || x.date.date === y.date.date) continue;
    for (const c of [x, y]) claims.push({ doc: c.doc, span: c.date, value: c.date.date!, about: 'date', shown: textOf(c.doc, c.date) });
  }
  const unique = claims.filter((c, i) => claims.findIndex((o) => o.doc === c.doc && o.span.start === c.span.start) === i);
  reportConflicts(unique, () => 'Dates for the same event differ', report);
}

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/conflicting-detail',
    category: 'cross-source',
    severity: 'warning',
    description: 'Articles of one story disagree on a checkable detail: a figure, a date, who a document came from, or who did something.',
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
  check({ docs, report }) {
    const pairs = alignSentences(docs, 0.3, 3);
    figureConflicts(docs, pairs, report);
    dateConflicts(docs, pairs, report);
    originConflicts(docs, report);
    actorConflicts(docs, pairs, report);
  },
});
