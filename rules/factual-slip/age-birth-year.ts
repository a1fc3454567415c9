/**
 * "Ana Ruiz, 58, who was born in Lima in 1957,": an age in apposition and a birth year in the
 * clause right after it. On the article's date the person is the article year less the birth
 * year, or one less (the birthday may be still to come); any other age contradicts the year.
 */
import type { Span } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote } from './_match.js';
import { CLAUSE_PUNCT, FIGURES } from './_markers.js';
import { isYearToken, phraseAt } from './_figures.js';

/** How far after the birth words the year may stand ("born in the village of X in 1957"). */
const REACH = 8;

export default defineRule({
  meta: {
    id: 'factual-slip/age-birth-year',
    category: 'factual-slip',
    severity: 'warning',
    description: 'An age in apposition that the birth year given with it contradicts on the article\u2019s date ("Ana Ruiz, 58, who was born in 1957," in 2022).',
    why: 'An age and a birth year that cannot both be right tell the reader one of them is wrong; the article date settles which pairs fit.',
    examples: {
      flagged: [{ text: 'The mayor, Tomás Ibarra, 47, who was born in 1969, said the bridge would reopen.', flag: '47, who was born in 1969', publishedAt: '2024-05-02' }],
      fine: [{ text: 'The mayor, Tomás Ibarra, 55, who was born in 1969, said the bridge would reopen.', publishedAt: '2024-05-02' }],
    },
  },
  check({ doc, report }) {
    if (!doc.date) return;
    const year = Number(doc.date.slice(0, 4));
    const { tokens } = doc;
    for (const s of doc.sentences) {
      for (let k = s.tokenStart + 1; k < s.tokenEnd - 3; k++) {
        const t = tokens[k]!;
        // ", 58, " right after a name.
        if (tokens[k - 1]!.text !== ',' || tokens[k + 1]!.text !== ',' || !/^\d{1,3}$/.test(t.text)) continue;
        const before = tokens[k - 2];
        if (!before || k - 2 < s.tokenStart || !before.capitalised) continue;
        const age = Number(t.text);
        if (age < 1 || age > 120) continue;
        const born = phraseAt(tokens, k + 2, s.tokenEnd, FIGURES.bornWords);
        if (!born) continue;
        let y: number | undefined;
        for (let j = born; j < s.tokenEnd && j < born + REACH; j++) {
          const x = tokens[j]!;
          if (x.text === ',' || CLAUSE_PUNCT.has(x.text)) break;
          if (isYearToken(x)) {
            y = j;
            break;
          }
        }
        if (y === undefined) continue;
        const birth = Number(tokens[y]!.text);
        if (birth > year) continue;
        const fit = year - birth;
        if (age === fit || age === fit - 1) continue;
        const span: Span = { start: t.start, end: tokens[y]!.end };
        if (inQuote(doc, span)) continue;
        report({ span, message: `Someone born in ${birth} is ${fit - 1} or ${fit} in ${year}, not ${age}.` });
      }
    }
  },
});
