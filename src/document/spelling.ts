/**
 * wink's normal form of a word written on its own: tokens carry it (lower case, American
 * spelling: "criticised" -> "criticized", "rumour" -> "rumor"), so a lexicon word written the
 * way copy is written must be read in it too. The table (rules/data/spelling.json) is every
 * word the model maps, generated from it by scripts/gen-spelling.mjs; asking wink for each
 * pattern word at start-up would cost ~80 ms.
 */
import { z } from 'zod';
import spellingJson from '../../rules/data/spelling.json';
import { loadData } from '../data/load.js';

/**
 * Each key a lower-case word, each value a non-empty string. One check over the whole table
 * (a z.record parses its 1,808 entries one by one: ~15 ms of every start).
 */
const isWordMap = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.entries(v).every(([k, n]) => /^[a-z]+$/.test(k) && typeof n === 'string' && n.length > 0);

const SpellingData = z.object({
  about: z.string(),
  source: z.string(),
  map: z.custom<Record<string, string>>(isWordMap, 'must map lower-case words to their normal forms'),
});
const data = loadData('spelling.json', SpellingData, spellingJson);
const map = new Map(Object.entries(data.map));

/** The normal form a token of this lower-case word carries (the word itself when wink keeps it). */
export const normalSpelling = (word: string): string => map.get(word) ?? word;
