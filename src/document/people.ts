import { z } from 'zod';
import peopleJson from '../../rules/data/people.json';
import { loadData } from '../data/load.js';

/** A word list: a word listed twice is a slip in the data (a list read as a set hides it). */
const words = z.array(z.string().min(1)).superRefine((list, ctx) => {
  const seen = new Set<string>();
  for (const w of list) {
    if (seen.has(w)) ctx.addIssue({ code: 'custom', message: `lists "${w}" twice` });
    seen.add(w);
  }
});
export const PeopleData = z.object({
  about: z.string(),
  source: z.string(),
  honorifics: words,
  /** "former", "ex-": the person no longer holds the title. */
  formerWords: words,
  /** "then", "acting", "deputy": the title is another claim than "holds this office now". */
  titleModifiers: words,
  authorities: words,
  roles: words,
  orgWords: words,
  orgNames: words,
  groupNouns: words,
  /** Plural nouns for ordinary people ("parents", "passengers"): a crowd, unless inside a capitalised name. */
  peoplePlurals: words.default([]),
  /** Agent endings of nouns for people ("treasurer", "violinist", "guardian"). */
  personSuffixes: words,
  places: words,
  /** Lower-case words inside a name: "Pieter de Vries", "Mohammed bin Salman". */
  nameParticles: words,
  /** Words that open a partitive with "of": "one of the club's treasurers". */
  partitives: words,
  /** `particles`: a verb that is a speech cue only with its particle ("points out"), by lemma. */
  cues: z.object({ speech: words, participleOnly: words, quoteOnly: words.default([]), topicOnly: words.default([]), listenerFirst: words, objectFirst: words.default([]), phrases: words, figureAt: words, particles: z.record(z.string().min(1), z.string().min(1)).default({}) }),
});
const data = loadData('people.json', PeopleData, peopleJson);

const lower = (list: string[]) => new Set(list.map((w) => w.toLowerCase()));

function byFirstWord(phrases: string[][]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of phrases) out.set(p[0]!, [...(out.get(p[0]!) ?? []), p]);
  return out;
}
export const people = {
  honorifics: lower(data.honorifics),
  formerWords: lower(data.formerWords),
  titleModifiers: lower(data.titleModifiers),
  authorities: lower(data.authorities),
  roles: lower(data.roles),
  orgWords: lower(data.orgWords),
  orgNames: new Set(data.orgNames),
  groupNouns: lower([...data.groupNouns, ...data.peoplePlurals]),
  peoplePlurals: lower(data.peoplePlurals),
  personSuffixes: data.personSuffixes,
  places: new Set(data.places),
  nameParticles: new Set(data.nameParticles),
  partitives: lower(data.partitives),
  cueLemmas: lower(data.cues.speech),
  participleOnly: lower(data.cues.participleOnly),
  /** Speech only beside a quotation or a colon ("'...,' she continued"; "talks will continue" is not). */
  quoteOnly: lower(data.cues.quoteOnly),
  /** Publishing verbs that report no claim when only a topic follows ("posted about it online"). */
  topicOnly: lower(data.cues.topicOnly),
  listenerFirst: lower(data.cues.listenerFirst),
  objectFirst: lower(data.cues.objectFirst),
  /** "put the toll at 41": a cue only before "at" and a figure. */
  figureAt: lower(data.cues.figureAt),
  /** "according to", "in the words of": phrase cues as word lists, by their first word (in list order). */
  cuePhrases: byFirstWord(data.cues.phrases.map((p) => p.toLowerCase().split(/\s+/))),
  cueParticles: new Map(Object.entries(data.cues.particles).map(([v, p]) => [v.toLowerCase(), p.toLowerCase()])),
};
