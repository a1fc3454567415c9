/**
 * expert-titles.json, read once: unaffiliated-expert owns unnamed experts with no
 * employer, and anonymous-source leaves those to it, so both read the same titles.
 */
import { z } from 'zod';
import titlesJson from '../data/expert-titles.json';
import { loadData } from '../../src/data/load.js';

const TitleData = z.object({
  about: z.string(),
  source: z.string(),
  titles: z.array(z.string().min(1)),
  suffixes: z.array(z.string().min(1)),
  bodyWords: z.array(z.string().min(1)),
  cuePhrases: z.array(z.string().min(1)),
  postVerbs: z.array(z.string().min(1)),
  unitWords: z.array(z.string().min(1)),
  institutionWords: z.array(z.string().min(1)),
  frameOpeners: z.array(z.string().min(1)),
  advisoryTitles: z.array(z.string().min(1)),
  principalModifiers: z.array(z.string().min(1)),
  beliefVerbs: z.array(z.string().min(1)),
  expertClauseVerbs: z.array(z.string().min(1)),
  writingClauseVerbs: z.array(z.string().min(1)),
  writingFields: z.array(z.string().min(1)),
  studyClauseVerbs: z.array(z.string().min(1)),
  studyNotBefore: z.array(z.string().min(1)),
  /** Verbs of a career spent at something ("who has spent 20 years studying ..."). */
  careerClauseVerbs: z.array(z.string().min(1)),
  /** What a career spent at it makes an authority of ("studying", "researching"), as -ing forms. */
  careerActivities: z.array(z.string().min(1)),
});

export const expertData = loadData('expert-titles.json', TitleData, titlesJson);
const titles = new Set(expertData.titles.map((t) => t.toLowerCase()));
/** An expert's title or a field word ending like one ("epidemiologist"), in any case. */
export function isExpertTitle(word: string): boolean {
  const w = word.toLowerCase();
  return titles.has(w) || expertData.suffixes.some((s) => w.endsWith(s));
}
