/**
 * "25 November, the 35th anniversary of independence": an ordinal anniversary of an event the
 * article dates itself ("after independence in 1975", "the 1975 independence"). The count is
 * the year of the anniversary less the event's year: the year of the date the sentence gives,
 * else the article's year (a year either way, for "last year's" or "next year's" anniversary).
 * The event is its noun written with one year in the article, the same noun after "of".
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { datesWithin, tokensWithText } from '../../src/engine/doc-cache.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote } from './_match.js';
import { CLAUSES } from './_clauses.js';
import { FIGURES } from './_markers.js';
import { isYearToken, nth } from './_figures.js';

/** "35th", "thirty-fifth" is not read; "tenth" through the ordinal words. */
function ordinalAt(t: Token): number | undefined {
  const m = /^(\d{1,3})(?:st|nd|rd|th)$/i.exec(t.text);
  if (m) return Number(m[1]);
  return CLAUSES.ordinals.get(t.normal);
}

/** Words of the event after "of": skipped before its noun. */
const LEADS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'a']);

/** The years the article writes the event noun with: "independence in 1975", "the 1975 independence". */
function eventYears(doc: Document, noun: Token, skip: number): Set<number> {
  const years = new Set<number>();
  const { tokens } = doc;
  const cap = noun.text.charAt(0).toUpperCase() + noun.text.slice(1);
  const lower = noun.text.charAt(0).toLowerCase() + noun.text.slice(1);
  for (const i of new Set([...tokensWithText(doc, lower), ...tokensWithText(doc, cap)])) {
    if (i === skip) continue;
    const t = tokens[i]!;
    if (t.normal !== noun.normal) continue;
    if (isYearToken(tokens[i - 1]) && tokens[i - 1]!.sentence === t.sentence) years.add(Number(tokens[i - 1]!.text));
    if (tokens[i + 1]?.normal === 'in' && isYearToken(tokens[i + 2]) && tokens[i + 2]!.sentence === t.sentence) years.add(Number(tokens[i + 2]!.text));
  }
  return years;
}

export default defineRule({
  meta: {
    id: 'factual-slip/anniversary-count',
    category: 'factual-slip',
    severity: 'warning',
    description: 'An ordinal anniversary of an event that the article\u2019s own year for the event contradicts ("the 20th anniversary of the merger" in 2024 after "the merger in 2001").',
    why: 'The count is simple arithmetic on two dates the article gives; a wrong one means a date or the count is wrong.',
    examples: {
      flagged: [
        {
          text: 'The two towns joined after the merger in 2001. The council will mark the 20th anniversary of the merger on 1 May.',
          flag: '20th anniversary of the merger',
          publishedAt: '2024-03-02',
        },
      ],
      fine: [{ text: 'The two towns joined after the merger in 2001. The council will mark the 23rd anniversary of the merger on 1 May.', publishedAt: '2024-03-02' }],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    const docYear = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
    for (const word of FIGURES.anniversaryWords) {
      // Most articles mark no anniversary: a scan of the text, before any token index is built.
      if (!doc.text.includes(word)) continue;
      for (const a of tokensWithText(doc, word)) {
        if (a < 1 || tokens[a + 1]?.normal !== 'of') continue;
        const n = ordinalAt(tokens[a - 1]!);
        if (n === undefined) continue;
        const s = doc.sentences[tokens[a]!.sentence]!;
        let k = a + 2;
        while (k < s.tokenEnd && LEADS.has(tokens[k]!.normal)) k++;
        // "of the 1975 independence": the year is in the phrase.
        let inPhrase: number | undefined;
        if (isYearToken(tokens[k]) && k < s.tokenEnd) inPhrase = Number(tokens[k++]!.text);
        const noun = tokens[k];
        if (!noun || k >= s.tokenEnd || noun.pos !== 'NOUN') continue;
        // Only the event's head: "independence", not "independence day".
        const after = tokens[k + 1];
        if (after && k + 1 < s.tokenEnd && after.pos === 'NOUN') continue;
        const years = inPhrase !== undefined ? new Set([inPhrase]) : eventYears(doc, noun, k);
        if (years.size !== 1) continue;
        const event = [...years][0]!;
        // The anniversary's year: a date in the sentence, else the article's year give or take one.
        const dated = datesWithin(doc, s).filter((d) => d.date).map((d) => Number(d.date!.slice(0, 4)));
        const when = dated.length && dated.every((y) => y === dated[0]) ? dated[0]! : undefined;
        const allowed = when !== undefined ? [when - event] : docYear !== undefined ? [docYear - event - 1, docYear - event, docYear - event + 1] : [];
        if (!allowed.length || allowed.includes(n)) continue;
        const span: Span = { start: tokens[a - 1]!.start, end: noun.end };
        if (inQuote(doc, span)) continue;
        const at = when ?? docYear!;
        report({ span, message: `The article dates the ${noun.text} to ${event}: in ${at} that is the ${nth(at - event)} anniversary, not the ${nth(n)}.` });
      }
    }
  },
});
