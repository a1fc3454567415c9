/**
 * rules/data/oppositions.json, loaded and validated once, as a whole, for the cross-source
 * modules that read a part of it: opposite-account (pairs, speakers, silentCues,
 * silenceMatter), quote-variant (negators), _details (figureBounds), _clock (clockBounds),
 * _quote-opposites (quoteUniversals), _weekdays (weekdayEvents) and _start-places (startPlaces).
 */
import { z } from 'zod';
import oppositionsJson from '../data/oppositions.json';
import { loadData } from '../../src/data/load.js';

const Words = z.array(z.string().min(1));

const Side = z.object({
  label: z.string(),
  subject: z.boolean().optional(),
  object: z.boolean().optional(),
  speech: z.boolean().optional(),
  /** Words that may not follow the match ("continued to rise" is no account of an activity going on). */
  notFollowedBy: Words.optional(),
  patterns: Words,
});

const OppositionData = z.object({
  about: z.string(),
  source: z.string(),
  speakers: z.array(z.string()),
  silentCues: z.array(z.string()),
  negators: Words,
  figureBounds: z.object({
    about: z.string(),
    lower: Words,
    upper: Words,
    below: Words,
    approximate: Words,
    tolerance: z.number().gt(0).lt(1),
  }),
  pairs: z.array(z.object({ name: z.string(), about: z.string(), tie: z.enum(['placeDay', 'placeDayThing']).optional(), a: Side, b: Side })),
  clockBounds: z.object({
    about: z.string(),
    exact: z.number().int().positive(),
    approximate: Words,
    approximateMinutes: z.number().int().positive(),
    before: Words,
    after: Words,
    edgeMinutes: z.number().int().positive(),
  }),
  quoteUniversals: z.object({
    about: z.string(),
    groups: z.array(z.object({ positive: Words.min(1), negative: Words.min(1) })).min(1),
    determiners: z.object({ positive: Words.min(1), negative: Words.min(1) }),
    predicates: z.array(Words.min(2)),
    auxiliaries: Words,
  }),
  findingCauses: z.object({ about: z.string(), documents: Words.min(1), qualifiers: Words.min(1), cues: Words.min(1) }),
  startPlaces: z.object({ about: z.string(), events: z.array(Words.min(1)).min(1), cues: Words.min(1) }),
  clockEvents: z.object({ about: z.string(), groups: z.array(Words.min(1)).min(1) }),
  quoteCommitments: z.object({ about: z.string(), settled: Words.min(1), open: Words.min(1) }),
  silenceMatter: z.object({ about: z.string(), generic: Words }),
  outcomes: z.object({ about: z.string(), held: Words.min(1), kept: Words.min(1), leave: Words, keptComplements: Words, removed: Words.min(1) }),
  weekdayEvents: z.object({ about: z.string(), states: Words, edges: Words, future: Words }),
});
type OppositionData = z.infer<typeof OppositionData>;
export type Side = z.infer<typeof Side>;

export const oppositions: OppositionData = loadData('oppositions.json', OppositionData, oppositionsJson);
/** "not", "never", "nobody": the negators as a set (quote-variant's changes of fact, opposite-account's silent cues). */
export const negators: ReadonlySet<string> = new Set(oppositions.negators);
