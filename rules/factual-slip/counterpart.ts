/**
 * "In 2024 the president hosted his Brazilian counterpart, X, in Buenos Aires": a counterpart is
 * the person who held the matching office in that country at the time. When the record
 * has X in that country's offices, but not in the year the sentence gives (or, with no
 * year, on the article's date when the sentence says "on Tuesday", "this week"), the name
 * is wrong. Country adjectives are read from the offices' titles ("Brazilian President").
 */
import type { Document, Span, Token } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, trustedAlias } from './_match.js';
import { COUNTERPART_NOUNS, COUNTERPART_OWNERS } from './_markers.js';
import { data, describeTerm, heldOn, inYear, isSettled, onBoundary } from './_offices.js';
import { hasRecentMarker, inYearAt } from './_time.js';


/** "Brazilian" -> BR, "South African" -> ZA: a title that is another title of the office with a word or two in front. */
const adjectives = new Map<string, string>();
for (const o of data.offices) {
  for (const t of o.titles) {
    for (const r of o.titles) {
      if (t === r || !t.endsWith(` ${r}`)) continue;
      const adj = t.slice(0, -r.length - 1);
      if (/^\p{Lu}[\p{L}-]*( \p{Lu}[\p{L}-]*)?$/u.test(adj) && !/['’]s$/.test(adj)) adjectives.set(adj, o.country);
    }
  }
}

/** The country adjective ending at token `end - 1` (one or two words), and its first token. */
function adjectiveBefore(tokens: readonly Token[], end: number, from: number): { code: string; first: number } | undefined {
  for (const n of [2, 1]) {
    const first = end - n;
    if (first < from) continue;
    const code = adjectives.get(tokens.slice(first, end).map((t) => t.text).join(' '));
    if (code) return { code, first };
  }
  return undefined;
}

/** Years the sentence dates its acts to ("in 2023", "In March 2023"). */
function yearsOf(doc: Document, from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k++) {
    const found = inYearAt(doc.tokens, k, to);
    if (found) out.push(found.year);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'factual-slip/counterpart',
    category: 'factual-slip',
    severity: 'error',
    description: 'A "counterpart" named for a time the record has them out of that country\'s office ("in 2024 ... his Brazilian counterpart, Jair Bolsonaro,").',
    why: 'A counterpart holds the matching office at the time of the meeting; naming a predecessor misstates who took part.',
    examples: {
      flagged: [
        { text: 'In 2024 the Argentine president received his Brazilian counterpart, Jair Bolsonaro, in Buenos Aires.', flag: 'Jair Bolsonaro' },
        { text: 'In March 2022 the chancellor welcomed her French counterpart, François Hollande, to Berlin.', flag: 'François Hollande' },
      ],
      fine: [
        { text: 'In 2024 the Argentine president received his Brazilian counterpart, Luiz Inácio Lula da Silva, in Buenos Aires.' },
        { text: 'In 2015 the chancellor welcomed her French counterpart, François Hollande, to Berlin.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (let c = 0; c < tokens.length; c++) {
      if (!COUNTERPART_NOUNS.has(tokens[c]!.normal)) continue;
      const si = tokens[c]!.sentence;
      const s = doc.sentences[si]!;
      const adj = adjectiveBefore(tokens, c, s.tokenStart);
      if (!adj || !COUNTERPART_OWNERS.has(tokens[adj.first - 1]?.normal ?? '')) continue;
      const at = tokens[c + 1]?.text === ',' ? c + 2 : c + 1;
      const name = nameAt(doc, at, s.tokenEnd);
      if (!name) continue;
      const terms = name.persons.flatMap((p) => p.terms.filter((t) => t.office.country === adj.code));
      if (!terms.length) continue;
      const offices = [...new Set(terms.map((t) => t.office))];
      const years = yearsOf(doc, s.tokenStart, s.tokenEnd);
      let when: string;
      if (years.length) {
        const recordStart = Math.min(...offices.map((o) => Number(o.holders[0]!.start.slice(0, 4))));
        if (years.some((y) => terms.some((t) => inYear(t, y)) || y <= recordStart || offices.some((o) => !isSettled(o, `${y}-12-31`)))) continue;
        when = `in ${years.join(' or ')}`;
      } else {
        // No year: only a sentence set in the days around the article date is judged against it.
        const date = doc.date;
        if (!date || !hasRecentMarker(doc, si) || offices.some((o) => !isSettled(o, date))) continue;
        if (terms.some((t) => heldOn(t, date) || onBoundary(t, date))) continue;
        when = `around ${date}`;
      }
      const span: Span = { start: name.span.start, end: name.span.end };
      if (inQuote(doc, span) || !trustedAlias(doc, name)) continue;
      const label = doc.text.slice(span.start, span.end);
      const record = offices.map((o) => `${o.name} ${terms.filter((t) => t.office === o).map(describeTerm).join(' and ')}`).join('; ');
      report({ span, message: `${label} was no ${tokens.slice(adj.first, c).map((t) => t.text).join(' ')} counterpart ${when}: ${label} was ${record}.` });
    }
  },
});
