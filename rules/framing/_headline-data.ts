/**
 * The headline rule's newer wordings (rules/data/framing.json, `headline` section), read
 * apart from `_lexicon.ts` so that file's schema stays as it is: zod ignores the keys each
 * schema does not name. Private helper: not a rule.
 */
import { z } from 'zod';
import framingJson from '../data/framing.json';
import { loadData } from '../../src/data/load.js';
import { PhraseIndex } from '../../src/engine/phrases.js';

const words = z.array(z.string().min(1));
const patterns = z.array(z.string().min(1)).min(1);
const Data = z.object({
  headline: z.object({
    /** "ends", "called off": a headline verb that states a conflict is over. */
    endVerbs: patterns,
    /** "suspended", "paused", "pending": the body holds the outcome open. */
    provisionalWords: patterns,
    /** "for half its value", "below cost": a headline valuation of a sale. */
    valueClaims: patterns,
    /** "worth", "value", "twice": words by which the body reports a valuation claim. */
    valueWords: words,
    /** "was the minister's business partner": a relation stated as a role, the related party inside the wording. */
    relationRoles: patterns,
    /** "denied that any official had a stake in it": nouns by which a denial disputes a business relation. */
    stakeNouns: words,
  }),
});
const data = loadData('framing.json', Data, framingJson).headline;
const index = (list: string[]) => new PhraseIndex(list.map((p) => [p, p] as [string, string]));
const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

export const headlineLex = {
  endVerbs: index(data.endVerbs),
  provisional: index(data.provisionalWords),
  valueClaims: index(data.valueClaims),
  valueWords: lower(data.valueWords),
  relationRoles: index(data.relationRoles),
  stakeNouns: lower(data.stakeNouns),
};
