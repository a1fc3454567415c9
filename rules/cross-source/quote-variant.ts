import { z } from 'zod';
import type { Document, Quote } from '../../src/document/types.js';
import { isContent, stem } from '../../src/engine/cluster-text.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { compareWording, quoteWords, type QWord, type WordingDiff } from './_quote-words.js';
import { sameSpeaker } from './_speakers.js';
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

/** The same comparison seen from the other quotation. */
function flip(d: WordingDiff): WordingDiff {
  return { kind: d.kind, spanA: d.spanB, spanB: d.spanA, changes: d.changes.map(([p, q]) => [q, p] as [string, string]) };
}

export default defineRule({
  scope: 'story',
  meta: {
    id: 'cross-source/quote-variant',
    category: 'cross-source',
    severity: 'warning',
    description: 'The same speaker is quoted with different words in different articles of one story.',
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
    const results: { x: number; y: number; diff: ReturnType<typeof compareWording>; speaker: boolean | undefined }[] = [];
    for (const list of byStem.values()) {
      for (const x of list) for (const y of list) {
        if (x >= y || quotes[x]!.doc === quotes[y]!.doc) continue;
        const key = x * quotes.length + y;
        if (compared.has(key)) continue;
        compared.add(key);
        const speaker = sameSpeaker(quotes[x]!.doc, quotes[x]!.quote.speaker, quotes[y]!.doc, quotes[y]!.quote.speaker);
        if (speaker === false) continue;
        results.push({ x, y, diff: compareWording(quotes[x]!.words, quotes[y]!.words), speaker });
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
    for (const { x, y, diff: d, speaker } of results) {
      // The flag goes on the wording fewer outlets share (ties: the earlier article).
      const swap = support[y]!.size < support[x]!.size || (support[y]!.size === support[x]!.size && docIndex.get(quotes[y]!.doc)! < docIndex.get(quotes[x]!.doc)!);
      const [b, a] = swap ? [quotes[y]!, quotes[x]!] : [quotes[x]!, quotes[y]!];
      const diff = swap ? d : flip(d);
      if (diff.kind === 'variant' && diff.spanA && diff.spanB) {
        const sp = b.quote.speaker ?? a.quote.speaker;
        const doc = b.quote.speaker ? b.doc : a.doc;
        const r = sp ? resolved(sp) : undefined;
        const who = r ? clip(textOf(doc, r.name ?? r), 40) : 'the speaker';
        const change = diff.changes.map(([p, q]) => `"${q || '—'}" where ${outlet(a.doc)} has "${p || '—'}"`).join('; ');
        warnings.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, diff.spanB))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, diff.spanA))}": ${change}.`);
      } else if (diff.kind === 'reworded' && options.reworded && speaker && diff.spanA && diff.spanB) {
        infos.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} and ${outlet(a.doc)} give different wordings of what reads as one statement ("${clip(textOf(b.doc, diff.spanB), 50)}" / "${clip(textOf(a.doc, diff.spanA), 50)}"), as two translations would; check the original.`);
      }
    }
    for (const e of warnings.entries()) {
      // The same other wording in more outlets: name them all.
      const more = [...new Set(e.related.map((r) => outlet(r.doc)))].slice(1);
      const message = more.length ? `${e.info} ${more.join(', ')} ${more.length === 1 ? 'has' : 'have'} the same wording as the first.` : e.info;
      report({ doc: e.doc, span: e.span, message, related: e.related.map((r) => related(r.doc, r.span)) });
    }
    for (const e of infos.entries()) report({ doc: e.doc, span: e.span, message: e.info, severity: 'info', related: e.related.map((r) => related(r.doc, r.span)) });
  },
});
