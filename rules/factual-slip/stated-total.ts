/**
 * A list of counted parts in a sentence closed by their sum: "312 stalls in one hall and 96 in
 * the other, 418 in all". The parts are the counts joined as a list ("A, B and C", the last
 * join an "and"), each gap short; the total comes after a comma with a total phrase ("in all",
 * "in total", "altogether"). Years between the parts ("12 in 2019 and 15 in 2020") are not
 * parts; a percentage, money or a date anywhere in the list makes it no plain count.
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { datesOverlapping } from '../../src/engine/doc-cache.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote } from './_match.js';
import { CLAUSE_PUNCT, FIGURES } from './_markers.js';
import { countAt, isYearToken, phraseAt } from './_figures.js';

/** The most tokens between two parts of the list, or between the last part and the total's comma. */
const GAP = 8;
/** The most parts read: a longer run is a table, not a sentence's list (and bounds the walk back). */
const MAX_PARTS = 12;
const CURRENCY = /^[$€£¥₹৳₦]$/u;
const JOINS = new Set(['and', 'plus']);

/** Whether the count at `k` carries a unit that makes it no plain count (a share, money, a date). */
function notPlain(doc: Document, k: number): boolean {
  const { tokens } = doc;
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next && (phraseAt(tokens, k + 1, tokens.length, FIGURES.percentWords) || next.normal === 'per')) return true;
  if (prev && (CURRENCY.test(prev.text) || (prev.pos === 'PROPN' && /^[A-Z][a-z]?$/.test(prev.text)))) return true;
  return datesOverlapping(doc, tokens[k]!).length > 0;
}

/** The parts before the comma at `c`, first to last, or undefined when they make no list. */
function partsBefore(doc: Document, c: number, from: number): number[] | undefined {
  const { tokens } = doc;
  const parts: number[] = [];
  let gapHasJoin = false;
  let gapHasComma = false;
  let gap = 0;
  for (let j = c - 1; j >= from; j--) {
    const t = tokens[j]!;
    const n = isYearToken(t) ? undefined : countAt(tokens, j);
    if (n !== undefined) {
      if (parts.length) {
        // The last join is "and"; those before it are commas ("A, B and C").
        const joined = parts.length === 1 ? gapHasJoin : gapHasComma && !gapHasJoin;
        if (!joined) break;
      } else if (gap > GAP) return undefined;
      if (notPlain(doc, j) || parts.length >= MAX_PARTS) return undefined;
      parts.unshift(j);
      gap = 0;
      gapHasJoin = false;
      gapHasComma = false;
      continue;
    }
    if (CLAUSE_PUNCT.has(t.text) || t.text === ';' || t.text === ':' || t.text === '(') break;
    if (JOINS.has(t.normal)) gapHasJoin = true;
    if (t.text === ',' && parts.length) gapHasComma = true;
    if (++gap > GAP && parts.length) break;
  }
  return parts.length >= 2 ? parts : undefined;
}

export default defineRule({
  meta: {
    id: 'factual-slip/stated-total',
    category: 'factual-slip',
    severity: 'warning',
    description: 'A sum stated after a list of counts in one sentence that the counts do not add up to ("12 houses in the north and 9 in the south, 23 in all").',
    why: 'A total that its own parts contradict means one of the figures is wrong, and the reader cannot tell which.',
    examples: {
      flagged: [
        { text: 'The storm flattened 12 houses in the north and 9 in the south, 23 in all, the council said.', flag: '12 houses in the north and 9 in the south, 23 in all' },
      ],
      fine: [{ text: 'The storm flattened 12 houses in the north and 9 in the south, 21 in all, the council said.' }],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (const s of doc.sentences) {
      for (let k = s.tokenStart + 3; k < s.tokenEnd - 1; k++) {
        // ", 418 in all": the comma first, the phrase only after one.
        if (tokens[k - 1]!.text !== ',') continue;
        const end = phraseAt(tokens, k + 1, s.tokenEnd, FIGURES.totalPhrases);
        if (!end) continue;
        const total = isYearToken(tokens[k]) ? undefined : countAt(tokens, k);
        if (total === undefined || notPlain(doc, k)) continue;
        const parts = partsBefore(doc, k - 1, s.tokenStart);
        if (!parts) continue;
        const values = parts.map((j) => countAt(tokens, j)!);
        const sum = values.reduce((a, b) => a + b, 0);
        if (sum === total) continue;
        const span: Span = { start: tokens[parts[0]!]!.start, end: (tokens[end - 1] as Token).end };
        if (inQuote(doc, span)) continue;
        report({ span, message: `The parts add up to ${sum} (${values.join(' + ')}), not ${total}.` });
      }
    }
  },
});
