/**
 * "President X, now in his third term,": an ordinal term of office for a titled holder in office
 * on the article's date. The record counts the terms begun by then in that office (offices.json
 * `terms`, the first days of each term of a stretch, given only where every term is known):
 * every stretch of the person in the office must carry them, or nothing is judged.
 */
import type { Span } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameEndingAt, trustedAlias } from './_match.js';
import { CLAUSES, officesBefore, termsIn } from './_clauses.js';
import { heldOn, isSettled, asOf } from './_offices.js';
import { nth } from './_figures.js';

/** Words between the comma after the name and the possessive: ", now in his", ", who is serving her". */
const LEADS = new Set(['who', 'is', "'s", '\u2019s', 'now', 'currently', 'already', 'in', 'serving']);
const OWNERS = new Set(['his', 'her']);

export default defineRule({
  meta: {
    id: 'factual-slip/term-count',
    category: 'factual-slip',
    severity: 'error',
    description: 'An ordinal term of office that the record of the holder\u2019s terms contradicts ("President Emmanuel Macron, now in his third term," in 2023, in his second).',
    why: 'A wrong term count misstates how long a leader has held power and whether a term limit has been passed; the record of elections settles it.',
    examples: {
      flagged: [{ text: 'President Emmanuel Macron, now in his third term, opened the summit.', flag: 'third term', publishedAt: '2023-06-01' }],
      fine: [{ text: 'President Emmanuel Macron, now in his second term, opened the summit.', publishedAt: '2023-06-01' }],
    },
  },
  check({ doc, report }) {
    const date = doc.date;
    if (!date || date > asOf) return;
    const { tokens } = doc;
    for (const s of doc.sentences) {
      for (let k = s.tokenStart + 3; k < s.tokenEnd; k++) {
        if (tokens[k]!.normal !== 'term') continue;
        const n = CLAUSES.ordinals.get(tokens[k - 1]!.normal);
        if (n === undefined || !OWNERS.has(tokens[k - 2]!.normal)) continue;
        // Back over "now in", "who is serving" to the comma after the name.
        let c = k - 3;
        while (c > s.tokenStart && LEADS.has(tokens[c]!.normal) && k - 3 - c < 4) c--;
        if (tokens[c]!.text !== ',' || c === k - 3) continue;
        const name = nameEndingAt(doc, c, s.tokenStart, s.tokenEnd);
        if (!name) continue;
        const offices = officesBefore(doc, name, s.tokenStart);
        if (!offices?.length) continue;
        const terms = termsIn(name, offices);
        if (!terms.length || !terms.some((t) => heldOn(t, date)) || offices.some((o) => !isSettled(o, date))) continue;
        // Every stretch of the person in these offices must list its terms.
        if (terms.some((t) => !t.holder.terms)) continue;
        const count = terms.reduce((a, t) => a + t.holder.terms!.filter((d) => d <= date).length, 0);
        if (count === n) continue;
        const span: Span = { start: tokens[k - 1]!.start, end: tokens[k]!.end };
        if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
        const starts = terms.flatMap((t) => t.holder.terms!).filter((d) => d <= date);
        report({ span, message: `On ${date} ${name.persons[0]!.name} was in the ${nth(count)} term the record gives in this office (terms began ${starts.join(', ')}), not the ${nth(n)}.` });
      }
    }
  },
});
