/**
 * vague-sources.json, read once for the rules that share it: vague-source owns the
 * crowds ("critics say"); anonymous-source and agentless-judgement leave those to it, so
 * they read the same groups and collectives.
 */
import { z } from 'zod';
import vagueJson from '../data/vague-sources.json';
import { loadData } from '../../src/data/load.js';

const VagueData = z.object({
  about: z.string(),
  source: z.string(),
  groups: z.array(z.string().min(1)),
  collectives: z.array(z.string().min(1)),
  phrases: z.array(z.object({ pattern: z.string().min(1), message: z.string(), quietWhenSourced: z.boolean().optional(), severity: z.enum(['info', 'warning']).optional(), notBefore: z.array(z.string().min(1)).optional(), nounBefore: z.boolean().optional(), notInQuote: z.boolean().optional(), clauseSourced: z.boolean().optional() })),
  campaignSides: z.array(z.string().min(1)),
  voteWords: z.array(z.string().min(1)),
  voteOptions: z.array(z.string().min(1)),
  sideWords: z.array(z.string().min(1)),
  crowds: z.array(z.string().min(1)),
  crowdClaimCues: z.array(z.string().min(1)),
  convictions: z.array(z.string().min(1)),
  beliefs: z.array(z.string().min(1)),
  sectors: z.array(z.string().min(1)),
  quantities: z.array(z.string().min(1)),
  thingPlurals: z.array(z.string().min(1)),
  rumours: z.array(z.string().min(1)),
  communities: z.array(z.string().min(1)),
  /** Verbs of a fronted clause of manner ("As growers have complained for years, ..."). */
  mannerCues: z.array(z.string().min(1)),
  qualifiedCrowds: z.object({ heads: z.record(z.string().min(1), z.array(z.string().min(1))), cues: z.array(z.string().min(1)) }),
});

export const vagueData = loadData('vague-sources.json', VagueData, vagueJson);
/** One wording of `phrases` with its options. */
export type VaguePhrase = z.infer<typeof VagueData>['phrases'][number];
