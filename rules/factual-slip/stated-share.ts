/**
 * "21 of the co-operative's 70 plots, almost half of the total": a count out of a whole, then
 * (after a comma or a dash, perhaps "or") the share it makes, in words ("almost half", "about
 * a third", "more than a quarter") or as a percentage ("or 30 per cent"). The share must fit
 * the two counts: a bare fraction within a fifth of its value, "about" a quarter, "almost" a
 * little under it, "more than" above it, "less than" below it; a percentage within rounding.
 */
import type { Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote } from './_match.js';
import { CLAUSE_PUNCT, FIGURES } from './_markers.js';
import { countAt, isYearToken, phraseAt } from './_figures.js';

/** The most tokens between "of" and the whole ("of the co-operative's 70"), and from the whole to the comma. */
const LEAD = 5;
const TAIL = 8;
const DASH = /^[\u2013\u2014]$/;

type How = 'exact' | 'about' | 'below' | 'above' | 'under';

/** Whether the ratio `r` fits a share `f` stated with `how`; `percent` shares are given to the point. */
function fits(r: number, f: number, how: How, percent: boolean): boolean {
  const slack = percent ? (how === 'exact' ? 0.01 : 0.03) : 0;
  switch (how) {
    case 'exact':
      return percent ? Math.abs(r - f) <= slack + 0.005 : Math.abs(r - f) <= 0.2 * f + 0.02;
    case 'about':
      return Math.abs(r - f) <= (percent ? slack + 0.005 : 0.25 * f + 0.03);
    case 'below':
      return r <= f + 0.01 && r >= (percent ? f - slack - 0.02 : 0.7 * f - 0.02);
    case 'above':
      return r > f - 0.005;
    case 'under':
      return r < f + 0.005;
  }
}

/** The share written from token `i`: its value, how it stands to the ratio, and the index after it. */
function shareAt(tokens: readonly Token[], i: number, to: number): { value: number; how: How; percent: boolean; end: number } | undefined {
  let k = phraseAt(tokens, i, to, FIGURES.shareLinks) || i;
  let how: How = 'exact';
  for (const q of FIGURES.qualifiers) {
    const e = phraseAt(tokens, k, to, [q.words]);
    if (e) {
      how = q.how;
      k = e;
      break;
    }
  }
  for (const f of FIGURES.fractions) {
    const e = phraseAt(tokens, k, to, [f.words]);
    // "half the plots" is the share; "a third party" is not.
    if (e && !(tokens[e] && e < to && tokens[e]!.pos === 'NOUN')) return { value: f.value, how, percent: false, end: e };
  }
  const n = tokens[k] && /^\d+(?:\.\d+)?$/.test(tokens[k]!.text) ? Number(tokens[k]!.text) : undefined;
  const e = n !== undefined ? phraseAt(tokens, k + 1, to, FIGURES.percentWords) : 0;
  if (n !== undefined && e && n <= 100) return { value: n / 100, how, percent: true, end: e };
  return undefined;
}

export default defineRule({
  meta: {
    id: 'factual-slip/stated-share',
    category: 'factual-slip',
    severity: 'warning',
    description: 'A share in words or per cent that its own counts contradict ("18 of the 60 schools, almost half").',
    why: 'The reader takes the share as the writer\u2019s reading of the figures; when the figures say otherwise, one of them is wrong or the share overstates the case.',
    examples: {
      flagged: [{ text: 'Inspectors failed 18 of the district\u2019s 60 schools, almost half of the total.', flag: '18 of the district\u2019s 60 schools, almost half' }],
      fine: [{ text: 'Inspectors failed 28 of the district\u2019s 60 schools, almost half of the total.' }],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (const s of doc.sentences) {
      for (let k = s.tokenStart; k < s.tokenEnd - 3; k++) {
        const t = tokens[k]!;
        // "21 of", "21 out of": the word after the count first (most tokens are followed by neither).
        const after = tokens[k + 1]!.normal;
        if (after !== 'of' && after !== 'out') continue;
        const part = isYearToken(t) ? undefined : countAt(tokens, k);
        if (part === undefined) continue;
        // "21 of the ... 70", "21 out of 70".
        let o = k + 1;
        if (tokens[o]?.normal === 'out') o++;
        if (tokens[o]?.normal !== 'of') continue;
        let w: number | undefined;
        let whole: number | undefined;
        for (let j = o + 1; j < s.tokenEnd && j <= o + LEAD; j++) {
          const n = isYearToken(tokens[j]) ? undefined : countAt(tokens, j);
          if (n !== undefined) {
            w = j;
            whole = n;
            break;
          }
          if (tokens[j]!.text === ',' || CLAUSE_PUNCT.has(tokens[j]!.text) || tokens[j]!.pos === 'VERB') break;
        }
        if (w === undefined || whole === undefined || whole <= part || whole === 0) continue;
        // "per cent" after either count: shares of shares are not read.
        if (phraseAt(tokens, w + 1, s.tokenEnd, FIGURES.percentWords) || phraseAt(tokens, k + 1, s.tokenEnd, FIGURES.percentWords)) continue;
        // The comma or dash that opens the share, within the phrase; no other count on the way.
        let c: number | undefined;
        for (let j = w + 1; j < s.tokenEnd && j <= w + TAIL; j++) {
          const x = tokens[j]!;
          if (x.text === ',' || DASH.test(x.text)) {
            c = j;
            break;
          }
          // A verb between makes the share another clause's ("3 of the 12 ministers resigned, half of ...").
          if (CLAUSE_PUNCT.has(x.text) || x.pos === 'VERB' || x.pos === 'AUX' || (countAt(tokens, j) !== undefined && !isYearToken(x))) break;
        }
        if (c === undefined) continue;
        const share = shareAt(tokens, c + 1, s.tokenEnd);
        if (!share) continue;
        const r = part / whole;
        if (fits(r, share.value, share.how, share.percent)) continue;
        const span: Span = { start: t.start, end: tokens[share.end - 1]!.end };
        if (inQuote(doc, span)) continue;
        const pct = Math.round(r * 1000) / 10;
        report({ span, message: `${part} of ${whole} is ${pct} per cent, which the share written after it does not fit.` });
      }
    }
  },
});
