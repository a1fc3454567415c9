import { z } from 'zod';
import verbsJson from '../data/judgement-verbs.json';
import { loadData } from '../../src/data/load.js';
import { vagueData } from './_vague-data.js';
import { people } from '../../src/document/people.js';
import { compoundHyphen, hasProperName, makeMention, phraseAfter } from '../../src/document/mentions.js';
import type { Document, Span, Token } from '../../src/document/types.js';
import { PhraseIndex } from '../../src/engine/phrases.js';
import { attributionsIn, inQuoteContent } from '../../src/engine/doc-cache.js';
import { defineRule } from '../../src/engine/rule.js';

const VerbData = z.object({
  about: z.string(),
  source: z.string(),
  verbs: z.array(
    z.object({
      lemma: z.string().min(1),
      sense: z.enum(['praise', 'blame']),
      complement: z.array(z.string()).optional(),
      notBefore: z.array(z.string()).optional(),
      weakComplement: z.array(z.string()).optional(),
      thingSubject: z.boolean().optional(),
      /** true: never read before a noun; a list: not after these adverbs ("a heavily faulted seam"). */
      notAttributive: z.union([z.boolean(), z.array(z.string().min(1))]).optional(),
    }),
  ),
  phrases: z.array(
    z.object({
      pattern: z.string().min(1),
      sense: z.enum(['praise', 'blame', 'reaction']),
      complement: z.array(z.string()).optional(),
      quietWhenSourced: z.boolean().optional(),
      severity: z.literal('info').optional(),
      notBeforePos: z.array(z.string()).optional(),
      otherSenseBefore: z.array(z.string()).optional(),
      quietWhenFollowed: z.boolean().optional(),
      notBefore: z.array(z.string()).optional(),
    }),
  ),
  consensusAdverbs: z.array(z.string().min(1)),
  occasionNouns: z.array(z.string().min(1)),
  guestNouns: z.array(z.string().min(1)),
  attributiveAdverbs: z.array(z.string().min(1)),
});
const data = loadData('judgement-verbs.json', VerbData, verbsJson);
const verbs = new Map(data.verbs.map((v) => [v.lemma, v]));
const consensusAdverbs = new Set(data.consensusAdverbs);
const occasionNouns = new Set(data.occasionNouns);
const guestNouns = new Set(data.guestNouns);
const attributiveAdverbs = new Set(data.attributiveAdverbs);
const idioms = new PhraseIndex(data.phrases.map((p) => [p.pattern, p] as [string, (typeof data.phrases)[number]]));
// Unnamed crowds ("critics", "many", "some"): an agent that is one of them names no one.
const crowds = new Set(vagueData.groups);

const MODALS = new Set(['will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'ought']);
const NEGATIONS = new Set(['not', 'never', 'no']);
/** Words that end the clause a "by" agent could belong to. */
const CLAUSE_END = /^[,;:.!?—–()]$/;
const CLAUSE_BREAK = new Set(['but', 'while', 'although', 'though', 'whereas', 'yet']);

/** Words that name who judges or reacts right after the idiom ("from unions", "among farmers"). */
const BY_OR_FROM = new Set(['by', 'from', 'among', 'amongst']);
const RELATIVE = new Set(['who', 'whose', 'which']);
/** Words after a crowd agent that start the rest of the clause, not more of the agent. */
const AGENT_END = new Set(['as', 'for', 'over', 'when', 'after', 'before', 'since', 'because', 'that']);

/** The words before \`k\`, back to the last comma or dash, open with a relative pronoun. */
function inRelativeClause(tokens: readonly Token[], from: number, k: number): boolean {
  for (let i = k - 1; i >= from; i--) {
    const t = tokens[i]!;
    if (RELATIVE.has(t.normal)) return true;
    if (/^[,;:—–(]$/.test(t.text)) return false;
  }
  return false;
}

const INSIDE = new Set(['in', 'within', 'inside']);

/** "the (ruling) party", "its own union": a body word heads the phrase at `k`, not a place ("the city"). */
function bodyFollows(tokens: readonly Token[], k: number, end: number): boolean {
  let i = k;
  while (i < end && i < k + 3 && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'PRON')) i++;
  return i < end && people.orgWords.has(tokens[i]!.bare);
}

const isBe = (t: Token) => t.lemma.toLowerCase() === 'be' && t.pos !== 'VERB';
/** "was widely", "has been both": words that may sit between the auxiliary and the participle. */
const isFiller = (t: Token) => t.pos === 'ADV' || t.normal === 'both' || t.normal === 'also';

const isJudgement = (t: Token | undefined) => !!t && t.pos === 'VERB' && verbs.has(t.lemma.toLowerCase());

/**
 * "by many in the trade", "by critics", "from some residents": the agent starting at `k`
 * is an unnamed crowd (its first word after determiners and adjectives is a crowd word)
 * and the rest of its clause names no one ("by critics including Senator Ruiz" does).
 * Returns the agent's last token + 1, or -1.
 */
function crowdAgent(tokens: readonly Token[], k: number, to: number): number {
  let i = k;
  while (i < to && i < k + 2 && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADJ') && !crowds.has(tokens[i]!.normal)) i++;
  if (i >= to || !crowds.has(tokens[i]!.normal)) return -1;
  let end = i + 1;
  for (; end < to; end++) {
    const t = tokens[end]!;
    // The clause goes on past the agent: "as a tax grab", "for its cost", "when it was floated".
    // "critics including the Helsinki Committee": the crowd goes on to name some of them.
    if (t.normal === 'including' || (t.text === ',' && tokens[end + 1]?.normal === 'including')) continue;
    if (CLAUSE_END.test(t.text) || CLAUSE_BREAK.has(t.normal) || RELATIVE.has(t.normal) || AGENT_END.has(t.normal) || t.pos === 'VERB' || t.pos === 'AUX') break;
    if (t.capitalised && (t.pos === 'PROPN' || t.pos === 'NOUN')) return -1;
  }
  return end;
}

/**
 * The word before the auxiliary chain at \`a\` is a common noun that names no people:
 * "The merger was widely praised" (a thing judged), not "The delegation was warmly
 * welcomed" or "She was welcomed home" (guests received).
 */
function thingSubject(tokens: readonly Token[], from: number, a: number): boolean {
  const h = a > from ? tokens[a - 1]! : undefined;
  if (!h || h.pos !== 'NOUN' || h.capitalised) return false;
  const one = h.normal.replace(/(?<=[^s])s$/, '');
  return ![h.normal, one, h.bare].some((w) => people.roles.has(w) || people.orgWords.has(w) || people.peoplePlurals.has(w) || people.groupNouns.has(w) || guestNouns.has(w));
}

/** A proper name among tokens [from, to). */
function namedWithin(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k]!.pos === 'PROPN' && tokens[k]!.capitalised) return true;
  return false;
}

/** Index of the "by" that brings in the clause's agent, or -1; "by cutting taxes" is a means, not an agent. */
function agentAt(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    // "hailed, slammed and blasted by critics", "praised, by fans and critics": one agent.
    if (t.text === ',' && (isJudgement(tokens[k + 1]) || tokens[k + 1]?.normal === 'by')) continue;
    if (CLAUSE_END.test(t.text) || CLAUSE_BREAK.has(t.normal)) return -1;
    if (t.normal === 'by') {
      const next = tokens[k + 1];
      return !!next && !(next.pos === 'VERB' && /ing$/.test(next.normal) && !/^\p{Lu}/u.test(next.text)) ? k : -1;
    }
  }
  return -1;
}

/** Words after a participle with no complement list that read it as a judgement with no auxiliary ("praised for", "hailed as"). */
const REDUCED_COMPLEMENTS = ['for', 'as', 'over'];

/**
 * A participle (at \`b\`, or the adverbs before it from \`b\`) with no auxiliary that is
 * still a passive: set off after a noun by a comma ("The widening, blamed for the cracks,
 * was ...") or fronted at the start of the sentence ("Praised for its speed, the rollout
 * ..."). Returns the comma's index (the noun judged is right before it), the sentence's
 * first token for a fronted participle, or -1.
 */
function reducedParticiple(tokens: readonly Token[], from: number, b: number): number {
  if (b === from) return from;
  const comma = tokens[b - 1]!;
  if (comma.text !== ',' || b - 1 <= from) return -1;
  const noun = tokens[b - 2]!;
  return noun.pos === 'NOUN' || noun.pos === 'PROPN' ? b - 1 : -1;
}

const OCCASION_PREPOSITIONS = new Set(['at', 'on', 'upon']);

/**
 * "was hailed at the time as", "was celebrated at its opening for": a short phrase of
 * occasion right after the participle (a preposition, an optional determiner or
 * possessive, an occasion noun). Returns the token after it, or the token at k.
 */
function pastOccasion(tokens: readonly Token[], k: number): number {
  const p = tokens[k];
  if (!p || !OCCASION_PREPOSITIONS.has(p.normal)) return k;
  let i = k + 1;
  if (tokens[i] && (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'PRON')) i++;
  const n = tokens[i];
  return n && n.sentence === p.sentence && occasionNouns.has(n.normal) ? i + 1 : k;
}

/**
 * The word after the participle fits the judgement sense: one of `words`, the end of
 * the clause for "<end>", or an adverb on either side ("widely condemned", "condemned
 * internationally"), which only the judgement sense takes.
 */
function hasComplement(words: readonly string[], next: Token | undefined, adverbBefore: boolean): boolean {
  if (adverbBefore || next?.pos === 'ADV') return true;
  if (!next) return words.includes('<end>');
  if (words.includes('<end>') && (CLAUSE_END.test(next.text) || next.pos === 'CCONJ')) return true;
  return words.includes(next.normal);
}

/**
 * The sentence credits what it says to a speaker with a name or a body ("the mayor said" after
 * "Mayor Ruiz", "K-Electric's chief executive said").
 * A cue inside the idiom itself is no speaker: "Fingers are being pointed at" may be read as a
 * capitalised "Fingers" who "pointed".
 */
const vouched = (doc: Document, sentence: number, idiom?: Span) =>
  attributionsIn(doc, sentence).some(
    (a) =>
      !!a.speaker &&
      !(idiom && a.cue.start >= idiom.start && a.cue.end <= idiom.end) &&
      a.speaker.kind !== 'group' &&
      (!!(a.speaker.refersTo ?? a.speaker).name || a.speaker.kind === 'org' || (!!a.speaker.affiliation && hasProperName(doc.tokens, a.speaker.affiliation))),
  );

/**
 * "A medal was pinned on her uniform", "flowers were laid at the feet of the statue": a
 * word of `words` in the clause before the idiom gives it its literal (or another) sense.
 */
function otherSenseBefore(tokens: readonly Token[], from: number, first: number, words: readonly string[]): boolean {
  for (let k = first - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (/^[;:—–]$/.test(t.text)) return false;
    if (words.includes(t.normal) || words.includes(t.lemma.toLowerCase())) return true;
  }
  return false;
}

/**
 * "Tributes poured in for the singer. "He was a giant," said ...": the next sentence of
 * the paragraph credits a named speaker or body, who gives the praise the idiom reports.
 */
function followedBySource(doc: Document, sentence: number): boolean {
  const next = doc.sentences[sentence + 1];
  return !!next && next.paragraph === doc.sentences[sentence]!.paragraph && vouched(doc, sentence + 1);
}

/**
 * "is usually laid at the door of the planning inspectors", "was put down to the port
 * authority": the cause the idiom credits is people or a body (a role, a body word, a
 * plural of people, or a name), so the idiom blames someone, not something.
 */
function blamesPeople(tokens: readonly Token[], k: number, end: number): boolean {
  const np = phraseAfter(tokens as Token[], k, end);
  if (!np) return false;
  const m = makeMention(tokens as Token[], np[0], np[1]);
  if (m.name && m.name.start <= m.head.start && m.head.end <= m.name.end) return true;
  let h = np[1] - 1;
  while (h > np[0] && tokens[h]!.end > m.head.end) h--;
  const w = tokens[h]!.normal;
  const one = w.replace(/(?<=[^s])s$/, '');
  return [w, one].some((x) => people.roles.has(x) || people.orgWords.has(x)) || people.peoplePlurals.has(w);
}

/**
 * "the roundly ridiculed toll scheme", "her much-praised reforms": a degree or consensus adverb
 * (hyphenated to the participle or not) before the judgement participle at \`k\`, which
 * itself stands before a noun (after up to two adjectives or nouns: "the widely derided
 * city parking scheme"; a gerund head counts: "her widely praised rebuilding"). Returns
 * [first token, last token + 1] of the phrase from the adverb to its head, or undefined.
 * The token before the adverb must not be an auxiliary or a verb ("was widely praised
 * reforms" is no noun phrase; the passive reading handles "was widely praised").
 * `literalAfter`: adverbs that give the participle a literal sense ("a heavily faulted seam").
 */
function attributiveJudgement(tokens: readonly Token[], from: number, to: number, k: number, literalAfter?: readonly string[]): [number, number] | undefined {
  let adv = k - 1;
  // "much-praised": the hyphen is its own token, touching both words.
  if (compoundHyphen(tokens, adv)) adv--;
  if (adv < from || !attributiveAdverbs.has(tokens[adv]!.normal)) return undefined;
  // "a heavily faulted seam": with some adverbs the participle is literal.
  if (literalAfter?.includes(tokens[adv]!.normal)) return undefined;
  const before = adv > from ? tokens[adv - 1]! : undefined;
  if (before && (before.pos === 'AUX' || before.pos === 'VERB' || before.lemma.toLowerCase() === 'be')) return undefined;
  // The head noun: the first of up to three noun-phrase words that the next word does not continue.
  let h = k + 1;
  const npWord = (t: Token | undefined) => !!t && (t.pos === 'ADJ' || t.pos === 'NOUN' || (t.pos === 'VERB' && /ing$/.test(t.normal) && !t.capitalised));
  if (h >= to || !npWord(tokens[h])) return undefined;
  while (h + 1 < to && h < k + 3 && (tokens[h + 1]!.pos === 'NOUN' || (tokens[h]!.pos === 'ADJ' && npWord(tokens[h + 1])))) h++;
  const head = tokens[h]!;
  if (head.pos === 'ADJ') return undefined;
  return [adv, h + 1];
}

export default defineRule({
  meta: {
    id: 'attribution/agentless-judgement',
    category: 'attribution',
    severity: 'warning',
    description: 'Praise, blame or a public reaction with nobody doing it: "has been lauded", "was widely condemned", "has been slammed for", "has provoked anger".',
    why: 'A passive judgement with no agent turns the writer\'s (or nobody\'s) opinion into apparent consensus. Readers should learn who praised or condemned, so they can weigh it.',
    examples: {
      flagged: [
        { text: 'The new budget has been lauded for its discipline.', flag: 'has been lauded' },
        { text: 'The raid on the newspaper was widely condemned.', flag: 'was widely condemned' },
        { text: 'The airline has been slammed for cancelling 400 flights over Easter.', flag: 'has been slammed' },
      ],
      fine: [
        { text: 'The new budget has been praised by the International Monetary Fund for its discipline.' },
        { text: 'She was elected mayor of Porto in 2021 and was arrested in March.' },
        { text: 'The festival was celebrated in Kathmandu on Sunday.' },
      ],
    },
  },
  check({ doc, report }) {
    const { tokens } = doc;
    for (const s of doc.sentences) {
      for (let k = s.tokenStart; k < s.tokenEnd; k++) {
        const t = tokens[k]!;
        if (t.pos !== 'VERB') continue; // first: cheaper than the lexicon lookup, and most tokens fail it
        const verb = verbs.get(t.lemma.toLowerCase());
        if (!verb || !/(ed|en|t)$/.test(t.normal)) continue;
        // "the roundly ridiculed toll scheme": the judgement carried by a noun phrase, not a passive verb.
        const np = verb.notAttributive === true ? undefined : attributiveJudgement(tokens, s.tokenStart, s.tokenEnd, k, verb.notAttributive || undefined);
        if (np) {
          if (inQuoteContent(doc, t) || vouched(doc, t.sentence)) continue;
          const span = { start: tokens[np[0]]!.start, end: tokens[np[1] - 1]!.end };
          const kind = verb.sense === 'praise' ? 'Praise' : 'Blame';
          report({ span, message: `${kind} with no one giving it, carried by a noun phrase: "${doc.text.slice(span.start, span.end)}": ${verb.sense === 'praise' ? 'praised' : 'judged'} so by whom?` });
          continue;
        }
        // Walk back over adverbs to the auxiliary chain: "has been", "was", "is being".
        let b = k;
        while (b > s.tokenStart && isFiller(tokens[b - 1]!)) b--;
        const be = tokens[b - 1];
        // "The widening, blamed for the cracks, ...", "Praised for its speed, the rollout ...":
        // a participle set off as a reduced relative or fronted, with no auxiliary.
        const reduced = !be || !isBe(be) ? reducedParticiple(tokens, s.tokenStart, b) : -1;
        if ((!be || !isBe(be)) && reduced < 0) continue;
        let a = b;
        if (reduced < 0) {
          a = b - 1;
          while (a > s.tokenStart && (tokens[a - 1]!.pos === 'AUX' || isFiller(tokens[a - 1]!) || NEGATIONS.has(tokens[a - 1]!.normal))) a--;
          while (a < b - 1 && isFiller(tokens[a]!)) a++;
          const chain = tokens.slice(a, k);
          // "could be criticised", "was not praised", "deserves to be praised": a guess, a
          // denial or a wish, not a report of a judgement.
          if (chain.some((c) => MODALS.has(c.normal) || NEGATIONS.has(c.normal))) continue;
          if (a > s.tokenStart && tokens[a - 1]!.normal === 'to') continue;
        }
        // (A fronted participle's subject comes after it: a verb that needs a thing judged is left out.)
        if (verb.thingSubject && (reduced === s.tokenStart || !thingSubject(tokens, s.tokenStart, reduced < 0 ? a : reduced))) continue;
        const after = tokens[pastOccasion(tokens, k + 1)];
        const next = after && after.sentence === t.sentence ? after : undefined;
        // Without an auxiliary the participle could be an active verb in a list ("opened the
        // bridge, praised the builders"): only a complement of judgement ("for", "as") or
        // an adverb of degree before it reads it as a passive.
        if (reduced >= 0 && !(b < k || (next && (verb.complement ?? REDUCED_COMPLEMENTS).includes(next.normal)) || (next && verb.weakComplement?.includes(next.normal)))) continue;
        // "was derided by critics": an agent that is an unnamed crowd still names no one.
        const by = agentAt(tokens, k + 1, s.tokenEnd);
        const crowd = by < 0 ? -1 : crowdAgent(tokens, by + 1, s.tokenEnd);
        if (by >= 0 && crowd < 0) continue;
        // "condemned by critics": an agent right after the verb gives it the judgement sense too.
        // "has been blamed on the coal plants": a cause credited to no one, a note unless a named speaker vouches for it.
        const judged = !verb.complement || hasComplement(verb.complement, next, b < k) || (crowd >= 0 && by === k + 1);
        const weak = !judged && !!next && !!verb.weakComplement?.includes(next.normal);
        if (weak && vouched(doc, t.sentence)) continue;
        if (!judged && !weak) continue;
        if (next && verb.notBefore?.includes(next.normal)) continue;
        if (inQuoteContent(doc, t)) continue;
        const kind = verb.sense === 'praise' ? 'Praise' : 'Blame';
        if (crowd >= 0) {
          const span = { start: tokens[a]!.start, end: tokens[crowd - 1]!.end };
          report({ span, message: `${kind} from an unnamed crowd: "${doc.text.slice(span.start, span.end)}": which ones? Name them, or say how many.` });
          continue;
        }
        const span = { start: tokens[a]!.start, end: t.end };
        if (weak) {
          report({ span, severity: 'info', message: `A cause blamed with no one blaming: "${doc.text.slice(span.start, span.end)} ${next!.text}" by whom? Say who holds it responsible.` });
          continue;
        }
        report({ span, message: `${kind} with no one giving it: "${doc.text.slice(span.start, span.end)}" by whom?` });
      }
      // "has come under fire for", "has faced criticism": idioms whose form names no one.
      for (const m of idioms.match(tokens, s.tokenStart, s.tokenEnd)) {
        // \`last\` is the token after the match.
        const after = tokens[m.last];
        const next = after && after.sentence === tokens[m.first]!.sentence ? after : undefined;
        if (m.entry.complement && !(next && m.entry.complement.includes(next.normal))) continue;
        // "was written off as bad debt": a word after the idiom gives it another sense.
        if (next && m.entry.notBefore?.includes(next.normal)) continue;
        if (m.entry.otherSenseBefore && otherSenseBefore(tokens, s.tokenStart, m.first, m.entry.otherSenseBefore)) continue;
        if (m.entry.quietWhenFollowed && followedBySource(doc, tokens[m.first]!.sentence)) continue;
        // "was put down to end its suffering": a purpose clause, not a cause.
        // ("chalked up to hoarding": a gerund is the cause, a noun.)
        if (next && m.entry.notBeforePos?.includes(next.pos) && !/ing$/.test(next.normal)) continue;
        // "could face criticism", "did not draw criticism": a guess or a denial.
        let a = m.first;
        while (a > s.tokenStart && (tokens[a - 1]!.pos === 'AUX' || tokens[a - 1]!.pos === 'ADV' || NEGATIONS.has(tokens[a - 1]!.normal) || tokens[a - 1]!.pos === 'PART')) a--;
        const chain = tokens.slice(a, m.first);
        if (chain.some((c) => MODALS.has(c.normal) || NEGATIONS.has(c.normal)) || tokens[m.first - 1]?.normal === 'to' || tokens[a - 1]?.normal === 'to') continue;
        // "came under fire from unions": the agent follows the idiom at once; a later "from"
        // belongs to something else ("... withdrawn from the queue").
        let g = m.last;
        while (g < s.tokenEnd && tokens[g]!.pos === 'ADV') g++;
        // "greeted with derision by many in the trade": a crowd agent names no one.
        const crowd = g < s.tokenEnd && BY_OR_FROM.has(tokens[g]!.normal) ? crowdAgent(tokens, g + 1, s.tokenEnd) : -1;
        if (g < s.tokenEnd && BY_OR_FROM.has(tokens[g]!.normal) && crowd < 0) continue;
        // "was held up as a model during a 2019 visit by UN chief Ban Ki-moon": a "by" agent
        // later in the same clause that carries a name names the judge too ("chalked up to
        // hoarding by wholesalers" does not: there "by" belongs to the cause). Causes (the
        // entries noted at info, "put down to a move by Vietnamese buyers") keep theirs.
        const later = crowd < 0 && m.entry.severity !== 'info' ? agentAt(tokens, g, s.tokenEnd) : -1;
        if (later >= 0 && namedWithin(tokens, later + 1, Math.min(s.tokenEnd, later + 5))) continue;
        // "provoked anger within the party": the holder is a body, named by its kind.
        if (g < s.tokenEnd && INSIDE.has(tokens[g]!.normal) && bodyFollows(tokens, g + 1, s.tokenEnd)) continue;
        // "whose government faced criticism after the 2018 fire": background in a relative clause.
        if (inRelativeClause(tokens, s.tokenStart, m.first)) continue;
        if (inQuoteContent(doc, tokens[m.first]!)) continue;
        while (a < m.first && tokens[a]!.pos !== 'AUX') a++;
        const span = { start: tokens[a]!.start, end: crowd >= 0 ? tokens[crowd - 1]!.end : m.span.end };
        const text = doc.text.slice(span.start, span.end);
        if (m.entry.sense === 'reaction') {
          // "The verdict has provoked anger in the city, the mayor said": a named speaker vouches for it.
          if (vouched(doc, tokens[m.first]!.sentence)) continue;
          const among = crowd >= 0 ? 'by an unnamed crowd: which ones' : 'among whom';
          report({ span, message: `A reaction with no one having it: "${text}" ${among}? Say who reacted, and how many.` });
          continue;
        }
        // "Blame has fallen on the contractor, Mayor Ruiz said": a named speaker places it.
        if (m.entry.quietWhenSourced && vouched(doc, tokens[m.first]!.sentence, m.span)) continue;
        // "The slump has been put down to ...": a cause credited with no one crediting it, a note as "blamed on" is.
        // "The breakdowns are widely attributed to": a consensus claimed, no holder named.
        let consensus = false;
        for (let c = a; m.entry.severity === 'info' && c < m.last && !consensus; c++) consensus = consensusAdverbs.has(tokens[c]!.normal);
        if (consensus) {
          report({ span, message: `A cause credited to a consensus no one voices: "${text}" by whom? Say who holds it responsible.` });
          continue;
        }
        if (m.entry.severity === 'info' && m.entry.sense === 'praise') {
          report({ span, severity: 'info', message: `A tribute with no one paying it: "${text}" from whom? Quote or name some of them.` });
          continue;
        }
        // "Responsibility ... is usually laid at the door of the judges": blame of people or a body, with no one blaming.
        if (m.entry.severity === 'info' && m.entry.sense === 'blame' && blamesPeople(tokens, m.last, s.tokenEnd)) {
          report({ span, message: `Blame with no one giving it: "${text}" by whom? Say who holds them responsible.` });
          continue;
        }
        if (m.entry.severity === 'info') {
          report({ span, severity: 'info', message: `A cause credited with no one crediting it: "${text}" by whom? Say who holds it responsible.` });
          continue;
        }
        const kind = m.entry.sense === 'praise' ? 'Praise' : 'Blame';
        report({ span, message: `${kind} with no one giving it: "${text}" ${crowd >= 0 ? 'from which ones? An unnamed crowd names no one.' : 'from whom?'}` });
      }
    }
  },
});
