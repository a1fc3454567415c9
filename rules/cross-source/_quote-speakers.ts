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
import { oppositions } from './_oppositions.js';
import { officeKinds } from './_directive.js';

/**
 * A person's full name as written: two or more capitalised words, with the lowercase particles
 * of many surnames between them ("Ana Ruiz", "Karim al Masri", "Pieter de Wet").
 */
const FULL_NAME = new RegExp(`^\\p{Lu}[\\p{L}'’.-]*(\\s+((${[...people.nameParticles].join('|')})\\s+)*\\p{Lu}[\\p{L}'’.-]*)+$`, 'u');
const PARTICLES = people.nameParticles;
/** How many tokens may stand between an inverted cue and a name the document did not read as its speaker ("said Make Thandiwe Dlamini"). */
const MAX_TOKENS_BEFORE_NAME = 1;

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
 * an inverted cue without one, a named person right after the cue: a name the phrase finder
 * cannot open, after a title the tagger reads as a verb ("said Make Thandiwe Dlamini") or
 * behind an apostrophe that is part of it ("said 'Mamello Mokoena"). A role before the name
 * ("said the agency's managing director, Ana Ruiz") is the document's speaker; a name further
 * on is no speaker ("said X, an analyst at Daewon Capital": not the firm).
 */
export function namedSpeaker(doc: Document, q: Quote): NamedSpeaker | undefined {
  if (q.speaker) return named(doc, q.speaker);
  if (!q.cue) return undefined;
  const after = firstTokenFrom(doc, q.cue.end);
  const cueSentence = doc.tokens[firstTokenFrom(doc, q.cue.start)]?.sentence;
  const last = doc.tokens[after + MAX_TOKENS_BEFORE_NAME];
  if (!last || last.sentence !== cueSentence) return undefined;
  for (let k = firstMentionFrom(doc, q.cue.end); k < doc.mentions.length && doc.mentions[k]!.start <= last.start; k++) {
    const n = named(doc, doc.mentions[k]!);
    if (n) return n;
  }
  return undefined;
}

/** A speaker named by the office they hold: the phrase as written and its authority kinds. */
export interface OfficeSpeaker {
  role: string;
  kinds: Set<string>;
  span: Span;
}

/**
 * The office the quotation's speaker holds, when the phrase naming them is headed by an office
 * holder's word or carries one as a title ("the prefect", "the minister of transport", "Mayor
 * Ana Ruiz"): read so that one quotation given to a prefect and to a minister is two people. A
 * phrase headed by another word names someone else ("the mayor's spokesman").
 */
export function officeSpeaker(doc: Document, q: Quote): OfficeSpeaker | undefined {
  const r = q.speaker && resolved(q.speaker);
  if (!r || r.kind !== 'person') return undefined;
  const words = (x: Span) => textOf(doc, x).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // The office is the head ("the prefect"), or a title when the head is the name ("Mayor Ana
  // Ruiz"); a descriptor beside another head is whose it is ("the governor's spokesman").
  const named = !!r.name && r.name.start <= r.head.start && r.head.end <= r.name.end;
  if (!officeKinds(named ? r.descriptors.flatMap(words) : words(r.head))) return undefined;
  const kinds = officeKinds(words(r));
  return kinds && { role: textOf(doc, r).trim(), kinds, span: { start: q.speaker!.start, end: q.speaker!.end } };
}

/**
 * The body a spokesperson speaks for, when the quotation's speaker is one: the mention's
 * affiliation, else its words after "for"/"of" ("a spokesman for the fire service"), else its
 * words before the role word ("NRA spokesman Ana Ruiz"), lowercased. Undefined: no spokesperson.
 */
export function spokesperson(doc: Document, q: Quote): { doc: Document; body: string[] } | undefined {
  const m = q.speaker && resolved(q.speaker);
  if (!m) return undefined;
  const role = [m.head, ...m.descriptors].find((d) => SPOKES.has(textOf(doc, d).toLowerCase()));
  if (!role) return undefined;
  const words = (x: Span) => textOf(doc, x).toLowerCase().match(/\p{L}[\p{L}'’-]*/gu)?.filter((w) => w.length > 2 && w !== 'the' && !/['’]s$/.test(w)) ?? [];
  if (m.affiliation) return { doc, body: words(m.affiliation) };
  const after = textOf(doc, { start: role.end, end: m.end }).match(/^\s+(?:for|of)\s+(.+)$/);
  if (after) return { doc, body: words({ start: m.end - after[1]!.length, end: m.end }) };
  return { doc, body: words({ start: m.start, end: role.start }) };
}

/**
 * Two spokespeople who may speak for one body: either body unread, the two sharing a word
 * ("the authority" / "the tax authority"), or each outlet naming the other's body too ("NRA
 * spokesman" against "a spokeswoman for the agency", where the first outlet writes "the
 * National Rail Agency (NRA)").
 */
export function sameBodySpokes(a: { doc: Document; body: string[] }, b: { doc: Document; body: string[] }): boolean {
  if (!a.body.length || !b.body.length || a.body.some((w) => b.body.includes(w))) return true;
  const named = (doc: Document, body: string[]) => body.every((w) => doc.tokens.some((t) => t.normal === w));
  return named(b.doc, a.body) && named(a.doc, b.body);
}

const SPOKES = new Set(oppositions.speakers);

/** Two names that cannot be one person: no word in common ("Ana Ruiz" / "Jonas Lindqvist"; not "Ruiz" / "Ana Ruiz"). */
export function differentPeople(a: string, b: string): boolean {
  // A particle ("de", "al") is shared by many unrelated surnames: it says nothing.
  const words = (s: string) => s.toLowerCase().split(/\s+/).filter((w) => w.length > 1 && !PARTICLES.has(w));
  const ys = new Set(words(b));
  return !words(a).some((w) => ys.has(w));
}
