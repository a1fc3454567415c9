/**
 * The named person a quotation is put in the mouth of, read so that one quotation given to
 * two different people by two outlets can be found ("'...,' said the port authority's
 * director, Ana Ruiz" / "'...,' the operator's chief executive, Jonas Lindqvist, told guests").
 */
import { people } from '../../src/document/people.js';
import type { Document, Mention, Quote, Span } from '../../src/document/types.js';
import { firstMentionFrom, firstTokenFrom } from '../../src/engine/doc-cache.js';
import { bareName } from './_speakers.js';
import { resolved, textOf } from './_story.js';

/**
 * A person's full name as written: two or more capitalised words, with the lowercase particles
 * of many surnames between them ("Ana Ruiz", "Karim al Masri", "Pieter de Wet").
 */
const FULL_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(\\s+((${[...people.nameParticles].join('|')})\\s+)*\\p{Lu}[\\p{L}'’.-]*)+$`, 'u');
const PARTICLES = people.nameParticles;
/** How far after an inverted cue the speaker may start ("said the agency's director, Ana Ruiz"). */
const MAX_AFTER_CUE = 60;

export interface NamedSpeaker {
  /** The name as written, without a title. */
  name: string;
  span: Span;
}

function named(doc: Document, m: Mention): NamedSpeaker | undefined {
  const r = resolved(m);
  if (r.kind !== 'person') return undefined;
  // A role with the name in apposition ("the operator's chief executive, Jonas Lindqvist,"): the
  // appositive is the person; the mention's own name may be the employer's ("the operator").
  // The mention's own name is the person only when it holds the head ("Ana Ruiz"); beside a
  // role head it is the employer ("the Lake Port Authority's director"), as in personOf.
  const ownName = r.name && r.name.start <= r.head.start && r.head.end <= r.name.end ? r.name : undefined;
  for (const s of [r.appositive, ownName]) {
    if (!s) continue;
    const text = textOf(doc, s).trim().replace(/,$/, '');
    const bare = bareName(text);
    if (bare && FULL_NAME.test(bare)) return { name: bare, span: s };
  }
  return undefined;
}

/**
 * The named person a quotation is given to: its speaker, or, when the document model left
 * an inverted cue without one ("'...,' said the agency's managing director, Ana Ruiz, at the
 * signing"), the first named person right after the cue in the same sentence.
 */
export function namedSpeaker(doc: Document, q: Quote): NamedSpeaker | undefined {
  if (q.speaker) return named(doc, q.speaker);
  if (!q.cue) return undefined;
  // The cue's sentence: a quotation of two sentences ends in the one that holds the cue.
  const sentence = doc.sentences[doc.tokens[firstTokenFrom(doc, q.cue.start)]?.sentence ?? q.sentence];
  for (let k = firstMentionFrom(doc, q.cue.end); k < doc.mentions.length; k++) {
    const m = doc.mentions[k]!;
    if (m.start - q.cue.end > MAX_AFTER_CUE || (sentence && m.start >= sentence.end)) break;
    const n = named(doc, m);
    if (n) return n;
  }
  return undefined;
}

/** Two names that cannot be one person: no word in common ("Ana Ruiz" / "Jonas Lindqvist"; not "Ruiz" / "Ana Ruiz"). */
export function differentPeople(a: string, b: string): boolean {
  // A particle ("de", "al") is shared by many unrelated surnames: it says nothing.
  const words = (s: string) => s.toLowerCase().split(/\s+/).filter((w) => w.length > 1 && !PARTICLES.has(w));
  const ys = new Set(words(b));
  return !words(a).some((w) => ys.has(w));
}
