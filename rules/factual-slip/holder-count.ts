/**
 * "The port has been run under two prime ministers, A and B, since it was built in 2009": a
 * count of an office's holders over a period, with the list of them. The record gives every
 * holder whose term falls in the period; when it has more than the count (someone left out),
 * the list is wrong. The period is read conservatively: "since 2009" counts from the last day
 * of 2009, "between 2009 and 2015" to the first day of 2015, so a holder who may have left
 * before the period began is never required. Acting holders are not required either.
 *
 * Only after a lead word that makes the count the office's ("under", "had"; data:
 * factual-slip-clauses.json `holderCountLeads`): "she advised two prime ministers, A and B,
 * since 2009" is about whom she advised, not who held the office.
 */
import type { Document, Span } from '../../src/document/types.js';
import { defineRule } from '../../src/engine/rule.js';
import { inQuote, nameAt, nameContinues, trustedAlias, type NameMatch } from './_match.js';
import { CLAUSES } from './_clauses.js';
import { asOf, coversPartOf, isSettled, officesByTitle, type Office } from './_offices.js';
import { CLAUSE_PUNCT } from './_markers.js';
import { monthYearAt, timeFrom, YEAR, type Period } from './_time.js';

/** The count at token `k`: a number word ("two") or digits, two or more. */
function countAt(doc: Document, k: number): number | undefined {
  const t = doc.tokens[k]!;
  const n = /^\d{1,2}$/.test(t.text) ? Number(t.text) : CLAUSES.agoNumbers.get(t.normal);
  return n !== undefined && n >= 2 && t.normal !== 'a' ? n : undefined;
}

/** "prime ministers", "presidents", "Dutch prime ministers" from token `k`: the offices of the singular title and the index after it. */
function pluralTitleAt(doc: Document, k: number, to: number): { offices: Office[]; last: number } | undefined {
  const { tokens, text } = doc;
  for (let j = k; j < to && j < k + 3; j++) {
    const t = tokens[j]!;
    if (!/\p{L}s$/u.test(t.text)) continue;
    const singular = text.slice(tokens[k]!.start, t.end - 1);
    const offices = officesByTitle(singular);
    if (offices.length) return { offices, last: j + 1 };
  }
  return undefined;
}

/** "A, B and C" from token `k` (a colon or comma may open it): the names and the index after the list. */
function namesAt(doc: Document, k: number, to: number): { names: NameMatch[]; last: number } | undefined {
  const { tokens } = doc;
  let i = k;
  if (i < to && /^[,:\u2014\u2013]$/.test(tokens[i]!.text)) i++;
  const names: NameMatch[] = [];
  for (;;) {
    const name = i < to ? nameAt(doc, i, to) : undefined;
    if (!name || nameContinues(doc, name, to)) return undefined;
    names.push(name);
    i = name.last;
    const sep = tokens[i];
    if (!sep || i >= to) return undefined;
    if (sep.normal === 'and') {
      i++;
      const final = i < to ? nameAt(doc, i, to) : undefined;
      if (!final || nameContinues(doc, final, to)) return undefined;
      names.push(final);
      return { names, last: final.last };
    }
    if (sep.text !== ',') return undefined;
    i++;
    // The Oxford comma: "A, B, and C".
    if (tokens[i]?.normal === 'and') {
      const final = i + 1 < to ? nameAt(doc, i + 1, to) : undefined;
      if (!final || nameContinues(doc, final, to)) return undefined;
      names.push(final);
      return { names, last: final.last };
    }
  }
}

/**
 * The period the sentence counts over: "since 2009", "since March 2009", "since the plant was built in
 * 2009" (a short clause after "since"), to the article date; "between 2009 and 2015", "from 2009
 * to 2015". As the days the count surely covers: from the last day of the start, to the first
 * day of the end. The period and the span of its words.
 */
function periodIn(doc: Document, from: number, to: number): { period: Period; first: number; last: number } | undefined {
  const { tokens } = doc;
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k]!.normal;
    if (w === 'since' && doc.date) {
      const direct = timeFrom(doc, k + 1, to);
      if (direct) return { period: { from: direct.period.to, to: doc.date }, first: k, last: direct.last };
      // "since it was built in 2009": a short clause with no break ending in the time.
      for (let i = k + 1; i < to && i <= k + 7; i++) {
        const t = tokens[i]!;
        if (t.text === ',' || CLAUSE_PUNCT.has(t.text)) break;
        if (t.normal !== 'in') continue;
        const month = monthYearAt(tokens, i + 1, to);
        if (month) return { period: { from: month.to, to: doc.date }, first: k, last: i + 2 };
        if (i + 1 < to && YEAR.test(tokens[i + 1]!.text) && !/^[-\u2013\/]$/.test(tokens[i + 2]?.text ?? '')) {
          return { period: { from: `${tokens[i + 1]!.text}-12-31`, to: doc.date }, first: k, last: i + 1 };
        }
        break;
      }
    }
    if ((w === 'between' || w === 'from') && k + 3 < to && YEAR.test(tokens[k + 1]!.text) && tokens[k + 2]!.normal === (w === 'between' ? 'and' : 'to') && YEAR.test(tokens[k + 3]!.text)) {
      const [a, b] = [tokens[k + 1]!.text, tokens[k + 3]!.text];
      if (a < b) return { period: { from: `${a}-12-31`, to: `${b}-01-01` }, first: k, last: k + 3 };
    }
  }
  return undefined;
}

const listWords = (names: readonly string[]) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

export default defineRule({
  meta: {
    id: 'factual-slip/holder-count',
    category: 'factual-slip',
    severity: 'error',
    description: 'A count of an office\'s holders over a period, with their names, that leaves out someone the record has in office then ("under two presidents, A and B, since 2009" when a third held office in between).',
    why: 'Leaving a leader out of a list of those in office rewrites who was responsible in the period; the record of the office settles it.',
    examples: {
      flagged: [
        { text: 'The airport has been run under two presidents, Uhuru Kenyatta and William Ruto, since it was commissioned in 2010.', flag: 'two presidents, Uhuru Kenyatta and William Ruto, since it was commissioned in 2010', publishedAt: '2024-03-04' },
      ],
      fine: [
        { text: 'The airport has been run under two presidents, Uhuru Kenyatta and William Ruto, since it was commissioned in 2014.', publishedAt: '2024-03-04' },
        { text: 'She advised two presidents, Mwai Kibaki and William Ruto, after she joined the civil service in 2005.', publishedAt: '2024-03-04' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (const s of doc.sentences) {
      for (let k = s.tokenStart + 1; k < s.tokenEnd - 3; k++) {
        if (!CLAUSES.holderCountLeads.has(tokens[k - 1]!.normal)) continue;
        const count = countAt(doc, k);
        if (count === undefined) continue;
        const title = pluralTitleAt(doc, k + 1, s.tokenEnd);
        if (!title) continue;
        const list = namesAt(doc, title.last, s.tokenEnd);
        if (!list || list.names.length !== count) continue;
        const when = periodIn(doc, s.tokenStart, s.tokenEnd);
        if (!when || when.period.from >= when.period.to || when.period.to > asOf) continue;
        // The office every name held, among the title's.
        const offices = title.offices.filter((o) => list.names.every((n) => n.persons.some((p) => p.terms.some((t) => t.office === o))));
        if (offices.length !== 1) continue;
        const office = offices[0]!;
        const p = when.period;
        if (p.from < office.holders[0]!.start || !isSettled(office, p.from) || !isSettled(office, p.to)) continue;
        const held = [...new Set(office.holders.filter((h) => !h.acting && coversPartOf(h, p)).map((h) => h.name))];
        if (held.length <= count) continue;
        const listed = new Set(list.names.flatMap((n) => n.persons.map((x) => x.name)));
        const missing = held.filter((h) => !listed.has(h));
        if (!missing.length) continue;
        const a = k;
        const b = Math.max(list.last, when.last + 1) - 1;
        const span: Span = { start: tokens[Math.min(a, when.first)]!.start, end: tokens[b]!.end };
        if (inQuote(doc, span) || list.names.some((n) => !trustedAlias(doc, n))) continue;
        report({
          span,
          message: `The record has ${held.length} holders of the office of ${office.name} in this period (${p.from} to ${p.to}): ${listWords(held)}; the list leaves out ${listWords(missing)}.`,
        });
      }
    }
  },
});
