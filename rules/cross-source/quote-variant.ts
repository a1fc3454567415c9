import { z } from 'zod';
import type { Document, Quote } from '../../src/document/types.js';
import { isContent, stem } from '../../src/engine/cluster-text.js';
import { defineRule } from '../../src/engine/rule.js';
import { related } from '../../src/engine/run.js';
import { compareWording, quoteWords, type QWord } from './_quote-words.js';
import { sameSpeaker } from './_speakers.js';
import { clip, outlet, ReportBuffer, textOf } from './_story.js';

interface Q {
  doc: Document;
  quote: Quote;
  words: QWord[];
}

const Options = z.object({
  /** Report whole statements that read like two translations (info). */
  reworded: z.boolean().default(true),
});

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
    const warnings = new ReportBuffer<string>();
    const infos = new ReportBuffer<string>();
    const docIndex = new Map(docs.map((d, i) => [d, i]));
    for (const list of byStem.values()) {
      for (const x of list) for (const y of list) {
        if (x >= y) continue;
        const key = x * quotes.length + y;
        if (compared.has(key)) continue;
        compared.add(key);
        let a = quotes[x]!;
        let b = quotes[y]!;
        if (a.doc === b.doc) continue;
        // The flag goes in the later article; the earlier one is the related side.
        if (docIndex.get(a.doc)! > docIndex.get(b.doc)!) [a, b] = [b, a];
        const speaker = sameSpeaker(a.doc, a.quote.speaker, b.doc, b.quote.speaker);
        if (speaker === false) continue;
        const diff = compareWording(a.words, b.words);
        if (diff.kind === 'variant' && diff.spanA && diff.spanB) {
          const who = b.quote.speaker ? clip(textOf(b.doc, b.quote.speaker), 40) : 'the speaker';
          const change = diff.changes.map(([p, q]) => `"${q || '—'}" where ${outlet(a.doc)} has "${p || '—'}"`).join('; ');
          warnings.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} quotes ${who} as "${clip(textOf(b.doc, diff.spanB))}" but ${outlet(a.doc)} as "${clip(textOf(a.doc, diff.spanA))}": ${change}.`);
        } else if (diff.kind === 'reworded' && options.reworded && speaker && diff.spanA && diff.spanB) {
          infos.add(b.doc, diff.spanB, a.doc, diff.spanA, `${outlet(b.doc)} and ${outlet(a.doc)} give different wordings of what reads as one statement ("${clip(textOf(b.doc, diff.spanB), 50)}" / "${clip(textOf(a.doc, diff.spanA), 50)}"), as two translations would; check the original.`);
        }
      }
    }
    for (const e of warnings.entries()) report({ doc: e.doc, span: e.span, message: e.info, related: e.related.map((r) => related(r.doc, r.span)) });
    for (const e of infos.entries()) report({ doc: e.doc, span: e.span, message: e.info, severity: 'info', related: e.related.map((r) => related(r.doc, r.span)) });
  },
});
