/**
 * "won a contract worth Tk 4.5 crore" ... "under the Tk 45 lakh contract": a deal of one sum
 * (a contract, a loan, a grant) that the article values once and then names again, with "the",
 * by another sum in the same currency. Scales are read ("4.5 crore" is 450 lakh), so a slip of
 * a scale word shows; a sum off by less than a tenth is taken as rounding. Only when every
 * earlier sum for that noun agrees: an article about two contracts values each once.
 */
import type { Document, Span } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote } from './_match.js';
import { FIGURES } from './_markers.js';
import { moneyAt, phraseAt, type Money } from './_figures.js';

interface Valued {
  noun: string;
  money: Money;
  /** Named again by the sum: "the Tk 45 lakh contract". */
  definite: boolean;
  span: Span;
}

/** Every sum given to a deal noun, in text order: "a $5 million loan", "a loan worth $5 million". */
function valued(doc: Document): Valued[] {
  const { tokens } = doc;
  const out: Valued[] = [];
  for (const s of doc.sentences) {
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k]!;
      if (!FIGURES.sumNouns.has(t.lemma) && !FIGURES.sumNouns.has(t.normal)) continue;
      const noun = FIGURES.sumNouns.has(t.lemma) ? t.lemma : t.normal;
      // "a contract worth $5 million"
      const link = phraseAt(tokens, k + 1, s.tokenEnd, FIGURES.sumLinks);
      const after = link ? moneyAt(tokens, link, s.tokenEnd) : undefined;
      if (after) {
        out.push({ noun, money: after, definite: false, span: { start: t.start, end: tokens[after.last]!.end } });
        continue;
      }
      // "the Tk 45 lakh contract": the sum ends right before the noun.
      for (let f = Math.max(s.tokenStart, k - 5); f < k; f++) {
        const m = moneyAt(tokens, f, k);
        if (!m || m.last !== k - 1) continue;
        const det = tokens[f - 1];
        const definite = !!det && f - 1 >= s.tokenStart && FIGURES.definiteWords.has(det.normal);
        out.push({ noun, money: m, definite, span: { start: (definite ? det! : tokens[f]!).start, end: t.end } });
        break;
      }
    }
  }
  return out;
}

const differ = (a: number, b: number) => Math.abs(a - b) > 0.1 * Math.max(a, b);

export default defineRule({
  meta: {
    id: 'factual-slip/restated-sum',
    category: 'factual-slip',
    severity: 'warning',
    description: 'A deal the article values once and then names again by another sum in the same currency ("a loan worth $40 million" ... "the $4 million loan").',
    why: 'Two sums for one contract or loan cannot both be right; a slip of a scale word (crore and lakh, million and billion) changes the story\u2019s size tenfold or more.',
    examples: {
      flagged: [
        { text: 'The county signed a loan worth $40 million with the bank in May. Repayments on the $4 million loan start next year.', flag: 'the $4 million loan' },
      ],
      fine: [{ text: 'The county signed a loan worth $40 million with the bank in May. Repayments on the $40 million loan start next year.' }],
    },
  },
  check({ doc, report }) {
    const byNoun = new Map<string, Valued[]>();
    for (const v of valued(doc)) {
      const list = byNoun.get(v.noun);
      if (list) list.push(v);
      else byNoun.set(v.noun, [v]);
    }
    for (const list of byNoun.values()) {
      const first = list[0]!;
      for (const v of list.slice(1)) {
        if (v.money.currency !== first.money.currency) break;
        if (!differ(v.money.value, first.money.value)) continue;
        if (v.definite && !inQuote(doc, v.span)) {
          const fmt = (m: Money) => doc.text.slice(doc.tokens[m.first]!.start, doc.tokens[m.last]!.end);
          report({ span: v.span, message: `The article first gives this ${v.noun} as ${fmt(first.money)}; ${fmt(v.money)} is another sum.` });
        }
        // Once two sums disagree, later ones may be another deal.
        break;
      }
    }
  },
});
