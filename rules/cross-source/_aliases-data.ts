/**
 * aliases.json, read once for the cross-source helpers: names of one body (aliases), word
 * senses, document and body nouns with the verbs that issue or set them up, term nouns and
 * units, currencies and kinds of money.
 */
import { z } from 'zod';
import aliasesJson from '../data/aliases.json';
import { loadData } from '../../src/data/load.js';

const words = z.array(z.string().min(1));
const AliasData = z.object({
  about: z.string(),
  source: z.string(),
  names: z.array(words.min(2)),
  terms: z.array(z.object({ sense: z.string().min(1), words: words.min(2) })),
  documents: words,
  originVerbs: words,
  bodies: words,
  setupVerbs: z.array(z.string().regex(/^\S+( \S+)?$/)).min(1),
  currencies: words.min(1),
  moneyKinds: z.array(z.object({ kind: z.string().min(1), words: words.min(1), measure: z.boolean().optional() })).min(1),
  termNouns: words.min(1),
  termUnits: words.min(1),
  heads: z.object({ about: z.string(), nouns: words.min(1), verbs: words.min(1), notCurrent: words }),
  events: z.object({ about: z.string(), families: z.array(z.object({ family: z.string().min(1), words: words.min(1) })).min(1), distinct: words }),
});
export const aliasData = loadData('aliases.json', AliasData, aliasesJson);
