/**
 * Who evades a question, for the silence rule's follow-up reading ("X denied ... It
 * sidestepped questions about ..."): the subject of the evasion, stepping over a statement
 * that does the evading ("the company sent a statement that did not address the question"),
 * and whether a later "the company" or "it" is the actor that denied just before.
 * Private helper: not a rule.
 */
import { tokensIn } from '../../src/document/index.js';
import { isCapitalised, phraseBefore } from '../../src/document/mentions.js';
import { people } from '../../src/document/people.js';
import type { Document, Mention } from '../../src/document/types.js';
import { firstMentionFrom, firstTokenFrom, tokenStartingAt } from '../../src/engine/doc-cache.js';
import { type Actor, bareWord, hasType, lookBack, subjectsBefore } from './_clause.js';
import { lex, type ActorType } from './_lexicon.js';

const RELATIVE = /^(that|which)$/;
const POSSESSIVE = /^['’]s$/;

/**
 * The token range of the actor that evades at token `k`. "The company's statement did not
 * address", "the company sent a two-line statement that did not address": a statement
 * noun is the sender's voice, so the sender (the possessor, or the subject of the verb
 * before the statement) is the actor.
 */
export function evasionSubject(doc: Document, k: number): [number, number] | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[k]!.sentence]!;
  // "Metrovia, which had earlier denied ..., let our deadline pass": the antecedent of the clause.
  const closed = tokens[k - 1]?.text === ',' ? relativeBefore(doc, k - 1) : undefined;
  if (closed) return closed;
  let end = k;
  const relative = RELATIVE.test(tokens[k - 1]?.normal ?? '') && k - 1 > s.tokenStart;
  if (relative) end = k - 1;
  const np = relative ? phraseBefore(tokens, end, s.tokenStart) : subjectsBefore(doc, k)[0];
  if (!np) return undefined;
  const head = tokens[np[1] - 1]!;
  if (!lex.statementNouns.has(head.normal) && !lex.statementNouns.has(head.lemma.toLowerCase())) return relative ? undefined : np;
  // "The company's statement": the possessor.
  for (let i = np[0]; i < np[1] - 1; i++) if (POSSESSIVE.test(tokens[i]!.text) && i > np[0]) return [np[0], i];
  // "the company sent a statement": the subject of the verb before the statement.
  // The statement's own words first ("a two-line", "a brief"), then auxiliaries.
  let v = np[0] - 1;
  while (v > s.tokenStart && (/^(DET|NUM|ADJ|NOUN|ADV|AUX|PART)$/.test(tokens[v]!.pos) || tokens[v]!.text === '-')) v--;
  if (v <= s.tokenStart || tokens[v]!.pos !== 'VERB') return undefined;
  return subjectsBefore(doc, v)[0];
}

const TYPES = ['company', 'government'] as const satisfies readonly ActorType[];

/** "the bank", "the ministry": an unnamed body whose head is a kind of company or government. */
function isBody(doc: Document, m: Mention): boolean {
  if (m.kind === 'pronoun' || !/^the\s/i.test(doc.text.slice(m.start, m.end))) return false;
  const head = doc.text.slice(m.head.start, m.head.end).toLowerCase();
  return TYPES.some((t) => lex.typeNouns[t].has(head));
}

/**
 * "The akimat's energy department said ... The akimat has kept quiet": a unit named as the
 * silent body's own ("X's department") speaks for it.
 */
export function unitOf(doc: Document, unit: Mention, body: Mention): boolean {
  if (body.kind === 'pronoun') return false;
  const whole = doc.text.slice(body.start, body.end).toLowerCase().replace(/^the\s+/, '');
  const part = doc.text.slice(unit.start, unit.end).toLowerCase().replace(/^the\s+/, '');
  return whole.length > 1 && (part.startsWith(`${whole}'s `) || part.startsWith(`${whole}’s `));
}

/** A named actor presented as a person: a "he"/"she" refers to it, or a person's title or role stands with it. */
function isPerson(doc: Document, denier: Mention): boolean {
  for (const m of doc.mentions) {
    if (m.kind !== 'pronoun' || !m.refersTo || m.refersTo.start !== denier.start) continue;
    if (/^(he|she|him|her|his|hers)$/i.test(doc.text.slice(m.start, m.end))) return true;
  }
  // "The operator, Stari Vrh Zicnice": a role word that also names a kind of body is not a person's.
  const bodyWord = (w: string) => TYPES.some((ty) => lex.typeNouns[ty].has(w));
  return denier.descriptors.some((d) => tokensIn(doc.tokens, d).some((t) => people.honorifics.has(t.text) || (people.roles.has(bareWord(t)) && !bodyWord(bareWord(t).toLowerCase()))));
}


/**
 * Whether an unnamed silent subject ("the company", "the ministry", "it") stands for the
 * actor that denied just before: "it" for any body, "the <noun>" for a body of that
 * noun's kind (a named body not known to be of the other kind), or for an unnamed one
 * with the same head noun ("the ministry" after "the environment ministry").
 */
export function standsFor(doc: Document, silent: Mention, silentActor: Actor, denier: Mention, denierActor: Actor): boolean {
  if (silentActor.names.length) return false;
  const word = doc.text.slice(silent.head.start, silent.head.end).toLowerCase();
  if (silent.kind === 'pronoun') {
    if (!/^(it|its)$/.test(word)) return false;
    // "The bank has denied ... It has not said": an unnamed body of a known kind too.
    if (!denierActor.names.length) return isBody(doc, denier);
    return !isPerson(doc, denier);
  }
  if (!/^the\s/i.test(doc.text.slice(silent.start, silent.end))) return false;
  // "the ministry" after "the environment ministry": the same head noun.
  if (denierActor.heads.some((h) => h === word || h.endsWith(` ${word}`))) return true;
  // "the food safety agency" names a body of its own: it stands for a named denier only
  // when the denier's name or heads carry its nouns ("the finance ministry", Ministry of Finance).
  if (!ownNounsIn(doc, silent, denierActor)) return false;
  const kind = TYPES.find((t) => lex.typeNouns[t].has(word));
  if (!kind || !denierActor.names.length || isPerson(doc, denier)) return false;
  const other = TYPES.find((t) => t !== kind)!;
  return !denierActor.names.some((n) => hasType(doc, n, other) && !hasType(doc, n, kind));
}

/**
 * "The Blue Lagoon, one of Iceland's most visited attractions, has denied that ...": the
 * name that opens the sentence, before an appositive and the cue at token `cue`, for a
 * denial cue the attribution finder left without a speaker.
 */
export function openingName(doc: Document, cue: number): Mention | undefined {
  const { tokens } = doc;
  const s = doc.sentences[tokens[cue]!.sentence]!;
  const first = tokens[s.tokenStart]!;
  let m: Mention | undefined;
  for (let i = firstMentionFrom(doc, first.start); i < doc.mentions.length && doc.mentions[i]!.start <= first.end + 1; i++) {
    const x = doc.mentions[i]!;
    if (x.name && x.kind !== 'pronoun') { m = x; break; }
  }
  if (!m) return undefined;
  let k = s.tokenStart;
  while (k < cue && tokens[k]!.end <= m.end) k++;
  // ", one of Iceland's most visited attractions," then auxiliaries, then the cue.
  if (tokens[k]?.text === ',') {
    const close = tokens.slice(k + 1, Math.min(cue, k + 14)).findIndex((t) => t.text === ',');
    if (close < 0) return undefined;
    k += close + 2;
  }
  while (k < cue && /^(AUX|ADV|PART)$/.test(tokens[k]!.pos)) k++;
  return k === cue ? m : undefined;
}

/** Whether every lower-case noun before the head of "the <nouns> <head>" is a word of the actor's names or heads. */
function ownNounsIn(doc: Document, m: Mention, actor: Actor): boolean {
  const a = tokenStartingAt(doc, m.start);
  const head = tokenStartingAt(doc, m.head.start);
  if (a < 0 || head <= a) return true;
  const words = new Set([...actor.names.flat(), ...actor.heads.flatMap((h) => h.split(' '))]);
  for (let k = a + 1; k < head; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === 'NOUN' && !isCapitalised(t) && !words.has(bareWord(t).toLowerCase())) return false;
  }
  return true;
}

const OWNER_PRONOUN = /^(its|their)$/;
const POSSESSOR = /^['’]s$/;
const LINK = /^(for|of|at)$/;

/**
 * The body an unnamed spokesperson's phrase speaks for, when it is written in common
 * words: "the association's spokesman", "the ministry's press office" (the possessor's
 * head noun), "a company spokeswoman", "a ministry press officer" (nouns before the role),
 * "a lawyer for the firm" (the head after "for"), "its spokesman" (`it`: the body just
 * named). Capitalised bodies ("Alibaba's representatives") are read by `actorOf`.
 */
function proxyBody(doc: Document, m: Mention): { words: string[]; it: boolean } | undefined {
  if (m.kind === 'pronoun' || m.name) return undefined;
  const { tokens } = doc;
  const a = tokenStartingAt(doc, m.start);
  const b = firstTokenFrom(doc, m.end);
  if (a < 0) return undefined;
  let r = a;
  while (r < b && !lex.proxyRoles.has(bareWord(tokens[r]!).toLowerCase())) r++;
  // "statement" speaks for its sender by another path (evasionSubject); "former spokesman" for no one.
  if (r >= b || tokens[r]!.normal === 'statement') return undefined;
  if ([...lookBack(doc, a, 1), ...tokens.slice(a, r)].some((t) => lex.pastRoles.has(bareWord(t).toLowerCase()))) return undefined;
  if (OWNER_PRONOUN.test(tokens[a]!.normal)) return { words: [], it: true };
  // Lower-case nouns before the role ("the association's", "a company"), not role words ("press").
  const before = tokens.slice(a, r).filter((t) => t.pos === 'NOUN' && !isCapitalised(t)).map((t) => bareWord(t).toLowerCase());
  // "the mayor's chief of staff": the possessor, not the noun after "of".
  if (before.length && POSSESSOR.test(tokens[r - 1]?.text ?? '')) return { words: before, it: false };
  // "a lawyer for the firm": the body after the link word, by its last noun.
  if (LINK.test(tokens[r + 1]?.normal ?? '') && r + 2 < b) {
    const after = tokens.slice(r + 2, b).filter((t) => t.pos === 'NOUN' && !isCapitalised(t));
    return after.length ? { words: [bareWord(after[after.length - 1]!).toLowerCase()], it: false } : undefined;
  }
  return before.length ? { words: before, it: false } : undefined;
}

/**
 * Whether an unnamed spokesperson ("a company spokeswoman", "the association's spokesman",
 * "its press office") speaks for the actor that denied: the body's noun is the denier's
 * head noun, or the kind of body the denier is (a named company for "company"), and "its"
 * stands for a body, not a person.
 */
export function proxyFor(doc: Document, proxy: Mention, denier: Mention, denierActor: Actor): boolean {
  const body = proxyBody(doc, proxy);
  if (!body || denier.kind === 'pronoun' && !denierActor.names.length) return false;
  if (body.it) return denierActor.names.length ? !isPerson(doc, denier) : isBody(doc, denier);
  const titles = titleWords(doc, denier);
  return body.words.some((word) => {
    if (denierActor.heads.some((h) => h === word || h.endsWith(` ${word}`))) return true;
    // "Mayor Ana Kos denied ... the mayor's chief of staff": the denier's own title.
    if (titles.has(word)) return true;
    const kind = TYPES.find((t) => lex.typeNouns[t].has(word));
    if (!kind) return false;
    const other = TYPES.find((t) => t !== kind)!;
    // "Harbourline Ltd denied": a name of that kind (by its suffix or a noun beside it) decides,
    // whatever other heads the speaker phrase carries ("the insects for the ministry, Harbourline Ltd").
    if (denierActor.names.some((n) => hasType(doc, n, kind) && !hasType(doc, n, other))) return !isPerson(doc, denier);
    // "The company has denied" is no ministry's, whatever name "the company" is resolved to.
    if (denierActor.heads.some((h) => lex.typeNouns[other].has(h.split(' ').pop()!))) return false;
    // An unnamed denier of the same kind: "the bank denied ... a lender spokesman".
    if (!denierActor.names.length) return denierActor.heads.some((h) => lex.typeNouns[kind].has(h.split(' ').pop()!));
    if (isPerson(doc, denier)) return false;
    return !denierActor.names.some((n) => hasType(doc, n, other) && !hasType(doc, n, kind));
  });
}

/** The title words a named person carries in the mention ("Mayor Ana Kos" -> mayor), lower-cased. */
function titleWords(doc: Document, m: Mention): Set<string> {
  const out = new Set<string>();
  const target = m.refersTo ?? m;
  if (!target.name) return out;
  for (const d of target.descriptors) for (const t of tokensIn(doc.tokens, d)) if (people.roles.has(bareWord(t))) out.add(bareWord(t).toLowerCase());
  return out;
}

/** How far back a relative clause's opening ", which" may stand from its closing comma. */
const RELATIVE_REACH = 20;
const RELATIVE_PRONOUN = /^(which|who)$/;

/** The antecedent before ", which|who" at token `w` (the pronoun), if a phrase stands there. */
function antecedentAt(doc: Document, w: number): [number, number] | undefined {
  const s = doc.sentences[doc.tokens[w]!.sentence]!;
  if (w - 1 <= s.tokenStart || doc.tokens[w - 1]!.text !== ',') return undefined;
  return phraseBefore(doc.tokens, w - 1, s.tokenStart);
}

/**
 * "Metrovia, which had earlier denied that ..., let": the antecedent of the relative clause
 * that the comma at token `comma` closes.
 */
export function relativeBefore(doc: Document, comma: number): [number, number] | undefined {
  const s = doc.sentences[doc.tokens[comma]!.sentence]!;
  for (let i = comma - 1; i > Math.max(s.tokenStart, comma - RELATIVE_REACH); i--) {
    const t = doc.tokens[i]!;
    if (RELATIVE_PRONOUN.test(t.normal) && doc.tokens[i - 1]?.text === ',') return antecedentAt(doc, i);
    // Another comma first: not one relative clause (a list, a second clause).
    if (t.text === ',') return undefined;
  }
  return undefined;
}

/**
 * "Metrovia, which had earlier denied that": the cue at token `cue` (auxiliaries and adverbs
 * between) stands in a relative clause set off by a comma. The document gives such a cue
 * the antecedent as its speaker; the clause's "had" is set before its main clause, not stale.
 */
export function inRelativeClause(doc: Document, cue: number): boolean {
  let i = cue - 1;
  while (i > 0 && /^(AUX|ADV|PART)$/.test(doc.tokens[i]!.pos)) i--;
  return RELATIVE_PRONOUN.test(doc.tokens[i]?.normal ?? '') && !!antecedentAt(doc, i);
}

/** How many paragraphs back "the spokesman" may find the "its spokesman" it repeats. */
const ROLE_ANAPHOR_PARAGRAPHS = 1;

/**
 * "... its spokesman, Ama Boateng, said. Asked why ..., the spokesman spoke instead about
 * turnout": a definite role noun ("the spokesman") repeats the spokesperson introduced just
 * before, whose "its" says whom they speak for. The earlier mention, if one with the same
 * role word stands in this paragraph or the one before.
 */
export function roleAntecedent(doc: Document, range: [number, number]): Mention | undefined {
  const { tokens } = doc;
  const [a, b] = range;
  if (b - a !== 2 || tokens[a]!.normal !== 'the') return undefined;
  const role = bareWord(tokens[a + 1]!).toLowerCase();
  if (!lex.proxyRoles.has(role)) return undefined;
  const paragraph = doc.sentences[tokens[a]!.sentence]!.paragraph;
  let found: Mention | undefined;
  for (const m of doc.mentions) {
    if (m.start >= tokens[a]!.start || m.kind === 'pronoun' || m.name) continue;
    const k = tokenStartingAt(doc, m.start);
    if (k < 0 || paragraph - doc.sentences[tokens[k]!.sentence]!.paragraph > ROLE_ANAPHOR_PARAGRAPHS) continue;
    const end = firstTokenFrom(doc, m.end);
    if (tokens.slice(k, end).some((t) => bareWord(t).toLowerCase() === role) && proxyBody(doc, m)) found = m;
  }
  return found;
}
