import { z } from 'zod';
import type { Document, Quote } from '../../src/document/types.js';
import { isContent, stem } from '../../src/engine/cluster-text.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { negators } from './_oppositions.js';
import type { Span } from '../../src/document/types.js';
import { compareWording, continuationFact, countedContinuation, factChange, oneQuotation, quoteWords, type FactChange, type QWord, type WordingDiff } from './_quote-words.js';
import { bareName, sameSpeaker } from './_speakers.js';
import { differentPeople, namedSpeaker, officeSpeaker, sameBodySpokes, spokesperson } from './_quote-speakers.js';
import { kindsApart } from './_directive.js';
import { hasUniversal, opposedQuotes, personOf, samePerson, settledAgainstOpen, type Polar } from './_quote-opposites.js';
import { clip, outlet, ReportBuffer, resolved, textOf } from './_story.js';

interface Q {
  doc: Document;
  quote: Quote;
  words: QWord[];
}

const Options = z.object({
  /** Report whole statements that read like two translations (info). */
  reworded: z.boolean().default(true),
});

/** Words a quotation needs before two outlets giving it to different people is a conflict. */
const MIN_SHARED_QUOTE = 8;
/** The same, when both people are spokespeople of one body (a statement, not a slogan). */
const MIN_SPOKES_QUOTE = 6;

/** The words of a quotation inside `span` (the part two versions share, with its edges). */
const within = (ws: readonly QWord[], span: Span) => ws.filter((w) => w.start >= span.start && w.end <= span.end);

/** "…: a change of fact, not of wording (…)": the clause the message ends with. */
function describeFact(f: FactChange, mine: string, theirs: string): string {
  const parts: string[] = [];
  if (f.polarity) {
    const [a, b] = f.polarity;
    parts.push(b ? `${mine} has "${b}" where ${theirs} has no negation` : `${theirs} has "${a}" where ${mine} has no negation`);
  }
  if (f.numbers) parts.push(`${mine} has "${f.numbers[1].join(' ')}" where ${theirs} has "${f.numbers[0].join(' ')}"`);
  return `the versions say different things (${parts.join('; ')}): a change of fact, not of wording; check the recording or the original`;
}

/** "…: one version settles the act, the other leaves it open". */
const describeSettled = ([mine, theirs]: [string, string], me: string, them: string) =>
  `${me} has "${mine}" where ${them} has "${theirs}": one version states the act as settled, the other leaves it an open question; check the recording or the original`;

/** The universal word (or determiner and noun) a polarity was read at: "nobody", "no family". */
const shown = (words: readonly QWord[], p: Polar) => words.slice(p.at, p.at + p.width).map((w) => w.w).join(' ');

/** The same comparison seen from the other quotation. */
function flip(d: WordingDiff): WordingDiff {
  return { kind: d.kind, spanA: d.spanB, spanB: d.spanA, changes: d.changes.map(([p, q]) => [q, p] as [string, string]), parting: d.parting && [d.parting[1], d.parting[0]] };
}

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/quote-variant',
    category: 'cross-source',
    severity: 'warning',
    description: 'The same speaker is quoted with different words in different articles of one story, or the same words are given to different named speakers.',
    why: 'Words inside quotation marks are a promise that the speaker said exactly that. When outlets disagree on the wording, at least one of them has misquoted, and the difference ("discredit" or "malign") can change the meaning.',
    options: Options,
    examples: {
      flagged: [
        {
          articles: [
            { text: 'The ministry said the strike would "paralyse the port and hurt exporters," a spokesman added.', source: 'Harbour Daily' },
            { text: 'The ministry said the strike would "cripple the port and hurt exporters," its spokesman added.', source: 'Coast Wire' },
          ],
          flag: 'paralyse the port and hurt exporters',
        } as never,
      ],
      fine: [
        {
          articles: [
            { text: 'The ministry said the strike would "paralyse the port and hurt exporters."', source: 'Harbour Daily' },
            { text: 'A ministry spokesman warned the strike would "paralyse the port and hurt exporters."', source: 'Coast Wire' },
          ],
        } as never,
      ],
    },
  },
  check({ docs, report, options }) {
    const quotes: Q[] = docs.flatMap((doc) => doc.quotes.map((quote) => ({ doc, quote, words: quoteWords(doc.text, quote.content) })).filter((q) => q.words.length >= 2));
    // Prefilter: only quotes that share a content stem are compared.
    const byStem = new Map<string, number[]>();
    quotes.forEach((q, k) => {
      for (const w of new Set(q.words.filter((x) => isContent(x.w)).map((x) => stem(x.w)))) {
        const list = byStem.get(w);
        if (list) list.push(k);
        else byStem.set(w, [k]);
      }
    });
    const compared = new Set<number>();
    // The same long quotation given to two different named people: one outlet has the
    // speaker wrong. Short quotations (a slogan, a chant) may well be said by two people.
    const speakerWarnings = new ReportBuffer<string>();
    const crossedSpeakers = (x: number, y: number, wording: () => WordingDiff) => {
      const [a, b] = [quotes[x]!, quotes[y]!];
      // A spokesperson's statement is the body's words, given once: a shorter quotation given
      // word for word to two different spokespeople of one body is still one statement.
      const short = Math.min(a.words.length, b.words.length) < MIN_SHARED_QUOTE;
      if (short && Math.min(a.words.length, b.words.length) < MIN_SPOKES_QUOTE) return;
      if (short) {
        const pa = spokesperson(a.doc, a.quote);
        const pb = spokesperson(b.doc, b.quote);
        if (!pa || !pb || !sameBodySpokes(pa, pb)) return;
      }
      const diff = wording();
      if (diff.kind !== 'same' && diff.kind !== 'excerpt') return;
      const sa = namedSpeaker(a.doc, a.quote);
      const sb = namedSpeaker(b.doc, b.quote);
      if (!sa || !sb) {
        // Either speaker given by office only: two offices of different kinds ("the prefect" /
        // "the minister of trade") are two people.
        const oa = officeSpeaker(a.doc, a.quote);
        const ob = officeSpeaker(b.doc, b.quote);
        if (!oa || !ob || !kindsApart(oa.kinds, ob.kinds)) return;
        speakerWarnings.add(b.doc, ob.span, a.doc, oa.span, `${outlet(b.doc)} gives the words "${clip(textOf(b.doc, b.quote.content), 60)}" to ${clip(ob.role, 40)}, but ${outlet(a.doc)} gives the same words to ${clip(oa.role, 40)}, a different office: one outlet has the speaker wrong; check who said it.`);
        return;
      }
      if (!differentPeople(sa.name, sb.name)) return;
      speakerWarnings.add(b.doc, sb.span, a.doc, sa.span, `${outlet(b.doc)} gives the words "${clip(textOf(b.doc, b.quote.content), 60)}" to ${clip(sb.name, 40)}, but ${outlet(a.doc)} gives the same words to ${clip(sa.name, 40)}: one outlet has the speaker wrong; check who said it.`);
    };
    const results: { x: number; y: number; diff: WordingDiff; speaker: boolean | undefined }[] = [];
    for (const list of byStem.values()) {
      for (const x of list) for (const y of list) {
        if (x >= y || quotes[x]!.doc === quotes[y]!.doc) continue;
        const key = x * quotes.length + y;
        if (compared.has(key)) continue;
        compared.add(key);
        const speaker = sameSpeaker(quotes[x]!.doc, quotes[x]!.quote.speaker, quotes[y]!.doc, quotes[y]!.quote.speaker);
        // Compared once, when first needed: the crossed-speaker check and the results share it.
        let diff: WordingDiff | undefined;
        const wording = () => (diff ??= compareWording(quotes[x]!.words, quotes[y]!.words));
        if (speaker !== true) crossedSpeakers(x, y, wording);
        if (speaker === false) continue;
        results.push({ x, y, diff: wording(), speaker });
      }
    }
    // Support of a wording: how many other articles quote it the same way (or a cut of it).
    const support = quotes.map(() => new Set<Document>());
    for (const r of results) {
      if (r.diff.kind !== 'same' && r.diff.kind !== 'excerpt') continue;
      support[r.x]!.add(quotes[r.y]!.doc);
      support[r.y]!.add(quotes[r.x]!.doc);
    }
    const docIndex = new Map(docs.map((d, i) => [d, i]));
    const warnings = new ReportBuffer<string>();
    const infos = new ReportBuffer<string>();
    // Two versions of one quotation that differ in a negation or a number are not two
    // translations: one outlet has the fact wrong (warning, whatever `reworded` says).
    const factOfReworded = (a: Q, b: Q) => (oneQuotation(a.words, b.words) ? factChange(a.words, b.words, negators) : undefined);
    for (const { x, y, diff: d, speaker } of results) {
      // The flag goes on the wording fewer outlets share (ties: the earlier article).
      const swap = support[y]!.size < support[x]!.size || (support[y]!.size === support[x]!.size && docIndex.get(quotes[y]!.doc)! < docIndex.get(quotes[x]!.doc)!);
      const [b, a] = swap ? [quotes[y]!, quotes[x]!] : [quotes[x]!, quotes[y]!];
      const diff = swap ? d : flip(d);
      // Named by the version whose speaker says who it is ("she said" the document model could not resolve says nothing).
      const known = (q: Q) => !!q.quote.speaker && resolved(q.quote.speaker).kind !== 'pronoun';
      const from = known(b) || !known(a) ? (b.quote.speaker ? b : a) : a;
      const sp = from.quote.speaker;
      const r = sp ? resolved(sp) : undefined;
      const who = r ? clip(textOf(from.doc, r.name ?? r), 40) : 'the speaker';
      if (diff.kind === 'variant' && diff.spanA && diff.spanB) {
        const change = diff.changes.map(([p, q]) => `"${q || '—'}" where ${outlet(a.doc)} has "${p || '—'}"`).join('; ');
        // A negation or a number that only one version has is a different fact, and says so.
        const fact = factChange(within(a.words, diff.spanA), within(b.words, diff.spanB), negators);
        // "and it will return" / "Whether it will return": a few words apart, and the act settled in one only.
        const settled = fact ? undefined : settledAgainstOpen(b.doc, b.words, a.doc, a.words);
        const tail = fact ? `; ${describeFact(fact, outlet(b.doc), outlet(a.doc))}` : settled ? `; ${describeSettled(settled, outlet(b.doc), outlet(a.doc))}` : '';
        warnings.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, diff.spanB))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, diff.spanA))}": ${change}${tail}.`);
        continue;
      }
      if (diff.kind === 'diverging' && speaker && diff.spanA && diff.spanB) {
        // One quotation by its opening: a negation or a number in one continuation only is a
        // change of fact (warning); otherwise two endings of one statement (info).
        const [inA, inB] = diff.changes[0]!;
        const fact = diff.parting && continuationFact(a.words, b.words, diff.parting, negators);
        const message = `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, diff.spanB))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, diff.spanA))}": the same opening, then "${clip(inB, 50)}" where ${outlet(a.doc)} has "${clip(inA, 50)}"`;
        const settled = fact ? undefined : settledAgainstOpen(b.doc, b.words, a.doc, a.words);
        if (fact) warnings.add(b.doc, diff.spanB, a.doc, diff.spanA, `${message}; ${describeFact(fact, outlet(b.doc), outlet(a.doc))}.`);
        else if (settled) warnings.add(b.doc, diff.spanB, a.doc, diff.spanA, `${message}; ${describeSettled(settled, outlet(b.doc), outlet(a.doc))}.`);
        else if (options.reworded) infos.add(b.doc, diff.spanB, a.doc, diff.spanA, `${message}; check the recording or the original.`);
        continue;
      }
      if (diff.kind === 'unrelated' && speaker) {
        // The same named person, the same opening act, then a different count or position:
        // one statement told two ways, or two statements (info: check the recording).
        const counted = countedContinuation(a.words, b.words);
        if (!counted || !samePerson(bareName(personOf(a.doc, a.quote)), bareName(personOf(b.doc, b.quote)))) continue;
        const spanA = { start: a.words[0]!.start, end: a.words[a.words.length - 1]!.end };
        const spanB = { start: b.words[0]!.start, end: b.words[b.words.length - 1]!.end };
        const opening = b.words.slice(0, counted.parting[1]).map((w) => w.w).join(' ');
        infos.add(b.doc, spanB, a.doc, spanA, `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, spanB))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, spanA))}": the same opening ("${clip(opening, 30)} ..."), then "${counted.counts[1].join(' ')}" where ${outlet(a.doc)} has "${counted.counts[0].join(' ')}"; if this is one statement, one outlet has the fact wrong: check the recording or the original.`);
        continue;
      }
      if (diff.kind !== 'reworded' || !speaker || !diff.spanA || !diff.spanB) continue;
      const fact = factOfReworded(a, b);
      const settled = !fact && oneQuotation(a.words, b.words) ? settledAgainstOpen(b.doc, b.words, a.doc, a.words) : undefined;
      if (fact) {
        warnings.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, diff.spanB))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, diff.spanA))}": ${describeFact(fact, outlet(b.doc), outlet(a.doc))}.`);
      } else if (settled) {
        warnings.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, diff.spanB))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, diff.spanA))}": ${describeSettled(settled, outlet(b.doc), outlet(a.doc))}.`);
      } else if (options.reworded) {
        infos.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} and ${outlet(a.doc)} give different wordings of what reads as one statement ("${clip(textOf(b.doc, diff.spanB), 50)}" / "${clip(textOf(a.doc, diff.spanA), 50)}"), as two translations would; check the original.`);
      }
    }
    // One named person quoted as saying opposite things in different words ("Everyone will be
    // back ..." / "Nobody goes back ..."): only quotations with a universal word are compared.
    const related_ = new Set(results.filter((r) => r.diff.kind === 'same' || r.diff.kind === 'excerpt').map((r) => `${r.x}:${r.y}`));
    // Quotations are compared only within one surname's bucket (samePerson needs the same
    // surname): "the" now counts as a universal determiner, so most quotations are polar.
    const polar = quotes.map((q, k) => k).filter((k) => hasUniversal(quotes[k]!.words));
    const persons = new Map(polar.map((k) => [k, personOf(quotes[k]!.doc, quotes[k]!.quote)]));
    const bySurname = new Map<string, number[]>();
    for (const k of polar) {
      const p = persons.get(k);
      if (!p) continue;
      const key = p.trim().split(/\s+/).pop()!.toLowerCase();
      const bucket = bySurname.get(key);
      if (bucket) bucket.push(k);
      else bySurname.set(key, [k]);
    }
    for (const bucket of bySurname.values()) for (const x of bucket) for (const y of bucket) {
      if (x >= y || quotes[x]!.doc === quotes[y]!.doc || related_.has(`${x}:${y}`) || !samePerson(persons.get(x), persons.get(y))) continue;
      const [a, b] = docIndex.get(quotes[x]!.doc)! < docIndex.get(quotes[y]!.doc)! ? [quotes[y]!, quotes[x]!] : [quotes[x]!, quotes[y]!];
      const opposed = opposedQuotes(b.words, a.words);
      if (!opposed) continue;
      const [ub, ua] = opposed;
      const who = clip(persons.get(x)!, 40);
      warnings.add(b.doc, b.quote.content, a.doc, a.quote.content, `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, b.quote.content))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, a.quote.content))}": "${shown(b.words, ub)}" against "${shown(a.words, ua)}" about the same thing; the versions say opposite things: check the recording or the original.`);
    }
    for (const e of warnings.entries()) {
      // The same other wording in more outlets: name them all.
      const more = [...new Set(e.related.map((r) => outlet(r.doc)))].slice(1);
      const message = more.length ? `${e.info} ${more.join(', ')} ${more.length === 1 ? 'has' : 'have'} the same wording as the first.` : e.info;
      report({ doc: e.doc, span: e.span, message, related: e.related.map((r) => related(r.doc, r.span)) });
    }
    for (const e of speakerWarnings.entries()) report({ doc: e.doc, span: e.span, message: e.info, related: e.related.map((r) => related(r.doc, r.span)) });
    for (const e of infos.entries()) report({ doc: e.doc, span: e.span, message: e.info, severity: 'info', related: e.related.map((r) => related(r.doc, r.span)) });
  },
});
