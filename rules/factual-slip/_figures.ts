/**
 * Figures a sentence states and the arithmetic it claims on them (rules/data/factual-slip-markers.json,
 * `figures`): whole counts written in digits or words, and the word sequences around them.
 */
import type { Token } from '../../src/document/types.js';
import { CLAUSES } from './_clauses.js';
import { FIGURES } from './_markers.js';
import { YEAR } from './_time.js';

const HYPHEN = /^[-\u2010\u2011]$/;

/**
 * A whole count at token `k`: "312", "7,300", "twelve" (not "a", and not a decimal, which is a
 * measure or rounded). Undefined for anything else.
 */
export function countAt(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  if (/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(t.text)) {
    // "3.5" is split by nothing, but "3,5" after a digit group is a European decimal: no count.
    return Number(t.text.replace(/,/g, ''));
  }
  if (t.normal === 'a') return undefined;
  return CLAUSES.agoNumbers.get(t.normal);
}

/**
 * The index after the first of `phrases` (lower-case word sequences, longest first) written from
 * token `i` within `[i, to)`, skipping hyphens between words ("two-thirds"); 0 when none is.
 */
export function phraseAt(tokens: readonly Token[], i: number, to: number, phrases: readonly (readonly string[])[]): number {
  for (const p of phrases) {
    let k = i;
    let ok = true;
    for (let j = 0; j < p.length && ok; j++) {
      if (j > 0 && k < to && HYPHEN.test(tokens[k]!.text) && !HYPHEN.test(p[j]!)) k++;
      ok = k < to && tokens[k]!.normal === p[j];
      k++;
    }
    if (ok) return k;
  }
  return 0;
}

/** A four-digit year token ("1957"): the family's YEAR (./_time), on a token that may be missing. */
export const isYearToken = (t: Token | undefined) => !!t && YEAR.test(t.text);

const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export interface Money {
  value: number;
  /** The currency as written ("Tk", "$", "taka"): two sums are compared only in the same one. */
  currency: string;
  first: number;
  last: number;
}

/** A sum of money starting at token `k`: "Tk 45 lakh", "$4.5 million", "2 billion CFA francs". */
export function moneyAt(tokens: readonly Token[], k: number, to: number): Money | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  let i = k;
  let currency: string | undefined;
  if (FIGURES.currencyBefore.has(t.text)) {
    currency = t.text;
    i++;
  }
  const n = tokens[i];
  if (!n || i >= to || !AMOUNT.test(n.text)) return undefined;
  let value = Number(n.text.replace(/,/g, ''));
  let last = i;
  const scale = tokens[i + 1] && i + 1 < to ? FIGURES.scales.get(tokens[i + 1]!.normal) : undefined;
  if (scale) {
    value *= scale;
    last = i + 1;
  }
  if (currency === undefined) {
    // "2 billion CFA francs", "45 lakh taka".
    let j = last + 1;
    if (tokens[j] && j < to && FIGURES.currencyBefore.has(tokens[j]!.text)) j++;
    if (!tokens[j] || j >= to || !FIGURES.currencyAfter.has(tokens[j]!.normal)) return undefined;
    currency = tokens[j]!.normal;
    last = j;
  }
  return { value, currency, first: k, last };
}

/** A count as an English ordinal: 1st, 2nd, 3rd, 11th, 22nd. */
export const nth = (n: number): string => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
