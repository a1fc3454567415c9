/**
 * rules/data/casualty-accounts.json, loaded and validated once for the cross-source rules
 * that read it (casualty-account, the figure reader in _details, _people-counts), with the
 * one test they share: whether a token names people ("workers", "residents").
 */
import { z } from 'zod';
import casualtyJson from '../data/casualty-accounts.json';
import { loadData } from '../../src/data/load.js';
import type { Token } from '../../src/document/types.js';

const Words = z.array(z.string().min(1)).min(1);
const CasualtyData = z.object({
  about: z.string(),
  source: z.string(),
  noHarm: Words,
  noSerious: Words,
  serious: Words,
  severity: Words,
  fatal: Words,
  allSafe: Words,
  harm: Words,
  missing: Words,
  people: Words,
  negators: Words,
  hedges: Words,
  peopleCounts: z.object({ about: z.string(), light: z.array(z.string().min(1)), partial: z.array(z.string().min(1)) }),
});

export const casualty = loadData('casualty-accounts.json', CasualtyData, casualtyJson);

const PEOPLE = new Set(casualty.people);
/** A noun for people, by its normal form or its lemma ("workers", "worker"). */
export const isPeopleNoun = (t: Token) => PEOPLE.has(t.normal) || PEOPLE.has(t.lemma.toLowerCase());
