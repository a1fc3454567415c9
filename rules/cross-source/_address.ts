/**
 * Street addresses and numbered city zones in a sentence ("on 4a Avenida in zone 5",
 * "on Kimathi Street", "Calle 12", "District 7"), so outlets that place one event at
 * different addresses can be compared. Token-based: a capitalised street word with a
 * name or number beside it; a zone word followed by its number.
 */
import { z } from 'zod';
import addressesJson from '../data/addresses.json';
import { loadData } from '../../src/data/load.js';
import { isCapitalised } from '../../src/document/mentions.js';
import type { Document, Span, Token } from '../../src/document/types.js';

const AddressData = z.object({
  about: z.string(),
  source: z.string(),
  streetWords: z.array(z.string().min(1)).min(1),
  zoneWords: z.array(z.array(z.string().min(1)).min(1)).min(1),
  nameLinks: z.array(z.string().min(1)),
  locatives: z.array(z.string().min(1)).min(1),
});
const data = loadData('addresses.json', AddressData, addressesJson);
const STREET = new Set(data.streetWords);
/** Zone word -> its kind (the first word of its group): "zona" and "zone" are one kind. */
const ZONE = new Map(data.zoneWords.flatMap((g) => g.map((w) => [w, g[0]!] as [string, string])));
const LINKS = new Set(data.nameLinks);
const LOCATIVES = new Set(data.locatives);

export interface Address {
  /** Street names, normalised ("4a avenida", "kimathi street"). */
  streets: Set<string>;
  /** Zone kind -> numbers ("zone" -> {"5"}). */
  zones: Map<string, Set<string>>;
  /** From the first address word to the last, for the flag. */
  span: Span;
}

const isNumber = (t: Token) => /^\d{1,4}$/.test(t.text);
/** "5th", "4a" written as one token, or "4" + tight "a"/"th". */
const isOrdinal = (t: Token) => /^\d{1,4}(st|nd|rd|th|a|o|ª|º)$/i.test(t.text);
const tight = (a: Token, b: Token) => a.end === b.start;
/** A word of a street name: capitalised, not a sentence's first word unless a proper noun. */
const isNameWord = (tokens: readonly Token[], k: number, first: number) => {
  const t = tokens[k]!;
  return isCapitalised(t) && /^\p{L}/u.test(t.text) && !STREET.has(t.normal) && !ZONE.has(t.normal) && (k > first || t.pos === 'PROPN');
};

/** The street name around the street word at `k`: [first, last] token indexes, or undefined. */
function streetAt(tokens: readonly Token[], k: number, first: number, end: number): [number, number] | undefined {
  // Before: "5th Avenue", "4a Avenida", "12 Calle", "Kimathi Street", "Jomo Kenyatta Avenue".
  const b = tokens[k - 1];
  if (b && k - 1 >= first) {
    if (isOrdinal(b) || isNumber(b)) return [k - 1, k];
    if (/^\p{L}{1,2}$/u.test(b.text) && k - 2 >= first && tight(tokens[k - 2]!, b) && isNumber(tokens[k - 2]!)) return [k - 2, k];
    let a = k;
    while (a - 1 >= first && a > k - 3 && isNameWord(tokens, a - 1, first)) a--;
    if (a < k) return [a, k];
  }
  // After: "Calle 12", "Avenida Reforma", "Rue de Rivoli".
  const n = tokens[k + 1];
  if (!n || k + 1 >= end) return undefined;
  if (isNumber(n) || isOrdinal(n)) return [k, k + 1];
  let z = k;
  while (z + 1 < end && z < k + 4) {
    if (isNameWord(tokens, z + 1, first)) z++;
    else if (LINKS.has(tokens[z + 1]!.text) && z + 2 < end && isNameWord(tokens, z + 2, first)) z += 2;
    else break;
  }
  return z > k ? [k, z] : undefined;
}

/** The addresses of sentence `si`, or undefined when it has none. */
export function addressIn(doc: Document, si: number): Address | undefined {
  const { tokens } = doc;
  const s = doc.sentences[si]!;
  const streets = new Set<string>();
  const zones = new Map<string, Set<string>>();
  let start = Infinity;
  let stop = -1;
  // "on X", "in zone 5", or "and"/"," right after an address already read ("on X and Y").
  const placed = (a: number) => {
    const p = tokens[a - 1];
    if (!p || a - 1 < s.tokenStart) return false;
    if (LOCATIVES.has(p.normal)) return true;
    if (p.normal === 'the' && a - 2 >= s.tokenStart && LOCATIVES.has(tokens[a - 2]!.normal)) return true;
    return (p.normal === 'and' || p.text === ',') && stop >= 0 && tokens[a - 2]!.end === stop;
  };
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (STREET.has(t.normal) && isCapitalised(t)) {
      const run = streetAt(tokens, k, s.tokenStart, s.tokenEnd);
      if (!run || !placed(run[0])) continue;
      const [a, z] = run;
      streets.add(doc.text.slice(tokens[a]!.start, tokens[z]!.end).toLowerCase().replace(/\s+/g, ' '));
      start = Math.min(start, tokens[a]!.start);
      stop = Math.max(stop, tokens[z]!.end);
      continue;
    }
    const kind = ZONE.get(t.normal);
    const n = tokens[k + 1];
    if (kind && n && k + 1 < s.tokenEnd && isNumber(n) && placed(k)) {
      zones.set(kind, (zones.get(kind) ?? new Set()).add(n.text));
      start = Math.min(start, t.start);
      stop = Math.max(stop, n.end);
    }
  }
  return stop < 0 ? undefined : { streets, zones, span: { start, end: stop } };
}

const disjoint = (a: Set<string>, b: Set<string>) => a.size > 0 && b.size > 0 && ![...a].some((x) => b.has(x));

/**
 * Where two addresses cannot both be right: the streets named share none, or a zone of the
 * same kind has different numbers. An address that names only a street and one that names
 * only a zone say nothing against each other.
 */
export function addressesDisagree(x: Address, y: Address): boolean {
  if (disjoint(x.streets, y.streets)) return true;
  for (const [kind, nums] of x.zones) if (disjoint(nums, y.zones.get(kind) ?? new Set())) return true;
  return false;
}

/** A comparable value for an address (the same for two identical addresses). */
export const addressValue = (a: Address) =>
  [...[...a.streets].sort(), ...[...a.zones].map(([k, v]) => `${k} ${[...v].sort().join('/')}`)].join('; ');
